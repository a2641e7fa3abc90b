// share.external-editor (warn): a person with the Editor role has an address outside the policy's school domains.
// Not applicable when no school domains are configured (says so in diagnostics). An address without a domain is
// never external; subdomains of a school domain are internal; the owner is not an editor.
import { defineRule, type RuleOutcome } from '../../rule';
import { emailDomain, isInternal, peopleReason, perPeople, personEvidence, zh } from './util';

export const externalEditor = defineRule({
  id: 'share.external-editor',
  app: 'share',
  severity: 'warn',
  evaluate(s, policy): RuleOutcome {
    const domains = policy.schoolDomains;
    if (domains.length === 0) return { status: 'not-applicable', reason: 'no-school-domains' };
    if (s.people === null) return { status: 'unverified', reason: peopleReason(s) };
    const people = s.people;
    return perPeople(people, `external-editor ${zh(s)} ${domains.join(' ')}`, (): RuleOutcome => {
      const outside = people.filter((p) => {
        const dom = p.email ? emailDomain(p.email) : null;
        return dom !== null && !isInternal(dom, domains);
      });
      const editors = outside.filter((p) => p.role === 'editor');
      if (editors.length) return { status: 'violation', evidence: editors.map((p) => personEvidence(s, p, 'external-editor')) };
      const unknown = outside.filter((p) => p.role === null);
      if (unknown.length) {
        return { status: 'unverified', reason: 'role-unreadable', evidence: unknown.map((p) => personEvidence(s, p, 'external')) };
      }
      return { status: 'pass' };
    });
  },
});
