// Metadata for share.anyone-can-edit: severity, legal basis and the user-facing texts (zh-TW and English).
// Kept beside the rule's logic (anyone-can-edit.ts) but in its own module, so content scripts bundle only the logic
// and extension pages bundle only the texts.
import type { RuleMeta } from '../../rule';

export const anyoneCanEditMeta: RuleMeta = {
  id: 'share.anyone-can-edit',
  app: 'share',
  severity: 'high',
  basis: { public: ['moe-3-2', 'moe-3-3'], private: ['moe-3-2', 'moe-3-3'] },
  messages: {
    'zh-TW': {
      title: '知道連結的任何人都能編輯這個檔案',
      why: '任何拿到連結的人（例如連結被轉傳到 LINE 群組）都能修改、刪除或複製檔案內容，而且可能是匿名的；檔案裡若有學生資料，也會一併外流。',
      fix: [
        '點選右上角的「共用」',
        '在「一般存取權」下，點選「知道連結的任何人」，改為「限制」',
        '如果確實需要用連結分享，把右側的角色從「編輯者」改為「檢視者」',
        '按「完成」',
      ],
      unverified: '無法讀取這個檔案的一般存取權或連結角色。請點選「共用」，確認「一般存取權」不是「知道連結的任何人」搭配「編輯者」。',
      pass: '沒有開放知道連結的任何人編輯。',
    },
    en: {
      title: 'Anyone with the link can edit this file',
      why: 'Anyone who gets the link (for example when it is forwarded in a LINE group) can change, delete or copy the content, possibly anonymously, including any student data in it.',
      fix: [
        'Click "Share" at the top right',
        'Under "General access", click "Anyone with the link" and choose "Restricted"',
        'If you really need a link, change the role on the right from "Editor" to "Viewer"',
        'Click "Done"',
      ],
      unverified:
        'Could not read the general access or the link role. Click "Share" and check that general access is not "Anyone with the link" with "Editor".',
      pass: 'Not editable by anyone with the link.',
    },
  },
};
