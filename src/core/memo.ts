// One bounded memo for the pure string functions the content scripts call on every re-scan (issue 9): NFKC keys,
// lexicon verdicts, masking. Inputs longer than `maxLen` are computed every time (rare, and heavy to keep); when the
// memo holds `max` entries it is dropped wholesale.

/** `f`, remembered per distinct input. `f` must be pure and never return undefined. */
export function memoized<T>(f: (s: string) => T, max: number, maxLen = Infinity): (s: string) => T {
  const m = new Map<string, T>();
  return (s) => {
    if (s.length > maxLen) return f(s);
    let v = m.get(s);
    if (v === undefined) {
      if (m.size >= max) m.clear();
      m.set(s, (v = f(s)));
    }
    return v;
  };
}
