// Shared end-to-end harness: Debian Chromium + the built extension, fixtures served at their
// real https URLs through context.route, every other request blocked (and recorded).
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = join(ROOT, 'dist/chrome');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Debian chromium not found: apt-get install -y chromium');
  return found;
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** requests that were not served from fixtures (should stay empty for our own pages) */
  blocked: string[];
  serve(url: string, fixture: string | ((url: URL) => string)): Promise<void>;
  open(url: string): Promise<Page>;
  tabIdOf(url: string | RegExp): Promise<number>;
  badge(tabId: number): Promise<{ text: string; color: number[] }>;
  popup(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(opts: { dist?: string; locale?: string; headless?: boolean } = {}): Promise<Harness> {
  const dist = opts.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} is missing: run npm run build first`);
  const profile = mkdtempSync(join(tmpdir(), 'cpg-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 800 },
    locale: opts.locale ?? 'zh-TW',
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${opts.locale ?? 'zh-TW'}`,
    ],
  });
  const blocked: string[] = [];
  const fixtures = new Map<string, string | ((url: URL) => string)>();
  // Only web requests: the extension's own chrome-extension:// resources load normally.
  await context.route(/^(https?|wss?):\/\//, async (route) => {
    const url = route.request().url();
    const key = url.split('#')[0]!;
    const f = fixtures.get(key) ?? fixtures.get(key.split('?')[0]!);
    if (f) {
      const body = typeof f === 'function' ? f(new URL(url)) : readFileSync(join(ROOT, f), 'utf8');
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      return;
    }
    blocked.push(url);
    await route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const h: Harness = {
    context,
    worker,
    extensionId,
    blocked,
    async serve(url, fixture) {
      fixtures.set(url, fixture);
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async tabIdOf(url) {
      const w = await currentWorker(context);
      const tabs = (await w.evaluate(() => chrome.tabs.query({}))) as Array<{ id: number; url?: string }>;
      const tab = tabs.find((t) => (typeof url === 'string' ? t.url === url : url.test(t.url ?? '')));
      if (!tab) throw new Error(`no tab for ${url}: ${tabs.map((t) => t.url).join(', ')}`);
      return tab.id;
    },
    async badge(tabId) {
      const w = await currentWorker(context);
      return (await w.evaluate(async (id) => {
        const text = await chrome.action.getBadgeText({ tabId: id });
        const color = await chrome.action.getBadgeBackgroundColor({ tabId: id });
        return { text, color: color as unknown as number[] };
      }, tabId)) as { text: string; color: number[] };
    },
    async popup(tabId) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return h;
}

/** The worker may have been stopped and restarted: always ask the context for the live one. */
export async function currentWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Poll until fn() returns a truthy value or the timeout passes. */
export async function until<T>(fn: () => Promise<T>, timeoutMs = 10_000, stepMs = 50): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T = await fn();
  while (!last && Date.now() < end) {
    await new Promise((r) => setTimeout(r, stepMs));
    last = await fn();
  }
  return last;
}

export const RED = [179, 38, 30, 255];

export function fixture(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}
