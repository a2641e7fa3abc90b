// youtube.unlisted (info): the video is Unlisted (不公開 — NOT Private): anyone with the link can watch and re-share it.
// Silent when Private (and when Public/scheduled, which youtube.public reports). Unreadable → unverified.
// Basis: as youtube.public (RULES.md "same").
import { defineRule } from '../../rule';
import { visibilityEvidence, visibilityReason } from './util';

export const youtubeUnlisted = defineRule({
  id: 'youtube.unlisted',
  app: 'studio',
  severity: 'info',
  evaluate(s) {
    if (s.visibility === null) return { status: 'unverified', reason: visibilityReason(s) };
    if (s.visibility === 'unlisted') return { status: 'violation', evidence: [visibilityEvidence(s, 'unlisted')] };
    return { status: 'pass' };
  },
});
