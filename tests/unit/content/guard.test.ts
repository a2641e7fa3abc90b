// @vitest-environment jsdom
// What a navigation makes the guard read (issue 9): a navigation inside the page (Forms: Questions ↔ Settings is
// #settings, which fires popstate and hashchange) keeps the change set, so the readers reuse what the mutations that
// came with it left alone; a page shown again from the back/forward cache reads everything.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { startGuard } from '../../../src/content/guard';
import type { Changes } from '../../../src/sites/changes';

const tick = () => new Promise((r) => setTimeout(r, 40));

beforeEach(() => {
  vi.stubGlobal('chrome', {
    runtime: { id: 'test', sendMessage: () => Promise.resolve(undefined) },
    storage: { onChanged: { addListener() {}, removeListener() {} } },
  });
});
afterEach(() => vi.unstubAllGlobals());

test('hashchange and popstate keep what changed; pageshow reads everything', async () => {
  const reads: Array<Changes | null> = [];
  const guard = startGuard({ app: 'forms', read: (_d, _u, changed) => (reads.push(changed), null), rules: [] });
  await tick();
  const sw = document.createElement('div');
  document.body.append(sw);
  await tick();
  reads.length = 0;

  // the page's own tab switch: a panel is shown and the hash changes
  for (const type of ['hashchange', 'popstate']) {
    reads.length = 0;
    sw.toggleAttribute('hidden');
    window.dispatchEvent(new Event(type));
    await tick();
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((c) => c !== null)).toBe(true);
    expect(reads.some((c) => c?.nodes.has(sw))).toBe(true);
  }
  reads.length = 0;
  window.dispatchEvent(new Event('pageshow'));
  await tick();
  expect(reads).toEqual([null]);
  guard.stop();
});
