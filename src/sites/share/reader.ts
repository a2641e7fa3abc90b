// Reader for the Google share dialog (Drive, Docs, Sheets, Slides) and the editors' Share button.
// Facts: ../shared/reference/share-dialog-and-youtube-studio-dom.md part A.
// - The dialog usually lives in a same-origin frame at /drivesharing/driveshare (§A.1), sometimes inline on
//   the top page; the Docs top frame always holds a hidden #document-details-bubble-container dialog (§0.4).
// - State is read through anchors that do not depend on the locale first (menu data-value 1/8/4,
//   [data-hovercard-id], jsname, ARIA), then through the label tables in ./labels.ts.
// Pure: no chrome.*, no globals, no layout reads except getClientRects for hidden chips (§A.4), guarded for jsdom.
import type { AnchorKind, Diagnostics, GeneralAccess, ShareRole, SharePerson, ShareSnapshot } from '../../core/schema';
import { memoized } from '../../core/memo';
import { normText } from '../../core/text';
import { elementOf, type Changes } from '../changes';
import { docsEditorId, isShareDialogFrame, shareFrameItemId } from '../detect';
import {
  GA_ARIA_SUFFIX,
  GA_DATA_VALUES,
  GA_HEADINGS,
  GA_SUBTITLES,
  GA_VALUE_LABELS,
  ICON_LIGATURES,
  LINK_ROLE_PHRASES,
  type LinkRole,
  ROLE_LABELS,
  SHARE_BUTTON_PREFIX,
  SHARE_BUTTON_STATES,
  TITLE_PATTERNS,
  TITLE_SUFFIX,
} from './labels';

const HIDDEN_DIALOG_ID = 'document-details-bubble-container';
const MAX_PEOPLE_ELEMENTS = 5000;
const MAX_NAME = 200;
const EMAIL_RE = /[^\s@<>()"'，,;；]+@[^\s@<>()"'，,;；]+\.[^\s@<>()"'，,;；]+/;
const ROW_SELECTOR = 'li, [role="menuitem"], [role="listitem"], [role="row"]';

// ---------- small helpers ----------

function newDiagnostics(): Diagnostics {
  return { anchors: {}, notes: [], counts: {} };
}

function note(d: Diagnostics, n: string): void {
  if (!d.notes.includes(n)) d.notes.push(n);
}

/** Run a risky part; on a throw, record a structural note and return the fallback. */
function safely<T>(d: Diagnostics, what: string, fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    note(d, `${what}-error`);
    return fallback;
  }
}

/**
 * normText, memoised per distinct string (bounded): a 500-person dialog has ~2,500 short texts (names, addresses,
 * role words) that are NFKC-normalised on every re-scan otherwise (issue 9). Pure: same input, same output.
 */
const norm = memoized(normText, 4096, 200);

/** NFKC, lower case, without icon ligatures ("checkRestricted" → "restricted", "Editor arrow_drop_down" → "editor"). */
function cleanLabel(s: string | null | undefined): string {
  let t = norm(s ?? '').toLowerCase();
  for (const lig of ICON_LIGATURES) {
    if (t.startsWith(lig) && t.length > lig.length) t = t.slice(lig.length).trim();
    if (t.endsWith(lig) && t.length > lig.length) t = t.slice(0, -lig.length).trim();
  }
  return t;
}

function textOf(el: Element | null | undefined): string {
  return el ? norm(el.textContent ?? '') : '';
}

/** Exact label, or the label followed by something that is not a Latin letter ("editor (you)", not "editorial"). */
/** The entry `text` names (equal to one of its labels, or, unless `exact`, starting with one as a whole word), and that label. */
function matchLabel<T>(table: ReadonlyArray<readonly [T, readonly string[]]>, text: string, exact = false): [T, string] | null {
  if (!text) return null;
  for (const [value, labels] of table) {
    for (const l of labels) {
      if (text === l) return [value, l];
      if (!exact && text.startsWith(l) && !/[a-z]/.test(text.charAt(l.length))) return [value, l];
    }
  }
  return null;
}

function matchTable<T>(table: ReadonlyArray<readonly [T, readonly string[]]>, text: string, exact = false): T | null {
  return matchLabel(table, text, exact)?.[0] ?? null;
}

function exactRole(raw: string): ShareRole | null {
  return matchTable(ROLE_LABELS, cleanLabel(raw), true);
}

function gaFromText(raw: string | null | undefined): GeneralAccess | null {
  return matchTable(GA_VALUE_LABELS, cleanLabel(raw));
}

