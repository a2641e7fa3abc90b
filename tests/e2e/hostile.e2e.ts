// Hostile input end to end (issue 8): page content that looks like markup or code stays text in the popup and the page,
// nothing executes, no dialogs, the popup stays responsive; the message boundary holds; a page whose anchors are all gone
// shows `unverified` rows and the diagnostics that say why. Real Chromium, built dist/chrome, fixtures at real https URLs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { currentWorker, DIST, launch, until, type Harness } from './harness';

const FORMS_HOSTILE = 'https://docs.google.com/forms/d/1cpgHostileFormAbCdEfGhIjKlMnOpQrStUvWx/edit';
const SHARE_FRAME = 'https://docs.google.com/drivesharing/driveshare';
const SHARE_HOSTILE = `${SHARE_FRAME}?id=1HostileRosterAbCdEfGhIjKlMnOpQrSt&command=init_share&foreignService=ritz&hl=zh-TW`;
const SHARE_CHANGED = `${SHARE_FRAME}?id=1ChangedStructureAbCdEfGhIjKlMnOp&command=init_share&foreignService=kix&hl=fr`;
const STUDIO_HOSTILE = 'https://studio.youtube.com/channel/UCcpgHostile000000000000/videos/upload?d=ud';
const FORMS_REDESIGN = 'https://docs.google.com/forms/d/1cpgRedesignFormAbCdEfGhIjKlMnOpQrStU/edit';
const STUDIO_REDESIGN = 'https://studio.youtube.com/video/Fr3dEsign01/edit';

let h: Harness;
const dialogs: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  h = await launch();
  await h.serve(FORMS_HOSTILE, 'tests/fixtures/hostile/forms-editor-zh.html');
  await h.serve(STUDIO_HOSTILE, 'tests/fixtures/hostile/studio-upload-en.html');
  await h.serve(FORMS_REDESIGN, 'tests/fixtures/forms/future-redesign.html');
  await h.serve(STUDIO_REDESIGN, 'tests/fixtures/studio/future-redesign-edit.html');
  await h.serve(SHARE_FRAME, (url) =>
    readFileSync(
      join(__dirname, '../..', url.searchParams.get('id')?.startsWith('1Changed') ? 'tests/fixtures/share/frame-changed.html' : 'tests/fixtures/hostile/share-frame-zh.html'),
      'utf8',
    ),
  );
  // school domains make share.external-editor list the (hostile) people
  await h.worker.evaluate(() => chrome.storage.local.set({ policy: { schoolDomains: ['example.edu.tw'] } }));
  h.context.on('page', (p) => watch(p));
  for (const p of h.context.pages()) watch(p);
});
afterAll(async () => h?.close());

