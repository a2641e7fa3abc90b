// forms.sensitive-data (RULES.md): a question asks for PDPA §6 special-category data of the respondent or their child.
import { defineRule } from '../../rule';
import { sensitiveEvidence } from './scan';

export const sensitiveData = defineRule({
  id: 'forms.sensitive-data',
  app: 'forms',
  severity: 'high',
  evaluate(s) {
    if (s.items === null) return { status: 'unverified', reason: 'items-unreadable' };
    const evidence = sensitiveEvidence(s.items);
    return evidence.length > 0 ? { status: 'violation', evidence } : { status: 'pass' };
  },
});