function roleFromText(raw: string | null | undefined): ShareRole | null {
  // "Editor. change permission" → "editor"; also 「編輯者。變更權限」 if localised that way.
  const first = cleanLabel(raw).split(/[.。]/)[0]?.trim() ?? '';
  const m = matchLabel(ROLE_LABELS, first);
  if (!m) return null;
  // "Editor Viewer": a text that goes on to name another role says nothing reliable about either
  const [role, label] = m;
  const rest = first.slice(label.length);
  return ROLE_LABELS.some(([r, labels]) => r !== role && labels.some((l) => rest.includes(l))) ? null : role;
}

function subtitleGa(raw: string): GeneralAccess | null {
  const t = cleanLabel(raw);
  for (const [value, re] of GA_SUBTITLES) if (re.test(t)) return value;
  return null;
}

function phraseRole(raw: string): LinkRole | null {
  const t = cleanLabel(raw);
  for (const [value, re] of LINK_ROLE_PHRASES) if (re.test(t)) return value;
  return null;
}

function isHiddenByMarkup(el: Element): boolean {
  const hidden = el.closest('[hidden], [aria-hidden="true"]');
  if (hidden) return true;
  for (let n: Element | null = el; n; n = n.parentElement) {
    const style = n.getAttribute('style') ?? '';
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  }
  return false;
}

function inHiddenDocDetails(el: Element): boolean {
  return el.closest(`#${HIDDEN_DIALOG_ID}`) !== null || el.querySelector(`#${HIDDEN_DIALOG_ID}`) !== null;
}

function parseTitle(raw: string | null | undefined): string | null {
  const t = normText(raw ?? '');
  if (!t) return null;
  for (const re of TITLE_PATTERNS) {
    const m = re.exec(t);
    if (m && m[1] !== undefined) return m[1];
  }
  return null;
}

function langOf(doc: Document, el?: Element | null): string | null {
  const l = el?.closest('[lang]')?.getAttribute('lang') || doc.documentElement?.getAttribute('lang') || '';
  return l.trim() || null;
}

/** File id from the share frame (?id=), an editor URL, or a Drive /file/d/<id> URL. */
function itemKeyOf(url: string): string | null {
  const id = shareFrameItemId(url) ?? docsEditorId(url)?.id ?? null;
  if (id) return id;
  try {
    const m = /^\/file(?:\/u\/\d+)?\/d\/([A-Za-z0-9_-]{10,})/.exec(new URL(url).pathname);
    return m?.[1] ?? null;
  } catch {
    return null;
  }
}

// ---------- finding the dialog ----------

interface FoundDialog {
  el: Element;
  /** item name parsed from the title, null when the title is missing or not recognised */
  title: string | null;
  notes: string[];
}

const TITLE_SEL = '[role="heading"], h1, h2';

/**
 * The item name from the dialog's title: aria-labelledby, aria-label, then its first ten headings, in that order;
 * null when none reads Share "…" / 共用「…」. The first heading is looked up alone first (querySelector stops there):
 * with 500 people, collecting every heading of the dialog on every read was the largest cost of a re-read (issue 9).
 */
function dialogTitle(dialog: Element): string | null {
  const doc = dialog.ownerDocument;
  const labelledBy = dialog.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const id of labelledBy.split(/\s+/)) {
      const t = id ? doc.getElementById(id) : null;
      const title = t ? parseTitle(t.textContent) : null;
      if (title !== null) return title;
    }
  }
  const aria = parseTitle(dialog.getAttribute('aria-label'));
  if (aria !== null) return aria;
  const first = dialog.querySelector(TITLE_SEL);
  if (!first) return null;
  const title = parseTitle(first.textContent);
  if (title !== null) return title;
  for (const h of Array.from(dialog.querySelectorAll(TITLE_SEL)).slice(1, 10)) {
    const t = parseTitle(h.textContent);
    if (t !== null) return t;
  }
  return null;
}

function hasShareAnchors(el: Element): boolean {
  return (
    el.querySelector(
      'button[aria-label$="change general access"], div[jsname="nfek"] button[jsname="dLruDf"], ul[jsname="rymPhb"]',
    ) !== null
  );
}

