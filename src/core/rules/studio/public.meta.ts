// Metadata for youtube.public: severity, legal basis and the user-facing texts (zh-TW and English).
// Kept beside the rule's logic (public.ts) but in its own module, so content scripts bundle only the logic
// and extension pages bundle only the texts.
import type { RuleMeta } from '../../rule';

export const youtubePublicMeta: RuleMeta = {
  id: 'youtube.public',
  app: 'studio',
  severity: 'high',
  basis: { public: ['moe-yt-letter', 'pdpa-16', 'pdpa-11-3'], private: ['moe-yt-letter', 'pdpa-20', 'pdpa-11-3'] },
  messages: {
    'zh-TW': {
      title: '影片設為「公開」：全世界都看得到學生的影片',
      why:
        '公開影片會出現在搜尋、推薦和頻道頁，任何人都能觀看、下載、轉傳或重新上傳；未成年學生的影片一旦流出就永遠收不回來。' +
        '排程公開的影片到了時間也會自動變成公開。教育部函示：學生作業影片應做好權限管理，並於批改完成後立即刪除下架。',
      fix: [
        '在上傳視窗的「瀏覽權限」步驟（已上傳的影片：影片詳細資料頁右側的「瀏覽權限」）選擇「私人」；若已設定排程，改回「私人」。',
        '在「私人」下方點「私下分享」，輸入老師的電子郵件地址，按「完成」，再按「儲存」。',
        '老師批改完成後刪除這部影片，並刪掉電腦、手機或雲端硬碟裡的備份。',
      ],
      unverified: '讀不到這部影片的瀏覽權限。請在上傳視窗開啟「瀏覽權限」步驟（已上傳的影片請看右側的「瀏覽權限」），確認選的是「私人」。',
      pass: '影片沒有設為公開，也沒有排程公開。',
    },
    en: {
      title: 'The video is Public: anyone in the world can watch a student\u2019s video',
      why:
        'A public video shows up in search, recommendations and on the channel; anyone can watch, download, forward or re-upload it, and a ' +
        'minor\u2019s video that gets out can never be taken back. A scheduled video becomes public at the set time. The Ministry of Education ' +
        'asks schools to manage permissions for homework videos and to delete them right after grading.',
      fix: [
        'In the upload dialog\u2019s Visibility step (for an uploaded video: Visibility on the right of the video details page), choose Private; if it is scheduled, switch it back to Private.',
        'Under Private, click Share privately, enter your teacher\u2019s e-mail address, click Done, then Save.',
        'After grading, delete the video and any copies on computers, phones or cloud drives.',
      ],
      unverified:
        'Could not read this video\u2019s visibility. Open the Visibility step of the upload dialog (for an uploaded video, the Visibility box on the right) and check that Private is selected.',
      pass: 'The video is not Public and not scheduled to go public.',
    },
  },
};
