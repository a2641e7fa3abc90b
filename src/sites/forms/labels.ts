// Localised UI strings of the Google Forms editor, kept as data (reference/google-forms-dom.md §3a, §4, §5).
// Confidence per string is the reference's; [INFER] strings are guesses the reader only uses next to
// language-free anchors, never alone.

export type SettingKey = 'summary' | 'limitOne' | 'editAfterSubmit' | 'collectEmail';

/** Settings labels: the element whose own text equals one of these sits next to the control (§3a "robust read"). */
export const SETTING_LABELS: Record<SettingKey, readonly string[]> = {
  summary: [
    // EN current (CLONE ×5) and legacy dialog (DOC-ish)
    'View results summary',
    'See summary charts and text responses',
    // zh-TW: help quote [DOC]; legacy wording from the MOE notice
    '查看結果摘要',
    '顯示摘要圖表和其他作答內容',
    // ja [CLONE] / JP Apps Script comments
    '結果の概要を表示する',
    '概要グラフとテキストの回答を表示',
  ],
  limitOne: ['Limit to 1 response', '僅限回覆 1 次', '限制回覆 1 次', '僅限回覆1次', '回答を 1 回に制限する'],
  editAfterSubmit: ['Allow response editing', 'Edit after submit', '允許編輯回覆', '回答の編集を許可する', '送信後に編集'],
  collectEmail: ['Collect email addresses', '收集電子郵件地址', 'メールアドレスを収集する', '回答者のメールアドレスを収集する'],
};

/**
 * Fallback `[aria-label*=…]` fragments for the same controls (§3a selector candidates): these, and every label above
 * (an aria-label that contains a setting's label names that setting). Listed here only where not already a label.
 */
const ARIA_EXTRA: Record<SettingKey, readonly string[]> = {
  summary: ['See summary charts', '顯示摘要圖表', '結果の概要'],
  limitOne: ['回答を 1 回に制限'],
  editAfterSubmit: ['回答の編集を許可'],
  collectEmail: ['collect responder emails', 'Collect email', 'メールアドレスを収集'],
};
export const settingAria = (k: SettingKey): string[] => [...ARIA_EXTRA[k], ...SETTING_LABELS[k]];

/** "Collect email addresses" dropdown options (§3a, §4). */
export const EMAIL_OPTIONS: Record<'none' | 'verified' | 'input', readonly string[]> = {
  none: ['Do not collect', '不收集', '収集しない'],
  verified: ['Verified', '已驗證', '確認済み'],
  input: ['Responder input', '由作答者手動輸入', '回覆者輸入'],
};

/** Section headings and expanders that only exist in the Settings tab (§3a). */
export const SETTINGS_PANEL_MARKERS = {
  ariaLabels: ['View responses settings', 'View presentation settings'],
  texts: [
    'Manage how responses are collected and protected',
    'Manage how the form and responses are presented',
  ],
} as const;

/** Question card text boxes (§5). EN [SCRIPT], ja [OBS], zh-TW [INFER]. */
export const CARD_LABELS = {
  question: ['Question', '問題', '質問', 'Question title'],
  required: ['Required', '必填', '必須'],
  questionTypes: ['Question types', '問題類型', '質問の種類'],
  sectionTitlePrefix: ['Section title', 'セクション タイトル', '區段標題'],
  description: ['Description (optional)', 'Description', '說明 (選填)', '說明（選填）', '説明（省略可）'],
  formTitle: ['Form title', '表單標題', 'フォームのタイトル', 'Tiêu đề biểu mẫu'],
  formDescription: ['Form description', '表單說明', 'フォームの説明', 'Mô tả biểu mẫu'],
} as const;
