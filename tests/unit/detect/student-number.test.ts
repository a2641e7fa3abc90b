import { describe, expect, it } from 'vitest';
import { findStudentRefs } from '../../../src/core/detect/student-number';

// [text, kind, value as written, adjacent name or null]
const POSITIVES: [string, 'student-number' | 'class-seat', string, string | null][] = [
  ['學號 1234567', 'student-number', '學號 1234567', null],
  ['學號：1101234 王小明', 'student-number', '學號：1101234', '王小明'],
  ['學號B09902001', 'student-number', '學號B09902001', null],
  ['陳大文 学号 20240123', 'student-number', '学号 20240123', '陳大文'],
  ['Student ID: 1234567', 'student-number', 'Student ID: 1234567', null],
  ['student no. 110123 Wang Xiao-Ming', 'student-number', 'student no. 110123', 'Wang Xiao-Ming'],
  ['Student number 41012345', 'student-number', 'Student number 41012345', null],
  ['301班 12號 王小明', 'class-seat', '301班 12號', '王小明'],
  ['301班12號王小明期末報告', 'class-seat', '301班12號', '王小明'],
  ['3年1班12號', 'class-seat', '3年1班12號', null],
  ['三年一班 12號 林小美', 'class-seat', '三年一班 12號', '林小美'],
  ['七年級3班 5號 歐陽娜娜 自然作業', 'class-seat', '七年級3班 5號', '歐陽娜娜'],
  ['高二3班 座號 5', 'class-seat', '高二3班 座號 5', null],
  ['國三甲班-07號', 'class-seat', '國三甲班-07號', null],
  ['5年忠班 3号 張三', 'class-seat', '5年忠班 3号', '張三'],
  ['１０１班　２３號', 'class-seat', '１０１班　２３號', null],
  ['班級座號：30112', 'class-seat', '班級座號：30112', null],
  ['班級 301 座號 12', 'class-seat', '班級 301 座號 12', null],
  ['Class 301 No. 12', 'class-seat', 'Class 301 No. 12', null],
  ['Class 3-1 #12 Lin Mei', 'class-seat', 'Class 3-1 #12', 'Lin Mei'],
  ['Grade 3 Class 1 No. 12', 'class-seat', 'Grade 3 Class 1 No. 12', null],
  ['class 301, seat 12', 'class-seat', 'class 301, seat 12', null],
  ['王小明 301班 12號 期末報告', 'class-seat', '301班 12號', '王小明'],
];

const NEGATIVES: string[] = [
  '2024 成果發表',
  '113年 校慶運動會',
  '113學年度 第1學期',
  'Video 3',
  '第3集',
  'EP12',
  '12:34',
  '1:02:03',
  '2024/06/12',
  '3月12號 發表會',
  '301班 3月12號 發表',
  'NT$1,200',
  '12,345 次觀看',
  'A123456788',
  '301班 期末報告',
  '三年一班 班級介紹',
  '12號 公車',
  '第12號作品',
  'Class of 2024 No. 1',
  'No. 1 hit song',
  'Top 10 No. 12',
  '301 教室',
  '學號 2024', // too short to be a student number
  'classic No. 5',
  'Class 301 starts at 12:30',
  '班會 12號 決議',
];

describe('findStudentRefs', () => {
  it.each(POSITIVES)('finds %j', (text, kind, value, name) => {
    const found = findStudentRefs(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind, value, name });
    expect(text.slice(found[0]!.index, found[0]!.index + value.length)).toBe(value);
    if (name) expect(text.slice(found[0]!.nameIndex!, found[0]!.nameIndex! + name.length)).toBe(name);
    else expect(found[0]!.nameIndex).toBeNull();
  });

  it.each(NEGATIVES)('stays silent on %j', (text) => {
    expect(findStudentRefs(text)).toEqual([]);
  });

  it('has tables of at least 20 positives and 20 negatives', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(20);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(20);
  });

  it('finds several refs in one text, in order, without overlaps', () => {
    const found = findStudentRefs('301班 12號 王小明、301班 13號 李小華。學號 1101234');
    expect(found.map((f) => f.value)).toEqual(['301班 12號', '301班 13號', '學號 1101234']);
    expect(found.map((f) => f.name)).toEqual(['王小明', '李小華', null]);
  });
});
