// YouTube Studio reader: the upload dialog (every step) and the video edit page → StudioSnapshot.
// Facts used (../shared/reference/share-dialog-and-youtube-studio-dom.md):
// - §B.2 Shady DOM: component internals are in the light DOM, so plain querySelector reaches them. The content script runs in an
//   isolated world and cannot see Polymer properties: read ATTRIBUTES only (aria-checked, class iron-selected, [checked], name).
// - §B.3 upload dialog `ytcp-uploads-dialog` (attributes workflow-step, is-dialog-open, hidden, video-id), stepper
//   `button[test-id][state="active"]`, title `#title-textarea #textbox`, description `#description-textarea #textbox`, kids radios
//   VIDEO_MADE_FOR_KIDS_MFK / _NOT_MFK (before 2021-09 NOT_MADE_FOR_KIDS), visibility radios `#privacy-radios [name=PRIVATE|UNLISTED|PUBLIC]`,
//   built lazily (absent before the Visibility step), `#schedule-radio-button`, `span.video-url-fadeable a` → https://youtu.be/<id>.
// - §B.4 edit page: card `ytcp-video-metadata-visibility #visibility-text`; popup `ytcp-video-visibility-edit-popup` with the same
//   `#privacy-radios`; the card shows the pending value before the page-level Save.
// - §B.5 labels (fallback only): see ./labels.ts.
// Pure: no chrome.*, no globals, no layout reads; never throws.
import type { AnchorKind, Diagnostics, StudioSnapshot, Visibility } from '../../core/schema';
import { studioVideoId } from '../detect';
import { stepFromText, visibilityFromText } from './labels';

const UPLOAD_DIALOG = 'ytcp-uploads-dialog';
const EDIT_POPUP = 'ytcp-video-visibility-edit-popup';
const VIS_NAMES = { PRIVATE: 'private', UNLISTED: 'unlisted', PUBLIC: 'public' } as const satisfies Record<string, Visibility>;
const KIDS_YES = ['VIDEO_MADE_FOR_KIDS_MFK', 'MADE_FOR_KIDS'];
const KIDS_NO = ['VIDEO_MADE_FOR_KIDS_NOT_MFK', 'NOT_MADE_FOR_KIDS'];

type Tier = 'aria' | 'iron' | 'checked';

interface Ctx {
  anchors: Record<string, AnchorKind>;
  notes: string[];
  counts: Record<string, number>;
}

function note(ctx: Ctx, n: string): void {
  if (!ctx.notes.includes(n)) ctx.notes.push(n);
}

function safe<T>(ctx: Ctx, field: string, fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch {
    note(ctx, `${field}-read-error`);
    ctx.anchors[field] = 'none';
    return fallback;
  }
}

/** Checked state from attributes only, strongest signal first. */
function checkedTier(el: Element): Tier | null {
  if (el.getAttribute('aria-checked') === 'true') return 'aria';
  if (el.classList.contains('iron-selected')) return 'iron';
  if (el.hasAttribute('checked') && el.getAttribute('checked') !== 'false') return 'checked';
  return null;
}

