import { describe, expect, it } from 'vitest';
import { bootstrapCI, iqr, median, overlaps, p95, quantile, rng, round, summarize } from '../../../bench/lib/stats';

describe('bench stats', () => {
  it('quantiles interpolate linearly between order statistics (type 7)', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20);
    expect(p95([...Array(21).keys()])).toBeCloseTo(19, 10);
    expect(iqr([1, 2, 3, 4, 5])).toEqual([2, 4]);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('does not reorder the caller’s array', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });

  it('seeded PRNG is reproducible and in [0, 1)', () => {
    const a = rng(42);
    const b = rng(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(median(xs)).toBeGreaterThan(0.4);
    expect(median(xs)).toBeLessThan(0.6);
  });

  it('bootstrap CI of the median brackets the median, is reproducible, and narrows with more data', () => {
    const r = rng(1);
    const small = Array.from({ length: 10 }, () => 1 + (r() - 0.5) * 0.2);
    const big = Array.from({ length: 400 }, () => 1 + (r() - 0.5) * 0.2);
    const cs = bootstrapCI(small);
    const cb = bootstrapCI(big);
    expect(cs[0]).toBeLessThanOrEqual(median(small));
    expect(cs[1]).toBeGreaterThanOrEqual(median(small));
    expect(bootstrapCI(small)).toEqual(cs);
    expect(cb[1] - cb[0]).toBeLessThan(cs[1] - cs[0]);
    expect(bootstrapCI([5, 5, 5])).toEqual([5, 5]);
  });

  it('summaries, interval overlap and rounding', () => {
    const s = summarize([1, 2, 3, 4]);
    expect({ ...s, p95: round(s.p95) }).toEqual({ n: 4, median: 2.5, p95: 3.85, min: 1, max: 4 });
    expect(overlaps([0.98, 1.02], [1.01, 1.05])).toBe(true);
    expect(overlaps([0.9, 0.95], [0.96, 1.05])).toBe(false);
    expect(round(1.23456)).toBe(1.23);
    expect(round(12.345)).toBe(12.3);
    expect(round(123.45)).toBe(123);
  });
});