function findDialog(doc: Document, inFrame: boolean): FoundDialog | null {
  const all = Array.from(doc.querySelectorAll('[role="dialog"]'));
  const candidates = all.filter((el) => !inHiddenDocDetails(el) && !isHiddenByMarkup(el));
  // 1. A dialog whose heading reads Share "…" / 共用「…」 (both variants).
  for (const el of candidates) {
    const title = dialogTitle(el);
    if (title !== null) return { el, title, notes: [] };
  }
  // 2. A dialog carrying the documented share anchors, title not recognised (both variants).
  for (const el of candidates) {
    if (hasShareAnchors(el)) return { el, title: null, notes: ['title-unrecognized'] };
  }
  if (!inFrame) return null;
  // 3. In the share frame any visible, non-empty dialog is the share dialog, even if its structure changed.
  //    An empty shell (seen after close and re-open, §A.2) is not an open dialog.
  for (const el of candidates) {
    if (textOf(el) !== '') return { el, title: null, notes: ['title-unrecognized', 'dialog-structure-unrecognized'] };
  }
  // 4. No role=dialog in the frame at all: the Drive panel (div.asdCEb with "General access") or bare anchors.
  //    (A dialog that exists but is hidden means the dialog is closed.)
  if (all.length > 0) return null;
  const body = doc.body;
  if (body && hasShareAnchors(body)) return { el: body, title: null, notes: ['dialog-role-absent', 'title-unrecognized'] };
  for (const panel of Array.from(doc.querySelectorAll('div.asdCEb'))) {
    if (GA_HEADINGS.some((h) => cleanLabel(panel.textContent).includes(h)) && !isHiddenByMarkup(panel)) {
      return { el: panel, title: null, notes: ['dialog-role-absent', 'title-unrecognized'] };
    }
  }
  return null;
}

// ---------- general access and link role ----------

interface AccessRead {
  generalAccess: GeneralAccess | null;
  gaAnchor: AnchorKind;
  linkRole: LinkRole | null;
  roleAnchor: AnchorKind;
}

function readMenu(dialog: Element, d: Diagnostics): GeneralAccess | null {
  const doc = dialog.ownerDocument;
  // Menus may be rendered outside the dialog node; the jsname is specific to the share dialog.
  const menus = [
    ...Array.from(dialog.querySelectorAll('ul[jsname="rymPhb"]')),
    ...Array.from(doc.querySelectorAll('ul[jsname="rymPhb"]')),
  ];
  const menu = menus.find((m) => !inHiddenDocDetails(m));
  if (!menu) return null;
  const items = Array.from(menu.querySelectorAll('li[role="menuitemradio"][data-value]'));
  d.counts.gaMenuItems = items.length;
  const checked = items.filter(
    (li) => li.getAttribute('aria-checked') === 'true' || li.getAttribute('aria-selected') === 'true',
  );
  if (checked.length !== 1) {
    note(d, checked.length === 0 ? 'ga-menu-none-checked' : 'ga-menu-several-checked');
    return null;
  }
  const value = GA_DATA_VALUES[checked[0]!.getAttribute('data-value') ?? ''];
  if (!value) note(d, 'ga-menu-unknown-value');
  return value ?? null;
}

const HEADING_SEL = 'h1, h2, h3, h4, [role="heading"], div, span';
const isGaHeading = (el: Element) => el.children.length === 0 && GA_HEADINGS.includes(cleanLabel(el.textContent));
/** The first "General access" / 一般存取權 leaf under `root`. */
const gaHeadingIn = (root: Element): Element | null => Array.from(root.querySelectorAll(HEADING_SEL)).find(isGaHeading) ?? null;

/**
 * The label route's heading from the previous read (issue 9): finding it means looking at every leaf of the dialog,
 * thousands with 500 people. It is kept while every change since lies inside the people rows (which are checked for a
 * heading of their own) or inside the heading's section (which is searched again: nothing before it changed, so its
 * first heading is still the dialog's first).
 */
let lastHeading: { dialog: Element; heading: Element; section: Element } | null = null;

function findHeading(dialog: Element, reuse: ReuseHint | null): Element | null {
  const last = lastHeading;
  if (reuse && last && last.dialog === dialog && last.section.isConnected && dialog.contains(last.section)) {
    let ok = true;
    for (const n of reuse.outsideRows) {
      if (!last.section.contains(n)) {
        ok = false;
        break;
      }
    }
    if (ok && reuse.dirtyRows.some((r) => isGaHeading(r) || gaHeadingIn(r))) ok = false;
    if (ok) {
      const again = gaHeadingIn(last.section);
      if (again) return again;
    }
  }
  return gaHeadingIn(dialog);
}

