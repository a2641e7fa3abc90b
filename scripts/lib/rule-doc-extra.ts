// "Fires when / stays silent when" for each rule, in both languages, for docs/rules.md.
// Source: ../shared/RULES.md (the product specification's "fires when" and "must stay silent when"
// columns), restated in plain words. The registry meta-test checks this table covers exactly RULE_IDS.
import type { Lang } from '../../src/core/schema';

export interface RuleDocExtra {
  fires: string;
  silent: string;
}

export const RULE_DOC_EXTRA: Record<string, Record<Lang, RuleDocExtra>> = {
  'forms.summary-public': {
    'zh-TW': {
      fires: '表單設定「查看結果摘要」（新版介面為「顯示摘要圖表和其他作答內容」）已開啟：每位填答者都能看到所有人的答案。',
      silent: '這個設定已關閉。若設定面板從未出現、頁面也沒有內嵌的表單資料而讀不到設定，會標示「無法確認」，不會當作通過。',
    },
    en: {
      fires:
        'The form setting "View results summary" (newer UI: "See summary charts and text responses") is on: every respondent can see everyone\u2019s answers.',
      silent:
        'The setting is off. If it cannot be read (the settings panel never rendered and there is no embedded form data), the rule reports "unverified", never a pass.',
    },
  },
  'forms.sensitive-data': {
    'zh-TW': {
      fires:
        '有題目（標題或說明）要求填答者提供個人資料保護法第6條的特種個資：病史、疾病、過敏、用藥、身心障礙或特教身分、健康檢查結果、基因、性生活或性傾向、犯罪前科、輔導紀錄。',
      silent:
        '字詞並不是在要填答者提供自己的資料（例如「你最喜歡的健康食物」「健康教育課報告主題」）；只出現關鍵字不夠，題目必須是在詢問本人或孩子的資料。',
    },
    en: {
      fires:
        'A question (title or description) asks for PDPA Art. 6 special-category data: medical history, illness, allergies, medication, disability or special-education status, health-check results, genetic data, sex life or sexual orientation, criminal record, counselling records.',
      silent:
        'The word is not a request for the respondent\u2019s own data (e.g. "你最喜歡的健康食物", "Health class project topic"). A keyword alone is not enough: the question must ask for the person\u2019s own or their child\u2019s data.',
    },
  },
  'forms.identifier': {
    'zh-TW': {
      fires: '有題目要求填寫身分證字號（統一編號）、居留證號（統一證號）、護照號碼、健保卡號、完整出生年月日、戶籍地址或住址、銀行帳號。',
      silent: '題目只是用到「ID」或「號碼」等字的其他意思（例如社團識別證的顏色）；排座位用的座號也沒有問題。',
    },
    en: {
      fires:
        'A question asks for a national ID number, a resident certificate number, a passport number, an NHI card number, a full date of birth, a home or household-registration address, or a bank account.',
      silent: 'The question only uses "ID" or "number" in another sense (a club ID badge colour; a seat number for a seating chart is fine).',
    },
  },
  'forms.no-notice': {
    'zh-TW': {
      fires:
        '表單至少有一題在蒐集個資（識別資料、特種個資，或具名者的電話、地址、電子郵件等聯絡方式），但表單說明及所有標題／說明項目都沒有蒐集告知——至少要寫出蒐集目的，以及保存期限（保存期間、屆期刪除）。',
      silent: '表單沒有蒐集個資。',
    },
    en: {
      fires:
        'The form asks at least one personal-data question (identifier, special-category data, or contact details such as a named person\u2019s phone, address or e-mail) and neither the form description nor any title/description item contains a collection notice: at minimum a purpose and a retention period (or when the data will be deleted).',
      silent: 'The form collects no personal data.',
    },
  },
  'forms.open-to-anyone': {
    'zh-TW': {
      fires: '表單發布給「知道連結的任何人」填答，同時 forms.identifier 或 forms.sensitive-data 也提醒了。',
      silent: '填答者限於學校網域內或指定的人。',
    },
    en: {
      fires: 'The form is published to "Anyone with the link" while forms.identifier or forms.sensitive-data fires.',
      silent: 'Responders are restricted to the school\u2019s domain or to named people.',
    },
  },
  'share.anyone-can-edit': {
    'zh-TW': {
      fires: '一般存取權是「知道連結的任何人」，角色是「編輯者」。',
      silent: '一般存取權是「限制」或限於機構（學校網域）。',
    },
    en: {
      fires: 'General access is "Anyone with the link" with the Editor role.',
      silent: 'Access is Restricted or limited to the organisation.',
    },
  },
  'share.roster-public': {
    'zh-TW': {
      fires:
        '一般存取權是「知道連結的任何人」（任何角色），而且檔名看起來是個資清冊（含名冊、名單、通訊錄、聯絡簿、個資、學生資料、家長、成績、身分證、輔導、健康、特教等字詞，或學校政策加入的字詞）。',
      silent: '一般存取權不是「知道連結的任何人」。只以班級或科目命名的檔案不算清冊。',
    },
    en: {
      fires:
        'General access is "Anyone with the link" (any role) and the item\u2019s name looks like a personal-data list (roster, contact list, student list, grades, address book and their Chinese equivalents, or terms added by the school\u2019s policy).',
      silent: 'General access is not "Anyone with the link". Files named only after a class or a subject are not lists.',
    },
  },
  'share.anyone-with-link': {
    'zh-TW': {
      fires: '「知道連結的任何人」可以檢視或加上註解，而檔名看起來不是個資清冊（清冊的情形由 share.roster-public 提醒）。',
      silent: '一般存取權不是「知道連結的任何人」，或是任何人可編輯（由 share.anyone-can-edit 提醒）。',
    },
    en: {
      fires: '"Anyone with the link" can view or comment on an item that does not look like a personal-data list (lists are covered by share.roster-public).',
      silent: 'General access is not "Anyone with the link", or anyone can edit (covered by share.anyone-can-edit).',
    },
  },
  'share.roster-coediting': {
    'zh-TW': {
      fires: '看起來是個資清冊的檔案，整個機構都能編輯，或具名的編輯者超過政策設定的人數（預設 3 人，不含擁有者）。',
      silent: '檔案不是清冊；或其他人都只是檢視者或加註者。',
    },
    en: {
      fires:
        'An item that looks like a personal-data list is editable by the whole organisation, or has more named editors than the policy threshold (default 3, owner excluded).',
      silent: 'The item is not a list, or everyone else is a viewer or commenter only.',
    },
  },
  'share.external-editor': {
    'zh-TW': {
      fires: '有編輯者的電子郵件地址不在政策設定的學校網域內。',
      silent: '沒有設定學校網域時，這條規則不適用，並在診斷資訊中註明。',
    },
    en: {
      fires: 'A person with the Editor role has an address outside the policy\u2019s school domains.',
      silent: 'No school domains are configured: the rule then does not apply and says so in the diagnostics.',
    },
  },
  'youtube.public': {
    'zh-TW': {
      fires: '影片的瀏覽權限是「公開」，或已排程在某個時間公開。',
      silent: '影片是「私人」（「不公開」由 youtube.unlisted 提醒）。',
    },
    en: {
      fires: 'The video\u2019s visibility is Public, or it is scheduled to become public.',
      silent: 'The video is Private (Unlisted is covered by youtube.unlisted).',
    },
  },
  'youtube.unlisted': {
    'zh-TW': {
      fires: '影片的瀏覽權限是「不公開」：任何知道連結的人都能觀看和轉傳。',
      silent: '影片是「私人」。',
    },
    en: {
      fires: 'The video is Unlisted: anyone with the link can watch and re-share it.',
      silent: 'The video is Private.',
    },
  },
  'youtube.personal-data-in-text': {
    'zh-TW': {
      fires: '標題或說明含有檢查碼正確的身分證字號或居留證號、台灣手機號碼，或緊鄰姓名的學號、班級座號（例如「學號 1234567」「301班 12號 王小明」）。',
      silent: '形似身分證字號但檢查碼錯誤的字串；年份或影片編號。',
    },
    en: {
      fires:
        'The title or description contains a checksum-valid Taiwan national ID or resident certificate number, a Taiwan mobile number, or a student number or class-and-seat pattern next to a name (學號 1234567, 301班 12號 王小明).',
      silent: 'An ID-shaped string with a wrong checksum; a year or a video number.',
    },
  },
};
