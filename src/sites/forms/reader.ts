// Google Forms editor reader: Document → FormsSnapshot. Pure, never throws, never judges.
//
// Two sources (reference/google-forms-dom.md §0.4):
//   - the live DOM: the Settings tab (label tables + the §3a "robust read") and the question cards (§5);
//   - the embedded FB_LOAD_DATA_ blob (§6), page-load state only.
// Precedence: a setting read from the rendered Settings panel wins over the blob; questions come from the DOM
// cards when there are any (they carry live edits), else from the blob. Neither → null (rules: unverified).
// Hash navigation (#settings / #responses / questions) needs nothing special: each call reads what is there.
import type { FormsItem, FormsSnapshot } from '../../core/schema';
import { memoized } from '../../core/memo';
import { normText } from '../../core/text';
import { elementOf, type Changes } from '../changes';
import { formsEditId } from '../detect';
import { readEmbedded, itemKindOf, type EmbeddedForm, type EmbeddedResult } from './fbdata';
import {
  CARD_LABELS,
  EMAIL_OPTIONS,
  settingAria,
  SETTING_LABELS,
  SETTINGS_PANEL_MARKERS,
  type SettingKey,
} from './labels';

type Diag = FormsSnapshot['diagnostics'];
type Settings = FormsSnapshot['settings'];

const MAX_TEXT = 20_000;
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without touching globals
const SHOW_ELEMENT = 1; // NodeFilter.SHOW_ELEMENT
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
const CONTROL_SEL =
  '[aria-checked],[role="switch"],[role="checkbox"],[role="listbox"],[aria-haspopup],input[type="checkbox"]';
const ITEM_ID = 'data-item-id';
const LABEL = 'aria-label';
const CARD_SEL = '[data-item-id]';
const CARD_ALT_SEL = '[jsname="Mxc6Ne"]';
const CARD_ANY_SEL = `${CARD_SEL},${CARD_ALT_SEL}`;
/** Question cards and tooltips: what the settings, form-text and marker lookups skip whole. */
const OUTSIDE_CARDS_SEL = `${CARD_ANY_SEL},[role="tooltip"]`;
/** Text that is never a settings label: editable text. */
const EDITABLE_TEXT_SEL = '[contenteditable="true"],textarea,input';
/** Inside these (outside the cards), text is never a settings label; their labelled elements still count. */
const NOT_LABEL_INNER_SEL = `script,style,noscript,template,${EDITABLE_TEXT_SEL}`;
/** Subtrees whose text is never a settings label: question cards, tooltips, scripts, styles, editable text. */
const NOT_LABEL_SEL = `${OUTSIDE_CARDS_SEL},${NOT_LABEL_INNER_SEL}`;

/** Display text: collapse whitespace, drop zero-width/bidi controls; no NFKC (detectors normalise for themselves). */
function clean(s: string): string {
  return s.replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Label lookup key: NFKC, lower case, no whitespace ("僅限回覆 1 次" = "僅限回覆1次"). aria-labels and label texts repeat
 * on every card (問題, 問題類型, 必填…): NFKC once per distinct string (issue 9).
 */
const key = memoized(keyOf, 2048, 200);
function keyOf(s: string): string {
  return normText(s).toLowerCase().replace(/\s+/g, '');
}

/** The keys of a label table, computed once per table. */
const TABLE_KEYS = new WeakMap<readonly string[], readonly string[]>();
function keysOf(labels: readonly string[]): readonly string[] {
  let ks = TABLE_KEYS.get(labels);
  if (!ks) TABLE_KEYS.set(labels, (ks = labels.map(keyOf)));
  return ks;
}

function cap(s: string, diag: Diag, what: string): string {
  if (s.length <= MAX_TEXT) return s;
  note(diag, `${what}-truncated`);
  return s.slice(0, MAX_TEXT);
}

function note(diag: Diag, n: string): void {
  if (!diag.notes.includes(n)) diag.notes.push(n);
}

function count(diag: Diag, k: string, by = 1): void {
  diag.counts[k] = (diag.counts[k] ?? 0) + by;
}

/** Hidden without a layout read: `hidden`, aria-hidden, inline display:none / visibility:hidden on the element or an ancestor. */
function isHiddenByAttr(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
    const st = e.getAttribute('style');
    if (st && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(st)) return true;
  }
  return false;
}

/** Whether this document has layout (a real browser) — jsdom reports no client rects for anything. */
function hasLayout(doc: Document): boolean {
  try {
    return (doc.body?.getClientRects().length ?? 0) > 0;
  } catch {
    return false;
  }
}

/**
 * Among duplicates of one control (reference §5: "use the visible/last one"), keep the visible ones
 * (attribute checks; client rects only when there is a tie and the page has layout), then take the last.
 */
