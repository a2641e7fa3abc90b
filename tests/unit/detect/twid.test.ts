import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findTwIds, isValidTwId, twIdKind } from '../../../src/core/detect/twid';
import { maskText, maskValue } from '../../../src/core/detect/mask';

// Values validated in reference/law-and-guidance.md §6 ("Validated locally").
describe('isValidTwId', () => {
  it.each([
    ['A123456789', 'national-id'],
    ['A223456781', 'national-id'],
    ['B123456780', 'national-id'],
    ['M140051653', 'national-id'],
    ['A800000014', 'resident-new'],
    ['AA00000009', 'resident-old'],
  ] as const)('%s is valid (%s)', (id, kind) => {
    expect(isValidTwId(id)).toBe(true);
    expect(twIdKind(id)).toBe(kind);
  });

  it.each(['A123456788', 'M140051654', 'A12345678', 'A1234567890', 'A323456789', 'AE00000009', '1123456789', '', 'A12345678X', 'A 123456789'])(
    '%s is invalid',
    (id) => {
      expect(isValidTwId(id)).toBe(false);
    },
  );

  it('accepts lowercase', () => {
    expect(isValidTwId('a123456789')).toBe(true);
    expect(isValidTwId('aa00000009')).toBe(true);
    expect(isValidTwId('a123456788')).toBe(false);
  });

  it('exactly one check digit fits any prefix (checksum property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), fc.constantFrom('1', '2', '8', '9'), fc.stringMatching(/^\d{7}$/), (l, g, body) => {
        const valid = Array.from({ length: 10 }, (_, d) => `${l}${g}${body}${d}`).filter(isValidTwId);
        expect(valid).toHaveLength(1);
      }),
    );
  });
});

describe('findTwIds', () => {
  it('finds IDs embedded in Chinese and English text', () => {
    expect(findTwIds('學生身分證字號：A123456789，請核對').map((m) => m.value)).toEqual(['A123456789']);
    expect(findTwIds('ID a123456789 and ARC A800000014.').map((m) => [m.value, m.kind])).toEqual([
      ['A123456789', 'national-id'],
      ['A800000014', 'resident-new'],
    ]);
  });

  it('ignores wrong checksums and IDs glued to other letters or digits', () => {
    expect(findTwIds('A123456788')).toEqual([]);
    expect(findTwIds('XA123456789')).toEqual([]);
    expect(findTwIds('A1234567890')).toEqual([]);
    expect(findTwIds('M140051654 M140051653').map((m) => m.value)).toEqual(['M140051653']);
  });

  it('reports the index of each match', () => {
    const text = '編號 A123456789';
    const [m] = findTwIds(text);
    expect(text.slice(m!.index, m!.index + 10)).toBe('A123456789');
  });
});

describe('masking', () => {
  it("maskValue('A123456789') === 'A12*****89'", () => {
    expect(maskValue('A123456789')).toBe('A12*****89');
  });

  it('masks valid IDs inside text (long digit runs of invalid ones are masked as numbers)', () => {
    expect(maskText('身分證 A123456789。')).toBe('身分證 A12*****89。');
    const out = maskText('身分證 A123456789 錯的 A123456788');
    expect(out.startsWith('身分證 A12*****89 錯的 A')).toBe(true);
    expect(out).not.toContain('123456788');
  });
});
