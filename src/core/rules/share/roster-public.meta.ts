// Metadata for share.roster-public: severity, legal basis and the user-facing texts (zh-TW and English).
// Kept beside the rule's logic (roster-public.ts) but in its own module, so content scripts bundle only the logic
// and extension pages bundle only the texts.
import type { RuleMeta } from '../../rule';

export const rosterPublicMeta: RuleMeta = {
  id: 'share.roster-public',
  app: 'share',
  severity: 'high',
  basis: { public: ['moe-3-2', 'moe-3-3', 'pdpa-18'], private: ['moe-3-2', 'moe-3-3', 'pdpa-27'] },
  messages: {
    'zh-TW': {
      title: '個資清冊開放給知道連結的任何人',
      why: '檔名看起來是學生名冊、通訊錄或成績這類個資清冊。任何拿到連結的人（例如連結被轉傳到 LINE 群組）都能打開，看到每一位學生的資料。',
      fix: [
        '點選右上角的「共用」',
        '在「一般存取權」下，點選「知道連結的任何人」，改為「限制」',
        '在「新增使用者和群組」只加入需要看這份資料的同事，角色選「檢視者」',
        '按「完成」',
      ],
      unverified: '無法確認這個檔案的檔名或一般存取權。若它是名冊、通訊錄或成績等個資清冊，請點選「共用」，確認「一般存取權」為「限制」。',
      pass: '這份檔案沒有以「知道連結的任何人」公開個資清冊。',
    },
    en: {
      title: 'A personal-data list is open to anyone with the link',
      why: 'The name looks like a roster, contact list or grade sheet. Anyone who gets the link (for example when it is forwarded in a LINE group) can open every student\u2019s record.',
      fix: [
        'Click "Share" at the top right',
        'Under "General access", click "Anyone with the link" and choose "Restricted"',
        'Add only the colleagues who need it under "Add people and groups", as "Viewer"',
        'Click "Done"',
      ],
      unverified:
        'Could not read the file name or its general access. If it is a roster, contact list or grade sheet, click "Share" and make sure general access is "Restricted".',
      pass: 'No personal-data list is open to anyone with the link.',
    },
  },
};