function pickVisible<T extends { el: Element }>(cands: T[], doc: Document): { pick: T | null; duplicates: boolean } {
  if (cands.length === 0) return { pick: null, duplicates: false };
  let vis = cands.filter((c) => !isHiddenByAttr(c.el));
  if (vis.length === 0) vis = cands;
  if (vis.length > 1 && hasLayout(doc)) {
    const laidOut = vis.filter((c) => {
      try {
        return c.el.getClientRects().length > 0;
      } catch {
        return true;
      }
    });
    if (laidOut.length > 0) vis = laidOut;
  }
  return { pick: vis[vis.length - 1] ?? null, duplicates: vis.length > 1 };
}

/** The elements not inside another element of the list (order kept). Walks ancestors: O(n · depth), not O(n²). */
function outermost(els: Element[]): Element[] {
  if (els.length < 2) return els;
  const set = new Set(els);
  return els.filter((e) => {
    for (let a = e.parentElement; a; a = a.parentElement) if (set.has(a)) return false;
    return true;
  });
}

/** Is `el` one of `set`, inside one, or does it hold a card itself (`a.contains(p)` for some p)? */
function relatedToAny(el: Element, set: ReadonlySet<Element>): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) if (set.has(a)) return true;
  return el.querySelector(CARD_SEL) !== null;
}

function textOfEditable(el: Element): string {
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'input') {
    const v = (el as HTMLInputElement).value;
    return v || el.getAttribute('data-initial-value') || '';
  }
  return el.textContent ?? '';
}

// ---------------------------------------------------------------------------------------------
// Settings tab
// ---------------------------------------------------------------------------------------------

type ControlRead = { el: Element; value: boolean | 'none' | 'verified' | 'input' | null };

const LABEL_INDEX: Map<string, SettingKey> = (() => {
  const m = new Map<string, SettingKey>();
  for (const [k, labels] of Object.entries(SETTING_LABELS) as Array<[SettingKey, readonly string[]]>) {
    for (const l of labels) m.set(key(l), k);
  }
  return m;
})();

const EMAIL_INDEX: Map<string, 'none' | 'verified' | 'input'> = (() => {
  const m = new Map<string, 'none' | 'verified' | 'input'>();
  for (const [k, labels] of Object.entries(EMAIL_OPTIONS) as Array<['none' | 'verified' | 'input', readonly string[]]>) {
    for (const l of labels) m.set(key(l), k);
  }
  return m;
})();

/**
 * One walk over the page outside the question cards and tooltips (their subtrees are skipped whole): the elements
 * whose own text equals a settings label, per setting (text in <body>, outside scripts, styles and editable text),
 * and every element with an aria-label, in document order. A plain walk: a TreeWalker's filter calls back
 * into script for every card, and two of them cost ~5 ms per read of a 1,000-question form (issue 9).
 */
function walkOutsideCards(doc: Document): { labels: Map<SettingKey, Element[]>; pool: Element[] } {
  const labels = new Map<SettingKey, Element[]>();
  const pool: Element[] = [];
  const body = doc.body;
  const text = (n: Node, parent: Element) => {
    const data = n.nodeValue ?? '';
    if (data.trim() === '' || data.length > 120) return;
    let k = LABEL_INDEX.get(key(data));
    const kids = parent.childNodes.length;
    if (!k && kids > 1 && kids <= 6) {
      const whole = parent.textContent ?? '';
      if (whole.length <= 120) k = LABEL_INDEX.get(key(whole));
    }
    if (!k) return;
    const list = labels.get(k) ?? [];
    if (!list.includes(parent)) list.push(parent);
    labels.set(k, list);
  };
  // Document order without recursion (a hostile page may nest deeper than the stack). Per element entered:
  // 1 = the text right inside it may be a label, 2 = so may the text inside its child elements (only within <body>,
  // which is the label walk's root and so is never skipped for its descendants).
  const root = doc.documentElement;
  const open: number[] = [];
  let n: Node | null = root;
  while (n) {
    const top = open[open.length - 1] ?? 0;
    if (n.nodeType === 1) {
      const el = n as Element;
      if (!el.matches(OUTSIDE_CARDS_SEL)) {
        const first = el.firstChild;
        if (el.hasAttribute(LABEL)) pool.push(el);
        const inBody = (top & 2) > 0;
        const here = el === body ? !el.closest(NOT_LABEL_SEL) : inBody && !el.matches(NOT_LABEL_INNER_SEL);
        if (first) {
          open.push(+here | (el === body || (inBody && here) ? 2 : 0));
          n = first;
          continue;
        }
      }
    } else if (top & 1 && n.nodeType === 3) text(n, n.parentElement!);
    // the next node in document order after this one and everything under it
    while (n && n !== root && !n.nextSibling) {
      n = n.parentNode;
      open.pop();
    }
    n = n && n !== root ? n.nextSibling : null;
  }
  return { labels, pool };
}

function controlsWithin(el: Element): Element[] {
  const list: Element[] = [];
  if (el.matches(CONTROL_SEL)) list.push(el);
  for (const c of Array.from(el.querySelectorAll(CONTROL_SEL))) {
    if (c.closest('[data-item-id],[jsname="Mxc6Ne"]')) continue;
    list.push(c);
  }
  return outermost(list);
}

