// youtube.personal-data-in-text (warn): the title or description contains a checksum-valid Taiwan national ID or resident
// certificate number, a Taiwan mobile number, or a student number / class-seat pattern (學號 1234567, 301班 12號 王小明).
// Silent for ID-shaped strings with a wrong checksum, years, video numbers, timestamps, prices and counts (the detectors'
// negative tables). A field that could not be read → unverified, unless the other field already shows a match.
// Basis (RULES.md): MOE notice 三(一) data minimisation; PDPA §5.
import { defineRule } from '../../rule';
import type { Evidence } from '../../schema';
import { textEvidence } from './util';

export const youtubePersonalDataInText = defineRule({
  id: 'youtube.personal-data-in-text',
  app: 'studio',
  severity: 'warn',
  evaluate(s) {
    const evidence: Evidence[] = [];
    if (s.title !== null) evidence.push(...textEvidence('video-title', s.title));
    if (s.description !== null) evidence.push(...textEvidence('video-description', s.description));
    if (evidence.length > 0) return { status: 'violation', evidence };
    if (s.title === null && s.description === null) return { status: 'unverified', reason: 'title-description-unreadable' };
    if (s.title === null) return { status: 'unverified', reason: 'title-unreadable' };
    if (s.description === null) return { status: 'unverified', reason: 'description-unreadable' };
    return { status: 'pass' };
  },
});