/** Closed overlays: `hidden`, `is-dialog-open="false"`, or an inner paper-dialog with aria-hidden="true" / inline display:none. */
function overlayClosed(host: Element): boolean {
  if (host.hasAttribute('hidden')) return true;
  if (host.getAttribute('is-dialog-open') === 'false') return true;
  const dialog = host.matches('tp-yt-paper-dialog') ? host : host.querySelector('tp-yt-paper-dialog');
  if (dialog) {
    if (dialog.getAttribute('aria-hidden') === 'true') return true;
    if (dialog.hasAttribute('hidden')) return true;
    if (/display\s*:\s*none/i.test(dialog.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/** Text of a contenteditable box: text nodes, <br> and block boundaries as line breaks. Attributes/placeholders are ignored. */
function boxText(el: Element): string {
  let out = '';
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const tag = (c as Element).localName;
        if (tag === 'br') out += '\n';
        else if (tag === 'script' || tag === 'style' || tag === 'template') continue;
        else {
          const block = tag === 'div' || tag === 'p' || tag === 'li';
          if (block && out && !out.endsWith('\n')) out += '\n';
          walk(c);
          if (block && out && !out.endsWith('\n')) out += '\n';
        }
      }
    }
  };
  walk(el);
  return out.replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** querySelectorAll within root, skipping anything inside `exclude` elements (e.g. a lingering upload dialog on the edit page). */
function queryAll(root: ParentNode, selector: string, exclude?: string): Element[] {
  const all = Array.from(root.querySelectorAll(selector));
  return exclude ? all.filter((el) => !el.closest(exclude)) : all;
}

function readText(ctx: Ctx, root: ParentNode, field: 'title' | 'description', exclude?: string): string | null {
  return safe(ctx, field, null, () => {
    const host = field === 'title' ? '#title-textarea' : '#description-textarea';
    const boxes = queryAll(root, `${host} #textbox`, exclude);
    ctx.counts[`${field}Boxes`] = boxes.length;
    if (boxes.length === 0) {
      // Tools before 2021 used the 1st / 2nd [id="textbox"]; do not guess by position, say it could not be read.
      ctx.anchors[field] = 'none';
      note(ctx, `${field}-box-absent`);
      return null;
    }
    if (boxes.length > 1) note(ctx, `${field}-box-multiple`);
    ctx.anchors[field] = 'anchor';
    const text = boxText(boxes[0]!);
    ctx.counts[`${field}Length`] = Array.from(text).length;
    return text;
  });
}

function readKids(ctx: Ctx, root: ParentNode, exclude?: string): boolean | null {
  return safe(ctx, 'madeForKids', null, () => {
    const names = [...KIDS_YES, ...KIDS_NO];
    const radios = queryAll(root, names.map((n) => `[name="${n}"]`).join(','), exclude);
    ctx.counts.kidsRadios = radios.length;
    if (radios.length === 0) {
      ctx.anchors.madeForKids = 'none';
      return null;
    }
    ctx.anchors.madeForKids = 'anchor';
    let best: { tier: Tier; yes: boolean } | null = null;
    const order: Tier[] = ['aria', 'iron', 'checked'];
    for (const r of radios) {
      const tier = checkedTier(r);
      if (!tier) continue;
      const yes = KIDS_YES.includes(r.getAttribute('name') ?? '');
      if (!best || order.indexOf(tier) < order.indexOf(best.tier)) best = { tier, yes };
      else if (best.tier === tier && best.yes !== yes) {
        note(ctx, 'kids-conflict');
        return null;
      }
    }
    if (!best) note(ctx, 'kids-none-selected');
    return best ? best.yes : null;
  });
}

interface RadioRead {
  value: Visibility | null;
  /** radios found at all (0 → the step is not rendered) */
  found: number;
  kind: AnchorKind;
}

/** Visibility from a `ytcp-video-visibility-select` / `#privacy-radios` scope. */
function readRadios(ctx: Ctx, scope: ParentNode, exclude?: string): RadioRead {
  const groups = queryAll(scope, '#privacy-radios', exclude);
  const named = queryAll(scope, '[name="PRIVATE"],[name="UNLISTED"],[name="PUBLIC"]', exclude).filter(
    (el) => el.localName !== 'input' || el.getAttribute('type') === 'radio',
  );
  const scheduleRadios = queryAll(scope, '#schedule-radio-button,[name="SCHEDULE"]', exclude);
  ctx.counts.privacyRadios = (ctx.counts.privacyRadios ?? 0) + named.length;

  // Scheduled: the schedule radio is selected (a scheduled video becomes public at publishAt).
  if (scheduleRadios.some((r) => checkedTier(r) !== null)) {
    note(ctx, 'visibility-scheduled-radio');
    return { value: 'scheduled', found: named.length + scheduleRadios.length, kind: 'anchor' };
  }

  if (named.length > 0) {
    const tiers: Tier[] = ['aria', 'iron', 'checked'];
    for (const tier of tiers) {
      const values = new Set(
        named.filter((r) => checkedTier(r) === tier).map((r) => VIS_NAMES[r.getAttribute('name') as keyof typeof VIS_NAMES]),
      );
      if (values.size === 1) return { value: [...values][0]!, found: named.length, kind: 'anchor' };
      if (values.size > 1) {
        note(ctx, 'visibility-conflict');
        return { value: null, found: named.length, kind: 'none' };
      }
    }
    note(ctx, 'visibility-none-selected');
    return { value: null, found: named.length, kind: 'none' };
  }

  // Radios without a known name: the checked radio's label text (fallback).
  const unnamed = groups.flatMap((g) => Array.from(g.querySelectorAll('tp-yt-paper-radio-button,[role="radio"]')));
  if (unnamed.length > 0) {
    note(ctx, 'visibility-radios-unnamed');
    const checked = unnamed.filter((r) => checkedTier(r) !== null);
    const values = new Set(checked.map((r) => visibilityFromText(radioLabel(r))).filter((v): v is Visibility => v !== null));
    if (values.size === 1) return { value: [...values][0]!, found: unnamed.length, kind: 'label' };
    if (values.size > 1) note(ctx, 'visibility-conflict');
    else note(ctx, checked.length ? 'visibility-label-unknown' : 'visibility-none-selected');
    return { value: null, found: unnamed.length, kind: 'none' };
  }
  return { value: null, found: 0, kind: 'none' };
}

function radioLabel(r: Element): string {
  const label = r.querySelector('#radioLabel');
  return (label ?? r).textContent ?? '';
}

function readStep(ctx: Ctx, dialog: Element): string | null {
  return safe(ctx, 'step', null, () => {
    const active = dialog.querySelector('ytcp-stepper [state="active"]');
    const testId = active?.getAttribute('test-id');
    if (testId) {
      ctx.anchors.step = 'anchor';
      note(ctx, 'step-from-stepper');
      return testId.toUpperCase();
    }
    const workflow = dialog.getAttribute('workflow-step');
    if (workflow) {
      ctx.anchors.step = 'anchor';
      note(ctx, 'step-from-workflow-step');
      return workflow.toUpperCase();
    }
    if (active) {
      const fromLabel = stepFromText(active.getAttribute('aria-label') ?? active.textContent ?? '');
      if (fromLabel) {
        ctx.anchors.step = 'label';
        return fromLabel;
      }
    }
    ctx.anchors.step = 'none';
    return null;
  });
}

function idFromYoutuBe(href: string | null): string | null {
  if (!href) return null;
  const m = /^https?:\/\/(?:youtu\.be\/|(?:www\.)?youtube\.com\/(?:watch\?v=|shorts\/))([A-Za-z0-9_-]{6,})/.exec(href.trim());
  return m?.[1] ?? null;
}

function uploadItemKey(ctx: Ctx, dialog: Element, url: string): string | null {
  return safe(ctx, 'itemKey', null, () => {
    const attr = dialog.getAttribute('video-id');
    if (attr && /^[A-Za-z0-9_-]{6,}$/.test(attr)) {
      ctx.anchors.itemKey = 'anchor';
      return attr;
    }
    for (const a of Array.from(dialog.querySelectorAll('span.video-url-fadeable a, ytcp-video-info a[href]'))) {
      const id = idFromYoutuBe(a.getAttribute('href'));
      if (id) {
        ctx.anchors.itemKey = 'anchor';
        return id;
      }
    }
    let udvid: string | null = null;
    try {
      udvid = new URL(url).searchParams.get('udvid');
    } catch {
      udvid = null;
    }
    if (udvid && /^[A-Za-z0-9_-]{6,}$/.test(udvid)) {
      ctx.anchors.itemKey = 'anchor';
      note(ctx, 'item-key-from-udvid');
      return udvid;
    }
    ctx.anchors.itemKey = 'none';
    return null;
  });
}

function langOf(doc: Document): string | null {
  try {
    const l = doc.documentElement?.getAttribute('lang');
    return l && l.trim() ? l.trim() : null;
  } catch {
    return null;
  }
}

/** The open upload dialog, or null. */
function openUploadDialog(doc: Document, ctx?: Ctx): Element | null {
  const dialogs = Array.from(doc.querySelectorAll(UPLOAD_DIALOG));
  for (const d of dialogs) {
    if (overlayClosed(d)) continue;
    if (ctx) {
      if (!d.hasAttribute('is-dialog-open')) note(ctx, 'upload-dialog-open-attr-absent');
      if (dialogs.length > 1) note(ctx, 'upload-dialog-multiple');
    }
    return d;
  }
  return null;
}

function newCtx(): Ctx {
  return { anchors: {}, notes: [], counts: {} };
}

function diagnostics(ctx: Ctx): Diagnostics {
  return { anchors: ctx.anchors, notes: ctx.notes, counts: ctx.counts };
}

function readUpload(doc: Document, dialog: Element, url: string, ctx: Ctx): StudioSnapshot {
  note(ctx, 'context-upload');
  const step = readStep(ctx, dialog);
  const visibility = safe<Visibility | null>(ctx, 'visibility', null, () => {
    const r = readRadios(ctx, dialog);
    ctx.anchors.visibility = r.value ? r.kind : 'none';
    if (r.found === 0) note(ctx, 'visibility-step-not-rendered');
    return r.value;
  });
  return {
    app: 'studio',
    url,
    itemKey: uploadItemKey(ctx, dialog, url),
    lang: langOf(doc),
    context: 'upload',
    step,
    visibility,
    title: readText(ctx, dialog, 'title'),
    description: readText(ctx, dialog, 'description'),
    madeForKids: readKids(ctx, dialog),
    diagnostics: diagnostics(ctx),
  };
}

function readEditVisibility(doc: Document, ctx: Ctx): Visibility | null {
  // 1. An open visibility popup: its pending choice wins over the card.
  const popups = queryAll(doc, EDIT_POPUP, UPLOAD_DIALOG);
  ctx.counts.visibilityPopups = popups.length;
  const open = popups.find((p) => !overlayClosed(p));
  if (open) {
    note(ctx, 'visibility-popup-open');
    const r = readRadios(ctx, open);
    if (r.value) {
      ctx.anchors.visibility = r.kind;
      note(ctx, 'visibility-from-popup');
      return r.value;
    }
    // The card is older news than the choice being made in the open popup: falling back to it could pass a
    // pending Public. Unknown until the popup closes or becomes readable.
    note(ctx, 'visibility-popup-unreadable');
    ctx.anchors.visibility = 'none';
    return null;
  }
  // 2. The card text (pending value until the page-level Save).
  const cards = queryAll(doc, 'ytcp-video-metadata-visibility', UPLOAD_DIALOG);
  ctx.counts.visibilityCards = cards.length;
  for (const card of cards) {
    const textEl = card.querySelector('#visibility-text');
    if (!textEl) continue;
    const v = visibilityFromText(textEl.textContent ?? '');
    if (v) {
      ctx.anchors.visibility = 'label';
      note(ctx, 'visibility-from-card');
      return v;
    }
    note(ctx, 'visibility-card-text-unknown');
  }
  if (cards.length === 0) note(ctx, 'visibility-card-absent');
  ctx.anchors.visibility = 'none';
  return null;
}

function readEdit(doc: Document, url: string, videoId: string, ctx: Ctx): StudioSnapshot {
  note(ctx, 'context-edit');
  ctx.anchors.itemKey = 'anchor';
  ctx.anchors.step = 'none';
  const visibility = safe<Visibility | null>(ctx, 'visibility', null, () => readEditVisibility(doc, ctx));
  return {
    app: 'studio',
    url,
    itemKey: videoId,
    lang: langOf(doc),
    context: 'edit',
    step: null,
    visibility,
    title: readText(ctx, doc, 'title', UPLOAD_DIALOG),
    description: readText(ctx, doc, 'description', UPLOAD_DIALOG),
    madeForKids: readKids(ctx, doc, `${UPLOAD_DIALOG},${EDIT_POPUP}`),
    diagnostics: diagnostics(ctx),
  };
}

/**
 * Read YouTube Studio: the open upload dialog (any step) wins; otherwise the video edit page
 * (studio.youtube.com/video/<id>/edit). Anything else (dashboard, content list) → null.
 */
export function readStudio(doc: Document, url: string): StudioSnapshot | null {
  const ctx = newCtx();
  try {
    const dialog = openUploadDialog(doc, ctx);
    if (dialog) return readUpload(doc, dialog, url, ctx);
    const videoId = studioVideoId(url);
    if (videoId) return readEdit(doc, url, videoId, ctx);
    return null;
  } catch {
    // Last resort: never throw into the page.
    const videoId = (() => {
      try {
        return studioVideoId(url);
      } catch {
        return null;
      }
    })();
    if (!videoId) return null;
    note(ctx, 'reader-error');
    return {
      app: 'studio',
      url,
      itemKey: videoId,
      lang: null,
      context: 'edit',
      step: null,
      visibility: null,
      title: null,
      description: null,
      madeForKids: null,
      diagnostics: {
        anchors: { visibility: 'none', title: 'none', description: 'none', madeForKids: 'none', step: 'none', itemKey: 'anchor' },
        notes: ctx.notes,
        counts: ctx.counts,
      },
    };
  }
}

/** Where the content script should observe: the open upload dialog, else the body (the dialog and popups are created on demand). */
export function studioObserveRoot(doc: Document): Element {
  try {
    const dialog = openUploadDialog(doc);
    if (dialog) return dialog;
  } catch {
    /* fall through */
  }
  return doc.body ?? doc.documentElement;
}
