// @vitest-environment jsdom
// The batched observers of our content scripts share one MutationObserver and one input/change listener per document
// (issue 9: a Forms page runs the Forms and the Share guard). Each still gets every change, one leaving does not
// silence the other, and the last one leaving stops the shared observer.
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Changes } from '../../../src/sites/changes';
import { createBatchedObserver } from '../../../src/content/observer';

const tick = () => new Promise((r) => setTimeout(r, 30));

function member() {
  const flushes: Array<Changes | null> = [];
  const obs = createBatchedObserver(document, { scope: () => null, flush: (_t, c) => flushes.push(c) });
  return { obs, flushes };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('one shared observer per document', () => {
  test('two guards: one MutationObserver, both see each change; the last to leave stops it', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const a = member();
    const b = member();
    expect(observe).toHaveBeenCalledTimes(1);

    const sw = document.createElement('div');
    sw.setAttribute('role', 'switch');
    document.body.append(sw);
    await tick();
    sw.setAttribute('aria-checked', 'true');
    await tick();
    for (const m of [a, b]) {
      const last = m.flushes.at(-1);
      expect(last && [...last.nodes]).toContain(sw);
    }

    a.obs.disconnect();
    expect(disconnect).not.toHaveBeenCalled();
    const before = b.flushes.length;
    const aBefore = a.flushes.length;
    sw.setAttribute('aria-checked', 'false');
    await tick();
    expect(b.flushes.length).toBeGreaterThan(before);
    expect(a.flushes.length).toBe(aBefore);

    b.obs.disconnect();
    expect(disconnect).toHaveBeenCalledTimes(1);
    // a guard starting afterwards gets a fresh shared observer
    const c = member();
    expect(observe).toHaveBeenCalledTimes(2);
    c.obs.disconnect();
    observe.mockRestore();
    disconnect.mockRestore();
  });

  test('a change field reaches every guard; one guard throwing does not keep a mutation from the next', async () => {
    const bad = createBatchedObserver(document, {
      scope: () => null,
      flush: () => {},
      ignore: () => {
        throw new Error('broken guard');
      },
    });
    const good = member();
    const input = document.createElement('input');
    const sw = document.createElement('div');
    document.body.append(input, sw);
    await tick();
    sw.setAttribute('aria-checked', 'true');
    await tick();
    expect([...(good.flushes.at(-1)?.nodes ?? [])]).toContain(sw);
    input.value = 'x'; // no mutation: the change event reports the field
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await tick();
    expect([...(good.flushes.at(-1)?.nodes ?? [])]).toContain(input);
    bad.disconnect();
    good.obs.disconnect();
  });
});

// Typing fast path (issue 9): a keystroke that edits the node the previous one edited only prolongs the pause. These
// pin what it must not lose: the edited node after a flush, and a structural change or an edit outside editable text
// that arrives meanwhile.
describe('typing into editable text', () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  function field() {
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    const text = document.createTextNode('題目');
    box.append(text);
    document.body.append(box);
    return { box, text };
  }
  const key = async (t: Text, box: Element, ch = 'a') => {
    t.data += ch;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await sleep(5);
  };

  test('keystrokes wait for a pause; each flush after the first still names the edited node', async () => {
    const { box, text } = field();
    await sleep(30);
    const m = member();
    for (let round = 0; round < 3; round++) {
      const before = m.flushes.length;
      for (let i = 0; i < 4; i++) await key(text, box);
      expect(m.flushes.length).toBe(before); // still typing: no flush yet
      await sleep(400);
      expect(m.flushes.length).toBe(before + 1);
      const c = m.flushes.at(-1)!;
      expect([...c.text]).toContain(text);
      expect([...c.nodes]).toContain(box);
    }
    m.obs.disconnect();
  });

  test('a switch flipped while typing flushes at once, and so does an edit after the node left the editable text', async () => {
    const { box, text } = field();
    const sw = document.createElement('div');
    sw.setAttribute('role', 'switch');
    const plain = document.createElement('div');
    document.body.append(sw, plain);
    await sleep(30);
    const m = member();
    await key(text, box);
    await key(text, box);
    const before = m.flushes.length;
    sw.setAttribute('aria-checked', 'true');
    await sleep(40); // far less than the typing pause
    expect(m.flushes.length).toBe(before + 1);
    expect([...m.flushes.at(-1)!.nodes]).toEqual(expect.arrayContaining([text, sw]));

    await key(text, box);
    await key(text, box);
    plain.append(text); // the text node leaves the editable box (a structural change: flushes at once)
    await sleep(40);
    const moved = m.flushes.length;
    text.data += '!'; // a page edit of text that is no longer editable: not typing
    await sleep(40);
    expect(m.flushes.length).toBe(moved + 1);
    expect([...m.flushes.at(-1)!.text]).toContain(text);
    m.obs.disconnect();
  });
});
