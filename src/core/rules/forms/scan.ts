// Shared scanning for the Forms rules: which items ask for which personal data, and where a notice is.
import type { Evidence, FormsItem, FormsSnapshot } from '../../schema';
import {
  detectContact,
  detectIdentifier,
  detectSensitive,
  hasCollectionNotice,
  type Match,
} from '../../detect/lexicon';

export type Detector = (text: string) => Match[];

/** A block that states both purpose and retention is a collection notice (or a consent question quoting it), not a request. */
export function isNoticeText(text: string): boolean {
  const n = hasCollectionNotice(text);
  return n.purpose && n.retention;
}

function itemText(item: FormsItem): string {
  return item.description ? `${item.title}\n${item.description}` : item.title;
}

/** The evidence one question gives for one detector, or null. */
function questionEvidence(item: FormsItem, detector: Detector): Evidence | null {
  if (item.kind !== 'question') return null;
  const m = detector(item.title)[0] ?? (item.description ? detector(item.description)[0] : undefined);
  // a notice (or a consent question quoting one) asks for nothing; checked only for a question that matched: most
  // questions match nothing, and the check was a tenth of a 1,000-question form's first scan (issue 9)
  if (!m || isNoticeText(itemText(item))) return null;
  const e: Evidence = { kind: 'question', text: item.title || item.description, match: m.term, category: m.category };
  if (item.id) e.ref = item.id;
  return Object.freeze(e);
}

/**
 * Verdicts per (detector, item), kept while the item object lives (issue 9). Snapshot items are never changed once
 * read, and the Forms reader hands out the same item object for a question card that did not change, so a re-scan of
 * a 1,000-question form after one edit examines one question; everything else is a lookup. Cached evidence is frozen.
 */
const VERDICTS = new WeakMap<Detector, WeakMap<FormsItem, Evidence | null>>();
function cachedEvidence(item: FormsItem, detector: Detector): Evidence | null {
  let byItem = VERDICTS.get(detector);
  if (!byItem) VERDICTS.set(detector, (byItem = new WeakMap()));
  let e = byItem.get(item);
  if (e === undefined) byItem.set(item, (e = questionEvidence(item, detector)));
  return e;
}

/**
 * The last answer per question kind (a detector, or all personal data), with what each item gave (its evidence and
 * the rank of the detector that found it). Asked about the same items array, the answer is reused; about an array of
 * the same length (one question edited), only the items that are not the same objects are looked at again, so typing
 * into a 1,000-question form costs one question, not a thousand cache lookups. Callers get their own copy.
 */
type Per = readonly [Evidence, number] | null;
const LAST = new Map<Detector | 'personal', { items: readonly FormsItem[]; per: Per[]; out: Evidence[] }>();
function answer(k: Detector | 'personal', items: readonly FormsItem[], one: (item: FormsItem) => Per, ranks: number): Evidence[] {
  let last = LAST.get(k);
  if (!last || last.items !== items) {
    const prev = last?.items.length === items.length ? last : null;
    const per = prev ? prev.per.slice() : [];
    let same = !!prev;
    for (const i of prev ? changedAt(prev.items, items) : items.keys()) {
      const p = one(items[i]!);
      if (p?.[0] !== per[i]?.[0]) same = false;
      per[i] = p;
    }
    const out: Evidence[] = same ? prev!.out : [];
    for (let r = 0; !same && r < ranks; r++) for (const p of per) if (p && p[1] === r) out.push(p[0]);
    LAST.set(k, (last = { items, per, out }));
  }
  return [...last.out];
}

/** Indices at which two items arrays of one length differ (computed once for all question kinds). */
let diff: { from: readonly FormsItem[]; to: readonly FormsItem[]; at: number[] } | null = null;
function changedAt(from: readonly FormsItem[], to: readonly FormsItem[]): number[] {
  if (diff?.from !== from || diff.to !== to) {
    const at: number[] = [];
    for (let i = 0; i < to.length; i++) if (from[i] !== to[i]) at.push(i);
    diff = { from, to, at };
  }
  return diff.at;
}

/** One evidence per offending question: its title, the first matched term, the category and the item id. */
export function scanQuestions(items: readonly FormsItem[], detector: Detector): Evidence[] {
  return answer(detector, items, (item) => {
    const e = cachedEvidence(item, detector);
    return e && [e, 0];
  }, 1);
}

export const sensitiveEvidence = (items: readonly FormsItem[]) => scanQuestions(items, detectSensitive);
export const identifierEvidence = (items: readonly FormsItem[]) => scanQuestions(items, detectIdentifier);

const PERSONAL: Detector[] = [detectIdentifier, detectSensitive, detectContact];
/** Every personal-data question (identifier, then sensitive, then contact), one evidence per question. */
export function personalDataEvidence(items: readonly FormsItem[]): Evidence[] {
  return answer('personal', items, (item) => {
    for (let r = 0; r < PERSONAL.length; r++) {
      const e = cachedEvidence(item, PERSONAL[r]!);
      if (e) return [e, r];
    }
    return null;
  }, PERSONAL.length);
}

export interface NoticeBlock {
  text: string;
  ref?: string;
  purpose: boolean;
  retention: boolean;
}

/** Candidate notice blocks: the form description, title/description and section items, and question descriptions (consent questions). */
export function noticeBlocks(s: FormsSnapshot): NoticeBlock[] {
  const blocks: NoticeBlock[] = [];
  const add = (text: string, ref?: string | null) => {
    if (!text.trim()) return;
    const n = hasCollectionNotice(text);
    const b: NoticeBlock = { text, purpose: n.purpose, retention: n.retention };
    if (ref) b.ref = ref;
    blocks.push(b);
  };
  if (s.description) add(s.title ? `${s.title}\n${s.description}` : s.description);
  for (const item of s.items ?? []) {
    if (item.kind === 'text' || item.kind === 'section') add(itemText(item), item.id);
    else if (item.kind === 'question' && item.description) add(itemText(item), item.id);
  }
  return blocks;
}

export function settingLabel(s: FormsSnapshot, zh: string, en: string): string {
  return (s.lang ?? '').toLowerCase().startsWith('zh') ? zh : en;
}
