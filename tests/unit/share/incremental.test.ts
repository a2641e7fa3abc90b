// Incremental re-reads of the share dialog (issue 9): given what a MutationObserver reported, readShareDialog reuses
// the people it read before and the general-access heading it found. Whatever the edits, the incremental snapshot
// must equal a fresh full read.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../../src/core/engine';
import { DEFAULT_POLICY } from '../../../src/core/policy';
import { shareRules } from '../../../src/core/rules/share';
import { changesFrom } from '../../../src/sites/changes';
import { readShareDialog } from '../../../src/sites/share/reader';

const FRAME_URL =
  'https://docs.google.com/drivesharing/driveshare?id=1IncrementalShareAbCdEfGhIjKlMnOp&command=init_share&foreignService=ritz&hl=zh-TW&origin=https%3A%2F%2Fdocs.google.com';

function setup(fixture: string) {
  const dom = new JSDOM(readFileSync(`tests/fixtures/share/${fixture}`, 'utf8'), { url: FRAME_URL });
  const doc = dom.window.document;
  const mo = new dom.window.MutationObserver(() => {});
  mo.observe(doc.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  return { doc, changed: () => changesFrom(mo.takeRecords()) };
}

type Edit =
  | { kind: 'role'; row: number; text: string }
  | { kind: 'rename'; row: number; text: string }
  | { kind: 'email'; row: number; text: string }
  | { kind: 'clone'; row: number }
  | { kind: 'remove'; row: number }
  | { kind: 'unwrap'; row: number }
  | { kind: 'hide'; row: number }
  | { kind: 'heading'; row: number }
  | { kind: 'section-top' }
  | { kind: 'ga'; text: string }
  | { kind: 'subtitle'; text: string };

const ROLES = ['編輯者', '檢視者', '加註者', 'Editor', 'Viewer', '擁有者', ''];
const GA = ['限制', '知道連結的任何人', '臺北市立示範國民中學', 'Anyone with the link', ''];
const people = (doc: Document) => Array.from(doc.querySelectorAll('[data-hovercard-id]'));

function apply(doc: Document, e: Edit): void {
  const list = people(doc);
  const el = 'row' in e && list.length > 0 ? list[e.row % list.length]! : null;
  const row = el?.closest('li, [role="menuitem"], [role="listitem"], [role="row"]') ?? el;
  const firstText = (root: Element | null | undefined) => {
    const w = doc.createTreeWalker(root ?? doc.body, 4);
    return w.nextNode() as Text | null;
  };
  switch (e.kind) {
    case 'role': {
      const b = row?.querySelector('button, [role="button"]');
      if (b) {
        const t = firstText(b);
        if (t) t.data = e.text;
        else b.textContent = e.text;
        b.setAttribute('aria-label', `${e.text}. change permission`);
      }
      break;
    }
    case 'rename': {
      const t = firstText(el);
      if (t) t.data = e.text;
      break;
    }
    case 'email':
      el?.setAttribute('data-hovercard-id', e.text);
      break;
    case 'clone':
      if (row) row.after(row.cloneNode(true));
      break;
    case 'remove':
      row?.remove();
      break;
    case 'unwrap':
      // the person element leaves its row (a chip outside any row)
      if (el && row && row !== el) row.before(el);
      break;
    case 'hide':
      row?.toggleAttribute('hidden');
      break;
    case 'heading':
      // a leaf reading 一般存取權 appears inside a row
      if (row) {
        const s = doc.createElement('span');
        s.textContent = '一般存取權';
        row.appendChild(s);
      }
      break;
    case 'section-top': {
      // a second general-access block before everything else: its heading is now the dialog's first
      // (inside an element without people, so the people read stays incremental)
      const d = doc.querySelector('[role="dialog"]') ?? doc.body;
      const host = Array.from(d.querySelectorAll('div, span')).find((x) => !x.querySelector('[data-hovercard-id]') && !x.closest('li, [role="menuitem"], [role="listitem"], [role="row"]') && !x.closest('[data-hovercard-id]'));
      const block = doc.createElement('div');
      block.innerHTML = '<h3>一般存取權</h3><div><button aria-haspopup="menu"><span>知道連結的任何人</span></button></div>';
      host?.prepend(block);
      break;
    }
    case 'ga': {
      const v = doc.querySelector('#ga-value, [jsname="K4r5Ff"]');
      if (v) v.textContent = e.text;
      const b = doc.querySelector('#ga-button, button[aria-haspopup]');
      b?.setAttribute('aria-expanded', b.getAttribute('aria-expanded') === 'true' ? 'false' : 'true');
      break;
    }
    case 'subtitle': {
      const s = doc.querySelector('.RJS6zb');
      if (s) s.textContent = e.text;
      break;
    }
  }
}

// the share rules key what they derive from people on the people array: they must agree with a fresh evaluation too
const POLICY = { ...DEFAULT_POLICY, schoolDomains: ['example.edu.tw'], coeditorThreshold: 3 };
const verdicts = (s: ReturnType<typeof readShareDialog>) => (s ? evaluate(s, POLICY, shareRules).results : null);

describe('incremental share dialog reads', () => {
  test('a general-access change hands out the same people list; a role change a new one', () => {
    // (every person of this dialog sits in a row: the list is kept only then, visibility of the others is read anew)
    const { doc, changed } = setup('e2e-frame-roster-zh.html');
    const first = readShareDialog(doc, FRAME_URL)!;
    changed();
    doc.querySelector('#ga-value')!.textContent = '知道連結的任何人';
    const toggled = readShareDialog(doc, FRAME_URL, changed())!;
    expect(toggled.people).toBe(first.people);
    expect(toggled.generalAccess).toBe('anyone');
    expect(toggled.diagnostics.counts).toEqual(first.diagnostics.counts);
    apply(doc, { kind: 'role', row: 1, text: '檢視者' });
    const edited = readShareDialog(doc, FRAME_URL, changed())!;
    expect(edited.people).not.toBe(first.people);
    expect(edited.people).toEqual(readShareDialog(doc, FRAME_URL)!.people);
  });

  test('removing the last person of the list is seen (no element holding people is left to say so)', () => {
    const { doc, changed } = setup('frame-docs-en-restricted.html');
    readShareDialog(doc, FRAME_URL);
    changed();
    let inc = readShareDialog(doc, FRAME_URL);
    for (let i = 0; i < 4; i++) {
      apply(doc, { kind: 'remove', row: 0 });
      inc = readShareDialog(doc, FRAME_URL, changed());
    }
    expect(people(doc)).toHaveLength(0);
    expect(inc?.people ?? null).toEqual(readShareDialog(doc, FRAME_URL)?.people ?? null);
  });

  test('whatever the sequence of edits, the incremental snapshot equals a fresh full read', () => {
    const edit: fc.Arbitrary<Edit> = fc.oneof(
      fc.record({ kind: fc.constant('role' as const), row: fc.nat(60), text: fc.constantFrom(...ROLES) }),
      fc.record({ kind: fc.constant('rename' as const), row: fc.nat(60), text: fc.constantFrom('王小明', '陳老師', 'x@gmail.com', '') }),
      fc.record({ kind: fc.constant('email' as const), row: fc.nat(60), text: fc.constantFrom('a@gmail.com', 'b@example.edu.tw', '') }),
      fc.record({ kind: fc.constant('clone' as const), row: fc.nat(60) }),
      fc.record({ kind: fc.constant('remove' as const), row: fc.nat(60) }),
      fc.record({ kind: fc.constant('remove' as const), row: fc.constant(0) }), // (often: the list runs empty)
      fc.record({ kind: fc.constant('unwrap' as const), row: fc.nat(60) }),
      fc.record({ kind: fc.constant('hide' as const), row: fc.nat(60) }),
      fc.record({ kind: fc.constant('heading' as const), row: fc.nat(60) }),
      fc.record({ kind: fc.constant('ga' as const), text: fc.constantFrom(...GA) }),
      fc.constant({ kind: 'section-top' as const }),
      fc.record({ kind: fc.constant('subtitle' as const), text: fc.constantFrom('網際網路上任何知道連結的人都能編輯', '只有具備存取權的使用者才能透過連結開啟', '') }),
    );
    for (const fixture of ['e2e-frame-roster-zh.html', 'frame-50-people-zh.html', 'frame-docs-en-restricted.html', 'frame-changed.html']) {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 10 }), (edits) => {
          const { doc, changed } = setup(fixture);
          let inc = readShareDialog(doc, FRAME_URL);
          changed();
          for (const e of edits) {
            apply(doc, e);
            inc = readShareDialog(doc, FRAME_URL, changed());
          }
          const full = readShareDialog(doc, FRAME_URL);
          expect(inc?.people ?? null).toEqual(full?.people ?? null);
          expect(verdicts(inc)).toEqual(verdicts(full));
          expect(inc?.generalAccess ?? null).toEqual(full?.generalAccess ?? null);
          expect(inc?.linkRole ?? null).toEqual(full?.linkRole ?? null);
          expect(inc?.diagnostics.counts).toEqual(full?.diagnostics.counts);
          expect([...(inc?.diagnostics.notes ?? [])].sort()).toEqual([...(full?.diagnostics.notes ?? [])].sort());
        }),
        { numRuns: 25 },
      );
    }
  });
});
