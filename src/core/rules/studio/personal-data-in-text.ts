// youtube.personal-data-in-text (warn): the title or description contains a checksum-valid Taiwan national ID or resident
// certificate number, a Taiwan mobile number, or a student number / class-seat pattern (學號 1234567, 301班 12號 王小明).
// Silent for ID-shaped strings with a wrong checksum, years, video numbers, timestamps, prices and counts (the detectors'
// negative tables). A field that could not be read → unverified, unless the other field already shows a match.
// Basis (RULES.md): MOE notice 三(一) data minimisation; PDPA §5.
import { defineRule } from '../../rule';
import type { Evidence } from '../../schema';
import { textEvidence } from './util';

export const youtubePersonalDataInText = defineRule({
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
  evaluate(s) {
    const evidence: Evidence[] = [];
    if (s.title !== null) evidence.push(...textEvidence('video-title', s.title));
    if (s.description !== null) evidence.push(...textEvidence('video-description', s.description));
    if (evidence.length > 0) return { status: 'violation', evidence };
    if (s.title === null && s.description === null) return { status: 'unverified', reason: 'title-description-unreadable' };
    if (s.title === null) return { status: 'unverified', reason: 'title-unreadable' };
    if (s.description === null) return { status: 'unverified', reason: 'description-unreadable' };
    return { status: 'pass' };
  },
});
