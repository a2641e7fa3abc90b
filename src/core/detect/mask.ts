// Masking for anything ID-like before it is stored or shown: A123456789 → A12*****89.
import { memoized } from '../memo';
import { findTwIds } from './twid';

/** Keep the first 3 and last 2 characters. Short values are fully starred except the first. */
export function maskValue(v: string): string {
  const chars = Array.from(v);
  if (chars.length <= 5) return chars[0] + '*'.repeat(Math.max(chars.length - 1, 0));
  return chars.slice(0, 3).join('') + '*'.repeat(chars.length - 5) + chars.slice(-2).join('');
}

/** Long digit runs that look like phone, account or card numbers (8+ digits, spaces/dashes allowed). */
const DIGIT_RUN = /(?<!\d)(?:\+?\d[\d\s-]{6,}\d)(?!\d)/g;

/**
 * Mask checksum-valid Taiwan IDs and long digit runs in free text. Memoised per distinct short text (bounded): the same
 * evidence lines (question titles, names) are masked again on every re-scan (issue 9). Pure: same input, same output.
 */
export const maskText: (text: string) => string = memoized(maskUncached, 2048, 500);

function maskUncached(text: string): string {
  let out = text;
  for (const m of findTwIds(text).reverse()) {
    out = out.slice(0, m.index) + maskValue(m.value) + out.slice(m.index + m.value.length);
  }
  return out.replace(DIGIT_RUN, (run) => {
    const digits = run.replace(/\D/g, '');
    return digits.length >= 8 ? maskValue(run) : run;
  });
}