/** §3a robust read: walk up from the label to the nearest ancestor holding exactly one control. */
function controlForLabel(label: Element): Element | 'ambiguous' | null {
  const own = label.closest(CONTROL_SEL);
  if (own && !own.closest('[data-item-id]')) return own;
  let depth = 0;
  for (let anc: Element | null = label; anc && depth < 8; anc = anc.parentElement, depth++) {
    if (anc.tagName === 'BODY' || anc.tagName === 'HTML') return null;
    const controls = controlsWithin(anc);
    if (controls.length === 1) return controls[0]!;
    if (controls.length > 1) return 'ambiguous';
  }
  return null;
}

function readToggle(el: Element): boolean | null {
  const ac = el.getAttribute('aria-checked');
  if (ac === 'true') return true;
  if (ac === 'false') return false;
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'checkbox') return (el as HTMLInputElement).checked;
  const inner = el.querySelector('[aria-checked]');
  if (inner) {
    const v = inner.getAttribute('aria-checked');
    if (v === 'true') return true;
    if (v === 'false') return false;
  }
  return null;
}

function readEmailControl(el: Element, diag: Diag): 'none' | 'verified' | 'input' | null {
  const isToggle = el.hasAttribute('aria-checked') || el.getAttribute('role') === 'switch' || el.getAttribute('role') === 'checkbox';
  if (isToggle) {
    // legacy on/off "Collect email addresses": off is unambiguous, on does not say verified vs input
    const t = readToggle(el);
    if (t === false) return 'none';
    if (t === true) note(diag, 'collect-email-legacy-toggle');
    return null;
  }
  const selected = el.querySelector('[role="option"][aria-selected="true"]');
  const texts = [selected?.textContent ?? '', el.getAttribute(LABEL) ?? '', el.textContent ?? ''];
  for (const t of texts) {
    const k = EMAIL_INDEX.get(key(t));
    if (k) return k;
  }
  // the displayed text may be the option label plus an arrow glyph or the other (hidden) options
  for (const [label, v] of EMAIL_INDEX) {
    if (key(selected?.textContent ?? '').includes(label)) return v;
  }
  return null;
}

function readControl(k: SettingKey, el: Element, diag: Diag): ControlRead {
  if (k === 'collectEmail') return { el, value: readEmailControl(el, diag) };
  return { el, value: readToggle(el) };
}

interface SettingsDom {
  rendered: boolean;
  values: Partial<Record<SettingKey, ControlRead['value']>>;
}

