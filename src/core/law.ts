// Legal citations used by the rules, with their display text in both languages.
// Sources: ../shared/reference/law-and-guidance.md (PDPA articles, MOE notice item 三 (一)–(六),
// MOE 113.11.07 臺教資通字第1130105433號 letter on students' YouTube homework).
import type { Lang } from './schema';

export type SchoolType = 'public' | 'private';

export interface Citation {
  /** short label, e.g. 個人資料保護法第15條 / PDPA Art. 15 */
  label: Record<Lang, string>;
  /** one line on what the provision says, in plain words */
  gist: Record<Lang, string>;
}

const PDPA_ZH = '個人資料保護法';
const MOE_ZH = '教育部「學校使用資通系統或服務蒐集及使用個人資料注意事項」';
const MOE_EN = 'MOE Notice on Schools Collecting and Using Personal Data through Information Systems or Services';

export const CITATIONS = {
  'pdpa-2': {
    label: { 'zh-TW': `${PDPA_ZH}第2條第1款`, en: 'PDPA Art. 2(1)' },
    gist: {
      'zh-TW': '姓名、出生年月日、身分證字號、聯絡方式等可直接或間接識別個人的資料都是個資。',
      en: 'Name, date of birth, ID number, contact details and anything else that identifies a person is personal data.',
    },
  },
  'pdpa-5': {
    label: { 'zh-TW': `${PDPA_ZH}第5條`, en: 'PDPA Art. 5' },
    gist: {
      'zh-TW': '蒐集、處理或利用個資不得逾越特定目的之必要範圍，並應與蒐集目的有正當合理之關聯。',
      en: 'Collection and use must not go beyond what the specific purpose needs and must be reasonably related to it.',
    },
  },
  'pdpa-6-1': {
    label: { 'zh-TW': `${PDPA_ZH}第6條第1項`, en: 'PDPA Art. 6 para. 1' },
    gist: {
      'zh-TW': '病歷、醫療、基因、性生活、健康檢查及犯罪前科等特種個資，原則上不得蒐集、處理或利用。',
      en: 'Medical records, medical care, genetic data, sex life, health checks and criminal records may not be collected, except in narrow cases.',
    },
  },
  'pdpa-8-1': {
    label: { 'zh-TW': `${PDPA_ZH}第8條第1項`, en: 'PDPA Art. 8 para. 1' },
    gist: {
      'zh-TW': '直接向當事人蒐集個資時，應明確告知機關名稱、蒐集目的、個資類別、利用期間、地區、對象及方式、當事人權利等事項。',
      en: 'When collecting directly, tell people who collects, why, which data, for how long and how it is used, and their rights.',
    },
  },
  'pdpa-11-3': {
    label: { 'zh-TW': `${PDPA_ZH}第11條第3項`, en: 'PDPA Art. 11 para. 3' },
    gist: {
      'zh-TW': '蒐集之特定目的消失或期限屆滿時，應主動刪除、停止處理或利用該個資。',
      en: 'When the purpose ends or the retention period expires, delete the data or stop using it on your own initiative.',
    },
  },
  'pdpa-15': {
    label: { 'zh-TW': `${PDPA_ZH}第15條（公務機關之蒐集）`, en: 'PDPA Art. 15 (collection by public agencies)' },
    gist: {
      'zh-TW': '公立學校蒐集個資應有特定目的，並在執行法定職務必要範圍內、經當事人同意或對當事人權益無侵害。',
      en: 'A public school may collect only for a specific purpose, within its statutory duties, with consent, or where it harms no one.',
    },
  },
  'pdpa-16': {
    label: { 'zh-TW': `${PDPA_ZH}第16條（公務機關之利用）`, en: 'PDPA Art. 16 (use by public agencies)' },
    gist: {
      'zh-TW': '公立學校利用個資應在執行法定職務必要範圍內，並與蒐集之特定目的相符。',
      en: 'A public school may use personal data only within its duties and for the purpose it was collected for.',
    },
  },
  'pdpa-18': {
    label: { 'zh-TW': `${PDPA_ZH}第18條（公務機關之安全維護）`, en: 'PDPA Art. 18 (security, public agencies)' },
    gist: {
      'zh-TW': '保有個資檔案的公務機關應指定專人辦理安全維護，防止個資被竊取、竄改、毀損、滅失或洩漏。',
      en: 'A public agency holding personal-data files must assign staff to keep them from theft, alteration, loss or leaks.',
    },
  },
  'pdpa-19': {
    label: { 'zh-TW': `${PDPA_ZH}第19條（非公務機關之蒐集）`, en: 'PDPA Art. 19 (collection by non-public bodies)' },
    gist: {
      'zh-TW': '私立學校蒐集個資應有特定目的，並符合法定情形之一（例如法律明文規定、契約關係或當事人同意）。',
      en: 'A private school may collect only for a specific purpose and on one of the legal bases, such as a contract or consent.',
    },
  },
  'pdpa-20': {
    label: { 'zh-TW': `${PDPA_ZH}第20條（非公務機關之利用）`, en: 'PDPA Art. 20 (use by non-public bodies)' },
    gist: {
      'zh-TW': '私立學校利用個資應在蒐集之特定目的必要範圍內為之。',
      en: 'A private school may use personal data only within the purpose it was collected for.',
    },
  },
  'pdpa-27': {
    label: { 'zh-TW': `${PDPA_ZH}第27條（非公務機關之安全措施）`, en: 'PDPA Art. 27 (security, non-public bodies)' },
    gist: {
      'zh-TW': '保有個資檔案的非公務機關應採行適當之安全措施，防止個資被竊取、竄改、毀損、滅失或洩漏。',
      en: 'A non-public body holding personal-data files must take appropriate measures against theft, alteration, loss or leaks.',
    },
  },
  'pdpa-28-1': {
    label: { 'zh-TW': `${PDPA_ZH}第28條第1項`, en: 'PDPA Art. 28 para. 1' },
    gist: {
      'zh-TW': '公務機關違反本法致個資遭不法蒐集、處理、利用或其他侵害者，負損害賠償責任。',
      en: 'A public agency that breaks the Act and so harms a data subject must pay damages.',
    },
  },
  'pdpa-29': {
    label: { 'zh-TW': `${PDPA_ZH}第29條`, en: 'PDPA Art. 29' },
    gist: {
      'zh-TW': '非公務機關違反本法致當事人權利受侵害者，負損害賠償責任（推定有過失）。',
      en: 'A non-public body that breaks the Act and so harms a data subject must pay damages (fault presumed).',
    },
  },
  'moe-3-1': {
    label: { 'zh-TW': `${MOE_ZH}三、（一）資料蒐集最小化`, en: `${MOE_EN}, item 3(1) data minimisation` },
    gist: {
      'zh-TW': '僅蒐集適當、相關且限於處理目的所必要之個人資料。',
      en: 'Collect only the personal data that is adequate, relevant and necessary for the purpose.',
    },
  },
  'moe-3-2': {
    label: { 'zh-TW': `${MOE_ZH}三、（二）存取控制`, en: `${MOE_EN}, item 3(2) access control` },
    gist: {
      'zh-TW': '檔案存取權限應採最小權限原則，僅允許使用者依目的取得所需之最小授權。',
      en: 'File access follows least privilege: each person gets only the access their task needs.',
    },
  },
  'moe-3-3': {
    label: { 'zh-TW': `${MOE_ZH}三、（三）`, en: `${MOE_EN}, item 3(3)` },
    gist: {
      'zh-TW': '不宜使用者共同編輯個人資料檔案清冊；Google 表單不應勾選「顯示摘要圖表和其他作答內容」；公佈前應確實檢查設定並實際測試。',
      en: 'Do not let users co-edit personal-data rosters; do not let respondents see others\u2019 answers in Google Forms; check and test settings before publishing.',
    },
  },
  'moe-3-5': {
    label: { 'zh-TW': `${MOE_ZH}三、（五）資料儲存安全`, en: `${MOE_EN}, item 3(5) secure storage` },
    gist: {
      'zh-TW': '涉及個人資料保護法第6條之個資或其他敏感個資，應以加密方式儲存。',
      en: 'Data covered by PDPA Art. 6, or otherwise sensitive, must be stored encrypted.',
    },
  },
  'moe-3-6': {
    label: { 'zh-TW': `${MOE_ZH}三、（六）`, en: `${MOE_EN}, item 3(6)` },
    gist: {
      'zh-TW': '應訂定個人資料保存期限，並於期限屆滿或業務終止後刪除或銷毀。',
      en: 'Set a retention period and delete or destroy the data when it ends or the work is finished.',
    },
  },
  'moe-yt-letter': {
    label: {
      'zh-TW': '教育部113年11月7日臺教資通字第1130105433號函',
      en: 'MOE letter 113.11.07 Tai-Jiao-Zi-Tong No. 1130105433 (students\u2019 homework videos)',
    },
    gist: {
      'zh-TW': '學生上傳作業影片應做好帳號及權限管理；影片應於作業批改完成後立即刪除並下架，並確保離線備份皆已刪除。',
      en: 'Manage accounts and permissions for students\u2019 homework videos; delete and take them down right after grading, offline copies too.',
    },
  },
} satisfies Record<string, Citation>;

export type CitationId = keyof typeof CITATIONS;

export interface Basis {
  public: CitationId[];
  private: CitationId[];
}

/** Citations for a rule under the configured school type. */
export function basisFor(basis: Basis, schoolType: SchoolType): CitationId[] {
  return basis[schoolType];
}
