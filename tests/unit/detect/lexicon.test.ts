import { describe, expect, it } from 'vitest';
import {
  LEXICON,
  anyTerm,
  LEXICON_EXAMPLES,
  detectContact,
  detectIdentifier,
  detectPersonalData,
  detectSensitive,
  groupOf,
  hasCollectionNotice,
  type LexCategory,
  type Match,
} from '../../../src/core/detect/lexicon';

type Detector = (t: string) => Match[];
const BY_GROUP: Record<'sensitive' | 'identifier' | 'contact', Detector> = {
  sensitive: detectSensitive,
  identifier: detectIdentifier,
  contact: detectContact,
};

// [text, detector group, expected category]
const MUST_FIRE: Array<[string, keyof typeof BY_GROUP, LexCategory]> = [
  // sensitive, zh-TW
  ['學生是否有過敏史？', 'sensitive', 'allergy'],
  ['請問您的孩子對哪些食物或藥物過敏？', 'sensitive', 'allergy'],
  ['既往病史（請詳述）', 'sensitive', 'medical-history'],
  ['學生是否患有慢性疾病？', 'sensitive', 'illness'],
  ['孩子有無氣喘、癲癇或心臟病？', 'sensitive', 'illness'],
  ['目前服用的藥物', 'sensitive', 'medication'],
  ['請列出孩子每日需服用的藥品及劑量', 'sensitive', 'medication'],
  ['是否領有身心障礙證明？', 'sensitive', 'disability'],
  ['是否為特教生？', 'sensitive', 'special-education'],
  ['請上傳新生健康檢查結果', 'sensitive', 'health-check'],
  ['家族病史', 'sensitive', 'genetic'],
  ['你的性傾向', 'sensitive', 'sexual-orientation'],
  ['你是否有過性經驗？', 'sensitive', 'sex-life'],
  ['是否有犯罪前科？', 'sensitive', 'criminal-record'],
  ['是否曾接受心理諮商或輔導？', 'sensitive', 'counselling'],
  ['這是健康教育課的問卷，請填寫你的過敏史', 'sensitive', 'allergy'],
  // sensitive, English
  ['Does your child have any allergies?', 'sensitive', 'allergy'],
  ['Medical history', 'sensitive', 'medical-history'],
  ['Please list any chronic illnesses', 'sensitive', 'illness'],
  ['Medication currently taken', 'sensitive', 'medication'],
  ['Does your child have a disability?', 'sensitive', 'disability'],
  ['Special educational needs (SEN) status', 'sensitive', 'special-education'],
  ['Please upload your medical examination report', 'sensitive', 'health-check'],
  ['Any hereditary conditions in the family?', 'sensitive', 'genetic'],
  ['What is your sexual orientation?', 'sensitive', 'sexual-orientation'],
  ['Do you have a criminal record?', 'sensitive', 'criminal-record'],
  ['Has your child received counselling in the past year?', 'sensitive', 'counselling'],
  // identifiers, zh-TW
  ['請填寫學生身分證字號', 'identifier', 'national-id'],
  ['身份證號碼', 'identifier', 'national-id'],
  ['外籍生請填寫居留證統一證號', 'identifier', 'resident-certificate'],
  ['護照號碼（出國交流用）', 'identifier', 'passport'],
  ['健保卡號', 'identifier', 'nhi-card'],
  ['出生年月日', 'identifier', 'date-of-birth'],
  ['學生生日（民國年/月/日）', 'identifier', 'date-of-birth'],
  ['戶籍地址', 'identifier', 'household-address'],
  ['請填寫學生住址', 'identifier', 'household-address'],
  ['請提供匯款帳號（獎學金入帳用）', 'identifier', 'bank-account'],
  ['身分證字號（例：A123456789）', 'identifier', 'national-id'],
  // identifiers, English
  ['National ID number', 'identifier', 'national-id'],
  ['ARC number (foreign students)', 'identifier', 'resident-certificate'],
  ['Passport number', 'identifier', 'passport'],
  ['NHI card number', 'identifier', 'nhi-card'],
  ['Date of birth (YYYY/MM/DD)', 'identifier', 'date-of-birth'],
  ['Home address', 'identifier', 'household-address'],
  ['Bank account number for the refund', 'identifier', 'bank-account'],
  // contact
  ['手機號碼', 'contact', 'phone'],
  ['請留下聯絡電話', 'contact', 'phone'],
  ['通訊地址', 'contact', 'address'],
  ['電子郵件地址', 'contact', 'email'],
  ['家長姓名及聯絡電話', 'contact', 'parent-contact'],
  ['緊急聯絡人', 'contact', 'parent-contact'],
  ['請留下您的聯絡方式', 'contact', 'contact-details'],
  ['Mobile number', 'contact', 'phone'],
  ['Mailing address', 'contact', 'address'],
  ['Your email address', 'contact', 'email'],
  ["Parent's phone number", 'contact', 'parent-contact'],
  ['Emergency contact', 'contact', 'parent-contact'],
];

