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
  if (isNoticeText(itemText(item))) return null;
  const m = detector(item.title)[0] ?? (item.description ? detector(item.description)[0] : undefined);
  if (!m) return null;
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
 * The last answer per question kind (a detector, or all personal data), reused when asked again about the same items
 * array: the reader returns the previous array when no question changed. Callers get their own copy of the list.
 */
const LAST = new Map<Detector | 'personal', { items: readonly FormsItem[]; out: Evidence[] }>();
function lastAnswer(k: Detector | 'personal', items: readonly FormsItem[], f: () => Evidence[]): Evidence[] {
  let last = LAST.get(k);
  if (!last || last.items !== items) LAST.set(k, (last = { items, out: f() }));
  return [...last.out];
}

/** One evidence per offending question: its title, the first matched term, the category and the item id. */
export function scanQuestions(items: readonly FormsItem[], detector: Detector): Evidence[] {
  return lastAnswer(detector, items, () => {
    const out: Evidence[] = [];
    for (const item of items) {
      const e = cachedEvidence(item, detector);
      if (e) out.push(e);
    }
    return out;
  });
}

export const sensitiveEvidence = (items: readonly FormsItem[]) => scanQuestions(items, detectSensitive);
export const identifierEvidence = (items: readonly FormsItem[]) => scanQuestions(items, detectIdentifier);
export const contactEvidence = (items: readonly FormsItem[]) => scanQuestions(items, detectContact);

/** Every personal-data question (identifier, sensitive or contact), one evidence per question. */
export function personalDataEvidence(items: readonly FormsItem[]): Evidence[] {
  return lastAnswer('personal', items, () => personalUncached(items));
}

function personalUncached(items: readonly FormsItem[]): Evidence[] {
  const seen = new Set<FormsItem>();
  const out: Evidence[] = [];
  for (const detector of [detectIdentifier, detectSensitive, detectContact]) {
    for (const item of items) {
      if (seen.has(item)) continue;
      const e = cachedEvidence(item, detector);
      if (e) {
        seen.add(item);
        out.push(e);
      }
    }
  }
  return out;
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