/** The page's text outside question cards, scripts and styles (what a settings-panel marker can be found in). */
function textOutsideCards(doc: Document): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const parts: string[] = [];
  const walker = doc.createTreeWalker(root, SHOW_TEXT | SHOW_ELEMENT, {
    acceptNode: (n: Node) =>
      n.nodeType !== 1 ? FILTER_ACCEPT : (n as Element).matches(`${OUTSIDE_CARDS_SEL},script,style,noscript,template`) ? FILTER_REJECT : FILTER_SKIP,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
  return parts.join('');
}

/**
 * Where the settings are, as opposed to what they say (issue 9): which elements are labels, which control each label
 * names, which labelled elements lie outside the cards, whether a panel marker is on the page. All of it depends only
 * on elements, their text and their aria-labels outside the question cards, so it is kept across reads until a
 * change could have touched it (see `layoutStillValid`); the values (aria-checked, the selected option, visibility)
 * are read afresh every time.
 */
interface SettingsLayout {
  doc: Document;
  pool: Element[];
  keys: Map<SettingKey, { controls: Element[]; ambiguous: boolean; labels: number; aria: Element[] | null }>;
  formText: Map<readonly string[], Element[]>;
  markers: boolean | null;
}
let lastLayout: SettingsLayout | null = null;

function settingsLayout(doc: Document): SettingsLayout {
  const { labels, pool } = walkOutsideCards(doc);
  const keys: SettingsLayout['keys'] = new Map();
  for (const k of Object.keys(SETTING_LABELS) as SettingKey[]) {
    const els = labels.get(k) ?? [];
    const controls: Element[] = [];
    let ambiguous = false;
    for (const l of els) {
      const c = controlForLabel(l);
      if (c === 'ambiguous') ambiguous = true;
      else if (c) controls.push(c);
    }
    keys.set(k, { controls, ambiguous, labels: els.length, aria: null });
  }
  return { doc, pool, keys, formText: new Map(), markers: null };
}

/** Aria-label fallback candidates for one setting: labelled controls outside the cards whose label names it. */
function ariaCandidates(layout: SettingsLayout, k: SettingKey): Element[] {
  const entry = layout.keys.get(k)!;
  if (entry.aria) return entry.aria;
  const frags = settingAria(k).map((f) => f.toLowerCase());
  return (entry.aria = layout.pool.filter((el) => {
    const label = (el.getAttribute(LABEL) ?? '').toLowerCase();
    return frags.some((f) => label.includes(f)) && el.matches(CONTROL_SEL);
  }));
}

function readSettingsDom(layout: SettingsLayout, diag: Diag): SettingsDom {
  const { doc } = layout;
  const values: SettingsDom['values'] = {};
  let readable = 0;
  for (const k of Object.keys(SETTING_LABELS) as SettingKey[]) {
    const entry = layout.keys.get(k)!;
    count(diag, `label:${k}`, entry.labels);
    const read = (c: Element) => readControl(k, c, diag);
    const ok = (r: ControlRead) => r.value !== null;
    let reads = entry.controls.map(read);
    // A label of this setting whose control is ambiguous or cannot be read: the readable ones may be a stray copy of the
    // label text in another setting's row, so none is trusted (an unreadable setting is unverified, never a wrong pass).
    if (entry.ambiguous || !reads.every(ok)) {
      if (reads.some(ok)) note(diag, `${k}-label-unreadable`);
      if (entry.ambiguous) note(diag, `${k}-label-ambiguous`);
      reads = [];
    }
    if (!reads.length) {
      reads = ariaCandidates(layout, k).map(read).filter(ok);
      if (reads.length) note(diag, `${k}-from-aria-label`);
    }
    const { pick, duplicates } = pickVisible(reads, doc);
    if (duplicates) note(diag, `${k}-duplicates`);
    if (pick) {
      values[k] = pick.value;
      readable++;
    }
  }
  // Panel markers only matter when no setting could be read. They are looked up in the text outside the
  // question cards (body.textContent of a 1,000-question form is megabytes, rebuilt on every read: issue 9).
  const markers = () =>
    (layout.markers ??=
      SETTINGS_PANEL_MARKERS.ariaLabels.some((a) => doc.querySelector(`[aria-label="${a}"]`)) ||
      SETTINGS_PANEL_MARKERS.texts.some((t) => textOutsideCards(doc).includes(t)));
  return { rendered: readable > 0 || markers(), values };
}

/**
 * Can the layout of the previous read be used again? Only if every change that could alter elements, labels or
 * aria-labels outside the cards happened inside a question card we know, and every text edit outside the cards
 * happened in editable text (which is never a label; it may still hold a panel marker, so those are looked up again).
 */
function layoutStillValid(layout: SettingsLayout | null, doc: Document, changed: Changes | null): SettingsLayout | null {
  if (!layout || layout.doc !== doc || !changed || !lastCards || lastCards.doc !== doc) return null;
  const known = lastCards.set;
  for (const n of changed.structure) if (!insideKnownCard(n, known)) return null;
  for (const n of changed.text) {
    if (insideKnownCard(n, known)) continue;
    const el = n.parentElement;
    if (!el || !el.isConnected || !el.closest(EDITABLE_TEXT_SEL)) return null;
    layout.markers = null;
  }
  return layout;
}

/** Is the node (connected) inside one of the known cards? */
function insideKnownCard(n: Node, known: ReadonlySet<Element>): boolean {
  const el = elementOf(n);
  return !!el && el.isConnected && knownCardOf(el, known)[0] !== null;
}

/** The known card holding `el` (null if none), and the innermost card around it that is not known. */
function knownCardOf(el: Element, known: ReadonlySet<Element>): [Element | null, Element | null] {
  let card = el.closest(CARD_ANY_SEL);
  let inner: Element | null = null;
  while (card && !known.has(card)) {
    inner ??= card;
    card = card.parentElement?.closest(CARD_ANY_SEL) ?? null;
  }
  return [card, inner];
}

// ---------------------------------------------------------------------------------------------
// Question cards
// ---------------------------------------------------------------------------------------------

/** The last collectCards found two cards with one id (a drag ghost). */
let dupIds = false;

function collectCards(doc: Document): Element[] {
  dupIds = false;
  // one walk of the document for both kinds of card (it is ~2 MB at 1,000 questions), split in document order
  const both = Array.from(doc.querySelectorAll(CARD_ANY_SEL));
  const primary = outermost(both.filter((c) => c.hasAttribute(ITEM_ID)));
  const primarySet = new Set(primary);
  const alt = both.filter((c) => c.matches(CARD_ALT_SEL) && !relatedToAny(c, primarySet));
  const all = outermost([...primary, ...alt]);
  // hidden duplicates (e.g. a drag ghost) share the data-item-id of the real card: keep one per id
  const byId = new Map<string, Element[]>();
  const out: Element[] = [];
  for (const c of all) {
    const id = c.getAttribute(ITEM_ID);
    if (!id) {
      out.push(c);
      continue;
    }
    const list = byId.get(id);
    if (list) dupIds = !!list.push(c);
    else {
      byId.set(id, [c]);
      out.push(c);
    }
  }
  return out.map((c) => {
    const id = c.getAttribute(ITEM_ID);
    const dups = id ? byId.get(id) ?? [c] : [c];
    if (dups.length === 1) return c;
    return pickVisible(dups.map((el) => ({ el })), doc).pick?.el ?? c;
  });
}

function labelIs(el: Element, labels: readonly string[]): boolean {
  const a = key(el.getAttribute(LABEL) ?? '');
  return keysOf(labels).includes(a);
}

interface CardRead {
  item: FormsItem;
  titleFound: boolean;
  labelled: boolean;
}

const EDITABLE_SEL = '[role="textbox"],[contenteditable="true"],textarea,input';

/** What an aria-label can name in a card (bits: 1 question, 2 section title, 4 description, 8 required, 16 question
 * types, 32 an English "question t…" textarea label), remembered per distinct label: cards repeat a handful of them. */
export const cardLabelClass = memoized((raw) => {
  const a = key(raw);
  const is = (labels: readonly string[], bit: number) => (keysOf(labels).includes(a) ? bit : 0);
  return (
    is(CARD_LABELS.question, 1) |
    (keysOf(CARD_LABELS.sectionTitlePrefix).some((l) => a.startsWith(l)) ? 2 : 0) |
    is(CARD_LABELS.description, 4) |
    is(CARD_LABELS.required, 8) |
    is(CARD_LABELS.questionTypes, 16) |
    (/question t/i.test(raw) ? 32 : 0)
  );
}, 2048, 200);

/**
 * aria-labels a card repeats that name nothing readCard looks for (class 0 above; tests/unit/forms/reader.test.ts checks
 * each): options, "Add option", the card's action buttons (reference §5 [SCRIPT]; zh-TW as in the fixtures). Leaving
 * them to the selector spares the script most of a card's labelled elements: two per option, three per card
 * (issue 9: a 1,000-question form has ~8,500 labelled elements in its cards, each a new wrapper on the first read).
 * Exact strings only: any other spelling is still read and classified.
 */
export const CARD_NOISE_LABELS = [
  'question option',
  'option value',
  'Add option',
  '新增選項',
  'Duplicate question',
  '複製問題',
  'Delete question',
  '刪除問題',
  'Answer key and points',
];
const CARD_LABELLED_SEL = `[aria-label]:not(${CARD_NOISE_LABELS.map((l) => `[aria-label="${l}"]`).join(',')})`;

function readCard(card: Element, diag: Diag): CardRead {
  const id = card.getAttribute(ITEM_ID) ?? card.querySelector(CARD_SEL)?.getAttribute(ITEM_ID) ?? null;
  // One pass over the card's labelled elements, each aria-label classified once (memoised): a 1,000-question form
  // reads ~12,000 of them per scan (issue 9). Same picks as "first editable whose label is …" in document order.
  let questionEl: Element | undefined;
  let sectionEl: Element | undefined;
  let textareaEl: Element | undefined;
  let descEl: Element | undefined;
  let typeBoxByLabel: Element | undefined;
  let requiredMark = false;
  for (const e of Array.from(card.querySelectorAll(CARD_LABELLED_SEL))) {
    const c = cardLabelClass(e.getAttribute(LABEL) ?? '');
    if (!c) continue;
    if (c & 8) requiredMark = true;
    if (!typeBoxByLabel && c & 16 && e.getAttribute('role') === 'listbox') typeBoxByLabel = e;
    const q = !questionEl && c & 1;
    const sc = !sectionEl && c & 2;
    const de = !descEl && c & 4;
    const ta = !textareaEl && c & 32 && e.tagName === 'TEXTAREA';
    if (!(q || sc || de || ta) || !e.matches(EDITABLE_SEL)) continue;
    if (q) questionEl = e;
    if (sc) sectionEl = e;
    if (de) descEl = e;
    if (ta) textareaEl = e;
  }

  let titleEl: Element | undefined = questionEl;
  let section = false;
  if (!titleEl) {
    titleEl = sectionEl;
    section = !!titleEl;
  }
  if (!titleEl) titleEl = textareaEl;
  if (descEl === titleEl) descEl = undefined;
  let isLabelled = !!titleEl;
  if (!titleEl) {
    // language-free fallback: the first editable text of the card, outside option lists
    titleEl = Array.from(card.querySelectorAll('[role="textbox"],[contenteditable="true"],textarea')).find(
      (e) => !e.closest('[role="list"],[role="listitem"]') && e !== descEl,
    );
    if (titleEl) note(diag, 'card-title-unlabelled');
  }

  // type: the selected option of the "Question types" listbox, data-value = FB type code (§5)
  let type: number | null = null;
  const typeBox = typeBoxByLabel ?? card.querySelector('[role="listbox"]');
  const opt = typeBox?.querySelector('[role="option"][aria-selected="true"][data-value]');
  const dv = opt?.getAttribute('data-value');
  if (dv && /^\d{1,2}$/.test(dv) && Number(dv) <= 13) type = Number(dv);
  if (type === null && section) type = 8;

  const hasQuestionMarks = !!questionEl || requiredMark || !!typeBoxByLabel;
  // unknown type: treat as a question (so it is scanned) and say so; the blob may still tell us the type
  if (type === null && !hasQuestionMarks) note(diag, 'card-kind-unknown');
  const kind: FormsItem['kind'] = type !== null ? itemKindOf(type) : 'question';

  return {
    item: {
      id,
      title: titleEl ? cap(clean(textOfEditable(titleEl)), diag, 'title') : '',
      description: descEl ? cap(clean(textOfEditable(descEl)), diag, 'description') : '',
      type,
      kind,
    },
    titleFound: !!titleEl,
    labelled: isLabelled,
  };
}

/**
 * Per-card cache for incremental re-reads (issue 9): a card is read again only when a changed node lies
 * inside it. Each entry keeps the card's own diagnostics so a reused read reports exactly what a fresh one would,
 * and the item as merged with the blob's entry for it (reused, same object, while that entry is the same): rules
 * may key their own per-item caches on it (src/core/rules/forms/scan.ts).
 */
interface CardEntry {
  read: CardRead;
  notes: string[];
  counts: Record<string, number>;
  merged: { emb: EmbeddedItem | undefined; item: FormsItem; notes: string[]; noTitle: boolean } | null;
}
type EmbeddedItem = EmbeddedForm['items'][number];
let cardCache = new WeakMap<Element, CardEntry>();
let lastCards: { doc: Document; cards: Element[]; set: Set<Element> } | null = null;

function readCardCached(card: Element, reuse: boolean): CardEntry {
  if (reuse) {
    const hit = cardCache.get(card);
    if (hit) return hit;
  }
  const d: Diag = { anchors: {}, notes: [], counts: {} };
  const entry: CardEntry = { read: readCard(card, d), notes: d.notes, counts: d.counts, merged: null };
  cardCache.set(card, entry);
  return entry;
}

/** What a card adds to the read's diagnostics. */
const sig = (e: CardEntry) => JSON.stringify([e.notes, e.counts, e.merged?.notes, e.merged?.noTitle, e.read.labelled]);

/** The card's item completed from the blob (type, or title when the card shows none), and what that noted. */
function mergeWithEmbedded(entry: CardEntry, emb: EmbeddedItem | undefined): NonNullable<CardEntry['merged']> {
  const m = entry.merged;
  if (m && m.emb === emb) return m;
  const r = entry.read;
  const item: FormsItem = { ...r.item };
  const notes: string[] = [];
  let noTitle = false;
  if (emb) {
    if (item.type === null && emb.type !== null) {
      item.type = emb.type;
      item.kind = emb.kind;
    }
    if (!r.titleFound) {
      item.title = clean(emb.title);
      item.description = item.description || clean(emb.description);
      notes.push('card-title-from-embedded');
    }
  } else if (!r.titleFound) {
    notes.push('card-title-missing');
    noTitle = true;
  }
  if (item.type === null && !emb) notes.push('card-type-unknown');
  return (entry.merged = { emb, item, notes, noTitle });
}

/**
 * The known cards a change lies in, and whether the set of cards itself may have changed (a node outside every known
 * card that contains cards, a node no longer in the page, a card we have not seen). The cards a change lies in are
 * read again in either case: a keystroke and a new card can arrive in one flush.
 */
function dirtyCards(changed: Changes, last: { cards: Element[]; set: Set<Element> }): [Set<Element>, boolean] {
  const dirty = new Set<Element>();
  // which of two cards with one id is read depends on their visibility, which any attribute may change
  let again = dupIds;
  let outside = false;
  for (const n of changed.nodes) {
    const el = elementOf(n);
    if (!el || !el.isConnected) again = true;
    else {
      const [card, inner] = knownCardOf(el, last.set);
      if (card) dirty.add(card);
      else if (inner) again = true; // inside a card we do not know: a new card
      else if (changed.structure.has(n)) {
        outside = true;
        // an ancestor of cards whose children changed: cards may have come or gone (an attribute of it, e.g. the
        // Questions tab hidden, cannot change which cards there are)
        if (el.querySelector(CARD_ANY_SEL)) again = true;
      }
    }
  }
  // children changed outside every card: the last card of a block may have gone with no ancestor of cards left behind
  // (only then is every card looked at; typing and toggles never are)
  return [dirty, again || (outside && last.cards.some((c) => !c.isConnected))];
}

/** The blob's items by id, built once per parsed blob. */
const EMB_BY_ID = new WeakMap<EmbeddedForm, Map<string, EmbeddedItem>>();
function embeddedById(embedded: EmbeddedForm | null): Map<string, EmbeddedItem> | null {
  if (!embedded) return null;
  let m = EMB_BY_ID.get(embedded);
  if (!m) EMB_BY_ID.set(embedded, (m = new Map(embedded.items.filter((i) => i.id).map((i) => [i.id!, i]))));
  return m;
}

function readCards(doc: Document, diag: Diag, embedded: EmbeddedForm | null, changed: Changes | null): FormsItem[] | null {
  let cards: Element[];
  let dirty: Set<Element> | null = null;
  let again = true;
  if (changed && lastCards && lastCards.doc === doc) [dirty, again] = dirtyCards(changed, lastCards);
  if (!again) cards = lastCards!.cards;
  else {
    cards = collectCards(doc);
    const set = new Set(cards);
    // the cache holds the known cards only: a card no longer read (removed, or a duplicate not picked) may change
    // unobserved, and must be read afresh if it comes back
    if (!changed) cardCache = new WeakMap(); // a full read starts from scratch
    else lastCards?.cards.forEach((c) => set.has(c) || cardCache.delete(c));
    lastCards = { doc, cards, set };
  }
  count(diag, 'cards', cards.length);
  if (cards.length === 0) return null;
  // Nothing inside any card changed (a settings toggle): the items, and what they noted, are those of the last read.
  // A few cards changed (typing): only they are read, and patched into a copy of the last items, as long as what they
  // note is what they noted before (else everything is summed up again below).
  const byId = embeddedById(embedded);
  const mergedOf = (c: Element, reuse: boolean) => {
    const e = readCardCached(c, reuse);
    return [e, mergeWithEmbedded(e, e.read.item.id && byId ? byId.get(e.read.item.id) : undefined)] as const;
  };
  let last = dirty && lastItems && lastItems.cards === cards && lastItems.embedded === embedded ? lastItems : null;
  if (last && dirty!.size) {
    const items = last.items.slice();
    for (const c of dirty!) {
      const before = cardCache.get(c);
      const [e, m] = mergedOf(c, false);
      items[cards.indexOf(c)] = m.item;
      if (!before || sig(before) !== sig(e)) {
        last = null;
        break;
      }
    }
    if (last) last = lastItems = { ...last, items };
  }
  if (!last) {
    // what the cards note, kept apart so that a later read can reuse it
    const cd: Diag = { anchors: {}, notes: [], counts: {} };
    let unlabelled = 0;
    const items = new Array<FormsItem>(cards.length);
    for (let i = 0; i < cards.length; i++) {
      const [entry, m] = mergedOf(cards[i]!, !!dirty && !dirty.has(cards[i]!));
      for (const n of entry.notes) note(cd, n);
      for (const n of m.notes) note(cd, n);
      for (const k in entry.counts) count(cd, k, entry.counts[k]);
      if (m.noTitle) count(cd, 'cardsWithoutTitle');
      if (!entry.read.labelled) unlabelled++;
      items[i] = m.item;
    }
    cd.anchors.items = unlabelled === cards.length ? 'anchor' : 'label';
    last = lastItems = { cards, embedded, items, cd };
  }
  for (const n of last.cd.notes) note(diag, n);
  for (const k in last.cd.counts) count(diag, k, last.cd.counts[k]);
  diag.anchors.items = last.cd.anchors.items!;
  return last.items;
}
let lastItems: { cards: Element[]; embedded: EmbeddedForm | null; items: FormsItem[]; cd: Diag } | null = null;

// ---------------------------------------------------------------------------------------------
// Form title / description
// ---------------------------------------------------------------------------------------------

function readFormText(layout: SettingsLayout, labels: readonly string[]): string | null {
  let cands = layout.formText.get(labels);
  if (!cands) {
    cands = layout.pool.filter(
      (e) => labelIs(e, labels) && e.matches('[role="textbox"],[contenteditable="true"],textarea,input,[role="heading"],div'),
    );
    layout.formText.set(labels, cands);
  }
  const { pick } = pickVisible(cands.map((el) => ({ el })), layout.doc);
  return pick ? clean(textOfEditable(pick.el)) : null;
}

// ---------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------

/** The smallest stable subtree to observe. No stable container is documented (classes are obfuscated, §0.1), so body. */
export function formsObserveRoot(doc: Document): Element {
  return doc.body ?? doc.documentElement;
}

const SCRIPT_TEXT = new WeakMap<Element, string>();
function scriptTexts(doc: Document, diag: Diag): string[] {
  const out: string[] = [];
  const list = doc.scripts ?? doc.getElementsByTagName('script');
  for (const s of Array.from(list)) {
    if (s.getAttribute('src')) continue;
    // inline scripts are never rewritten (§0.4): read each one's text once (the form blob can be ~1 MB)
    let t = SCRIPT_TEXT.get(s);
    if (t === undefined) {
      const full = s.textContent ?? '';
      t = full.includes('LOAD_DATA_') ? full : '';
      SCRIPT_TEXT.set(s, t);
    }
    if (t) out.push(t);
  }
  count(diag, 'scripts', list.length);
  return out;
}

/**
 * The blob is page-load state and never rewritten (§0.4): parse it once per distinct script text, not on every
 * re-scan (a 1,000-question blob is ~1 MB of text). One entry; the result is only read, never changed, by readForms.
 */
let lastEmbedded: { texts: string[]; result: EmbeddedResult } | null = null;
function embeddedOf(texts: string[]): EmbeddedResult {
  const last = lastEmbedded;
  if (last && last.texts.length === texts.length && last.texts.every((t, i) => t === texts[i])) return last.result;
  const result = readEmbedded(texts);
  lastEmbedded = { texts, result };
  return result;
}

function safe<T>(diag: Diag, what: string, f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    note(diag, `${what}-error`);
    return fallback;
  }
}

