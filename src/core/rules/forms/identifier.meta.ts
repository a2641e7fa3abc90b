// Metadata for forms.identifier: severity, legal basis and the user-facing texts (zh-TW and English).
// Kept beside the rule's logic (identifier.ts) but in its own module, so content scripts bundle only the logic
// and extension pages bundle only the texts.
import type { RuleMeta } from '../../rule';

export const identifierMeta: RuleMeta = {
  id: 'forms.identifier',
  app: 'forms',
  severity: 'warn',
  basis: { public: ['moe-3-1', 'pdpa-5', 'pdpa-15'], private: ['moe-3-1', 'pdpa-5', 'pdpa-19'] },
  messages: {
    'zh-TW': {
      title: '表單要求填寫身分證字號等可直接識別個人的資料',
      why: '身分證字號、居留證號、護照號碼、健保卡號、完整出生年月日、戶籍地址或銀行帳號一旦外洩，可能被冒用身分或詐騙。教育部要求只蒐集目的所必要的個資。',
      fix: [
        '檢查每個被標示的題目是否真的必要；多數情況可改用學號、班級座號，或只問出生月份',
        '不需要就刪除該題（點選題目 → 右下角「刪除問題」）',
        '確有必要（例如保險）時，在表單說明寫明用途與保存期限，並確認只有承辦人能看到回覆',
      ],
      unverified: '無法讀取表單題目，無法確認是否要求填寫身分證字號、護照、健保卡號、完整生日、戶籍地址或銀行帳號。請逐題檢查。',
      pass: '沒有發現詢問身分證字號、居留證、護照、健保卡號、完整生日、戶籍地址或銀行帳號的題目。',
    },
    en: {
      title: 'The form asks for identifying numbers such as the national ID',
      why: 'A leaked national ID, resident certificate, passport or NHI card number, full date of birth, household address or bank account can be used for identity theft and fraud. The MOE requires collecting only what the purpose needs.',
      fix: [
        'Check whether each flagged question is really needed; a student number, class and seat number, or birth month usually do',
        'If not needed, delete it (select the question → "Delete question")',
        'If it is needed (e.g. for insurance), state the purpose and retention period in the form description and make sure only the responsible staff can see the responses',
      ],
      unverified:
        'Could not read the questions, so requests for national ID, passport, NHI card, full date of birth, household address or bank account could not be checked. Check each question by hand.',
      pass: 'No question asks for a national ID, resident certificate, passport, NHI card number, full date of birth, household address or bank account.',
    },
  },
};
