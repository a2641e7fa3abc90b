// share.anyone-can-edit (high): general access "Anyone with the link" (知道連結的任何人) with role Editor (編輯者).
// Silent when access is Restricted (限制) or the organisation. RULES.md share section.
import { defineRule } from '../../rule';
import { isAnyone, linkRoleReason, settingEvidence } from './util';

export const anyoneCanEdit = defineRule({
  id: 'share.anyone-can-edit',
  app: 'share',
  severity: 'high',
  evaluate(s) {
    if (s.generalAccess === null) return { status: 'unverified', reason: 'general-access-unreadable' };
    if (!isAnyone(s.generalAccess)) return { status: 'pass' };
    if (s.linkRole === null) return { status: 'unverified', reason: linkRoleReason(s), evidence: [settingEvidence(s)] };
    if (s.linkRole !== 'editor') return { status: 'pass' };
    return { status: 'violation', evidence: [settingEvidence(s)] };
  },
});
