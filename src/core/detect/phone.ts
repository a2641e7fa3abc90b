// Taiwan mobile number (行動電話) detector.
// Source: ../shared/reference/law-and-guidance.md §7. Government data standard 「行動電話 [09AD][DDDDDD] A:[0-8]」
// → 10 digits ^09[0-8]\d{7}$; 099 is reserved for the personal number service and is NOT mobile (schema.gov.tw list 168).
// Written forms: 09XX-XXX-XXX, 09XX XXX XXX, 09XX-XXXXXX, 0912345678; international +886 9XX XXX XXX (leading 0 dropped).
// Full-width digits (０９１２…), common in Chinese typing, are accepted too.

export interface MobileMatch {
  /** the number as written (same length as the text it came from) */
  value: string;
  /** offset of `value` in the input */
  index: number;
  /** normalised national form, e.g. 0912345678 */
  digits: string;
}

/** Full-width digits, plus, hyphen and space → ASCII, one character for one (offsets stay valid). */
export function asciiDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0B\uFF0D\u3000\u2010-\u2013\u2212]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
    if (c === '\uFF0B') return '+';
    if (c === '\u3000') return ' ';
    return '-';
  });
}

const SEP = '[-\\s.]?';
// Two groupings are common: 4-3-3 (0912-345-678) and 4-6 (0912-345678). "(0)" after +886 appears in some signatures.
const MOBILE = new RegExp(
  '(?<![0-9A-Za-z_+#/=])(?<!\\d[-./,])' +
    '(?:(?<intl>\\+?886' + SEP + '(?:\\(0\\))?' + SEP + ')|0)' +
    '9(?<a>[0-8])(?<b>\\d)(?:\\)\\s?)?' +
    '(?:' + SEP + '(?<c>\\d{3})' + SEP + '(?<d>\\d{3})|' + SEP + '(?<e>\\d{6}))' +
    '(?![0-9A-Za-z_]|[-./,:]\\d)',
  'g',
);

/** Every Taiwan mobile number in free text (099x personal-number service excluded). */
export function findMobiles(text: string): MobileMatch[] {
  const src = asciiDigits(text);
  const out: MobileMatch[] = [];
  for (const m of src.matchAll(MOBILE)) {
    const g = m.groups ?? {};
    const rest = g.c !== undefined ? `${g.c}${g.d}` : (g.e ?? '');
    const digits = `09${g.a}${g.b}${rest}`;
    if (digits.length !== 10) continue;
    const index = m.index ?? 0;
    out.push({ value: text.slice(index, index + m[0].length), index, digits });
  }
  return out;
}

export function isTwMobile(raw: string): boolean {
  const m = findMobiles(raw.trim());
  return m.length === 1 && m[0]!.value.length === raw.trim().length;
}