/** The general access control and the section around it (heading, subtitle, link-role control). */
function findGaControl(dialog: Element, reuse: ReuseHint | null = null): { button: Element | null; section: Element | null; via: AnchorKind } {
  const button =
    dialog.querySelector('div[jsname="nfek"] button[jsname="dLruDf"]') ??
    dialog.querySelector('button[aria-label$="change general access"]');
  if (button) {
    lastHeading = null; // (kept only from one label-route read to the next)
    const section =
      button.closest('div[jsname="nfek"]') ??
      button.closest('.u5mDnb') ??
      ancestorWith(button, dialog, (a) => hasGaHeading(a) || a.querySelector('.RJS6zb') !== null) ??
      button.parentElement;
    return { button, section: section && dialog.contains(section) ? section : button.parentElement, via: 'anchor' };
  }
  // Label route: the "General access" / 一般存取權 heading, then the nearest block holding a control.
  const heading = findHeading(dialog, reuse);
  lastHeading = null;
  if (!heading) return { button: null, section: null, via: 'none' };
  const section = ancestorWith(heading, dialog, (a) => controlsIn(a).length > 0);
  if (!section) return { button: null, section: null, via: 'none' };
  lastHeading = { dialog, heading, section };
  const gaButton = controlsIn(section).find((b) => gaFromText(b.textContent) !== null) ?? null;
  return { button: gaButton, section, via: 'label' };
}

function hasGaHeading(el: Element): boolean {
  return Array.from(el.querySelectorAll('h3, [role="heading"]')).some((h) => GA_HEADINGS.includes(cleanLabel(h.textContent)));
}

function ancestorWith(from: Element, stop: Element, pred: (a: Element) => boolean, maxDepth = 5): Element | null {
  let a = from.parentElement;
  for (let i = 0; a && i < maxDepth; i++, a = a.parentElement) {
    if (pred(a)) return a;
    if (a === stop) break;
  }
  return null;
}

/** Buttons in a block that are not person-role buttons of a people row. */
function controlsIn(section: Element): Element[] {
  return Array.from(section.querySelectorAll('button, [role="button"], [aria-haspopup]')).filter((b) => {
    if (/change permission\s*$/i.test(b.getAttribute('aria-label') ?? '')) return false;
    const row = b.closest(ROW_SELECTOR);
    return !(row && row.querySelector('[data-hovercard-id]'));
  });
}

function readAccess(dialog: Element, d: Diagnostics, reuse: ReuseHint | null): AccessRead {
  const out: AccessRead = { generalAccess: null, gaAnchor: 'none', linkRole: null, roleAnchor: 'none' };
  const fromMenu = safely(d, 'ga-menu', () => readMenu(dialog, d), null);
  const { button, section, via } = safely(d, 'ga-control', () => findGaControl(dialog, reuse), {
    button: null,
    section: null,
    via: 'none' as AnchorKind,
  });
  if (!button && !section) note(d, 'ga-control-absent');

  // Value from the button: aria-label prefix ("Restricted change general access") or its text.
  let fromButton: GeneralAccess | null = null;
  if (button) {
    const aria = button.getAttribute('aria-label') ?? '';
    fromButton = GA_ARIA_SUFFIX.test(aria) ? gaFromText(aria.replace(GA_ARIA_SUFFIX, '')) : null;
    fromButton ??= gaFromText(button.textContent);
  }
  // Subtitle: .RJS6zb, else any short text in the section.
  const subtitleEls = section
    ? [
        ...Array.from(section.querySelectorAll('.RJS6zb')),
        ...Array.from(section.querySelectorAll('div, span, p')).filter((e) => e.children.length === 0),
      ]
    : Array.from(dialog.querySelectorAll('.RJS6zb'));
  let fromSubtitle: GeneralAccess | null = null;
  let subtitleRole: LinkRole | null = null;
  for (const el of subtitleEls) {
    const t = el.textContent ?? '';
    if (t.length > 300) continue;
    const ga = subtitleGa(t);
    if (ga) {
      fromSubtitle = ga;
      subtitleRole = phraseRole(t);
      break;
    }
  }

  if (fromMenu) {
    out.generalAccess = fromMenu;
    out.gaAnchor = 'anchor';
    if (fromButton && fromButton !== fromMenu) note(d, 'ga-menu-disagrees-with-button');
  } else if (fromButton) {
    out.generalAccess = fromButton;
    out.gaAnchor = 'label';
    if (fromSubtitle && fromSubtitle !== fromButton) note(d, 'ga-subtitle-disagrees');
  } else if (fromSubtitle) {
    // The organisation's value is the org's own name: known only from data-value 8 or its subtitle.
    out.generalAccess = fromSubtitle;
    out.gaAnchor = 'label';
  } else if (button || section) {
    note(d, 'ga-value-unrecognized');
  }
  if (via === 'label' && out.generalAccess) note(d, 'ga-control-by-heading');

  // Link role: only meaningful when the link grants access.
  if (out.generalAccess && out.generalAccess !== 'restricted') {
    let role: LinkRole | null = null;
    if (section) {
      for (const c of controlsIn(section)) {
        if (c === button || (button && (button.contains(c) || c.contains(button)))) continue;
        const r = roleFromText(c.getAttribute('aria-label')) ?? roleFromText(c.textContent);
        if (r && r !== 'owner') {
          role = r;
          break;
        }
      }
    }
    if (role) {
      out.linkRole = role;
      out.roleAnchor = 'label';
    } else if (subtitleRole) {
      out.linkRole = subtitleRole;
      out.roleAnchor = 'label';
    } else {
      note(d, 'link-role-unrecognized');
    }
  }
  return out;
}

