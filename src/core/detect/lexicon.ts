// Personal-data lexicon (zh-TW + English) for form questions.
//
// A hit needs two things (RULES.md forms.sensitive-data / forms.identifier: "a lexicon hit alone is not
// enough — the phrasing must ask for the person's own/child's data"):
//   1. a term from the tables below, not used in another sense (each entry's `unless` pattern, plus the
//      shared guards: topic / favourite / class-project / event / knowledge-quiz / "do not fill in" wording);
//   2. a request shape: a possessive ("your", 你的, 孩子, 學生…), a request word (請, 是否, please, list…), or a
//      short label-like question ("過敏史", "Date of birth").
// Guards are checked per clause (split at 。！？；, commas and newlines) so that a topic word in one clause does
// not silence a real request in another, and a topic word anywhere still silences clauses with no possessive.
//
// Term tables are data (LEXICON), each entry with positive examples and negatives in LEXICON_EXAMPLES right below;
// tests/unit/detect/lexicon.test.ts checks them all, plus a larger table of phrasings.
// Sources: RULES.md (categories), reference/law-and-guidance.md §2 (PDPA §6 list; "sex life" includes sexual
// orientation; form-builder triggers 病史/過敏/用藥/健檢/輔導/前科), google-forms-dom.md §5 (zh-TW keyword list).
import { findTwIds } from './twid';
import { memoized } from '../memo';
import { normText } from '../text';

export type LexGroup = 'sensitive' | 'identifier' | 'contact';

export type SensitiveCategory =
  | 'medical-history'
  | 'illness'
  | 'allergy'
  | 'medication'
  | 'disability'
  | 'special-education'
  | 'health-check'
  | 'genetic'
  | 'sex-life'
  | 'sexual-orientation'
  | 'criminal-record'
  | 'counselling';
export type IdentifierCategory =
  | 'national-id'
  | 'resident-certificate'
  | 'passport'
  | 'nhi-card'
  | 'date-of-birth'
  | 'household-address'
  | 'bank-account';
export type ContactCategory = 'phone' | 'address' | 'email' | 'parent-contact' | 'contact-details';
export type LexCategory = SensitiveCategory | IdentifierCategory | ContactCategory;

export interface Match {
  category: LexCategory;
  /** the matched words as written (callers mask before showing) */
  term: string;
}

export interface TermEntry {
  group: LexGroup;
  category: LexCategory;
  /** the term(s); matched case-insensitively on NFKC-normalised text */
  pattern: RegExp;
  /** the clause uses the word in another sense (checked on the same clause) */
  unless?: RegExp;
}

