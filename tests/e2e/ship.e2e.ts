// Privacy promise (docs/privacy.md): the extension sends nothing anywhere. While the popup and the
// options page are used on a page with findings, every request made by the extension's own pages
// and by its service worker is recorded, and none may leave for the network; the harness's list of
// blocked requests may only hold misses of the (fixture) web page itself.
import type { Page, Request, WebSocket } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { currentWorker, launch, until, type Harness } from './harness';
import { FORMS_ZH } from './urls';

interface Seen {
  url: string;
  from: 'worker' | 'extension-page' | 'web-page';
  where: string;
  type: string;
}

let h: Harness;
const seen: Seen[] = [];
const sockets: string[] = [];
let ext = '';

function classify(req: Request): Seen {
  const sw = req.serviceWorker();
  if (sw) return { url: req.url(), from: sw.url().startsWith(ext) ? 'worker' : 'web-page', where: sw.url(), type: req.resourceType() };
  let where = '';
  try {
    where = req.frame().page().url();
  } catch {
    /* detached */
  }
  const fromExt = where.startsWith(ext) || req.url().startsWith(ext) || (req.isNavigationRequest() && req.url().startsWith('chrome-extension://'));
  return { url: req.url(), from: fromExt ? 'extension-page' : 'web-page', where, type: req.resourceType() };
}

/** Wraps the network APIs of a worker or page global and counts any call (belt and braces to request events). */
const TRAP = () => {
  const g = globalThis as any;
  if (g.__cpgNet) return;
  const calls: string[] = [];
  g.__cpgNet = calls;
  const wrap = (name: string, obj: any, key: string) => {
    const orig = obj?.[key];
    if (typeof orig !== 'function') return;
    obj[key] = function (this: unknown, ...args: unknown[]) {
      calls.push(`${name} ${String(args[0] instanceof Request ? args[0].url : args[0])}`);
      return orig.apply(this, args);
    };
  };
  wrap('fetch', g, 'fetch');
  wrap('sendBeacon', g.navigator, 'sendBeacon');
  if (g.XMLHttpRequest) wrap('xhr', g.XMLHttpRequest.prototype, 'open');
  for (const C of ['WebSocket', 'EventSource']) {
    const Orig = g[C];
    if (typeof Orig !== 'function') continue;
    g[C] = new Proxy(Orig, {
      construct(target, args) {
        calls.push(`${C} ${String(args[0])}`);
        return Reflect.construct(target, args);
      },
    });
  }
};

async function trapPage(page: Page) {
  page.on('websocket', (ws: WebSocket) => sockets.push(`${page.url()} → ${ws.url()}`));
  await page.evaluate(TRAP);
}
const callsOf = async (page: Page) => (await page.evaluate(() => (globalThis as any).__cpgNet ?? ['(page reloaded: trap lost)'])) as string[];

beforeAll(async () => {
  h = await launch();
  ext = `chrome-extension://${h.extensionId}/`;
  h.context.on('request', (req) => seen.push(classify(req)));
  await h.serve(FORMS_ZH, 'tests/fixtures/forms/e2e-editor-zh.html');
});
afterAll(async () => h?.close());