// ---------- people ----------

/**
 * Which of these elements have a layout box, or null when the page has no layout (jsdom: getClientRects() is empty
 * everywhere). `probe` is looked at first, so a page with layout is recognised without reading every element.
 */
function visibleCount(els: Element[], probe: Element): ((el: Element) => boolean) | null {
  const boxes = (el: Element) => {
    try {
      return typeof el.getClientRects === 'function' ? el.getClientRects().length : 0;
    } catch {
      return 0;
    }
  };
  let any = boxes(probe) > 0;
  const vis = new Map<Element, boolean>();
  for (const el of els) {
    const n = boxes(el);
    vis.set(el, n > 0);
    if (n > 0) any = true;
  }
  return any ? (el) => vis.get(el) ?? true : null;
}

function leafTexts(root: Element, skip?: Element): Array<{ text: string; node: Node }> {
  const out: Array<{ text: string; node: Node }> = [];
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && out.length < 40; n = walker.nextNode()) {
    if (skip && skip.contains(n)) continue;
    const p = n.parentElement;
    if (p && (p.tagName === 'SCRIPT' || p.tagName === 'STYLE')) continue;
    const text = norm(n.textContent ?? '');
    if (text) out.push({ text, node: n });
  }
  return out;
}

/** One person element: who, and the people row of the dialog it sits in (null: outside any row). */
function readPerson(el: Element, dialog: Element): PersonEntry {
  const rawRow = el.closest(ROW_SELECTOR);
  const row = rawRow && dialog.contains(rawRow) ? rawRow : null;
  const id = norm(el.getAttribute('data-hovercard-id') ?? '');
  let email: string | null = id || null;
  if (!id.includes('@')) {
    const found = EMAIL_RE.exec(textOf(row ?? el))?.[0];
    if (found) email = found;
  }
  // Name: the first text in the person element that is not the address or a role word.
  const isMeta = (t: string) => t.includes('@') || (email !== null && t === email) || exactRole(t) !== null;
  const own = leafTexts(el).filter((x) => !isMeta(x.text));
  const nameNode = own[0] ?? (row ? leafTexts(row).find((x) => !isMeta(x.text)) : undefined);
  const name = (nameNode?.text ?? email ?? '').slice(0, MAX_NAME);

  // Role: the row's menu button ("Editor. change permission"), else a role word elsewhere in the row.
  let role: ShareRole | null = null;
  if (row) {
    const btn = Array.from(row.querySelectorAll('button[aria-haspopup="menu"], [role="button"][aria-haspopup]')).find(
      (b) => !el.contains(b) || b === el,
    );
    if (btn) role = roleFromText(btn.getAttribute('aria-label')) ?? roleFromText(btn.textContent);
    if (!role) {
      for (const x of leafTexts(row, el === row ? undefined : el)) {
        if (x.node === nameNode?.node) continue;
        const r = exactRole(x.text);
        if (r) {
          role = r;
          break;
        }
      }
    }
  }
  return { person: { name, email, role }, row };
}

/**
 * Per-person cache for incremental re-reads (issue 9): a person element is read again only when a change lies inside
 * its row or inside it. Dropped when the dialog is another one, when the changes are unknown, or when children or text
 * changed in an element that holds people (rows may have come, gone or moved).
 */
interface PersonEntry {
  person: SharePerson;
  row: Element | null;
}
const PERSON_SEL = '[data-hovercard-id]';

/** What a change set means for the people rows: which rows/people changed, and the changes outside every row. */
interface ReuseHint {
  dirty: Set<Element>;
  dirtyRows: Element[];
  outsideRows: Node[];
}

