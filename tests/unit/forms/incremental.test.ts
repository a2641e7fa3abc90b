// Incremental re-reads (issue 9): given the nodes a MutationObserver reported, readForms reuses the cards
// that did not change. Whatever the edits, the incremental snapshot must equal a fresh full read.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../../src/core/engine';
import { DEFAULT_POLICY } from '../../../src/core/policy';
import { formsRules } from '../../../src/core/rules/forms';
import { changesFrom } from '../../../src/sites/changes';
import { readForms } from '../../../src/sites/forms/reader';

const URL_EDIT = 'https://docs.google.com/forms/d/1FAIpQLSdIncrementalTest0000000000000/edit';

function setup(fixture: string) {
  const dom = new JSDOM(readFileSync(`tests/fixtures/forms/${fixture}`, 'utf8'), { url: URL_EDIT });
  const doc = dom.window.document;
  const mo = new dom.window.MutationObserver(() => {});
  mo.observe(doc.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  const changed = () => changesFrom(mo.takeRecords());
  return { doc, changed };
}

const cards = (doc: Document) => Array.from(doc.querySelectorAll('[data-item-id]'));
const titleOf = (card: Element) => card.querySelector('[role="textbox"]');

type Edit =
  | { kind: 'title'; card: number; text: string }
  | { kind: 'toggle' }
  | { kind: 'clone'; card: number }
  // a copy with the same id (a drag ghost) and another title; hiding a card or a block of cards (an attribute only)
  | { kind: 'ghost'; card: number }
  | { kind: 'hide'; card: number }
  | { kind: 'hide-block'; card: number }
  | { kind: 'remove'; card: number }
  | { kind: 'type'; card: number; type: number }
  | { kind: 'unlabel'; card: number }
  | { kind: 'isolate'; card: number }
  // outside the cards: the Settings panel and the form header
  | { kind: 'relabel'; row: number; text: string }
  | { kind: 'dup-row'; row: number }
  | { kind: 'drop-row'; row: number }
  | { kind: 'hide-row'; row: number }
  | { kind: 'aria'; row: number; label: string }
  | { kind: 'form-title'; text: string };

const SETTING_TEXTS = ['查看結果摘要', '僅限回覆 1 次', '允許編輯回覆', '收集電子郵件地址', '顯示進度列', 'See summary charts and text responses', ''];
const rows = (doc: Document) => Array.from(doc.querySelectorAll('.mhLiyf, [role="listitem"]')).filter((r) => !r.closest('[data-item-id]'));

function apply(doc: Document, e: Edit): void {
  const list = cards(doc);
  if (list.length === 0) return;
  const card = list[('card' in e ? e.card : 0) % list.length]!;
  switch (e.kind) {
    case 'title': {
      const t = titleOf(card);
      if (t?.firstChild && t.firstChild.nodeType === 3) (t.firstChild as Text).data = e.text;
      else if (t) t.textContent = e.text;
      break;
    }
    case 'toggle': {
      const sw = Array.from(doc.querySelectorAll('[role="switch"]')).find((x) => x.closest('.mhLiyf')?.textContent?.includes('查看結果摘要'));
      sw?.setAttribute('aria-checked', sw.getAttribute('aria-checked') === 'true' ? 'false' : 'true');
      break;
    }
    case 'clone': {
      const copy = card.cloneNode(true) as Element;
      copy.setAttribute('data-item-id', String(100000 + Math.floor(Math.random() * 1e6)));
      card.after(copy);
      break;
    }
    case 'ghost': {
      const copy = card.cloneNode(true) as Element;
      const t = titleOf(copy);
      if (t) t.textContent = `ghost ${t.textContent}`;
      card.after(copy);
      break;
    }
    case 'hide':
      card.toggleAttribute('hidden');
      break;
    case 'hide-block':
      card.parentElement?.toggleAttribute('hidden');
      break;
    case 'remove':
      card.remove();
      break;
    case 'relabel':
    case 'dup-row':
    case 'drop-row':
    case 'hide-row':
    case 'aria': {
      const rs = rows(doc);
      const row = rs[e.row % Math.max(1, rs.length)];
      if (!row) break;
      if (e.kind === 'relabel') {
        const walker = doc.createTreeWalker(row, 4);
        const t = walker.nextNode() as Text | null;
        if (t) t.data = e.text;
      } else if (e.kind === 'dup-row') row.after(row.cloneNode(true));
      else if (e.kind === 'drop-row') row.remove();
      else if (e.kind === 'hide-row') row.toggleAttribute('hidden');
      else {
        const c = row.querySelector('[role="switch"],[role="checkbox"],[role="listbox"]');
        if (c) c.setAttribute('aria-label', e.label);
      }
      break;
    }
    case 'form-title': {
      const t = doc.querySelector('[aria-label="表單標題"],[aria-label="Form title"]');
      if (t?.firstChild && t.firstChild.nodeType === 3) (t.firstChild as Text).data = e.text;
      else if (t) t.textContent = e.text;
      break;
    }
    case 'isolate': {
      // the card alone in a block of its own: removing it later leaves no ancestor of cards behind
      const w = doc.createElement('div');
      card.before(w);
      w.append(card);
      break;
    }
    case 'unlabel': {
      // the title loses (or gets back) its aria-label: what the card notes changes, not only its item
      const t = titleOf(card);
      if (t?.hasAttribute('aria-label')) t.removeAttribute('aria-label');
      else t?.setAttribute('aria-label', '問題');
      break;
    }
    case 'type': {
      const opts = Array.from(card.querySelectorAll('[role="listbox"] [role="option"]'));
      opts.forEach((o) => o.setAttribute('aria-selected', o.getAttribute('data-value') === String(e.type) ? 'true' : 'false'));
      break;
    }
  }
}

describe('incremental Forms reads', () => {
  test('a title edit re-reads only that card; a settings toggle reuses every card', () => {
    const { doc, changed } = setup('e2e-editor-zh.html');
    const first = readForms(doc, URL_EDIT);
    changed();
    const card = cards(doc)[1]!;
    titleOf(card)!.textContent = '請填寫家長手機號碼';
    const next = readForms(doc, URL_EDIT, changed());
    expect(next.items!.map((i) => i.title)).toContain('請填寫家長手機號碼');
    expect(next.items!.length).toBe(first.items!.length);
    apply(doc, { kind: 'toggle' });
    const toggled = readForms(doc, URL_EDIT, changed());
    expect(toggled.settings.summaryToRespondents).toBe(!first.settings.summaryToRespondents);
    expect(toggled.items).toEqual(next.items);
  });

  test('a title typed and a card added in one flush: the typed title is read, not the card as it was', () => {
    const { doc, changed } = setup('e2e-editor-zh.html');
    readForms(doc, URL_EDIT);
    changed();
    apply(doc, { kind: 'title', card: 1, text: '請填寫家長手機號碼' });
    apply(doc, { kind: 'clone', card: 2 });
    const next = readForms(doc, URL_EDIT, changed());
    expect(next.items!.map((i) => i.title)).toContain('請填寫家長手機號碼');
    expect(next.items).toEqual(readForms(doc, URL_EDIT).items);
  });

  test('a card edited while it is not the one read (a drag ghost shares its id) is read afresh when it is again', () => {
    // found by the property test: the original card lost its title label while its ghost was the card read; with the
    // ghost gone the original came back with what it noted before the edit
    for (const fixture of ['e2e-editor-zh.html', 'many-questions-zh.html', 'editor-questions-en.html']) {
      const { doc, changed } = setup(fixture);
      changed();
      let inc = readForms(doc, URL_EDIT);
      const groups: Edit[][] = [
        [{ kind: 'ghost', card: 10 }],
        [{ kind: 'unlabel', card: 21 }, { kind: 'title', card: 0, text: '' }],
        [{ kind: 'remove', card: 2 }, { kind: 'form-title', text: '設定' }],
      ];
      for (const g of groups) {
        for (const e of g) apply(doc, e);
        inc = readForms(doc, URL_EDIT, changed());
      }
      const full = readForms(doc, URL_EDIT);
      expect(inc.items).toEqual(full.items);
      expect(inc.diagnostics).toEqual(full.diagnostics);
    }
  });

  test('a card taken out of the page, edited there and put back is read afresh (a move, or Google re-rendering it)', () => {
    const { doc, changed } = setup('e2e-editor-zh.html');
    readForms(doc, URL_EDIT);
    changed();
    const card = cards(doc)[1]!;
    const [parent, next] = [card.parentNode!, card.nextSibling];
    card.remove();
    readForms(doc, URL_EDIT, changed());
    titleOf(card)!.textContent = '請填寫家長手機號碼'; // unobserved: the card is not in the document
    parent.insertBefore(card, next);
    const back = readForms(doc, URL_EDIT, changed());
    expect(back.items!.map((i) => i.title)).toContain('請填寫家長手機號碼');
    expect(back.items).toEqual(readForms(doc, URL_EDIT).items);
  });

  test('the Questions tab hidden and shown again (an attribute of the block of cards) re-reads no card', () => {
    const { doc, changed } = setup('e2e-editor-zh.html');
    const first = readForms(doc, URL_EDIT);
    changed();
    const body = doc.querySelector('[data-tab-body="questions"]')!;
    body.toggleAttribute('hidden');
    const hidden = readForms(doc, URL_EDIT, changed());
    body.toggleAttribute('hidden');
    const shown = readForms(doc, URL_EDIT, changed());
    expect(hidden.items).toBe(first.items);
    expect(shown.items).toBe(first.items);
  });

  test('whatever the sequence of edits, the incremental snapshot equals a fresh full read', () => {
    const edit: fc.Arbitrary<Edit> = fc.oneof(
      fc.record({
        kind: fc.constant('title' as const),
        card: fc.nat(80),
        // random text, and questions the rules flag (so that their answers change along the way too)
        text: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('身分證字號', '家長手機號碼', '是否有重大傷病', '本表僅用於報名，保存至活動結束後一個月', '')),
      }),
      fc.constant({ kind: 'toggle' as const }),
      fc.record({ kind: fc.constant('clone' as const), card: fc.nat(80) }),
      fc.record({ kind: fc.constant('remove' as const), card: fc.nat(80) }),
      fc.record({ kind: fc.constant('ghost' as const), card: fc.nat(80) }),
      fc.record({ kind: fc.constant('hide' as const), card: fc.nat(80) }),
      fc.record({ kind: fc.constant('hide-block' as const), card: fc.nat(80) }),
      fc.record({ kind: fc.constant('type' as const), card: fc.nat(80), type: fc.constantFrom(0, 1, 2, 4, 9, 13, 99) }),
      fc.record({ kind: fc.constant('unlabel' as const), card: fc.nat(80) }),
      fc.record({ kind: fc.constant('isolate' as const), card: fc.nat(80) }),
      fc.record({ kind: fc.constant('relabel' as const), row: fc.nat(20), text: fc.constantFrom(...SETTING_TEXTS) }),
      fc.record({ kind: fc.constant('dup-row' as const), row: fc.nat(20) }),
      fc.record({ kind: fc.constant('drop-row' as const), row: fc.nat(20) }),
      fc.record({ kind: fc.constant('hide-row' as const), row: fc.nat(20) }),
      fc.record({ kind: fc.constant('aria' as const), row: fc.nat(20), label: fc.constantFrom(...SETTING_TEXTS) }),
      fc.record({ kind: fc.constant('form-title' as const), text: fc.constantFrom('設定', '家長同意書', '') }),
    );
    for (const fixture of ['e2e-editor-zh.html', 'many-questions-zh.html', 'editor-questions-en.html']) {
      fc.assert(
        // edits in groups: one flush can carry several (typing, then a switch or a new card before the pause ends)
        fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 10 }), (groups) => {
          const { doc, changed } = setup(fixture);
          changed();
          let inc = readForms(doc, URL_EDIT);
          for (const group of groups) {
            for (const e of group) apply(doc, e);
            inc = readForms(doc, URL_EDIT, changed());
            evaluate(inc, DEFAULT_POLICY, formsRules); // the rules keep answers from one items array to the next
          }
          // a stale card anywhere along the way would still be stale here
          const full = readForms(doc, URL_EDIT);
          const incResults = evaluate(inc, DEFAULT_POLICY, formsRules).results;
          // an empty form in between: the rules then answer for the fresh read without anything from before
          evaluate({ ...full, items: [] }, DEFAULT_POLICY, formsRules);
          expect(incResults).toEqual(evaluate(full, DEFAULT_POLICY, formsRules).results);
          expect(inc.items).toEqual(full.items);
          expect(inc.settings).toEqual(full.settings);
          expect(inc.title).toEqual(full.title);
          expect(inc.description).toEqual(full.description);
          expect(inc.diagnostics.counts).toEqual(full.diagnostics.counts);
          expect([...inc.diagnostics.notes].sort()).toEqual([...full.diagnostics.notes].sort());
        }),
        { numRuns: 25 },
      );
    }
  });
});
