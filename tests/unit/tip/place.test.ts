import { describe, expect, it } from 'vitest';
import { placeTip, type Box } from '../../../src/content/tip-place';

const VP = { width: 1200, height: 800 };
const CARD = { width: 320, height: 180 };
const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placeTip', () => {
  it('no anchor (or an unusable one) → bottom-left corner', () => {
    for (const a of [null, { left: 0, top: 0, width: 0, height: 0 }, { left: NaN, top: 1, width: 2, height: 2 }, { left: 5000, top: 5000, width: 10, height: 10 }]) {
      expect(placeTip(a, CARD, VP)).toEqual({ left: 12, top: 800 - 180 - 12, where: 'bottom-left', covers: false });
    }
  });

  it('prefers right, then left, below, above; never overlapping the anchor', () => {
    const cases: Array<[Box, string]> = [
      [{ left: 100, top: 100, width: 200, height: 40 }, 'right'],
      [{ left: 1000, top: 100, width: 150, height: 40 }, 'left'],
      [{ left: 100, top: 100, width: 1000, height: 40 }, 'below'],
      [{ left: 100, top: 560, width: 1000, height: 200 }, 'above'],
    ];
    for (const [a, where] of cases) {
      const p = placeTip(a, CARD, VP);
      expect(p.where).toBe(where);
      expect(overlaps({ left: p.left, top: p.top, ...CARD }, a)).toBe(false);
      expect(p.left).toBeGreaterThanOrEqual(0);
      expect(p.top + CARD.height).toBeLessThanOrEqual(VP.height);
    }
  });

  it('says so when nothing can avoid the anchor (it fills the viewport), so the tip goes compact', () => {
    for (const a of [
      { left: 0, top: 0, width: 1200, height: 800 },
      { left: 200, top: 150, width: 800, height: 480 },
    ]) {
      const p = placeTip(a, CARD, VP);
      expect(p.covers).toBe(true);
      expect(p.where).toBe('bottom-left');
    }
    // a small viewport (e.g. the share dialog frame) still places beside when there is room
    expect(placeTip({ left: 10, top: 10, width: 100, height: 30 }, CARD, { width: 500, height: 400 }).where).toBe('right');
  });

  it('property: whenever it says it does not cover, it does not overlap the anchor and stays on screen', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n;
    for (let i = 0; i < 2000; i++) {
      const a = { left: rnd(1300) - 50, top: rnd(900) - 50, width: 1 + rnd(900), height: 1 + rnd(700) };
      const p = placeTip(a, CARD, VP);
      expect(p.left).toBeGreaterThanOrEqual(0);
      expect(p.top).toBeGreaterThanOrEqual(0);
      if (!p.covers) expect(overlaps({ left: p.left, top: p.top, ...CARD }, a)).toBe(false);
    }
  });
});
