// Text helpers shared by readers and rules: normalisation and safe truncation.

/** NFKC, collapse whitespace, strip bidi controls and zero-width characters. */
export function normText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Truncate to `max` code points, adding an ellipsis; never splits a surrogate pair. */
export function truncate(s: string, max = 300): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : chars.slice(0, max - 1).join('') + '…';
}
