// Metadata for forms.summary-public: severity, legal basis and the user-facing texts (zh-TW and English).
// Kept beside the rule's logic (summary-public.ts) but in its own module, so content scripts bundle only the logic
// and extension pages bundle only the texts.
import type { RuleMeta } from '../../rule';

export const summaryPublicMeta: RuleMeta = {
  id: 'forms.summary-public',
  app: 'forms',
  severity: 'high',
  basis: { public: ['moe-3-3', 'pdpa-5', 'pdpa-18'], private: ['moe-3-3', 'pdpa-5', 'pdpa-27'] },
  messages: {
    'zh-TW': {
      title: '填答者可以看到所有人的回覆（「查看結果摘要」已開啟）',
      why: '開啟「查看結果摘要」後，每位填答者送出表單都會看到「查看先前的回應」連結，可以瀏覽所有人的答案與圖表，學生和家長填寫的個資會被其他人看見。教育部注意事項明文要求 Google 表單不應開啟這項設定。',
      fix: [
        '點選表單上方的「設定」分頁',
        '展開「呈現方式」',
        '關閉「查看結果摘要」（舊版介面：取消勾選「顯示摘要圖表和其他作答內容」）',
        '用無痕視窗實際填寫一次，確認送出後不再出現「查看先前的回應」連結',
      ],
      unverified:
        '無法讀取「查看結果摘要」的狀態（「設定」分頁尚未開啟，頁面中也沒有表單資料）。請點選「設定」→「呈現方式」，確認「查看結果摘要」已關閉。',
      pass: '「查看結果摘要」已關閉，填答者看不到其他人的回覆。',
    },
    en: {
      title: 'Respondents can see everyone\u2019s answers ("View results summary" is on)',
      why: 'With "View results summary" on, every respondent gets a "See previous responses" link after submitting and can browse all answers and charts, including other students\u2019 and parents\u2019 personal data. The MOE notice says Google Forms must not use this setting.',
      fix: [
        'Click the "Settings" tab at the top of the form',
        'Expand "Presentation"',
        'Turn off "View results summary" (older UI: untick "See summary charts and text responses")',
        'Submit a test response in a private window and check that no "See previous responses" link appears',
      ],
      unverified:
        'Could not read "View results summary" (the Settings tab has not been opened and the page carries no form data). Open Settings → Presentation and check that "View results summary" is off.',
      pass: '"View results summary" is off: respondents cannot see other people\u2019s answers.',
    },
  },
};
