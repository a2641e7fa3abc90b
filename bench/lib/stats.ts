// Small, dependency-free statistics for the benchmark: order statistics, IQR and a seeded bootstrap.
// Pure functions (unit-tested in tests/unit/bench/stats.test.ts).

/** Linear-interpolated quantile (type 7, like R's default / numpy's "linear"); NaN for an empty sample. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export const median = (xs: readonly number[]) => quantile(xs, 0.5);
export const p95 = (xs: readonly number[]) => quantile(xs, 0.95);

export function iqr(xs: readonly number[]): [number, number] {
  return [quantile(xs, 0.25), quantile(xs, 0.75)];
}

/** mulberry32: a tiny seeded PRNG so bootstrap intervals are reproducible run to run for the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Percentile bootstrap interval of a statistic (default: the median), `level` e.g. 0.95. */
export function bootstrapCI(
  xs: readonly number[],
  opts: { level?: number; resamples?: number; seed?: number; stat?: (s: readonly number[]) => number } = {},
): [number, number] {
  if (xs.length === 0) return [NaN, NaN];
  const { level = 0.95, resamples = 2000, seed = 9, stat = median } = opts;
  const r = rng(seed);
  const stats: number[] = [];
  const buf = new Array<number>(xs.length);
  for (let i = 0; i < resamples; i++) {
    for (let j = 0; j < xs.length; j++) buf[j] = xs[Math.floor(r() * xs.length)]!;
    stats.push(stat(buf));
  }
  const a = (1 - level) / 2;
  return [quantile(stats, a), quantile(stats, 1 - a)];
}

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function summarize(xs: readonly number[]): Summary {
  return {
    n: xs.length,
    median: median(xs),
    p95: p95(xs),
    min: xs.length ? Math.min(...xs) : NaN,
    max: xs.length ? Math.max(...xs) : NaN,
  };
}

/** Two intervals overlap (inclusive). */
export function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** Rounded for tables/JSON: 2 decimals below 10, 1 decimal below 100, else integers. */
export function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  const a = Math.abs(x);
  const d = a < 10 ? 100 : a < 100 ? 10 : 1;
  return Math.round(x * d) / d;
}
