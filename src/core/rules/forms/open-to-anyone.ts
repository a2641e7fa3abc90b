// forms.open-to-anyone (RULES.md): published to "Anyone with the link" while forms.identifier or forms.sensitive-data fires.
import type { Evidence } from '../../schema';
import { defineRule } from '../../rule';
import { identifierEvidence, sensitiveEvidence, settingLabel } from './scan';

export const openToAnyone = defineRule({
  id: 'forms.open-to-anyone',
  app: 'forms',
  severity: 'info',
  evaluate(s) {
    const r = s.settings.responders;
    if (r === 'domain' || r === 'restricted') return { status: 'pass' };
    if (s.items === null) return { status: 'unverified', reason: 'items-unreadable' };
    const questions: Evidence[] = [...identifierEvidence(s.items), ...sensitiveEvidence(s.items)];
    const seen = new Set<string>();
    const unique = questions.filter((e) => {
      const k = `${e.ref ?? ''}\u0000${e.text}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    if (unique.length === 0) return { status: 'pass' };
    if (r === null) return { status: 'unverified', reason: 'responders-unreadable', evidence: unique };
    return {
      status: 'violation',
      evidence: [{ kind: 'setting', text: settingLabel(s, '知道連結的使用者', 'Anyone with the link'), category: 'responders' }, ...unique],
    };
  },
});
