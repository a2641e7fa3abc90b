// UI strings of the in-page tip (the rule texts themselves come from each rule's messages).
import { defineCatalog } from '../core/i18n';

export const tipStrings = defineCatalog(
  'tip',
  {
    badgeHigh: 'High risk',
    badgeWarn: 'Warning',
    announce: 'Privacy tip: {title}',
    howToFix: 'How to fix',
    showMe: 'Show me',
    understand: 'I understand',
    reasonLabel: 'Reason (optional, kept only on this computer)',
    confirm: 'Confirm',
    cancel: 'Cancel',
    close: 'Close',
    evidence: 'Found: {text}',
    acked: 'Noted. This tip will not appear again for this item.',
  },
  {
    badgeHigh: '高風險',
    badgeWarn: '注意',
    announce: '個資提醒：{title}',
    howToFix: '怎麼修正',
    showMe: '指給我看',
    understand: '我了解',
    reasonLabel: '原因（選填，只保存在這台電腦）',
    confirm: '確認',
    cancel: '取消',
    close: '關閉',
    evidence: '發現：{text}',
    acked: '已記下。這個項目不會再顯示這則提醒。',
  },
);