function reuseHint(dialog: Element, changed: Changes | null): ReuseHint | null {
  if (!changed || !peopleRead || peopleRead.dialog !== dialog || !dialog.isConnected) return null;
  const dirty = new Set<Element>();
  const dirtyRows: Element[] = [];
  const outsideRows: Node[] = [];
  for (const n of changed.nodes) {
    const e = elementOf(n);
    if (!e || !e.isConnected) return null;
    const shapes = changed.structure.has(n) || changed.text.has(n);
    if (shapes && (e.matches(PERSON_SEL) || e.querySelector(PERSON_SEL))) return null;
    let inRow = false;
    for (let r = e.closest(ROW_SELECTOR); r; r = r.parentElement?.closest(ROW_SELECTOR) ?? null) {
      if (!dirty.has(r)) {
        dirty.add(r);
        dirtyRows.push(r);
      }
      inRow = true;
    }
    for (let h = e.closest(PERSON_SEL); h; h = h.parentElement?.closest(PERSON_SEL) ?? null) dirty.add(h);
    if (!inRow && shapes) outsideRows.push(n);
  }
  // children changed outside every row: the last row of a list may have gone, leaving no element that holds people
  // behind to say so (only then is every person looked at; typing and toggles never are)
  if (outsideRows.length && peopleRead.limited.some((el) => !el.isConnected)) return null;
  return { dirty, dirtyRows, outsideRows };
}

/**
 * The previous read's people. Each person's read is reused until a change lies inside its row or inside it (`map`);
 * when no person element and no row holding one changed, the list of person elements is the same too (adding or
 * removing one is a childList change in an element holding people, which drops everything) and is reused whole.
 * Only visibility is looked at again, when some person sits outside a row (the only ones a hidden chip can be).
 */
let peopleRead: {
  dialog: Element;
  map: WeakMap<Element, PersonEntry>;
  limited: Element[];
  reads: Array<PersonEntry | null>;
  els: number;
  rows: Set<Element>;
  /** people outside any row (the only ones whose visibility matters) */
  loose: Element[];
  /** the merged list and its counts, kept while `reads` is reused and no person sits outside a row */
  merged: { people: SharePerson[]; counts: Record<string, number> } | null;
} | null = null;

function readPeople(dialog: Element, d: Diagnostics, reuse: ReuseHint | null): SharePerson[] | null {
  // (a reuse hint exists only for the dialog `peopleRead` was read from)
  const last = reuse ? peopleRead : null;
  let read: NonNullable<typeof peopleRead>;
  if (last && reuse && ![...reuse.dirty].some((e) => last.rows.has(e) || last.map.has(e))) {
    read = last;
  } else {
    const all = Array.from(dialog.querySelectorAll(PERSON_SEL));
    // Autocomplete suggestions while typing in "Add people" are not people with access.
    const els = all.filter((el) => !el.closest('[role="listbox"]') && el.getAttribute('role') !== 'option');
    const limited = els.slice(0, MAX_PEOPLE_ELEMENTS);
    const map = last?.map ?? new WeakMap<Element, PersonEntry>();
    const reads = limited.map((el) => {
      const hit = last ? map.get(el) : undefined;
      if (hit && !reuse!.dirty.has(el) && !(hit.row && reuse!.dirty.has(hit.row))) return hit;
      const r = safely(d, 'person', () => readPerson(el, dialog), null);
      if (r) map.set(el, r);
      else map.delete(el);
      return r;
    });
    const rows = new Set<Element>();
    for (const r of reads) if (r?.row) rows.add(r.row);
    const loose = limited.filter((_, i) => reads[i] && !reads[i]!.row);
    read = peopleRead = { dialog, map, limited, reads, els: els.length, rows, loose, merged: null };
  }
  const { limited, reads, loose, els: elsCount } = read;
  d.counts.peopleElements = elsCount;
  if (elsCount === 0) {
    note(d, 'people-absent');
    return null;
  }
  if (elsCount > MAX_PEOPLE_ELEMENTS) note(d, 'people-truncated');
  if (read.merged) {
    // same reads, every person in a row: the same list (the same objects, which the share rules key on)
    Object.assign(d.counts, read.merged.counts);
    return read.merged.people;
  }
  // Hidden chips duplicate addresses (§A.4); a collapsed "People with access" row is still access. Only people
  // outside a row can be skipped, so only their boxes are read: no layout read at all when every person is in a row.
  const isVisible = loose.length > 0 ? visibleCount(loose, dialog) : null;
  if (loose.length > 0 && !isVisible) note(d, 'layout-unavailable');
  const byKey = new Map<string, SharePerson>();
  let hiddenSkipped = 0;
  for (let i = 0; i < limited.length; i++) {
    const r = reads[i];
    if (!r) continue;
    const el = limited[i]!;
    if (isVisible && !isVisible(el) && !r.row) {
      hiddenSkipped++;
      continue;
    }
    const key = r.person.email ? `e:${r.person.email.toLowerCase()}` : `n:${r.person.name}`;
    const prev = byKey.get(key);
    if (!prev) byKey.set(key, { ...r.person }); // a copy: merging below must not change the cached read
    else {
      if (!prev.role && r.person.role) prev.role = r.person.role;
      if ((!prev.name || prev.name === prev.email) && r.person.name) prev.name = r.person.name;
    }
  }
  const people = Array.from(byKey.values());
  const counts: Record<string, number> = { people: people.length, peopleWithoutRole: people.filter((p) => p.role === null).length };
  if (hiddenSkipped) counts.peopleHidden = hiddenSkipped;
  Object.assign(d.counts, counts);
  if (loose.length === 0) read.merged = { people, counts };
  return people;
}

