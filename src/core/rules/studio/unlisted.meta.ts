// Metadata for youtube.unlisted: severity, legal basis and the user-facing texts (zh-TW and English).
// Kept beside the rule's logic (unlisted.ts) but in its own module, so content scripts bundle only the logic
// and extension pages bundle only the texts.
import type { RuleMeta } from '../../rule';

export const youtubeUnlistedMeta: RuleMeta = {
  id: 'youtube.unlisted',
  app: 'studio',
  severity: 'info',
  basis: { public: ['moe-yt-letter', 'pdpa-16', 'pdpa-11-3'], private: ['moe-yt-letter', 'pdpa-20', 'pdpa-11-3'] },
  messages: {
    'zh-TW': {
      title: '影片設為「不公開」：知道連結的人都能看',
      why:
        '「不公開」不等於「私人」：影片不會出現在搜尋中，但任何拿到連結的人都能觀看並再轉傳。連結常被貼到 LINE 群組裡轉來轉去，' +
        '學生的影片就這樣流到班級以外。',
      fix: [
        '在上傳視窗的「瀏覽權限」步驟（已上傳的影片：影片詳細資料頁右側的「瀏覽權限」）改選「私人」。',
        '在「私人」下方點「私下分享」，輸入老師的電子郵件地址，按「完成」，再按「儲存」。',
        '老師批改完成後刪除這部影片，並刪掉其他地方的備份。',
      ],
      unverified: '讀不到這部影片的瀏覽權限。請在上傳視窗開啟「瀏覽權限」步驟（已上傳的影片請看右側的「瀏覽權限」），確認選的是「私人」而不是「不公開」。',
      pass: '影片沒有設為不公開。',
    },
    en: {
      title: 'The video is Unlisted: anyone with the link can watch it',
      why:
        'Unlisted is not Private: the video stays out of search, but anyone who gets the link can watch it and pass it on. Links get ' +
        'forwarded in LINE and chat groups, and a student\u2019s video ends up far outside the class.',
      fix: [
        'In the upload dialog\u2019s Visibility step (for an uploaded video: Visibility on the right of the video details page), choose Private.',
        'Under Private, click Share privately, enter your teacher\u2019s e-mail address, click Done, then Save.',
        'After grading, delete the video and any other copies.',
      ],
      unverified:
        'Could not read this video\u2019s visibility. Open the Visibility step of the upload dialog (for an uploaded video, the Visibility box on the right) and check that Private, not Unlisted, is selected.',
      pass: 'The video is not Unlisted.',
    },
  },
};
