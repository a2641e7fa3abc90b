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
