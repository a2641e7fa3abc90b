import { defineCatalog } from '../core/i18n';

export const workerStrings = defineCatalog(
  'worker',
  {
    reminderTitle: 'Time to delete collected personal data',
    reminderBody: '“{title}”: the retention period you set has ended. Delete the responses, the file or the video (and offline copies), then mark the reminder done.',
    reminderRepaired: 'The reminder list was damaged and has been reset. Reminders you set earlier may need to be added again.',
  },
  {
    reminderTitle: '該刪除蒐集的個資了',
    reminderBody: '「{title}」已到您設定的保存期限。請刪除回覆、檔案或影片（包括離線備份），再將提醒標示為已完成。',
    reminderRepaired: '提醒清單資料毀損，已重設為空白清單。先前設定的提醒可能需要重新加入。',
  },
);
