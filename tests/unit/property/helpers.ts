// Shared pieces of the property tests: fixture loading, DOM mutations as fast-check commands, the three readers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { evaluate } from '../../../src/core/engine';
import { DEFAULT_POLICY, type Policy } from '../../../src/core/policy';
import { RULE_LOGIC } from '../../../src/core/rules';
import type { Snapshot, Status } from '../../../src/core/schema';
import { readForms } from '../../../src/sites/forms/reader';
import { readShareButton, readShareDialog } from '../../../src/sites/share/reader';
import { readStudio } from '../../../src/sites/studio/reader';

export const FIX = join(__dirname, '../../fixtures');

export type ReaderName = 'forms' | 'share' | 'studio';

export interface Fixture {
  reader: ReaderName;
  file: string;
  url: string;
}

/** The content script's choice of reader for a page (src/content/*.iife.ts). */
export function read(reader: ReaderName, doc: Document, url: string): Snapshot | null {
  if (reader === 'forms') return readForms(doc, url);
  if (reader === 'studio') return readStudio(doc, url);
  return readShareDialog(doc, url) ?? readShareButton(doc, url);
}

const parsed = new Map<string, Document>();
/** Parse once per fixture; each run gets a deep clone (parsing is the expensive part). */
export function freshDoc(f: Fixture): Document {
  const key = `${f.file}|${f.url}`;
  let base = parsed.get(key);
  if (!base) {
    base = new JSDOM(readFileSync(join(FIX, f.file), 'utf8'), { url: f.url, virtualConsole: new VirtualConsole() }).window.document;
    parsed.set(key, base);
  }
  return base.cloneNode(true) as Document;
}

export const POLICY: Policy = { ...DEFAULT_POLICY, schoolDomains: ['school.edu.tw'], disabledRules: [], rosterTerms: [] };

export function statuses(snap: Snapshot | null, policy: Policy = POLICY): Record<string, Status> {
  if (!snap) return {};
  return Object.fromEntries(evaluate(snap, policy, RULE_LOGIC).results.map((r) => [r.ruleId, r.status]));
}

// ---------- text that matters to the detectors, mixed with noise ----------

const WORDS = [
  '身分證字號', 'A123456789', '0912-345-678', '學號 1234567', '301班 12號 王小明', '名冊', 'roster', '過敏', '病史',
  '蒐集目的', '保存期限', 'wang@school.edu.tw', 'x@gmail.com', '查看結果摘要', 'View results summary', 'Editor', '編輯者',
  'Anyone with the link', '知道連結的任何人', 'Public', '公開', 'Private', '\u202e', '\u200b', '<img src=x onerror=alert(1)>',
  'ｓｔｕｄｅｎｔ', '𝐑𝐨𝐬𝐭𝐞𝐫', 'Ρoster', 'javascript:alert(1)',
];
export const textArb: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ maxLength: 8 })), {
    maxLength: 4,
  })
  .map((parts) => parts.join(' '));

// ---------- DOM mutations ----------

export type MutationKind =
  | 'remove-attr'
  | 'rename-class'
  | 'reorder'
  | 'duplicate'
  | 'insert-text'
  | 'remove-element'
  | 'set-attr'
  | 'replace-text';

export interface Mutation {
  kind: MutationKind;
  at: number;
  pick: number;
  text: string;
}

const ATTRS = ['aria-checked', 'aria-label', 'aria-selected', 'data-value', 'role', 'hidden', 'name', 'checked', 'jsname', 'data-hovercard-id', 'class', 'style', 'id'];

export const ALL_KINDS: MutationKind[] = ['remove-attr', 'rename-class', 'reorder', 'duplicate', 'insert-text', 'remove-element', 'set-attr', 'replace-text'];
/** Mutations that change markup but not what the page says about its settings (used with targeted anchor strips). */
export const NEUTRAL_KINDS: MutationKind[] = ['rename-class', 'duplicate', 'insert-text'];

export function mutationArb(kinds: readonly MutationKind[]): fc.Arbitrary<Mutation> {
  return fc.record({ kind: fc.constantFrom(...kinds), at: fc.nat(), pick: fc.nat(), text: textArb });
}

export function mutationsArb(kinds: readonly MutationKind[], maxLength = 12): fc.Arbitrary<Mutation[]> {
  return fc.array(mutationArb(kinds), { minLength: 1, maxLength });
}

export function applyMutation(doc: Document, m: Mutation): void {
  const root = doc.documentElement;
  if (!root) return;
  const els = Array.from(root.querySelectorAll('*'));
  if (els.length === 0) return;
  const el = els[m.at % els.length]!;
  const structural = el === doc.body || el === root || el === doc.head;
  switch (m.kind) {
    case 'remove-attr': {
      const attrs = Array.from(el.attributes);
      if (attrs.length) el.removeAttribute(attrs[m.pick % attrs.length]!.name);
      break;
    }
    case 'rename-class': {
      const cls = Array.from(el.classList);
      if (cls.length) el.classList.replace(cls[m.pick % cls.length]!, `zz${m.pick % 997}`);
      break;
    }
    case 'reorder': {
      const parent = el.parentElement;
      if (!parent || structural) break;
      const sib = parent.children[m.pick % parent.children.length];
      if (sib && sib !== el) parent.insertBefore(el, sib);
      break;
    }
    case 'duplicate':
      if (!structural) el.after(el.cloneNode(true));
      break;
    case 'insert-text':
      el.insertBefore(doc.createTextNode(m.text), el.childNodes[m.pick % (el.childNodes.length + 1)] ?? null);
      break;
    case 'remove-element':
      if (!structural) el.remove();
      break;
    case 'set-attr':
      try {
        el.setAttribute(ATTRS[m.pick % ATTRS.length]!, m.text);
      } catch {
        /* an invalid attribute value for a reflected property: skip */
      }
      break;
    case 'replace-text':
      if (el.tagName !== 'HTML' && el.children.length === 0) el.textContent = m.text;
      break;
  }
}