export interface TermExamples {
  /** phrasings that must fire */
  examples: readonly string[];
  /** phrasings that must not fire */
  negatives: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Shared guards
// ---------------------------------------------------------------------------------------------

/**
 * Topic, favourite, class project, event or poll wording: the term is a subject, not a request.
 * (One literal rather than an array of strings joined at load: every Forms content script carries it.)
 */
const TOPIC_GUARD =
  /最喜歡|喜歡的|主題|報告題目|(?:口頭|小組|期末|專題|讀書)報告|專題|學習單|心得|(?:健康|健教|健體|生物|自然|體育|公民|社會|綜合|生活|家政)(?:教育)?課|性教育|課程(?:測驗|內容|主題)|宣導|講座|研習|展覽|海報|比賽|徵文|投票|票選|活動名稱|活動主題|小說|電影|影片名稱|書名|是非題|選擇題|知識測驗|測驗題|小考|常識題|\bfavou?rites?\b|\btopics?\b|\bprojects?\b|\bposters?\b|\bessays?\b|\bpresentations?\b|\b(?:health|biology|science|pe|sex(?:ual)? education|civics) (?:class|lesson)|\bclass (?:project|topic|presentation|discussion|quiz)|\b(?:lesson|homework|assignment|worksheet)s?\b|\bawareness\b|\bcampaign\b|\bquiz\b|\btrivia\b|\bworkshops?\b|\bseminars?\b|\blectures?\b|\bvote\b|\bpoll\b|\bnovels?\b|\bmovies?\b/i;

/** Knowledge-quiz wording ("what is an allergy?"): silent unless the clause is about the person (possessive). */
const KNOWLEDGE_GUARD =
  /是什麼|是甚麼|為什麼|為何|的定義|的原因|成因|如何|怎麼|預防|哪一|哪些|哪種|下列|以下何者|何者|正確的是|錯誤的是|的症狀|常見的|認識|了解|知道|知識|\bwhich\b|\bwhat (?:is|are)\b|\bwhy\b|\btrue or false\b|\bdefin(?:e|ition)\b|\bprevent|\bcauses?\b|\bsymptoms? of\b|\bcommon\b|\bknow (?:about|what|how)\b|\blearn(?:ed)? about\b|\bdo you know\b|\bhow (?:do|can|should) (?:you|we)\b/i;

/** "Do not fill in your ID number": an instruction not to give the data. */
const NEGATION_GUARD = /請勿|不要|不用填|不需|無需|無須|免填|不必|勿填|\bdo not\b|\bdon'?t\b|\bno need\b|\bnever\b/i;

/** Owner markers: the clause is about the respondent's or their child's own data ("your", 您的孩子, 本人). */
const POSSESSIVE =
  /你的|您的|妳的|你們的|貴子弟|子女|孩子|小孩|學童|幼兒|寶貝|本人|自己的|學生(?:的|之)|該生|我的|\byour\b|\bchild(?:'s|\u2019s|ren'?s?)?\b|\bsons?\b|\bdaughters?\b|\bstudent(?:'s|\u2019s)\b|\bmy\b/i;

/** Request words. */
const REQUEST =
  /請|是否|你|您|妳|嗎|有無|有沒有|有否|曾經?|填寫|填入|勾選|選擇|提供|說明|列出|寫下|留下|上傳|輸入|告知|註明|如有|若有|有何|\b(?:please|you|do|does|did|have|has|had|are|is|any|list|enter|provide|describe|specify|state|indicate|upload|write|give|fill|tell|if)\b/i;

// ---------------------------------------------------------------------------------------------
// Term tables
// ---------------------------------------------------------------------------------------------

/** Term rows per group: [category, pattern, unless?] (compact: every content script that checks forms carries this table). */
const ROWS: Record<LexGroup, ReadonlyArray<readonly [LexCategory, RegExp, RegExp?]>> = {
  sensitive: [
    // ----- sensitive (PDPA §6 and similar) -----
    ['medical-history', /病史|病歷|就醫(?:紀錄|記錄)|醫療(?:紀錄|記錄|史)|重大傷病|medical (?:history|records?|conditions?)|health (?:history|records?)|(?:immuni[sz]ation|vaccination) records?/i],
    ['illness', /疾病|患有|罹患|慢性病|宿疾|身體狀況|健康狀(?:況|態)|健康情形|特殊體質|氣喘|哮喘|癲癇|心臟病|糖尿病|蠶豆症|\billness(?:es)?\b|\bdiseases?\b|\bchronic\b|\bdiagnos(?:is|ed)\b|\bhealth (?:conditions?|status|problems?|issues?)\b|\basthma\b|\bepilepsy\b|\bdiabetes\b/i, /食物|食品|飲食|零食|蔬菜|水果|運動|\bfoods?\b|\bsnacks?\b|\bdiet\b|\bexercise\b/i],
    ['allergy', /過敏|\ballerg(?:y|ies|ic|ens?)\b/i],
    ['medication', /用藥|服藥|服用.{0,4}藥(?:物|品)?|藥物|藥品|處方|\bmedications?\b|\bmedicines?\b|\bprescriptions?\b/i, /藥物濫用|反毒|毒品|\bdrug abuse\b|\banti-drug\b/i],
    ['disability', /身心障礙|身障|障礙(?:類別|等級|手冊|證明)|殘障|\bdisabilit(?:y|ies)\b|\bhandicap(?:ped)?\b/i, /無障礙|\baccessib|\bwheelchair ramp/i],
    ['special-education', /特殊教育|特教(?:生|身分|學生|資格|鑑定|類別|服務)?|特殊需求|鑑輔會|個別化教育計畫|\biep\b|\bspecial (?:education(?:al)?(?: needs)?|needs)\b|\bsen\b|\blearning (?:disabilit(?:y|ies)|difficult(?:y|ies))\b/i, /特教(?:老師|教師|組|中心|研習|宣導)|特殊教育(?:研習|宣導|法)|\b(?:for|to) teachers\b/i],
    ['health-check', /健康檢查|健檢|體檢|體格檢查|(?:醫院|醫療|身體)檢查|檢驗(?:報告|結果)|尿液檢查|視力檢查結果|\bhealth (?:check(?:-?up)?|screening|examination)s?\b|\bmedical (?:exam(?:ination)?|check-?up)s?\b|\bphysical exam(?:ination)?s?\b|\bscreening results?\b/i],
    ['genetic', /基因|遺傳(?:性)?(?:疾病|病)|家族病史|家族遺傳|\bgenetic\b|\bhereditary\b|\bfamily (?:medical|health) history\b|\bdna\b/i, /基因改造|基改|基因工程|\bgenetically modified\b|\bgmo\b|\bgenetic engineering\b|\bdna (?:model|structure|extraction)\b/i],
    ['sex-life', /性生活|性經驗|性行為|性伴侶|\bsex life\b|\bsexual (?:activity|activities|experiences?|history|behaviou?rs?|partners?)\b/i],
    ['sexual-orientation', /性傾向|性取向|\bsexual orientation\b/i],
    ['criminal-record', /前科|犯罪(?:紀錄|記錄|前科|經歷)|刑事(?:紀錄|記錄|案件)|良民證|警察刑事紀錄證明|觸法|少年事件|保護管束|\bcriminal (?:records?|history|convictions?)\b|\bconvict(?:ed|ions?)\b|\bpolice (?:records?|certificates?)\b|\barrested\b/i, /犯罪小說|推理小說|\bcrime (?:novels?|fiction)\b/i],
    ['counselling', /輔導(?:紀錄|記錄|資料|經驗|歷程)|接受(?:過)?(?:心理)?輔導|諮商|心理治療|精神(?:科|疾病|狀況)|身心科|憂鬱症|焦慮症|自傷|自殺|\bcounsell?ing\b|\btherapy\b|\btherapist\b|\bpsychiatr(?:ic|ist|y)\b|\bpsychological (?:assessments?|treatments?)\b|\bmental (?:health|illness)\b|\bself-harm\b|\bsuicid/i, /請洽|洽詢|聯繫|專線|輔導室(?:在|位置)|\bcontact (?:the|us|our)\b|\bhelpline\b|\bmental health (?:week|awareness|day)\b|\bcounsell?ing (?:office|room|cent(?:er|re)) (?:hours|location)\b/i],
  ],
  identifier: [
    // ----- identifiers -----
    ['national-id', /身[分份]證(?:字號|號碼|號|統一編號|影本|正反面)?|統一編號|統編|\bnational id(?:entification)?(?: (?:card|number|no))?\b|\bcitizen id\b|\bidentity card\b|\bid card (?:number|no)\b|\bpersonal id number\b|\btaiwan(?:ese)? id\b|\broc id\b/i, /攜帶|帶著|記得帶|出示|(?:公司|發票|收據|廠商|報帳|抬頭|店家)(?:的)?(?:統一編號|統編)|(?:統一編號|統編)[^身]{0,4}(?:公司|發票|收據|報帳)|\bbring\b|\bshow your\b|\bpresent your\b|\b(?:student|library|club|school|staff|employee) id\b/i],
    ['resident-certificate', /居留證|統一證號|\barc(?: number| no\.?)?\b|\bresident (?:certificate|permit)s?\b|\balien resident\b/i, /攜帶|帶著|記得帶|\bbring\b/i],
    ['passport', /護照|\bpassports?\b/i, /(?:閱讀|英語|英文|學習|運動|美德|品德|闖關|環保|健康|認證|集點|數位|文化|社區|藝術|城市)護照|攜帶|帶著|記得帶|\b(?:reading|learning|activity|library) passports?\b|\bpassport stamps?\b|\bbring\b/i],
    ['nhi-card', /健保卡|健保(?:卡號|號碼|IC卡)|\bnhi (?:card|number)\b|\bnational health insurance (?:card|number)\b|\bhealth insurance card\b/i, /攜帶|帶著|記得帶|\bbring\b/i],
    ['date-of-birth', /出生年月日|出生日期|生日\s*\(?\s*(?:年|西元|民國|yyyy)|(?:西元|民國)出生|\bdate of birth\b|\bdob\b|\bbirth ?date\b|\bbirthday \((?:yyyy|year)/i],
    ['household-address', /戶籍(?:地址|地)?|戶口名簿|住址|(?:住家|居住|現居|家庭|家裡|住宅)地址|\bhome address\b|\bresidential address\b|\bhousehold (?:registration )?address\b|\bpermanent address\b|\bstreet address\b/i, /(?:學校|會場|活動|比賽|集合|報到|店家|公司)(?:的)?(?:地址|住址)/i],
    ['bank-account', /銀行帳[號戶]|(?:匯款|轉帳|存摺|郵局|金融|存款)帳[號戶]|郵局局號|存摺(?:封面|影本)|信用卡(?:號|卡號)?|\bbank (?:account|details)\b|\baccount number\b|\biban\b|\brouting number\b|\bsort code\b|\bcredit card(?: number)?\b/i, /(?:google|gmail|學校|學生|校務|系統|登入|教育雲|school|student|library|login)\s*(?:的)?(?:帳號|account)/i],
  ],
  contact: [
    // ----- contact -----
    ['parent-contact', /(?:家長|父母|父親|母親|爸爸|媽媽|監護人|法定代理人)(?:的)?(?:姓名|聯絡方式|聯絡資料|聯絡電話|電話|手機|行動電話|e-?mail|電子郵件|信箱|line)|緊急聯絡人|\b(?:parent|guardian|mother|father|mom|dad)(?:'s|s'|\u2019s)?(?: or guardian(?:'s|\u2019s)?)? (?:name|phone|mobile|number|contact|e-?mail)\b|\bemergency contact\b/i],
    ['phone', /(?:手機|行動電話|聯絡電話|電話|市話|家用電話|住家電話)(?:號碼)?|\bphone(?: number)?\b|\bmobile(?: number| phone)?\b|\bcell ?(?:phone|number)\b|\btelephone\b|\bcontact number\b/i, /使用|多久|小時|分鐘|時間|有手機嗎|擁有|品牌|遊戲|成癮|禮儀|打電話|手機殼|總機|分機|學校電話|\bscreen time\b|\busage\b|\buse (?:your|a|the)\b|\bhow (?:many|long|often)\b|\bdo you (?:have|own) a\b|\bphone case\b|\bmobile games?\b|\b(?:school|office) (?:phone|telephone)\b/i],
    ['address', /(?<!電子郵件|郵件|網站|網頁|網路)(?:通訊|聯絡|郵寄|收件|寄送)?地址|(?<!e-?mail |ip |web |url )\baddress(?:es)?\b/i, /(?:學校|會場|活動|比賽|集合|報到|店家|公司|場地|網站|網頁|ip)(?:的)?地址|\baddress (?:the|this|these|those|a|an|it|them|issues?|problems?|bullying|concerns?)\b|\b(?:e-?mail|ip|web|url|venue|school|keynote) address\b/i],
    ['email', /電子(?:郵件|信箱)(?:地址)?|\be-?mail(?: address(?:es)?)?\b|\bgmail\b|信箱/i, /寫\s*(?:一封)?\s*(?:e-?mail|信)|寄(?:信|給|到|至)|來信|寫信|意見信箱|校長信箱|(?:學校|老師|教務處|學務處|輔導室)(?:的)?(?:電子郵件|信箱|e-?mail)|\bsend (?:an |us an |the )?e-?mail\b|\bwrite an e-?mail\b|\be-?mail etiquette\b/i],
    ['contact-details', /聯絡方式|聯絡資料|聯繫方式|\bcontact (?:details|information|info)\b|\bline id\b/i, /(?:學校|老師|導師|承辦人|主辦單位|我們|本處|本組|本校)(?:的)?(?:聯絡方式|聯絡資料|聯繫方式)|\bour contact\b|\bcontact (?:us|the school|the organi[sz]er)\b/i],
  ],
};

export const LEXICON: readonly TermEntry[] = (Object.keys(ROWS) as LexGroup[]).flatMap((group) =>
  ROWS[group].map(([category, pattern, unless]): TermEntry => (unless ? { group, category, pattern, unless } : { group, category, pattern })),
);

// Inline examples for every term entry (same order as LEXICON). Kept in their own table so bundles that only
// detect can tree-shake them; tests/unit/detect/lexicon.test.ts checks every line.
export const LEXICON_EXAMPLES: Record<LexCategory, TermExamples> = {
  'medical-history': {
    examples: ['既往病史', '請填寫孩子的重大傷病卡資料', 'Please list any medical conditions', 'Medical history'],
    negatives: ['病歷的保存年限是幾年？（是非題）', 'Vote for the poster about medical history museums'],
  },
  'illness': {
    examples: ['學生是否患有慢性疾病？', '您的孩子有無氣喘、癲癇或心臟病？', 'Does your child have any chronic illness?', '健康狀況'],
    negatives: ['哪些疾病是由蚊子傳染的？', 'Which diseases are spread by mosquitoes?', '吃哪些食物對健康狀況最好？'],
  },
  'allergy': {
    examples: ['過敏史', '請問您的孩子對哪些食物過敏？', 'Allergies (food or medicine)', 'Is your child allergic to anything?'],
    negatives: ['過敏是什麼？', 'Which of the following is a common symptom of an allergy?', '過敏宣導海報比賽'],
  },
  'medication': {
    examples: ['目前服用的藥物', '請列出孩子長期用藥', 'Medication currently taken', 'Does your child take any medicine at school?'],
    negatives: ['藥物濫用防制宣導週', '反毒藥物知識測驗：下列何者是毒品？'],
  },
  'disability': {
    examples: ['是否領有身心障礙證明？', '障礙類別', 'Does your child have a disability?', 'Disability (if any)'],
    negatives: ['校園無障礙坡道設置地點建議', 'Disability awareness week poster topic'],
  },
  'special-education': {
    examples: ['是否為特教生？', '學生特教身分（鑑輔會鑑定結果）', 'Special educational needs (SEN) status', 'Does your child have an IEP?'],
    negatives: ['特教組辦公室在幾樓？', 'Special education workshop for teachers: preferred date'],
  },
  'health-check': {
    examples: ['請上傳新生健康檢查結果', '體檢報告', 'Health check results', 'Please upload your medical examination report'],
    negatives: ['健康檢查為什麼很重要？', 'Health check-up poster contest entry title'],
  },
  'genetic': {
    examples: ['家族病史', '學生是否有遺傳性疾病？', 'Family medical history', 'Any hereditary conditions?'],
    negatives: ['基因改造食品的優缺點', 'What do you know about genetic engineering?'],
  },
  'sex-life': {
    examples: ['你是否有過性經驗？', '性伴侶人數', 'Are you sexually active? Describe your sexual activity', 'Number of sexual partners'],
    negatives: ['認識安全性行為（性教育課程測驗）', 'Which of the following is true about sexual behaviour? (quiz)'],
  },
  'sexual-orientation': {
    examples: ['你的性傾向', '請勾選您的性取向', 'Sexual orientation', 'What is your sexual orientation?'],
    negatives: ['性別平等教育週：性傾向歧視的定義是什麼？', 'Sexual orientation discrimination essay topic'],
  },
  'criminal-record': {
    examples: ['是否有犯罪前科？', '請上傳警察刑事紀錄證明（良民證）', 'Do you have a criminal record?', 'Have you ever been convicted of a crime?'],
    negatives: ['讀書會：推薦一本犯罪小說', 'Debate topic: should criminal records be public?'],
  },
  'counselling': {
    examples: ['是否曾接受心理諮商？', '輔導紀錄', 'Has your child received counselling?', 'Mental health history'],
    negatives: ['如需諮商服務請洽輔導室', 'Mental health awareness week: pick a poster topic'],
  },
  'national-id': {
    examples: ['請填寫學生身分證字號', '身分證字號', 'National ID number', 'Please enter your child\u2019s Taiwan ID'],
    negatives: ['報到當天請攜帶身分證正本', '報帳用公司統一編號', 'Student club ID badge colour', 'Please bring your identity card on the trip'],
  },
  'resident-certificate': {
    examples: ['居留證統一證號', '外籍生請填寫居留證號碼', 'ARC number', 'Resident certificate number (foreign students)'],
    negatives: ['報到時請攜帶居留證', 'Please bring your resident permit to the office'],
  },
  'passport': {
    examples: ['護照號碼', '請填寫護照英文姓名及號碼', 'Passport number', 'Please upload a copy of your passport'],
    negatives: ['閱讀護照集滿幾格了？', 'How many stamps are in your reading passport?', '出國請記得帶護照'],
  },
  'nhi-card': {
    examples: ['健保卡號', '請填寫學生健保卡卡號', 'NHI card number', 'National Health Insurance card number'],
    negatives: ['看診請記得帶健保卡', 'Bring your health insurance card to the clinic visit'],
  },
  'date-of-birth': {
    examples: ['出生年月日', '學生生日（民國年/月/日）', 'Date of birth (YYYY/MM/DD)', 'DOB'],
    negatives: ['你的生日是幾月？（慶生會用）', 'Birth month for the class birthday party'],
  },
  'household-address': {
    examples: ['戶籍地址', '請填寫學生住址', 'Home address', 'Household registration address'],
    negatives: ['戶籍制度的歷史（社會課報告）', 'Favourite street address in a novel'],
  },
  'bank-account': {
    examples: ['請提供匯款帳號（獎學金入帳用）', '存摺封面影本', 'Bank account number', 'IBAN'],
    negatives: ['Student account number for the library system', '信用卡的利息是怎麼計算的？'],
  },
  'parent-contact': {
    examples: ['家長姓名及聯絡電話', '緊急聯絡人', "Parent's phone number", 'Emergency contact'],
    negatives: ['家長日活動主題投票', 'Which of the following is a good emergency contact habit? (quiz)'],
  },
  'phone': {
    examples: ['手機號碼', '請留下聯絡電話', 'Mobile number', 'Phone'],
    negatives: ['你每天使用手機多久？', 'How many hours a day do you use your phone?', '學校總機電話是幾號？（常識題）'],
  },
  'address': {
    examples: ['通訊地址', '請填寫收件地址（寄送獎狀用）', 'Mailing address', 'Address'],
    negatives: ['How should our class address bullying?', '比賽會場地址在哪裡？', 'What is the school address? (map quiz)'],
  },
  'email': {
    examples: ['電子郵件地址', '家長常用 Email', 'Your email address', 'E-mail'],
    negatives: ['作業：寫一封 email 給未來的自己', 'How do you write a polite email to a teacher?'],
  },
  'contact-details': {
    examples: ['請留下您的聯絡方式', 'LINE ID', 'Your contact details', 'Contact information'],
    negatives: ['承辦人聯絡方式：教務處分機 123（說明文字）', 'Our contact details are on the school website'],
  },
};

// ---------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------

const CLAUSE_SPLIT = /[。！？!?；;\n\r，,、]+/;
const LABEL_MAX_CJK = 10;
const LABEL_MAX_WORDS = 7;
/** Questions longer than this are scanned in their first part only (pathological 10 000-char titles). */
const MAX_SCAN = 20_000;

/** A short field-label-like clause ("過敏史", "Date of birth (YYYY/MM/DD)"): a question by itself. */
function isLabelLike(clause: string): boolean {
  const core = clause
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】|「[^」]*」/g, ' ')
    .replace(/[*:：\-–—_/|]+/g, ' ')
    .trim();
  if (core === '') return false;
  const words = core.split(/\s+/).filter(Boolean);
  const latinWords = words.filter((w) => /[a-z]/i.test(w)).length;
  const cjk = Array.from(core.replace(/[\sA-Za-z0-9]/g, '')).length;
  return cjk <= LABEL_MAX_CJK && latinWords <= LABEL_MAX_WORDS && (cjk > 0 || latinWords > 0);
}

function withGlobal(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
}
/** The text as scanned: NFKC-normalised, capped. Each question's text is scanned for three groups and a notice: normalised once. */
const scanText = memoized((text) => normText(text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text), 4096);

/** One pattern per group: any of its terms (compiled on first use). */
const ANY_TERM: Partial<Record<LexGroup, RegExp>> = {};
export const anyTerm = (group: LexGroup): RegExp =>
  (ANY_TERM[group] ??= new RegExp(ROWS[group].map(([, p]) => p.source).join('|'), 'i'));

const GLOBAL_PATTERNS = new Map<TermEntry, RegExp>(LEXICON.map((e) => [e, withGlobal(e.pattern)]));

interface Clause {
  text: string;
  possessive: boolean;
}

/** `t`: the text as normalised by `scanText`. */
function clausesOf(t: string): { clauses: Clause[]; topicAnywhere: boolean } {
  const clauses = t
    .split(CLAUSE_SPLIT)
    .map((c) => c.trim())
    .filter((c) => c.length > 0)
    .map((c) => ({ text: c, possessive: POSSESSIVE.test(c) }));
  return { clauses, topicAnywhere: TOPIC_GUARD.test(t) };
}

/** Is this clause a request for the person's own data, with the term used in its personal-data sense? */
function clauseAsks(c: Clause, topicAnywhere: boolean): boolean {
  const s = c.text;
  if (NEGATION_GUARD.test(s)) return false;
  if (TOPIC_GUARD.test(s)) return false;
  if (topicAnywhere && !c.possessive) return false;
  if (KNOWLEDGE_GUARD.test(s) && !c.possessive) return false;
  return c.possessive || REQUEST.test(s) || isLabelLike(s);
}

/**
 * Verdicts are a pure function of (text, group): remember them, so a re-scan after one keystroke in a 1,000-question
 * form re-examines only the edited question (issue 9). Bounded: the memo is dropped wholesale when it fills up.
 */
const MEMO_MAX = 4096;
/** longer texts are rare and would make the memo heavy: they are examined every time */
const MEMO_TEXT_MAX = 2000;
const byGroup = (group: LexGroup) => memoized((text) => Object.freeze(detectUncached(text, group)), MEMO_MAX, MEMO_TEXT_MAX);
const memo: Record<LexGroup, (text: string) => readonly Match[]> = {
  sensitive: byGroup('sensitive'),
  identifier: byGroup('identifier'),
  contact: byGroup('contact'),
};

function detect(text: string, group: LexGroup): Match[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  // callers get their own copies: a caller changing a Match must not change the memo
  return memo[group](text).map((m) => ({ ...m }));
}

function detectUncached(text: string, group: LexGroup): Match[] {
  const t = scanText(text);
  // No term of the group anywhere in the text (and, for identifiers, no ID number): nothing can match in any clause —
  // clauses are pieces of this text cut at punctuation, and no term pattern looks at text boundaries. Most questions
  // of a long form end here, before any clause is cut or guarded (issue 9: cold first scan).
  if (!anyTerm(group).test(t) && (group !== 'identifier' || findTwIds(t).length === 0)) return [];
  const { clauses, topicAnywhere } = clausesOf(t);
  const out: Match[] = [];
  const seen = new Set<string>();
  const push = (category: LexCategory, term: string) => {
    if (seen.has(category)) return;
    seen.add(category);
    out.push({ category, term });
  };
  for (const c of clauses) {
    const asks = clauseAsks(c, topicAnywhere);
    if (group === 'identifier') {
      // A checksum-valid ID written in the question (e.g. an example "例：A123456789") is itself a request shape
      // for that identifier, unless the clause tells people not to give it.
      if (!NEGATION_GUARD.test(c.text)) {
        for (const id of findTwIds(c.text)) {
          push(id.kind === 'national-id' ? 'national-id' : 'resident-certificate', id.value);
        }
      }
    }
    if (!asks) continue;
    for (const entry of LEXICON) {
      if (entry.group !== group || seen.has(entry.category)) continue;
      if (entry.unless && entry.unless.test(c.text)) continue;
      const re = GLOBAL_PATTERNS.get(entry)!;
      re.lastIndex = 0;
      const m = re.exec(c.text);
      if (m) push(entry.category, m[0]);
    }
  }
  return out;
}

/** PDPA §6 special-category requests (medical, allergy, medication, disability/special education, health checks, genetic, sex life/orientation, criminal record, counselling). */
export function detectSensitive(text: string): Match[] {
  return detect(text, 'sensitive');
}

/** Identifier requests: national ID, resident certificate, passport, NHI card, full date of birth, home address, bank account. */
export function detectIdentifier(text: string): Match[] {
  return detect(text, 'identifier');
}

/** Contact-detail requests: phone, address, email, parent / emergency contact, generic contact details. */
export function detectContact(text: string): Match[] {
  return detect(text, 'contact');
}

/** All three groups. */
export function detectPersonalData(text: string): Match[] {
  return [...detectSensitive(text), ...detectIdentifier(text), ...detectContact(text)];
}

export function groupOf(category: LexCategory): LexGroup {
  return LEXICON.find((e) => e.category === category)?.group ?? (category === 'national-id' ? 'identifier' : 'contact');
}

// ---------------------------------------------------------------------------------------------
// Collection notice (PDPA §8; MOE 三(六) retention)
// ---------------------------------------------------------------------------------------------

export const NOTICE_TERMS = {
  /** 蒐集目的 / 目的 (not 目的地 "destination") / 用途 / 僅用於… / purpose */
  purpose: /蒐集目的|收集目的|使用目的|目的(?!地)|用途|(?:僅|只)?用於|(?:僅|只)供|(?<!提)供[^。，,]{0,12}(?:使用|之用)|作為[^。，,]{0,12}之用|\bpurposes?\b|\bwill (?:only )?be used (?:only |solely )?for\b|\bused solely for\b/i,
  /** 保存期限 / 保存期間 / 保存至… / 刪除 / 銷毀 / retention / will be deleted */
  retention:
    /保存期限|保存期間|保留期限|保留期間|保存(?:至|到)|保存[^。，,]{0,10}(?:年|個月|月|天|日)|保留(?:至|到)|刪除|銷毀|\bretention\b|\bretain(?:ed)? (?:for|until)\b|\bkept (?:for|until)\b|\bwill be (?:deleted|destroyed|erased)\b|\bdelete(?:d)? (?:after|within|by|when|once|at)\b/i,
} as const;

/** Does the text state a collection purpose and a retention period? */
const notice = memoized((text) => {
  const t = scanText(text);
  return { purpose: NOTICE_TERMS.purpose.test(t), retention: NOTICE_TERMS.retention.test(t) };
}, MEMO_MAX, MEMO_TEXT_MAX);
export function hasCollectionNotice(text: string): { purpose: boolean; retention: boolean } {
  if (typeof text !== 'string' || text === '') return { purpose: false, retention: false };
  return { ...notice(text) };
}
