// forms.no-notice (RULES.md): personal data is asked for, and no form description or title/description item states
// at least a purpose and a retention period (PDPA §8; MOE 三(六)).
import type { Evidence } from '../../schema';
import { defineRule } from '../../rule';
import { noticeBlocks, personalDataEvidence } from './scan';

export const noNotice = defineRule({
  id: 'forms.no-notice',
  app: 'forms',
  severity: 'warn',
  evaluate(s) {
    if (s.items === null) return { status: 'unverified', reason: 'items-unreadable' };
    const personal = personalDataEvidence(s.items);
    if (personal.length === 0) return { status: 'pass' };
    const blocks = noticeBlocks(s);
    if (blocks.some((b) => b.purpose && b.retention)) return { status: 'pass' };
    if (s.description === null) return { status: 'unverified', reason: 'description-unreadable', evidence: personal };
    const partial: Evidence[] = blocks
      .filter((b) => b.purpose !== b.retention)
      .map((b) => {
        const e: Evidence = {
          kind: 'form-text',
          text: b.text,
          category: b.purpose ? 'notice-missing-retention' : 'notice-missing-purpose',
        };
        if (b.ref) e.ref = b.ref;
        return e;
      });
    return { status: 'violation', evidence: [...personal, ...partial] };
  },
});
