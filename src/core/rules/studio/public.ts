// youtube.public (high): the video is Public (公開) or scheduled to become public. Silent when Private (or Unlisted: see
// youtube.unlisted). Unreadable visibility → unverified (in the upload dialog: open the 瀏覽權限 / Visibility step).
// Basis (RULES.md): MOE YouTube letter 113.11.07; PDPA §16 / §20 (use beyond purpose); §11 ¶3 (delete after grading).
import { defineRule } from '../../rule';
import { visibilityEvidence, visibilityReason } from './util';

export const youtubePublic = defineRule({
  id: 'youtube.public',
  app: 'studio',
  severity: 'high',
  evaluate(s) {
    if (s.visibility === null) return { status: 'unverified', reason: visibilityReason(s) };
    if (s.visibility === 'public' || s.visibility === 'scheduled') {
      return { status: 'violation', evidence: [visibilityEvidence(s, s.visibility)] };
    }
    return { status: 'pass' };
  },
});