/**
 * Read the Forms editor. `changed` (from the content script's observer) lists the nodes that changed since the
 * previous read of the same document; question cards outside it are reused from that read. Without it
 * (tests, the check command, a navigation) everything is read afresh.
 */
export function readForms(doc: Document, url: string, changed: Changes | null = null): FormsSnapshot {
  const diagnostics: Diag = { anchors: {}, notes: [], counts: {} };
  const settings: Settings = {
    summaryToRespondents: null,
    responders: null,
    collectEmail: null,
    limitOneResponse: null,
    editAfterSubmit: null,
  };
  const snap: FormsSnapshot = {
    app: 'forms',
    url,
    itemKey: safe(diagnostics, 'url', () => formsEditId(url), null),
    lang: safe(diagnostics, 'lang', () => doc.documentElement?.getAttribute('lang') || null, null),
    title: null,
    description: null,
    items: null,
    settings,
    diagnostics,
  };
  const a = diagnostics.anchors;
  for (const f of ['title', 'description', 'items', ...Object.keys(settings)]) a[f] = 'none';

  // 1. Embedded data
  const emb: EmbeddedResult = safe(diagnostics, 'fb-load-data', () => embeddedOf(scriptTexts(doc, diagnostics)), {
    status: 'absent',
  });
  const embedded = emb.status === 'ok' ? emb.form : null;
  if (emb.status === 'ok') {
    count(diagnostics, 'embeddedBytes', emb.bytes);
    count(diagnostics, 'embeddedItems', emb.form.items.length);
    if (emb.form.source === 'FB_PUBLIC_LOAD_DATA_') note(diagnostics, 'fb-public-load-data');
  } else note(diagnostics, `fb-load-data-${emb.status}`); // -absent, -unparsable, -unexpected-shape

  // 2. Settings: live DOM first, then the blob
  // (the layout is checked against the cards of the previous read, before this read replaces them)
  const layout = safe(diagnostics, 'settings', () => layoutStillValid(lastLayout, doc, changed) ?? settingsLayout(doc), null);
  lastLayout = layout;
  const unread: SettingsDom = { rendered: false, values: {} };
  const dom = layout ? safe(diagnostics, 'settings', () => readSettingsDom(layout, diagnostics), unread) : unread;
  if (!dom.rendered) note(diagnostics, 'settings-panel-absent');
  const apply = <K extends 'summaryToRespondents' | 'limitOneResponse' | 'editAfterSubmit'>(
    field: K,
    k: SettingKey,
    fromBlob: boolean | undefined,
  ) => {
    const v = dom.values[k];
    if (typeof v === 'boolean') {
      settings[field] = v;
      a[field] = 'label';
    } else if (fromBlob !== undefined) {
      settings[field] = fromBlob;
      a[field] = 'embedded';
      if (dom.rendered) note(diagnostics, `${k}-not-in-settings-panel`);
    }
  };
  apply('summaryToRespondents', 'summary', embedded?.summary);
  apply('limitOneResponse', 'limitOne', embedded?.limitOne);
  apply('editAfterSubmit', 'editAfterSubmit', embedded?.editAfterSubmit);
  const ev = dom.values.collectEmail;
  if (ev === 'none' || ev === 'verified' || ev === 'input') {
    settings.collectEmail = ev;
    a.collectEmail = 'label';
  } else if (embedded?.collectEmail) {
    settings.collectEmail = embedded.collectEmail;
    a.collectEmail = 'embedded';
  }
  // Responders (Publish → Anyone with the link / Restricted / domain): no public source shows this DOM
  // (reference §8 "Responder rows: [UNVERIFIED]") and FB data does not carry it (§6c). Not read.
  note(diagnostics, 'responders-ui-undocumented');

  // 3. Questions: DOM cards (live edits) else the blob
  const cards = safe(diagnostics, 'cards', () => readCards(doc, diagnostics, embedded, changed), null);
  if (cards) snap.items = cards;
  else if (embedded) {
    snap.items = embedded.items.map((i) => ({
      ...i,
      title: cap(clean(i.title), diagnostics, 'title'),
      description: cap(clean(i.description), diagnostics, 'description'),
    }));
    a.items = 'embedded';
  } else note(diagnostics, 'questions-unreadable');
  count(diagnostics, 'items', snap.items?.length ?? 0);

  // 4. Form title / description
  safe(
    diagnostics,
    'form-text',
    () => {
      const t = layout ? readFormText(layout, CARD_LABELS.formTitle) : null;
      const d = layout ? readFormText(layout, CARD_LABELS.formDescription) : null;
      if (t !== null) {
        snap.title = t;
        a.title = 'label';
      } else if (embedded) {
        snap.title = clean(embedded.title);
        a.title = 'embedded';
      }
      if (d !== null) {
        snap.description = cap(d, diagnostics, 'description');
        a.description = 'label';
      } else if (embedded) {
        snap.description = cap(clean(embedded.description), diagnostics, 'description');
        a.description = 'embedded';
      }
    },
    undefined,
  );

  if (!embedded && !dom.rendered && !cards && snap.title === null) note(diagnostics, 'structure-unrecognised');
  return snap;
}
