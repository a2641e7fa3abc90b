// Metadata for share.roster-coediting: severity, legal basis and the user-facing texts (zh-TW and English).
// Kept beside the rule's logic (roster-coediting.ts) but in its own module, so content scripts bundle only the logic
// and extension pages bundle only the texts.
import type { RuleMeta } from '../../rule';

export const rosterCoeditingMeta: RuleMeta = {
  id: 'share.roster-coediting',
  app: 'share',
  severity: 'warn',
  basis: { public: ['moe-3-3'], private: ['moe-3-3'] },
  messages: {
    'zh-TW': {
      title: '個資清冊開放多人共同編輯',
      why: '教育部注意事項提醒：不宜讓使用者共同編輯個人資料檔案清冊。能編輯的人越多，資料被誤改、誤刪或再分享出去的機會就越大，出事時也難以追查。',
      fix: [
        '點選右上角的「共用」',
        '在「具有存取權的使用者」中，點選不需要編輯的人名字旁的「編輯者」，改為「檢視者」或「移除存取權」',
        '如果「一般存取權」是學校或「知道連結的任何人」且角色為「編輯者」，把角色改為「檢視者」',
        '需要大家填資料時，改用 Google 表單蒐集，清冊只留承辦人編輯',
        '按「儲存」',
      ],
      unverified: '無法確認這份清冊有哪些人能編輯。請點選「共用」，檢查「具有存取權的使用者」和「一般存取權」的角色。',
      pass: '這份檔案沒有開放多人共同編輯個資清冊。',
    },
    en: {
      title: 'A personal-data list is open to co-editing',
      why: 'The MOE notice says personal-data rosters should not be co-edited. The more people can edit, the more likely records are changed, deleted or re-shared by mistake, and the harder it is to trace.',
      fix: [
        'Click "Share" at the top right',
        'Under "People with access", click "Editor" next to each person who does not need to edit and choose "Viewer" or "Remove access"',
        'If general access is your school or "Anyone with the link" with "Editor", change that role to "Viewer"',
        'To collect data from many people, use a Google Form and keep the list editable only by the person in charge',
        'Click "Save"',
      ],
      unverified: 'Could not tell who can edit this list. Click "Share" and check the roles under "People with access" and "General access".',
      pass: 'This list is not open to co-editing.',
    },
  },
};
