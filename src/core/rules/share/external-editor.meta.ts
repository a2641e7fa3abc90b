// Metadata for share.external-editor: severity, legal basis and the user-facing texts (zh-TW and English).
// Kept beside the rule's logic (external-editor.ts) but in its own module, so content scripts bundle only the logic
// and extension pages bundle only the texts.
import type { RuleMeta } from '../../rule';

export const externalEditorMeta: RuleMeta = {
  id: 'share.external-editor',
  app: 'share',
  severity: 'warn',
  basis: { public: ['moe-3-2'], private: ['moe-3-2'] },
  messages: {
    'zh-TW': {
      title: '校外帳號擁有編輯權限',
      why: '有編輯者使用的不是學校網域的帳號（例如個人 Gmail）。學校無法管理這類帳號：人員離職、學生畢業或帳號被盜後，對方仍能修改並再分享這個檔案。',
      fix: [
        '點選右上角的「共用」',
        '在「具有存取權的使用者」中找到校外帳號，點選名字旁的「編輯者」',
        '選擇「移除存取權」，或改為「檢視者」',
        '如仍需協作，請改用對方的學校帳號共用',
        '按「儲存」',
      ],
      unverified: '無法讀取共用對象或其角色。請點選「共用」，檢查「具有存取權的使用者」中是否有校外帳號是「編輯者」。',
      pass: '所有編輯者都使用學校網域的帳號。',
    },
    en: {
      title: 'An account outside the school can edit',
      why: 'An editor uses an address outside the school\u2019s domains (such as a personal Gmail). The school cannot manage that account: after someone leaves, graduates or loses the account, it can still change and re-share the file.',
      fix: [
        'Click "Share" at the top right',
        'Under "People with access", find the outside address and click "Editor" next to the name',
        'Choose "Remove access", or change it to "Viewer"',
        'If you still need to work together, share with their school account instead',
        'Click "Save"',
      ],
      unverified: 'Could not read the people or their roles. Click "Share" and check "People with access" for outside addresses with "Editor".',
      pass: 'Every editor uses a school address.',
    },
  },
};
