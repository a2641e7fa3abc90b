// Metadata for forms.no-notice: severity, legal basis and the user-facing texts (zh-TW and English).
// Kept beside the rule's logic (no-notice.ts) but in its own module, so content scripts bundle only the logic
// and extension pages bundle only the texts.
import type { RuleMeta } from '../../rule';

export const noNoticeMeta: RuleMeta = {
  id: 'forms.no-notice',
  app: 'forms',
  severity: 'warn',
  basis: { public: ['pdpa-8-1', 'moe-3-6'], private: ['pdpa-8-1', 'moe-3-6'] },
  messages: {
    'zh-TW': {
      title: '表單蒐集個資，但沒有「個人資料蒐集聲明」（蒐集目的與保存期限）',
      why: '個資法第8條規定，直接向當事人蒐集個資時必須告知蒐集目的、個資類別、利用期間等事項；教育部也要求訂定保存期限，到期就刪除。學生和家長有權知道資料拿去做什麼、會保存多久。',
      fix: [
        '在「問題」分頁點選右側工具列的「新增標題與說明」',
        '把這個區塊移到表單最上方，標題填「個人資料蒐集聲明」',
        '說明中寫明：蒐集單位（學校名稱）、蒐集目的、個資類別、利用期間、地區、對象及方式、保存期限（例如「活動結束後一個月內刪除」），以及當事人的權利與不提供的影響',
        '保存期限到了，刪除表單回覆與連結的試算表',
      ],
      unverified: '無法讀取表單題目或說明，無法確認是否已告知蒐集目的與保存期限。請確認表單最上方有「個人資料蒐集聲明」。',
      pass: '表單沒有蒐集個資，或已載明蒐集目的與保存期限。',
    },
    en: {
      title: 'The form collects personal data without a collection notice (purpose and retention period)',
      why: 'PDPA Art. 8 requires telling people, when collecting from them directly, why the data is collected, which data, and for how long it is used; the MOE also requires a retention period after which the data is deleted. Students and parents have the right to know.',
      fix: [
        'On the "Questions" tab, click "Add title and description" in the side toolbar',
        'Move the block to the top of the form and title it "Personal data collection notice"',
        'State who collects (the school), the purpose, the data categories, the period, area, recipients and manner of use, the retention period (e.g. "deleted within one month after the event"), people\u2019s rights and the effect of not answering',
        'When the retention period ends, delete the responses and the linked sheet',
      ],
      unverified:
        'Could not read the questions or the description, so the collection notice could not be checked. Make sure a "Personal data collection notice" is at the top of the form.',
      pass: 'The form collects no personal data, or it states the purpose and retention period.',
    },
  },
};