// ---------- public API ----------

/**
 * Read the open share dialog: inside the /drivesharing/driveshare frame document, or the inline
 * variant on the top page. Returns null when no share dialog is open (so findings clear when it closes).
 */
export function readShareDialog(root: Document, url: string, changed: Changes | null = null): ShareSnapshot | null {
  const d = newDiagnostics();
  let found: FoundDialog | null = null;
  lastDialog = null;
  try {
    found = findDialog(root, isShareDialogFrame(url));
  } catch {
    return null;
  }
  lastDialog = { doc: root, el: found?.el ?? null };
  if (!found) return null;
  const dialog = found.el;
  for (const n of found.notes) note(d, n);
  d.notes.push(isShareDialogFrame(url) ? 'variant-frame' : 'variant-inline');

  const itemName = found.title;
  d.anchors.itemName = itemName !== null ? 'label' : 'none';
  // what the changes since the previous read mean for this dialog (computed before anything is re-read)
  const reuse = safely(d, 'changes', () => reuseHint(dialog, changed), null);
  const access = safely(d, 'access', () => readAccess(dialog, d, reuse), {
    generalAccess: null,
    gaAnchor: 'none' as AnchorKind,
    linkRole: null,
    roleAnchor: 'none' as AnchorKind,
  });
  d.anchors.generalAccess = access.gaAnchor;
  d.anchors.linkRole = access.roleAnchor;
  const people = safely(d, 'people', () => readPeople(dialog, d, reuse), null);
  d.anchors.people = people ? 'anchor' : 'none';

  return {
    app: 'share',
    url,
    itemKey: itemKeyOf(url),
    lang: langOf(root, dialog),
    context: 'dialog',
    itemName,
    generalAccess: access.generalAccess,
    linkRole: access.linkRole,
    people,
    diagnostics: d,
  };
}

function parseButtonState(raw: string): { ga: GeneralAccess | null; role: LinkRole | null } {
  const t = cleanLabel(raw).replace(SHARE_BUTTON_PREFIX, '');
  let ga: GeneralAccess | null = null;
  for (const [value, re] of SHARE_BUTTON_STATES) {
    if (re.test(t)) {
      ga = value;
      break;
    }
  }
  return { ga, role: ga && ga !== 'restricted' ? phraseRole(t) : null };
}

function embeddedStrings(json: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown, depth: number) => {
    if (depth > 6 || out.length > 50) return;
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, depth + 1));
    else if (v && typeof v === 'object') Object.values(v).forEach((x) => walk(x, depth + 1));
  };
  try {
    walk(JSON.parse(json), 0);
  } catch {
    out.push(json);
  }
  return out;
}

/**
 * Top frame of a Docs/Sheets/Slides/Forms editor: the state the Share button announces
 * ("Share. Anyone with the link."). People are not shown there, so `people` is null.
 * Returns null when the page has no Share button.
 */
