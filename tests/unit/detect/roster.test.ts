import { describe, expect, it } from 'vitest';
import { looksLikeRoster } from '../../../src/core/detect/roster';

// [name, expected term]
const POSITIVES: Array<[string, string]> = [
  ['三年一班學生名冊', '名冊'],
  ['113學年度新生名冊.xlsx', '名冊'],
  ['畢業旅行參加名單', '名單'],
  ['獎學金得獎名單（含聯絡電話）', '名單'],
  ['家長會名單', '名單'],
  ['七年級導師通訊錄', '通訊錄'],
  ['三年一班聯絡簿', '聯絡簿'],
  ['301班連絡簿', '聯絡簿'],
  ['社團學生聯絡資料', '聯絡資料'],
  ['新生個資調查表', '個資'],
  ['個人資料蒐集同意書回條', '個資'],
  ['112學年度學生資料', '學生資料'],
  ['家長同意書回收統計', '家長'],
  ['期中考成績', '成績'],
  ['健康教育成績', '成績'],
  ['學生身分證字號', '身分證'],
  ['身份證影本彙整', '身分證'],
  ['個別輔導紀錄', '輔導'],
  ['學生健康檢查結果', '健康'],
  ['特教學生需求評估', '特教'],
  ['Class 7A roster', 'roster'],
  ['ROSTER 2024', 'roster'],
  ['Parent contact list', 'contact list'],
  ['Student List - Grade 8', 'student list'],
  ['Term 1 grades', 'grades'],
  ['Science gradebook', 'grades'],
  ['Staff address book', 'address book'],
  // NFKC: full-width Latin letters
  ['ｒｏｓｔｅｒ　７Ａ', 'roster'],
  // zero-width and bidi controls do not hide a term
  ['學生\u200B名冊', '名冊'],
  ['名\u202E冊', '名冊'],
  ['contact_list_2024', 'contact list'],
];

const NEGATIVES: string[] = [
  '三年一班數學講義',
  'Grade 7 science worksheet',
  'Science for grades 7-9',
  'Grades K-12 curriculum map',
  'upgrades plan',
  '301 國文',
  '七年級自然科學習單',
  '三年二班',
  'English 101',
  'Math homework week 3',
  '健康教育第三課簡報',
  '健康與體育教學計畫',
  '家長日簡報',
  '給家長的一封信',
  '家長會會議記錄',
  '輔導室活動海報',
  '課後輔導課程表',
  '個資保護宣導簡報',
  '特教宣導週活動',
  '成績評量辦法',
  '健康中心公告',
  'Lesson 3 handout',
  'Team rosterless planning', // "rosterless" is not the word "roster"
  'Address of the school',
  '',
  '   ',
];

describe('looksLikeRoster', () => {
  it('has at least 20 positives and 20 negatives', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(20);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(POSITIVES)('%s → %s', (name, term) => {
    expect(looksLikeRoster(name)).toEqual({ term });
  });

  it.each(NEGATIVES.map((n) => [n]))('%j is not a list', (name) => {
    expect(looksLikeRoster(name)).toBeNull();
  });

  it('accepts policy terms, case-insensitive and NFKC', () => {
    expect(looksLikeRoster('三年一班數學講義')).toBeNull();
    expect(looksLikeRoster('三年一班數學講義', ['講義'])).toEqual({ term: '講義' });
    expect(looksLikeRoster('Seating Chart 7A', ['seating chart'])).toEqual({ term: 'seating chart' });
    expect(looksLikeRoster('ＳＥＡＴＩＮＧ chart', ['Seating Chart'])).toEqual({ term: 'Seating Chart' });
    // a policy term may name a phrase the built-in exclusions blank out
    expect(looksLikeRoster('家長會會議記錄', ['家長會'])).toEqual({ term: '家長會' });
  });

  it('ignores unusable policy terms', () => {
    expect(looksLikeRoster('三年一班數學講義', ['', ' ', '數'])).toBeNull();
    expect(looksLikeRoster('abc', [42 as unknown as string])).toBeNull();
  });

  it('treats hostile names as plain strings', () => {
    expect(looksLikeRoster('<img src=x onerror=alert(1)>名單')).toEqual({ term: '名單' });
    expect(looksLikeRoster('x'.repeat(100_000))).toBeNull();
  });
});
