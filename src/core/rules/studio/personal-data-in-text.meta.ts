// Metadata for youtube.personal-data-in-text: severity, legal basis and the user-facing texts (zh-TW and English).
// Kept beside the rule's logic (personal-data-in-text.ts) but in its own module, so content scripts bundle only the logic
// and extension pages bundle only the texts.
import type { RuleMeta } from '../../rule';

export const youtubePersonalDataInTextMeta: RuleMeta = {
  id: 'youtube.personal-data-in-text',
  app: 'studio',
  severity: 'warn',
  basis: { public: ['moe-3-1', 'pdpa-5'], private: ['moe-3-1', 'pdpa-5'] },
  messages: {
    'zh-TW': {
      title: '影片標題或說明裡有個資',
      why:
        '標題和說明會跟著影片被看到、被搜尋、被轉傳；身分證字號、手機號碼、學號或「班級＋座號＋姓名」足以找到學生本人。' +
        '作業影片只需要老師認得出是誰交的，不必寫出這些個資。',
      fix: [
        '在上傳視窗的「詳細資訊」步驟（已上傳的影片：影片詳細資料頁）找到「標題」和「說明」。',
        '刪除身分證字號、手機號碼、學號和班級座號；需要辨識時改用老師指定的作業代號，或在私下分享給老師時另外說明。',
        '按「儲存」。',
      ],
      unverified: '讀不到影片的標題或說明。請開啟上傳視窗的「詳細資訊」步驟（或影片詳細資料頁），確認標題和說明裡沒有身分證字號、手機號碼或學號。',
      pass: '標題和說明裡沒有身分證字號、手機號碼、學號或班級座號。',
    },
    en: {
      title: 'The video title or description contains personal data',
      why:
        'The title and description are seen, searched and forwarded with the video; an ID number, a mobile number, a student number or ' +
        'class + seat number + name is enough to find the student. A homework video only needs the teacher to know who handed it in.',
      fix: [
        'Open the Title and Description boxes (Details step of the upload dialog, or the video details page).',
        'Remove ID numbers, mobile numbers, student numbers and class/seat numbers; use a code the teacher gives you, or tell the teacher when you share the video privately.',
        'Click Save.',
      ],
      unverified:
        'Could not read the title or description. Open the Details step of the upload dialog (or the video details page) and check that neither contains an ID number, mobile number or student number.',
      pass: 'No ID number, mobile number, student number or class/seat number in the title or description.',
    },
  },
};