export function readShareButton(doc: Document, url: string): ShareSnapshot | null {
  const d = newDiagnostics();
  let btn: Element | null = null;
  let container: Element | null = null;
  try {
    container = doc.getElementById('docs-titlebar-share-client-button');
    btn =
      container?.querySelector('div[role="button"]') ??
      (container?.getAttribute('role') === 'button' ? container : null) ??
      doc.querySelector('#docs-titlebar [role="button"][aria-label^="Share. "]');
  } catch {
    return null;
  }
  if (!btn) return null;

  let generalAccess: GeneralAccess | null = null;
  let linkRole: LinkRole | null = null;
  const aria = btn.getAttribute('aria-label') ?? '';
  const fromAria = safely(d, 'button-label', () => parseButtonState(aria), { ga: null, role: null });
  if (fromAria.ga) {
    generalAccess = fromAria.ga;
    linkRole = fromAria.role;
    d.anchors.generalAccess = 'label';
  } else {
    // vsjson on the container carries a JSON summary (§A.3, single source).
    const vs = container?.getAttribute('vsjson') ?? btn.getAttribute('vsjson');
    const fromVs = vs
      ? safely(
          d,
          'vsjson',
          () => embeddedStrings(vs).map(parseButtonState).find((s) => s.ga !== null) ?? null,
          null,
        )
      : null;
    if (fromVs?.ga) {
      generalAccess = fromVs.ga;
      linkRole = fromVs.role;
      d.anchors.generalAccess = 'embedded';
    } else {
      d.anchors.generalAccess = 'none';
      note(d, aria ? 'share-button-state-unrecognized' : 'share-button-label-absent');
    }
  }
  d.anchors.linkRole = linkRole ? 'label' : 'none';
  if (generalAccess && generalAccess !== 'restricted' && !linkRole) note(d, 'link-role-not-in-button');

  let itemName: string | null = null;
  const input = doc.querySelector('input.docs-title-input') as HTMLInputElement | null;
  const fromInput = normText(input ? input.value || input.getAttribute('value') || '' : '');
  if (fromInput) {
    itemName = fromInput;
    d.anchors.itemName = 'anchor';
  } else {
    const title = normText(doc.title ?? '');
    const stripped = title.replace(TITLE_SUFFIX, '');
    if (stripped && stripped !== title) {
      itemName = stripped;
      d.anchors.itemName = 'label';
    } else {
      d.anchors.itemName = 'none';
      note(d, 'item-name-unreadable');
    }
  }
  // "Private to only me": nobody but the owner has access, so the (owner-excluded) people list is empty.
  // Any other state: people are not shown next to the button.
  const privateToMe = generalAccess === 'restricted';
  d.anchors.people = privateToMe ? 'label' : 'none';
  note(d, 'variant-button');

  return {
    app: 'share',
    url,
    itemKey: itemKeyOf(url),
    lang: langOf(doc),
    context: 'button',
    itemName,
    generalAccess,
    linkRole,
    people: privateToMe ? [] : null,
    diagnostics: d,
  };
}

/** The dialog the last readShareDialog found in a document (el: null when it found none). */
let lastDialog: { doc: Document; el: Element | null } | null = null;

/**
 * The smallest subtree to observe: the open share dialog once it exists, the body otherwise. The guard asks right
 * after each read, so the dialog that read found is the answer (looking for it again costs a query over the whole
 * page: a 1,000-question form, issue 9).
 * Call again when the returned element is disconnected (the frame tears down and recreates the dialog).
 */
export function shareObserveRoot(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  const last = lastDialog;
  if (last && last.doc === doc && (!last.el || last.el.isConnected)) return last.el ?? body;
  try {
    const found = findDialog(doc, isShareDialogFrame(doc.URL));
    if (found) return found.el;
  } catch {
    // fall through
  }
  return body;
}

/**
 * Top frame of an editor or Drive: the inline share dialog when one is open, else the Share button's state.
 * That answer depends only on dialogs, the title bar (Share button), the document title field and the page title.
 * A change set that touches none of them, inside or around (typing a question title, a card getting focused), cannot
 * change it, so the last answer stands: the top-frame guard then costs a few `closest()` calls per flush instead of
 * two queries over the whole page (issue 9).
 */
let lastTop: { doc: Document; url: string; snap: ShareSnapshot | null; watched: Element[] } | null = null;
const TOP_SEL = '[role="dialog"],#docs-titlebar,#docs-titlebar-share-client-button,input.docs-title-input,title';

function outsideShareUi(changed: Changes, watched: Element[]): boolean {
  // (a removal shows only as its parent changing: the elements the last read depended on must all still be there)
  if (!watched.every((w) => w.isConnected)) return false;
  for (const n of changed.nodes) {
    const e = elementOf(n);
    if (!e || !e.isConnected || e.closest(TOP_SEL) || e.querySelector(TOP_SEL)) return false;
  }
  return true;
}

/** Two URLs of one page that differ at most in the fragment: nothing a share reading depends on differs. */
const samePage = (a: string, b: string) => a === b || a.split('#')[0] === b.split('#')[0];

export function readShareTop(doc: Document, url: string, changed: Changes | null): ShareSnapshot | null {
  const last = lastTop;
  if (changed && last && last.doc === doc && samePage(last.url, url) && outsideShareUi(changed, last.watched)) {
    // a fragment navigation (Forms' Questions ↔ Settings is #settings): the same reading, at the new URL
    if (last.url !== url) {
      last.url = url;
      if (last.snap) last.snap = { ...last.snap, url };
    }
    return last.snap;
  }
  const snap = readShareDialog(doc, url, changed) ?? readShareButton(doc, url);
  lastTop = { doc, url, snap, watched: Array.from(doc.querySelectorAll(TOP_SEL)) };
  return snap;
}