// Must not fire in ANY group.
const MUST_NOT_FIRE: string[] = [
  // RULES.md examples
  '你最喜歡的健康食物是什麼？',
  'Health class project topic',
  '學生社團識別證顏色',
  '座號（排座位表用）',
  '請填寫座號',
  'Seat number for the seating chart',
  // topic / favourite / project wording
  '過敏宣導海報比賽',
  '健康教育課的報告題目：過敏、氣喘或糖尿病',
  'Poster topic: allergy awareness week',
  'Debate topic: should criminal records be public?',
  'Sexual orientation discrimination essay topic',
  'Disability awareness week poster topic',
  'Special education workshop for teachers: preferred date',
  '讀書會：推薦一本犯罪小說',
  '家長日活動主題投票',
  // knowledge questions
  '過敏是什麼？',
  '哪些疾病是由蚊子傳染的？',
  '健康檢查為什麼很重要？',
  'Which of the following is a common symptom of an allergy?',
  'Which diseases are spread by mosquitoes?',
  'What do you know about genetic engineering?',
  '你知道過敏是什麼嗎？',
  '病歷的保存年限是幾年？（是非題）',
  // other senses of the word
  '藥物濫用防制宣導週',
  '基因改造食品的優缺點',
  '校園無障礙坡道設置地點建議',
  '特教組辦公室在幾樓？',
  '如需諮商服務請洽輔導室',
  '吃哪些食物對健康狀況最好？',
  '報到當天請攜帶身分證正本',
  '報帳用公司統一編號',
  '閱讀護照集滿幾格了？',
  '看診請記得帶健保卡',
  '你的生日是幾月？（慶生會用）',
  'Birth month for the class birthday party',
  'Student club ID badge colour',
  'Student ID number',
  'Please bring your identity card on the trip',
  'How many stamps are in your reading passport?',
  'Student account number for the library system',
  '你每天使用手機多久？',
  'How many hours a day do you use your phone?',
  'How should our class address bullying?',
  '比賽會場地址在哪裡？',
  '作業：寫一封 email 給未來的自己',
  'Our contact details are on the school website',
  '校外教學目的地',
  '請勿填寫身分證字號',
  'Do not enter your national ID number here',
  '你最喜歡的水果',
  '班級',
  '學號',
  '姓名',
  'Name',
  'Class and seat number',
  '',
];

describe('lexicon: phrasings that must trigger', () => {
  it.each(MUST_FIRE)('%s → %s/%s', (text, group, category) => {
    const hits = BY_GROUP[group](text);
    expect(hits.map((h) => h.category)).toContain(category);
    const hit = hits.find((h) => h.category === category)!;
    expect(hit.term.length).toBeGreaterThan(0);
  });

  it('has at least 40 positive phrasings in both languages', () => {
    expect(MUST_FIRE.length).toBeGreaterThanOrEqual(40);
    expect(MUST_FIRE.filter(([t]) => /[\u4e00-\u9fff]/.test(t)).length).toBeGreaterThanOrEqual(20);
    expect(MUST_FIRE.filter(([t]) => !/[\u4e00-\u9fff]/.test(t)).length).toBeGreaterThanOrEqual(15);
    const cats = new Set(MUST_FIRE.map(([, , c]) => c));
    for (const e of LEXICON) expect(cats, e.category).toContain(e.category);
  });
});

describe('lexicon: phrasings that must stay silent', () => {
  it.each(MUST_NOT_FIRE)('%s', (text) => {
    expect(detectPersonalData(text)).toEqual([]);
  });

  it('has at least 40 negative phrasings in both languages', () => {
    expect(MUST_NOT_FIRE.length).toBeGreaterThanOrEqual(40);
    expect(MUST_NOT_FIRE.filter((t) => /[\u4e00-\u9fff]/.test(t)).length).toBeGreaterThanOrEqual(20);
    expect(MUST_NOT_FIRE.filter((t) => /[a-z]/i.test(t) && !/[\u4e00-\u9fff]/.test(t)).length).toBeGreaterThanOrEqual(15);
  });
});

describe('lexicon term tables (inline examples and negatives)', () => {
  for (const entry of LEXICON) {
    const ex = LEXICON_EXAMPLES[entry.category];
    describe(`${entry.group}/${entry.category}`, () => {
      it.each(ex.examples.map((e) => [e]))('fires on %s', (text) => {
        expect(BY_GROUP[entry.group](text).map((h) => h.category)).toContain(entry.category);
      });
      it.each(ex.negatives.map((e) => [e]))('silent on %s', (text) => {
        expect(BY_GROUP[entry.group](text).map((h) => h.category)).not.toContain(entry.category);
      });
      it('has at least two examples and one negative', () => {
        expect(ex.examples.length).toBeGreaterThanOrEqual(2);
        expect(ex.negatives.length).toBeGreaterThanOrEqual(1);
      });
    });
  }
});

