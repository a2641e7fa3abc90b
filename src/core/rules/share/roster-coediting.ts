// share.roster-coediting (warn): an item that looks like a personal-data list is editable by the whole
// organisation (or anyone with the link), or has more named editors than policy.coeditorThreshold (owner excluded).
// Silent when it is not a list, or only viewers/commenters. MOE 三(三)「不宜使用者共同編輯個人資料檔案清冊」.
import { defineRule, type RuleOutcome } from '../../rule';
import type { Evidence } from '../../schema';
import { itemNameEvidence, linkRoleReason, peopleReason, perPeople, personEvidence, rosterTerm, settingEvidence, zh } from './util';

type Tri = 'yes' | 'no' | 'unknown';

export const rosterCoediting = defineRule({
  id: 'share.roster-coediting',
  app: 'share',
  severity: 'warn',
  evaluate(s, policy): RuleOutcome {
    const term = rosterTerm(s, policy);
    if (term === null) return { status: 'pass' };

    // The link: whole organisation (or anyone) as Editor.
    let link: Tri;
    let linkReason = '';
    if (s.generalAccess === null) {
      link = 'unknown';
      linkReason = 'general-access-unreadable';
    } else if (s.generalAccess === 'restricted') link = 'no';
    else if (s.linkRole === null) {
      link = 'unknown';
      linkReason = linkRoleReason(s);
    } else link = s.linkRole === 'editor' ? 'yes' : 'no';

    // Named editors beyond the threshold (the owner is not an editor here).
    let named: Tri;
    let namedReason = '';
    const people = s.people;
    const editors = people ? perPeople(people, 'editors', () => people.filter((p) => p.role === 'editor')) : [];
    if (people === null) {
      named = 'unknown';
      namedReason = peopleReason(s);
    } else {
      const unknownRole = perPeople(people, 'unknown-role', () => people.filter((p) => p.role === null).length);
      if (editors.length > policy.coeditorThreshold) named = 'yes';
      else if (editors.length + unknownRole > policy.coeditorThreshold) {
        named = 'unknown';
        namedReason = 'role-unreadable';
      } else named = 'no';
    }

    if (term === undefined) {
      if (link === 'no' && named === 'no') return { status: 'pass' };
      return { status: 'unverified', reason: 'item-name-unreadable' };
    }
    if (link === 'yes' || named === 'yes') {
      const evidence: Evidence[] = [itemNameEvidence(s, term)];
      if (link === 'yes') evidence.push(settingEvidence(s));
      if (named === 'yes') evidence.push(...perPeople(people!, `co-editors ${zh(s)}`, () => editors.map((p) => personEvidence(s, p, 'co-editor'))));
      return { status: 'violation', evidence };
    }
    if (link === 'unknown') return { status: 'unverified', reason: linkReason, evidence: [itemNameEvidence(s, term)] };
    if (named === 'unknown') return { status: 'unverified', reason: namedReason, evidence: [itemNameEvidence(s, term)] };
    return { status: 'pass' };
  },
});
