// forms.identifier (RULES.md): a question asks for a national ID, resident certificate, passport, NHI card number,
// full date of birth, home/household address or bank account.
import { defineRule } from '../../rule';
import { identifierEvidence } from './scan';

export const identifier = defineRule({
  id: 'forms.identifier',
  app: 'forms',
  severity: 'warn',
  evaluate(s) {
    if (s.items === null) return { status: 'unverified', reason: 'items-unreadable' };
    const evidence = identifierEvidence(s.items);
    return evidence.length > 0 ? { status: 'violation', evidence } : { status: 'pass' };
  },
});
