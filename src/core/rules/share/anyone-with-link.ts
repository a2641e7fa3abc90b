// share.anyone-with-link (info): "Anyone with the link" as Viewer/Commenter on an item that does not look like a list.
// A list is share.roster-public's case; Editor is share.anyone-can-edit's. 'public' counts as anyone-with-link.
import { defineRule } from '../../rule';
import { isAnyone, rosterTerm, settingEvidence } from './util';

export const anyoneWithLink = defineRule({
  id: 'share.anyone-with-link',
  app: 'share',
  severity: 'info',
  evaluate(s, policy) {
    if (s.generalAccess === null) return { status: 'unverified', reason: 'general-access-unreadable' };
    if (!isAnyone(s.generalAccess)) return { status: 'pass' };
    // Editor: share.anyone-can-edit reports it.
    if (s.linkRole === 'editor') return { status: 'pass' };
    const term = rosterTerm(s, policy);
    // A list: share.roster-public reports it.
    if (typeof term === 'string') return { status: 'pass' };
    if (term === undefined) return { status: 'unverified', reason: 'item-name-unreadable', evidence: [settingEvidence(s)] };
    // Viewer, Commenter, or a role we could not read (the link exposure itself is known).
    return { status: 'violation', evidence: [settingEvidence(s)] };
  },
});
