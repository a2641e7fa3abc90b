// share.roster-public (high): "Anyone with the link" (any role) on an item that looks like a personal-data list.
// Silent when access is not anyone-with-link. RULES.md share section.
import { defineRule } from '../../rule';
import { isAnyone, itemNameEvidence, rosterTerm, settingEvidence } from './util';

export const rosterPublic = defineRule({
  id: 'share.roster-public',
  app: 'share',
  severity: 'high',
  evaluate(s, policy) {
    // Restricted or the organisation: it cannot fire, whatever the name.
    if (s.generalAccess !== null && !isAnyone(s.generalAccess)) return { status: 'pass' };
    const term = rosterTerm(s, policy);
    if (term === null) return { status: 'pass' };
    if (s.generalAccess === null) {
      return term === undefined
        ? { status: 'unverified', reason: 'general-access-unreadable' }
        : { status: 'unverified', reason: 'general-access-unreadable', evidence: [itemNameEvidence(s, term)] };
    }
    if (term === undefined) return { status: 'unverified', reason: 'item-name-unreadable', evidence: [settingEvidence(s)] };
    return { status: 'violation', evidence: [settingEvidence(s), itemNameEvidence(s, term)] };
  },
});
