import { describe, expect, it } from 'vitest';
import { findMobiles, isTwMobile } from '../../../src/core/detect/phone';

// law-and-guidance.md §7: ^09[0-8]\d{7}$, 099 reserved (personal number service), 09XX-XXX-XXX / 09XX XXX XXX, +886 9XX XXX XXX.
const POSITIVES: [string, string][] = [
  ['0912345678', '0912345678'],
  ['0912-345-678', '0912345678'],
  ['0912 345 678', '0912345678'],
  ['0912-345678', '0912345678'],
  ['0900-000-000', '0900000000'],
  ['0987654321', '0987654321'],
  ['0988 123 456', '0988123456'],
  ['+886 912 345 678', '0912345678'],
  ['+886-912-345-678', '0912345678'],
  ['+886912345678', '0912345678'],
  ['886 912 345 678', '0912345678'],
  ['+886 (0)912 345 678', '0912345678'],
  ['手機：0912-345-678', '0912345678'],
  ['手機0912345678', '0912345678'],
  ['聯絡電話 0933.123.456 王媽媽', '0933123456'],
  ['行動電話:0955123456。', '0955123456'],
  ['０９１２３４５６７８', '0912345678'],
  ['０９１２－３４５－６７８', '0912345678'],
  ['301班 12號 王小明 0912345678 期末報告', '0912345678'],
  ['Call me at 0978-123-456!', '0978123456'],
  ['(0912)345678', '0912345678'],
  ['媽媽手機 0961 234 567，爸爸手機 0922 333 444', '0961234567'],
];

const NEGATIVES: string[] = [
  '0990123456', // 099 personal number service, not mobile
  '0991-234-567',
  '02-2345-6789', // Taipei landline
  '(02)2345-6789',
  '04 2234 5678',
  '091234567', // 9 digits
  '09123456789', // 11 digits
  '1234567890',
  '2024', // a year
  '113年', // ROC year
  'Video 3',
  '第3集',
  'EP12',
  '12:34',
  '1:02:03',
  '2024/06/12',
  '2024-06-12 09:12',
  'NT$1,200',
  '12,345 次觀看',
  '1,234,567 views',
  'A123456788',
  'ISBN 978-0912345678',
  'https://youtu.be/0912345678',
  'order #0912345678',
  '3.0912345678',
  'ID0912345678',
  '0912345678901234', // card-like long run
  '+1 912 345 6789',
];

describe('findMobiles', () => {
  it.each(POSITIVES)('finds a mobile number in %j', (text, digits) => {
    const found = findMobiles(text);
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found[0]!.digits).toBe(digits);
    // value is the text as written, at index
    expect(text.slice(found[0]!.index, found[0]!.index + found[0]!.value.length)).toBe(found[0]!.value);
  });

  it.each(NEGATIVES)('stays silent on %j', (text) => {
    expect(findMobiles(text)).toEqual([]);
  });

  it('has tables of at least 20 positives and 20 negatives', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(20);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(20);
  });

  it('finds every number in a longer text with offsets', () => {
    const text = '媽媽手機 0961 234 567，爸爸手機 0922 333 444';
    const found = findMobiles(text);
    expect(found.map((m) => m.digits)).toEqual(['0961234567', '0922333444']);
    expect(found[1]!.value).toBe('0922 333 444');
    expect(found[1]!.index).toBe(text.indexOf('0922'));
  });

  it('isTwMobile checks a whole value', () => {
    expect(isTwMobile('0912-345-678')).toBe(true);
    expect(isTwMobile('0990-345-678')).toBe(false);
    expect(isTwMobile('手機 0912345678')).toBe(false);
  });
});
