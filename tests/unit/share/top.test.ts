// The share guard on an editor's top frame (issue 9): after edits that touch no dialog, title bar, document title
// field or page title (typing in the editor, a card getting focused), the last answer stands (no query over the whole
// page); any other edit reads again. Whatever the edits, the answer must equal
// a fresh read, and the scope the guard observes must be the dialog a fresh look would find.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { changeCollector } from '../../../src/sites/changes';
import { readShareTop, shareObserveRoot } from '../../../src/sites/share/reader';

const URL_TOP = 'https://docs.google.com/document/d/1InlineDialogDocAbCdEfGhIjKlMnOpQrSt/edit';

function setup(fixture: string) {
  const dom = new JSDOM(readFileSync(`tests/fixtures/share/${fixture}`, 'utf8'), { url: URL_TOP });
  const doc = dom.window.document;
  // the editor's own editable text (a document body, a question title) next to the title bar
  const editor = doc.createElement('div');
  editor.setAttribute('contenteditable', 'true');
  editor.textContent = '第一段';
  doc.body.appendChild(editor);
  const c = changeCollector();
  const mo = new dom.window.MutationObserver((rs) => rs.forEach((r) => c.record(r)));
  mo.observe(doc.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  const changed = () => {
    for (const r of mo.takeRecords()) c.record(r);
    return c.take();
  };
  return { doc, editor, changed, touch: (n: Node) => c.touch(n) };
}

type Edit =
  | { kind: 'type'; text: string }
  | { kind: 'type-title'; text: string }
  | { kind: 'button'; label: string }
  | { kind: 'close' }
  | { kind: 'open' }
  | { kind: 'hide' }
  | { kind: 'dialog-in-editor' }
  | { kind: 'page-title'; text: string }
  | { kind: 'editor-class' }
  | { kind: 'host-hidden' };

const SHARE_DIALOG = `<div role="heading">Share "Parent contact list"</div><ul><li role="menuitem"><div data-hovercard-id="x@gmail.com"><div>X</div></div><button aria-haspopup="menu" aria-label="Editor. change permission"><span>Editor</span></button></li></ul><div class="u5mDnb"><h3 class="quTB6">General access</h3><button aria-haspopup="menu" aria-label="Restricted change general access"><span>Restricted</span></button></div>`;

function shareDialog(doc: Document): Element {
  const d = doc.createElement('div');
  d.setAttribute('role', 'dialog');
  d.innerHTML = SHARE_DIALOG;
  return d;
}

function apply(s: ReturnType<typeof setup>, e: Edit): void {
  const { doc, editor } = s;
  const inline = doc.querySelector('.inline-share-host [role="dialog"]');
  switch (e.kind) {
    case 'type':
      if (editor.firstChild?.nodeType === 3) (editor.firstChild as Text).data += e.text;
      else editor.textContent = e.text;
      break;
    case 'type-title': {
      const input = doc.querySelector<HTMLInputElement>('input.docs-title-input');
      if (input) {
        input.value = e.text; // a field's value: no mutation, the observer's input listener reports the field
        s.touch(input);
      }
      break;
    }
    case 'button':
      doc.querySelector('#docs-titlebar-share-client-button [role="button"]')?.setAttribute('aria-label', e.label);
      break;
    case 'close':
      inline?.remove();
      break;
    case 'open': {
      if (inline) break;
      (doc.querySelector('.inline-share-host') ?? doc.body).appendChild(shareDialog(doc));
      break;
    }
    case 'hide':
      if (inline) inline.getAttribute('aria-hidden') === 'true' ? inline.removeAttribute('aria-hidden') : inline.setAttribute('aria-hidden', 'true');
      break;
    case 'dialog-in-editor': {
      // a dialog built inside editable text (unusual, but the dialog query must still see it)
      editor.appendChild(shareDialog(doc));
      break;
    }
    case 'page-title':
      doc.title = e.text;
      break;
    case 'editor-class':
      editor.classList.toggle('focused');
      break;
    case 'host-hidden':
      // the element around the inline dialog is hidden or shown: an attribute change outside the dialog itself
      doc.querySelector('.inline-share-host')?.toggleAttribute('hidden');
      break;
  }
}

describe('share guard on an editor top frame', () => {
  test('typing in the editor or focusing it keeps the last answer; a Share button change reads again', () => {
    const s = setup('docs-top-zh.html');
    const first = readShareTop(s.doc, URL_TOP, null);
    expect(first?.context).toBe('button');
    s.changed();
    apply(s, { kind: 'type', text: '字' });
    expect(readShareTop(s.doc, URL_TOP, s.changed())).toBe(first);
    apply(s, { kind: 'editor-class' });
    expect(readShareTop(s.doc, URL_TOP, s.changed())).toBe(first);
    apply(s, { kind: 'button', label: '共用。只有我。' });
    const after = readShareTop(s.doc, URL_TOP, s.changed());
    expect(after).not.toBe(first);
    expect(after?.generalAccess).toBe('restricted');
  });

  test('a fragment navigation keeps the reading at the new URL; another page reads again', () => {
    const s = setup('docs-top-zh.html');
    const first = readShareTop(s.doc, URL_TOP, null)!;
    s.changed();
    apply(s, { kind: 'type', text: '字' });
    const all = vi.spyOn(s.doc, 'querySelectorAll');
    const hashed = readShareTop(s.doc, `${URL_TOP}#settings`, s.changed())!;
    expect(all).not.toHaveBeenCalled(); // no look at the page
    all.mockRestore();
    expect(hashed.url).toBe(`${URL_TOP}#settings`);
    expect({ ...hashed, url: URL_TOP }).toEqual(first);
    // unchanged since: the very same answer, and what a fresh read at that URL gives
    expect(readShareTop(s.doc, `${URL_TOP}#settings`, s.changed())).toBe(hashed);
    expect(hashed).toEqual(readShareTop(s.doc, `${URL_TOP}#settings`, null));
    const other = 'https://docs.google.com/document/d/1OtherDocAbCdEfGhIjKlMnOpQrStUv/edit';
    const read = readShareTop(s.doc, other, s.changed())!;
    expect(read.itemKey).not.toBe(first.itemKey);
    expect(read.url).toBe(other);
  });

  test('whatever the edits, the answer and the observed scope equal a fresh look', () => {
    const edit: fc.Arbitrary<Edit> = fc.oneof(
      fc.record({ kind: fc.constant('type' as const), text: fc.constantFrom('字', 'a', '身分證字號') }),
      fc.record({ kind: fc.constant('type-title' as const), text: fc.constantFrom('三年一班學生名冊', 'Handout', '') }),
      fc.record({ kind: fc.constant('button' as const), label: fc.constantFrom('Share. Anyone with the link.', 'Share. Private to only me.', '共用。知道連結的任何人。', '') }),
      fc.constant({ kind: 'close' as const }),
      fc.constant({ kind: 'open' as const }),
      fc.constant({ kind: 'hide' as const }),
      fc.constant({ kind: 'dialog-in-editor' as const }),
      fc.constant({ kind: 'editor-class' as const }),
      fc.constant({ kind: 'host-hidden' as const }),
      fc.record({ kind: fc.constant('page-title' as const), text: fc.constantFrom('學生名冊 - Google 文件', 'Notes - Google Docs') }),
    );
    for (const fixture of ['inline-top-en.html', 'docs-top-zh.html', 'docs-top-en.html']) {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
          const s = setup(fixture);
          let inc = readShareTop(s.doc, URL_TOP, null);
          s.changed();
          let scope = shareObserveRoot(s.doc);
          for (const e of edits) {
            apply(s, e);
            inc = readShareTop(s.doc, URL_TOP, s.changed());
            scope = shareObserveRoot(s.doc);
          }
          const full = readShareTop(s.doc, URL_TOP, null);
          expect(inc).toEqual(full);
          // the scope a fresh look finds (a second document has no memory of this one)
          const fresh = new JSDOM(s.doc.documentElement.outerHTML, { url: URL_TOP }).window.document;
          expect(scope.outerHTML).toBe(shareObserveRoot(fresh).outerHTML);
        }),
        { numRuns: 40 },
      );
    }
  });
});
