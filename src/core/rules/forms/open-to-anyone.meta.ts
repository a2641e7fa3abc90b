// Metadata for forms.open-to-anyone: severity, legal basis and the user-facing texts (zh-TW and English).
// Kept beside the rule's logic (open-to-anyone.ts) but in its own module, so content scripts bundle only the logic
// and extension pages bundle only the texts.
import type { RuleMeta } from '../../rule';

export const openToAnyoneMeta: RuleMeta = {
  id: 'forms.open-to-anyone',
  app: 'forms',
  severity: 'info',
  basis: { public: ['moe-3-2'], private: ['moe-3-2'] },
  messages: {
    'zh-TW': {
      title: '詢問身分證字號或特種個資的表單，開放給「知道連結的使用者」填寫',
      why: '任何拿到連結的人都能開啟並填寫這份表單；連結一旦被轉傳，就無法控制誰看到題目、誰送出資料。教育部要求存取權限採最小權限原則。',
      fix: [
        '點選右上角的「已發布」按鈕',
        '在「作答對象」中，把「知道連結的使用者」改為僅限學校網域的使用者，或指定的人員、群組',
        '儲存後用非學校帳號開啟連結測試，確認無法填寫',
      ],
      unverified:
        '這份表單詢問了身分證字號或特種個資，但無法讀取作答對象設定。請點選「已發布」，確認「作答對象」限定為學校網域或指定人員，而不是「知道連結的使用者」。',
      pass: '作答對象已限定，或表單沒有詢問身分證字號與特種個資。',
    },
    en: {
      title: 'A form asking for ID numbers or special-category data is open to "Anyone with the link"',
      why: 'Anyone who gets the link can open and answer the form; once the link is forwarded there is no control over who sees the questions or submits data. The MOE requires least-privilege access.',
      fix: [
        'Click the "Published" button at the top right',
        'Under "Responders", change "Anyone with the link" to people in the school\u2019s domain, or to named people or groups',
        'Save, then open the link with a non-school account to check that it cannot respond',
      ],
      unverified:
        'This form asks for ID numbers or special-category data, but its responder setting could not be read. Click "Published" and check that "Responders" is limited to the school\u2019s domain or named people, not "Anyone with the link".',
      pass: 'Responders are restricted, or the form asks for no ID numbers or special-category data.',
    },
  },
};
