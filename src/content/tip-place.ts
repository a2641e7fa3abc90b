// Where the in-page tip goes: beside the control it talks about, never on top of it.
// Pure geometry so it is testable without layout (jsdom has none).

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
export interface Size {
  width: number;
  height: number;
}
export type Corner = 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right';
export interface Placement {
  left: number;
  top: number;
  where: 'right' | 'left' | 'below' | 'above' | Corner;
  /** true when no spot avoids the anchor (it fills the viewport): the caller should go compact */
  covers: boolean;
}

const GAP = 8;
const MARGIN = 12;
const CORNERS: readonly Corner[] = ['bottom-left', 'bottom-right', 'top-left', 'top-right'];

function overlaps(a: Box, b: Box, pad = 4): boolean {
  return (
    a.left < b.left + b.width + pad &&
    b.left - pad < a.left + a.width &&
    a.top < b.top + b.height + pad &&
    b.top - pad < a.top + a.height
  );
}

function fits(b: Box, vp: Size): boolean {
  return b.left >= 0 && b.top >= 0 && b.left + b.width <= vp.width && b.top + b.height <= vp.height;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

export function cornerBox(corner: Corner, card: Size, vp: Size): Box {
  const left = corner.endsWith('left') ? MARGIN : Math.max(0, vp.width - card.width - MARGIN);
  const top = corner.startsWith('top') ? MARGIN : Math.max(0, vp.height - card.height - MARGIN);
  return { left, top, width: card.width, height: card.height };
}

/**
 * Beside the anchor (right, left, below, above: the first that fits in the viewport without touching
 * it), otherwise the first corner that does not cover it. No usable anchor → the bottom-left corner.
 */
export function placeTip(anchor: Box | null, card: Size, vp: Size): Placement {
  const usable =
    anchor !== null &&
    [anchor.left, anchor.top, anchor.width, anchor.height].every(Number.isFinite) &&
    anchor.width > 0 &&
    anchor.height > 0 &&
    overlaps(anchor, { left: 0, top: 0, width: vp.width, height: vp.height }, 0);
  if (usable && anchor) {
    const yBeside = clamp(anchor.top, MARGIN, Math.max(MARGIN, vp.height - card.height - MARGIN));
    const xBeside = clamp(anchor.left, MARGIN, Math.max(MARGIN, vp.width - card.width - MARGIN));
    const options: Array<[Placement['where'], Box]> = [
      ['right', { left: anchor.left + anchor.width + GAP, top: yBeside, ...card }],
      ['left', { left: anchor.left - GAP - card.width, top: yBeside, ...card }],
      ['below', { left: xBeside, top: anchor.top + anchor.height + GAP, ...card }],
      ['above', { left: xBeside, top: anchor.top - GAP - card.height, ...card }],
    ];
    for (const [where, b] of options) {
      if (fits(b, vp) && !overlaps(b, anchor)) return { left: b.left, top: b.top, where, covers: false };
    }
    for (const c of CORNERS) {
      const b = cornerBox(c, card, vp);
      if (!overlaps(b, anchor)) return { left: b.left, top: b.top, where: c, covers: false };
    }
  }
  const b = cornerBox('bottom-left', card, vp);
  return { left: b.left, top: b.top, where: 'bottom-left', covers: usable };
}
