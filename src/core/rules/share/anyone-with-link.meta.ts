// Metadata for share.anyone-with-link: severity, legal basis and the user-facing texts (zh-TW and English).
// Kept beside the rule's logic (anyone-with-link.ts) but in its own module, so content scripts bundle only the logic
// and extension pages bundle only the texts.
import type { RuleMeta } from '../../rule';

export const anyoneWithLinkMeta: RuleMeta = {
  id: 'share.anyone-with-link',
  app: 'share',
  severity: 'info',
  basis: { public: ['moe-3-2'], private: ['moe-3-2'] },
  messages: {
    'zh-TW': {
      title: '知道連結的任何人都能開啟這個檔案',
      why: '連結一旦被轉傳（例如貼到 LINE 群組或社群），任何人都能開啟。如果內容只是講義或公告通常沒關係，但請確認裡面沒有學生的姓名、座號、照片或聯絡方式。',
      fix: [
        '如果只想讓校內或特定的人看：點選右上角的「共用」',
        '在「一般存取權」下，把「知道連結的任何人」改為「限制」或學校名稱',
        '按「完成」',
      ],
      unverified: '無法確認這個檔案的一般存取權。請點選「共用」查看「一般存取權」是否為「知道連結的任何人」。',
      pass: '沒有以「知道連結的任何人」分享（或已由其他項目提醒）。',
    },
    en: {
      title: 'Anyone with the link can open this file',
      why: 'Once the link is forwarded (to a LINE group or social media), anyone can open it. That is usually fine for a handout or notice, but make sure it holds no student names, seat numbers, photos or contact details.',
      fix: [
        'If only the school or specific people should see it: click "Share" at the top right',
        'Under "General access", change "Anyone with the link" to "Restricted" or your school',
        'Click "Done"',
      ],
      unverified: 'Could not read the general access. Click "Share" and check whether it is "Anyone with the link".',
      pass: 'Not shared with anyone with the link (or covered by another check).',
    },
  },
};
