// Taiwan national ID (國民身分證統一編號) and resident certificate (居留證統一證號) detector.
// Checksum per ../shared/reference/law-and-guidance.md §6: letter code n1 n2, weights 1,9,8,7,6,5,4,3,2,1,1, sum ≡ 0 (mod 10).
// National ID: [A-Z][12]\d{8}; new ARC (from 2021): [A-Z][89]\d{8}; old ARC: [A-Z][A-D]\d{8} (2nd letter → units digit of its code).

const LETTER_CODES: Record<string, number> = {
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21,
  N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33,
};

export type TwIdKind = 'national-id' | 'resident-new' | 'resident-old';

export function twIdKind(raw: string): TwIdKind | null {
  const s = raw.toUpperCase();
  if (!/^[A-Z][1289A-D]\d{8}$/.test(s)) return null;
  const first = LETTER_CODES[s[0]!]!;
  const second = s[1]!;
  let d2: number;
  let kind: TwIdKind;
  if (/[A-D]/.test(second)) {
    d2 = LETTER_CODES[second]! % 10;
    kind = 'resident-old';
  } else {
    d2 = Number(second);
    kind = d2 === 1 || d2 === 2 ? 'national-id' : 'resident-new';
  }
  const weights = [7, 6, 5, 4, 3, 2, 1, 1];
  let sum = Math.floor(first / 10) * 1 + (first % 10) * 9 + d2 * 8;
  for (let i = 0; i < 8; i++) sum += Number(s[i + 2]) * weights[i]!;
  return sum % 10 === 0 ? kind : null;
}

export function isValidTwId(raw: string): boolean {
  return twIdKind(raw) !== null;
}

export interface TwIdMatch {
  value: string;
  index: number;
  kind: TwIdKind;
}

/** Every checksum-valid ID in free text; ID-shaped strings with a wrong checksum are ignored. */
export function findTwIds(text: string): TwIdMatch[] {
  const out: TwIdMatch[] = [];
  const re = /(?<![A-Za-z0-9])[A-Za-z][1289A-Da-d]\d{8}(?![A-Za-z0-9])/g;
  for (const m of text.matchAll(re)) {
    const kind = twIdKind(m[0]);
    if (kind) out.push({ value: m[0].toUpperCase(), index: m.index ?? 0, kind });
  }
  return out;
}
