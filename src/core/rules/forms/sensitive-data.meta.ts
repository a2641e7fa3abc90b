// Metadata for forms.sensitive-data: severity, legal basis and the user-facing texts (zh-TW and English).
// Kept beside the rule's logic (sensitive-data.ts) but in its own module, so content scripts bundle only the logic
// and extension pages bundle only the texts.
import type { RuleMeta } from '../../rule';

export const sensitiveDataMeta: RuleMeta = {
  id: 'forms.sensitive-data',
  app: 'forms',
  severity: 'high',
  basis: { public: ['moe-3-5', 'pdpa-6-1'], private: ['moe-3-5', 'pdpa-6-1'] },
  messages: {
    'zh-TW': {
      title: '表單要求填寫特種個資（病史、過敏、用藥、身心障礙、健康檢查、性生活、犯罪前科、輔導紀錄等）',
      why: '這些是個資法第6條的特種個資，原則上不得蒐集；即使有法律依據，教育部也要求加密儲存，而一般 Google 表單的回覆並沒有加密。一旦外洩，對學生和家長的傷害很難挽回。',
      fix: [
        '逐一確認被標示的題目是否真的必要；不必要就刪除（點選題目 → 右下角「刪除問題」）',
        '確有法定需要時，改用學校具加密保護的系統或紙本，由承辦人保管',
        '若仍須使用表單：在表單最上方加入「個人資料蒐集聲明」並說明法律依據，且只讓承辦人存取回覆與連結的試算表',
      ],
      unverified:
        '無法讀取表單題目，無法確認是否要求填寫特種個資。請逐題檢查是否詢問病史、過敏、用藥、身心障礙或特教身分、健康檢查結果、基因、性生活或性傾向、犯罪前科、輔導紀錄。',
      pass: '沒有發現詢問特種個資的題目。',
    },
    en: {
      title: 'The form asks for special-category data (medical history, allergies, medication, disability, health checks, sex life, criminal record, counselling…)',
      why: 'These are special categories under PDPA Art. 6 and may not be collected except in narrow cases; even then the MOE requires encrypted storage, which plain Google Forms responses are not. A leak harms students and parents in ways that cannot be undone.',
      fix: [
        'Check whether each flagged question is really needed; if not, delete it (select the question → "Delete question")',
        'If the law requires the data, use the school\u2019s encrypted system or paper, kept by the responsible staff member',
        'If a form is still used: add a "Personal data collection notice" at the top stating the legal basis, and let only the responsible staff open the responses and the linked sheet',
      ],
      unverified:
        'Could not read the questions, so special-category requests could not be checked. Look for questions about illness, allergies, medication, disability or special-education status, health-check results, genetics, sex life or orientation, criminal records and counselling.',
      pass: 'No question asks for special-category data.',
    },
  },
};
