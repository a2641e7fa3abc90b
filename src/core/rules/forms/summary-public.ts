// forms.summary-public (RULES.md): "View results summary" / 查看結果摘要 is on → every respondent sees everyone's answers.
import { defineRule } from '../../rule';
import { settingLabel } from './scan';

export const summaryPublic = defineRule({
  id: 'forms.summary-public',
  app: 'forms',
  severity: 'high',
  evaluate(s) {
    const v = s.settings.summaryToRespondents;
    if (v === null) return { status: 'unverified', reason: 'summary-unreadable' };
    if (!v) return { status: 'pass' };
    return {
      status: 'violation',
      evidence: [{ kind: 'setting', text: settingLabel(s, '查看結果摘要', 'View results summary'), category: 'summary' }],
    };
  },
});