function watch(p: Page) {
  p.on('dialog', (d) => {
    dialogs.push(`${p.url()}: ${d.type()} ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  p.on('pageerror', (e) => pageErrors.push(`${p.url()}: ${e.message}`));
}

/** Sum of long tasks (> 50 ms) over a window, measured in the page itself. */
async function longTaskMs(p: Page, ms: number): Promise<number> {
  return p.evaluate(
    (windowMs) =>
      new Promise<number>((resolve) => {
        let total = 0;
        try {
          const po = new PerformanceObserver((list) => {
            for (const e of list.getEntries()) total += e.duration;
          });
          po.observe({ type: 'longtask', buffered: false });
          setTimeout(() => {
            po.disconnect();
            resolve(total);
          }, windowMs);
        } catch {
          resolve(-1);
        }
      }),
    ms,
  );
}

async function expectNothingRan(p: Page) {
  expect(await p.evaluate(() => (window as unknown as { __cpgPwned?: number }).__cpgPwned)).toBeUndefined();
  expect(await p.title()).not.toBe('PWNED');
}

async function expectInertPopup(popup: Page) {
  await expectNothingRan(popup);
  // no element from page text: only the header icon is an <img>; no svg/script/iframe/handlers/javascript: links
  expect(await popup.locator('main img').count()).toBe(1);
  expect(await popup.locator('.findings img, .checklist img, .diagnostics img').count()).toBe(0);
  expect(await popup.locator('main svg, main script, main iframe, main object, main embed, [onerror], [onload], a[href^="javascript:"]').count()).toBe(0);
  // evidence text is isolated for bidi: every text node with U+202E sits inside <bdi> (or <pre>, the JSON report)
  const unisolated = await popup.evaluate(() => {
    const out: string[] = [];
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      if ((n.nodeValue ?? '').includes('\u202e') && !n.parentElement?.closest('bdi, pre')) out.push(n.parentElement?.className ?? '?');
    }
    return out;
  });
  expect(unisolated).toEqual([]);
  for (const tag of await popup.locator('.ev-text').evaluateAll((els) => els.map((e) => e.tagName))) expect(tag).toBe('BDI');
}

async function expectResponsive(popup: Page) {
  const t0 = Date.now();
  await popup.evaluate(() => 1);
  expect(Date.now() - t0).toBeLessThan(500);
  // the popup re-reads every second; with 100 KB texts in the page it must not jank
  const lt = await longTaskMs(popup, 2500);
  expect(lt).toBeLessThan(400);
  const t1 = Date.now();
  await popup.locator('details.diagnostics > summary').click();
  await popup.locator('pre.report-text').waitFor({ state: 'visible', timeout: 2000 });
  expect(Date.now() - t1).toBeLessThan(2000);
  return lt;
}

describe('hostile page content stays text', () => {
  test('Forms: question titles and form title with <img onerror>, <script>, javascript:, U+202E, 100 KB, lookalikes', async () => {
    const page = await h.open(FORMS_HOSTILE);
    const tabId = await h.tabIdOf(FORMS_HOSTILE);
    await until(async () => (await h.badge(tabId)).text !== '');
    const popup = await h.popup(tabId);
    const ident = popup.locator('article[data-rule="forms.identifier"]');
    await ident.waitFor();
    const text = await ident.innerText();
    expect(text).toContain('請填寫學生身分證字號 <img src=x onerror="window.__cpgPwned');
    expect(text).toContain('javascript:window.__cpgPwned');
    // the 100 KB title is evidence, truncated (300 characters) and masked (A123456789 → A12*****89)
    expect(text).toContain('A12*****89');
    expect(text).not.toContain('A123456789');
    expect(text.length).toBeLessThan(5000);
    // the header shows the hostile form title as text
    expect(await popup.locator('p.context bdi').innerText()).toContain('<img src=x onerror=');
    await expectInertPopup(popup);
    const lt = await expectResponsive(popup);
    await expectInertPopup(popup);
    await expectNothingRan(page);
    console.log(`[hostile] forms popup long tasks over 2.5 s: ${lt} ms`);
    await popup.close();
    await page.close();
  });

  test('Share: file name and people (100 KB name, lookalike school domain) stay text; the lookalike address counts as outside', async () => {
    const page = await h.open(SHARE_HOSTILE);
    const tabId = await h.tabIdOf(SHARE_HOSTILE);
    await until(async () => (await h.badge(tabId)).text !== '');
    const popup = await h.popup(tabId);
    const roster = popup.locator('article[data-rule="share.roster-public"]');
    await roster.waitFor();
    expect(await roster.innerText()).toContain('<img src=x onerror="window.__cpgPwned');
    const ext = popup.locator('article[data-rule="share.external-editor"]');
    await ext.waitFor();
    const extText = await ext.innerText();
    expect(extText).toContain('<script>window.__cpgPwned');
    // lin.chih@exаmple.edu.tw (Cyrillic а) is not the school's domain
    expect(await ext.locator('.evidence li').count()).toBe(2);
    await expectInertPopup(popup);
    await expectResponsive(popup);
    await expectNothingRan(page);
    await popup.close();
    await page.close();
  });

  test('Studio: video title and 100 KB description stay text; IDs and phones masked', async () => {
    const page = await h.open(STUDIO_HOSTILE);
    const tabId = await h.tabIdOf(STUDIO_HOSTILE);
    await until(async () => (await h.badge(tabId)).text !== '');
    const popup = await h.popup(tabId);
    const pd = popup.locator('article[data-rule="youtube.personal-data-in-text"]');
    await pd.waitFor();
    const text = await pd.innerText();
    expect(text).toContain('<img src=x onerror=');
    expect(text).toContain('A12*****89');
    expect(text).not.toMatch(/A123456789|0912-?345-?678/);
    await expectInertPopup(popup);
    await expectResponsive(popup);
    await expectNothingRan(page);
    await popup.close();
    await page.close();
  });

  test('no dialogs were opened and no page errors were thrown anywhere', () => {
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test('control: the same payload, if it ever became markup in the page, would be caught by these checks', async () => {
    const page = await h.open(FORMS_HOSTILE);
    const payload = await page.locator('[aria-label="問題"]').nth(1).innerText();
    expect(payload).toContain('<img src=x onerror=');
    await page.evaluate((html) => {
      const d = document.createElement('div');
      d.innerHTML = html; // the page's own main world, never extension code
      document.body.append(d);
    }, payload);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __cpgPwned?: number }).__cpgPwned ?? 0)).toBeGreaterThan(0);
    await page.close();
  });
});

describe('message boundary', () => {
  test('a page script cannot reach the worker: no chrome.runtime in the page, no externally_connectable', async () => {
    const page = await h.open(FORMS_HOSTILE);
    expect(await page.evaluate(() => typeof (window as unknown as { chrome?: { runtime?: unknown } }).chrome?.runtime)).toBe('undefined');
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    // window.postMessage from the page reaches nothing of ours (content scripts never listen)
    await page.evaluate(() => window.postMessage({ kind: 'report', report: { app: 'forms', url: 'x', results: [] } }, '*'));
    await page.close();
  });

  test('malformed messages from an extension page are dropped, counted in diag:dropped and shown in the popup', async () => {
    const page = await h.open(FORMS_HOSTILE);
    const tabId = await h.tabIdOf(FORMS_HOSTILE);
    await until(async () => (await h.badge(tabId)).text !== '');
    const badgeBefore = (await h.badge(tabId)).text;
    const worker = await currentWorker(h.context);
    const before = ((await worker.evaluate(() => chrome.storage.session.get('diag:dropped')))['diag:dropped'] ?? {}) as Record<string, number>;
    const popup = await h.popup(tabId);
    await popup.locator('article[data-rule="forms.identifier"]').waitFor();
    const answers = await popup.evaluate(async (id) => {
      const send = (m: unknown) => chrome.runtime.sendMessage(m).then((r) => r ?? null, (e: Error) => `error: ${e.message}`);
      return Promise.all([
        send({ kind: 'report', report: { app: 'forms', url: 42, results: 'nope' } }),
        send({ kind: 'report', report: { app: 'forms', url: 'https://docs.google.com/forms/d/x/edit', itemKey: null, itemTitle: null, results: [], diagnostics: { anchors: {}, notes: [], counts: {} } } }),
        send({ kind: 'tab-state', tabId: String(id) }),
        send({ kind: 'ack', app: 'forms', itemKey: null, ruleId: 'x'.repeat(10_000) }),
        send('just a string'),
      ]);
    }, tabId);
    // nothing is answered to a dropped message
    expect(answers).toEqual([null, null, null, null, null]);
    const after = await until(async () => {
      const d = ((await worker.evaluate(() => chrome.storage.session.get('diag:dropped')))['diag:dropped'] ?? {}) as Record<string, number>;
      return (d['invalid-page-message'] ?? 0) - (before['invalid-page-message'] ?? 0) >= 5 ? d : null;
    }, 5000);
    expect(after).not.toBeNull();
    expect(after!['invalid-page-message']! - (before['invalid-page-message'] ?? 0)).toBe(5);
    // a 'report' from an extension page is never taken as the tab's findings
    expect((await h.badge(tabId)).text).toBe(badgeBefore);
    await popup.locator('details.diagnostics > summary').click();
    await expect.poll(() => popup.locator('details.diagnostics').innerText(), { timeout: 3000 }).toMatch(/invalid-page-message=\d+/);
    await popup.close();
    await page.close();
  });
});

describe('a redesigned page is never a silent pass', () => {
  test.each([
    ['forms', FORMS_REDESIGN, ['forms.summary-public', 'forms.sensitive-data', 'forms.identifier', 'forms.no-notice', 'forms.open-to-anyone'], 'structure-unrecognised'],
    ['share', SHARE_CHANGED, ['share.anyone-can-edit', 'share.roster-public', 'share.anyone-with-link', 'share.roster-coediting', 'share.external-editor'], 'ga-control-absent'],
    ['studio', STUDIO_REDESIGN, ['youtube.public', 'youtube.unlisted', 'youtube.personal-data-in-text'], 'visibility-card-absent'],
  ])('%s: every rule shows as unverified, the diagnostics say which fields were not read and why', async (app, url, rules, note) => {
    const page = await h.open(url);
    const tabId = await h.tabIdOf(url);
    const popup = await h.popup(tabId);
    for (const id of rules) {
      await popup.locator(`.checklist [data-rule="${id}"][data-status="unverified"]`).waitFor({ timeout: 5000 });
      expect(await popup.locator(`article[data-rule="${id}"]`).getAttribute('data-status')).toBe('unverified');
    }
    expect(await popup.locator('[data-status="pass"]').count()).toBe(0);
    expect(await popup.locator('p.summary').innerText()).toMatch(/\d/);
    await popup.locator('details.diagnostics > summary').click();
    const diag = popup.locator(`dl[data-diagnostics-app="${app}"]`);
    await diag.waitFor();
    const diagText = await diag.innerText();
    expect(diagText).toContain(note);
    for (const id of rules) {
      const li = popup.locator(`li[data-diag-rule="${id}"]`);
      expect(await li.locator('[data-diag-status]').innerText()).toBe('unverified');
      expect(await li.locator('.diag-reason').innerText()).toMatch(/[a-z]+-[a-z-]+/);
    }
    // the copied report (redacted) carries the same anchors and reasons
    const report = JSON.parse(await popup.locator('pre.report-text').innerText());
    expect(report.results.every((r: { status: string; reason?: string }) => r.status === 'unverified' && r.reason)).toBe(true);
    expect(Object.values(report.pages[0].anchors)).toContain('none');
    expect((await h.badge(tabId)).text).toBe('');
    await popup.close();
    await page.close();
  });
});