describe('no network traffic from the extension', () => {
  test('using the popup and the options page sends nothing to the network', async () => {
    const worker = await currentWorker(h.context);
    await worker.evaluate(TRAP);

    const page = await h.open(FORMS_ZH);
    const tabId = await h.tabIdOf(FORMS_ZH);
    await until(async () => (await h.badge(tabId)).text !== '');

    // --- popup: every action a teacher can take
    const popup = await h.popup(tabId);
    await trapPage(popup);
    const finding = popup.locator('article[data-rule="forms.summary-public"][data-status="violation"]');
    await finding.waitFor();
    await finding.locator('[data-action="remind"]').click();
    await finding.locator('.reminded').waitFor();
    await finding.locator('[data-action="ack"]').click();
    await finding.locator('input[type="text"]').fill('已通知班導處理');
    await finding.locator('[data-action="ack-confirm"]').click();
    await popup.locator('article[data-rule="forms.summary-public"][data-acknowledged="true"]').waitFor();
    await popup.locator('article[data-rule="forms.summary-public"] [data-action="unack"]').click();
    await popup.locator('article[data-rule="forms.summary-public"]:not([data-acknowledged])').waitFor();
    await popup.locator('details.diagnostics > summary').click();
    await popup.locator('[data-action="copy-report"]').click();
    await popup.waitForTimeout(1200); // one refresh poll of the popup
    const optionsOpened = h.context.waitForEvent('page', { predicate: (p) => p.url().includes('/src/options/') });
    await popup.locator('[data-action="options"]').click();
    const options = await optionsOpened;
    await options.waitForLoadState('load');
    // a tab the extension opens itself may load before the recorder attaches: load it again, observed
    const beforeReload = seen.length;
    await options.reload();
    await trapPage(options);

    // --- options: save settings, the reminder list, acknowledgements, export, clear (cancelled)
    await options.locator('main').waitFor();
    const save = options.locator('[data-action="save"]');
    if (await save.count()) await save.first().click();
    for (const action of ['snooze', 'export', 'clear', 'clear-cancel']) {
      const b = options.locator(`[data-action="${action}"]`);
      if (await b.count()) await b.first().click();
    }
    await options.waitForTimeout(500);

    // --- what went out
    const workerCalls = (await (await currentWorker(h.context)).evaluate(() => (globalThis as any).__cpgNet ?? null)) as string[] | null;
    const popupCalls = await callsOf(popup);
    const optionsCalls = await callsOf(options);

    const fromExtension = seen.filter((s) => s.from !== 'web-page');
    expect(fromExtension.length, 'the recorder saw the extension pages load').toBeGreaterThan(0);
    expect(seen.slice(beforeReload).filter((s) => s.from === 'extension-page').length, 'the options page\u2019s own loads were seen').toBeGreaterThan(0);
    const local = (u: string) => u.startsWith(ext) || u.startsWith(`blob:${ext}`) || u.startsWith('data:');
    expect(fromExtension.filter((s) => !local(s.url)), 'extension requests leaving the extension').toEqual([]);
    expect(sockets, 'websockets from extension pages').toEqual([]);
    expect(popupCalls.filter((c) => !local(c.split(' ')[1] ?? '')), 'network API calls in the popup').toEqual([]);
    expect(optionsCalls.filter((c) => !local(c.split(' ')[1] ?? '')), 'network API calls in the options page').toEqual([]);
    // the worker may have been restarted (trap lost): then the request events above still cover it
    if (workerCalls) expect(workerCalls.filter((c) => !local(c.split(' ')[1] ?? '')), 'network API calls in the worker').toEqual([]);

    // the harness's blocked list: only misses of the web page itself, never extension-initiated
    const webPageUrls = new Set(seen.filter((s) => s.from === 'web-page').map((s) => s.url));
    for (const b of h.blocked) {
      expect(webPageUrls.has(b), `blocked ${b} was not requested by a web page`).toBe(true);
      expect(fromExtension.some((s) => s.url === b), `blocked ${b} came from the extension`).toBe(false);
    }

    await options.close();
    await popup.close();
    await page.close();
  });

  test('control: the recorder does catch a request made from an extension page or the worker', async () => {
    const start = seen.length;
    const popup = await h.popup(1);
    await popup.evaluate(() => fetch('https://leak.invalid/from-popup').catch(() => null));
    const worker = await currentWorker(h.context);
    await worker.evaluate(() => fetch('https://leak.invalid/from-worker').catch(() => null));
    const caught = await until(async () => {
      const s = seen.slice(start);
      const p = s.find((x) => x.url === 'https://leak.invalid/from-popup');
      const w = s.find((x) => x.url === 'https://leak.invalid/from-worker');
      return p && w ? { p, w } : null;
    });
    expect(caught?.p.from).toBe('extension-page');
    expect(caught?.w.from).toBe('worker');
    expect(h.blocked).toEqual(expect.arrayContaining(['https://leak.invalid/from-popup', 'https://leak.invalid/from-worker']));
    await popup.close();
  });
});