describe('lexicon details', () => {
  it('returns one match per category with the term as written', () => {
    const hits = detectIdentifier('請填寫學生身分證字號及身分證影本');
    expect(hits).toEqual([{ category: 'national-id', term: '身分證字號' }]);
  });

  it('a checksum-valid ID in the text counts, an invalid one does not', () => {
    expect(detectIdentifier('範例 A123456789')).toEqual([{ category: 'national-id', term: 'A123456789' }]);
    expect(detectIdentifier('範例 A123456788')).toEqual([]);
    expect(detectIdentifier('居留證 A800000014').map((m) => m.category)).toContain('resident-certificate');
  });

  it('matches full-width forms after NFKC normalisation', () => {
    expect(detectIdentifier('Ｄａｔｅ ｏｆ ｂｉｒｔｈ').map((m) => m.category)).toEqual(['date-of-birth']);
  });

  it('groupOf maps categories to their group', () => {
    expect(groupOf('allergy')).toBe('sensitive');
    expect(groupOf('national-id')).toBe('identifier');
    expect(groupOf('phone')).toBe('contact');
  });

  it('an email-address question is email, not a home address', () => {
    expect(detectContact('電子郵件地址').map((m) => m.category)).toEqual(['email']);
    expect(detectIdentifier('電子郵件地址')).toEqual([]);
  });

  it('survives very long and odd input', () => {
    const long = '填'.repeat(30_000) + '身分證字號';
    expect(() => detectIdentifier(long)).not.toThrow();
    expect(detectIdentifier('😀'.repeat(5000))).toEqual([]);
    expect(detectSensitive(undefined as unknown as string)).toEqual([]);
  });
});

describe('hasCollectionNotice', () => {
  const CASES: Array<[string, { purpose: boolean; retention: boolean }]> = [
    ['個人資料蒐集聲明：蒐集目的為校外教學保險，保存期限至活動結束後一個月。', { purpose: true, retention: true }],
    ['本表單資料僅用於報名，活動結束後即刪除。', { purpose: true, retention: true }],
    ['蒐集目的：辦理畢業旅行', { purpose: true, retention: false }],
    ['資料保存期間：一年', { purpose: false, retention: true }],
    ['Purpose: trip insurance. Your answers will be deleted one month after the trip.', { purpose: true, retention: true }],
    ['Data retention: 6 months', { purpose: false, retention: true }],
    ['Your data will only be used for the school trip.', { purpose: true, retention: false }],
    ['校外教學目的地：動物園', { purpose: false, retention: false }],
    ['歡迎填寫！', { purpose: false, retention: false }],
    ['', { purpose: false, retention: false }],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(hasCollectionNotice(text)).toEqual(expected);
  });
});

describe('hasCollectionNotice: "provide" is not a purpose', () => {
  it('請提供聯絡電話 has no purpose', () => {
    expect(hasCollectionNotice('請提供聯絡電話').purpose).toBe(false);
    expect(hasCollectionNotice('資料僅供本次活動使用').purpose).toBe(true);
  });
});

describe('lexicon: the per-group prefilter (issue 9) can never hide a match', () => {
  // Clauses are the normalised text cut at punctuation (。！？!?；;，,、 and newlines) and trimmed. A term found in a
  // clause is found in the whole text as long as no pattern anchors on the text's ends (^ $) and no negative lookbehind
  // can see a cut: its alternatives hold no cut punctuation. (Whitespace is fine: the text is whitespace-collapsed, so
  // what stands right before a clause is a cut mark, optionally followed by one space — never "word + space".)
  it('every term pattern is case-insensitive only and cannot tell a clause from the whole text', () => {
    for (const e of LEXICON) {
      expect(e.pattern.flags, e.category).toBe('i');
      expect(e.pattern.source, e.category).not.toMatch(/(^|[^\\[])[$^]/);
      for (const [, body] of e.pattern.source.matchAll(/\(\?<!([^()]*)\)/g)) {
        // (in the pattern's source a literal "?" is written "\?"; a bare "?" is a quantifier)
        expect(body, e.category).not.toMatch(/[。！？!；;，,、]|\\\?|\\n|\\r/);
      }
    }
  });

  it('anyTerm(group) matches exactly when one of its terms does', () => {
    const texts = [...MUST_FIRE.map(([t]) => t), ...MUST_NOT_FIRE, ...Object.values(LEXICON_EXAMPLES).flatMap((x) => [...x.examples, ...x.negatives])];
    for (const group of ['sensitive', 'identifier', 'contact'] as const) {
      for (const t of texts) {
        const n = t.normalize('NFKC');
        const one = LEXICON.filter((e) => e.group === group).some((e) => e.pattern.test(n));
        expect(anyTerm(group).test(n), `${group}: ${t}`).toBe(one);
      }
    }
  });
});
