// Student number (學號) and class-seat (班級座號) detector for free text such as video titles.
// RULES.md youtube.personal-data-in-text: "a student number / class-seat pattern next to a name (學號 1234567, 301班 12號 王小明)".
// Fires on: a labelled student number (學號 1234567, Student ID: B09902001), or a class and a seat number written together
// (301班 12號, 3年1班12號, 三年一班 12號, 高二3班 5號, Class 301 No. 12, 班級座號 30112, 301班 座號 12).
// The adjacent name, when there is one (王小明 / Wang Xiao-Ming), is returned in `name`; it is not required.
// Stays silent on years (2024, 113年), video numbers (Video 3, 第3集, EP12), timestamps, dates (3月12號), prices, counts,
// a class without a seat (301班 期末報告) and a bare "12號" (in speech also "the 12th").
import { asciiDigits } from './phone';

export type StudentRefKind = 'student-number' | 'class-seat';

export interface StudentRef {
  kind: StudentRefKind;
  /** the number part as written (label included), without the name */
  value: string;
  index: number;
  /** a name written right before or after it, when one is recognisable */
  name: string | null;
  /** offset of `name` in the input, null without a name */
  nameIndex: number | null;
}

const CN_NUM = '一二三四五六七八九十';
const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
// Common Taiwanese surnames (single and compound). Used only to recognise a name next to a match.
const SURNAMES_2 = ['歐陽', '司馬', '諸葛', '張簡', '范姜', '上官', '司徒', '東方', '皇甫', '夏侯'];
const SURNAMES_1 =
  '陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温溫唐藍蔣石古紀姚連馮歐程湯黎田康姜白汪鄒尤巫鐘涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒張易喬葛';
const NAME_ZH = `(?:${SURNAMES_2.join('|')}|[${SURNAMES_1}])[${HAN}]{1,2}`;
const NAME_EN = "[A-Z][a-z]+(?:[- ][A-Z]?[a-z]+){1,2}";

const SEP = '[\\s,，、/\\-_|．.·:：]{0,3}';
const CLS_NUM = `[\\d${CN_NUM}]{1,4}`;

// Chinese class part: 301班, 3年1班, 三年一班, 七年級3班, 高二3班, 國三甲班, 5年忠班
const CLASS_ZH =
  `(?<![\\d${CN_NUM}])(?:(?:[國国高初][${CN_NUM}]|[\\d${CN_NUM}]{1,2}\\s*年\\s*級?)\\s*)?` +
  `(?:${CLS_NUM}|[甲乙丙丁戊己庚辛忠孝仁愛信義和平])\\s*班`;
// Seat part: 12號 / 12号 / 座號 12 / 座號：12 / 12座
const SEAT_ZH = `(?:座\\s*[號号]\\s*[:：]?\\s*\\d{1,2}(?!\\d)|(?<![\\d月日年期第])\\d{1,2}\\s*(?:[號号](?!碼|公車|線|出口|倉|店)|座(?!位)))`;

const PATTERNS: { kind: StudentRefKind; re: RegExp }[] = [
  // 學號 1234567 / 学号: B09902001 / 学籍番号 123456
  { kind: 'student-number', re: new RegExp(`(?:學\\s*號|学\\s*号|学籍番号)\\s*[:：#]?\\s*[A-Za-z]{0,2}\\d{5,12}(?![\\d])`, 'g') },
  // Student ID / Student No. / Student number 1234567
  {
    kind: 'student-number',
    re: /(?<![A-Za-z])student\s*(?:id|no\.?|number|num\.?|#)\s*[:：#]?\s*[A-Za-z]{0,2}\d{5,12}(?!\d)/gi,
  },
  // 班級座號 30112 (class 301, seat 12, written as one code)
  { kind: 'class-seat', re: /班\s*級\s*座\s*[號号]\s*[:：]?\s*\d{4,6}(?!\d)/g },
  // 301班 12號, 3年1班12號, 高二3班 座號 5
  { kind: 'class-seat', re: new RegExp(`${CLASS_ZH}${SEP}${SEAT_ZH}`, 'g') },
  // 班級 301 座號 12
  { kind: 'class-seat', re: new RegExp(`班\\s*級\\s*[:：]?\\s*${CLS_NUM}${SEP}座\\s*[號号]\\s*[:：]?\\s*\\d{1,2}(?!\\d)`, 'g') },
  // Class 301 No. 12, Grade 3 Class 1 #12, Class 3-1, Seat 12
  {
    kind: 'class-seat',
    re: /(?<![A-Za-z])(?:grade\s*\d{1,2}\s*,?\s*)?class\s*(?:\d{1,4}(?:\s*-\s*\d{1,2})?|[A-Z](?![A-Za-z]))(?![\d])\s*[,/-]?\s*(?:no\.?|#|number|seat(?:\s*(?:no\.?|#))?)\s*\d{1,2}(?!\d|:|\.\d)/gi,
  },
];

const NAME_AFTER = new RegExp(`^[\\s,，、/\\-_|．.·:：]{0,3}(${NAME_ZH}|${NAME_EN})`);
const NAME_BEFORE = new RegExp(`(${NAME_ZH}|${NAME_EN})[\\s,，、/\\-_|．.·:：]{0,3}$`);

function nameNear(text: string, start: number, end: number): { name: string; nameIndex: number } | null {
  const after = NAME_AFTER.exec(text.slice(end, end + 24));
  if (after?.[1]) return { name: after[1], nameIndex: end + after[0].length - after[1].length };
  const from = Math.max(0, start - 24);
  const before = NAME_BEFORE.exec(text.slice(from, start));
  return before?.[1] ? { name: before[1], nameIndex: from + before.index } : null;
}

/** Every labelled student number or class-seat pair in free text, in text order, without overlaps. */
export function findStudentRefs(text: string): StudentRef[] {
  const src = asciiDigits(text);
  const found: StudentRef[] = [];
  for (const { kind, re } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of src.matchAll(re)) {
      const index = m.index ?? 0;
      // trim trailing spaces the pattern may have consumed
      const raw = m[0].replace(/\s+$/, '');
      if (found.some((f) => index < f.index + f.value.length && f.index < index + raw.length)) continue;
      const near = nameNear(text, index, index + raw.length);
      found.push({
        kind,
        value: text.slice(index, index + raw.length),
        index,
        name: near?.name ?? null,
        nameIndex: near?.nameIndex ?? null,
      });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
