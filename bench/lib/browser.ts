// Two persistent Chromium contexts with identical flags: one with the built extension, one without
// (--load-extension omitted). Both serve generated pages at their real https URLs through context.route
// and block every other web request.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian chromium, as in tests/e2e/harness.ts (that module uses __dirname, so it is not imported from ESM here). */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Debian chromium not found: apt-get install -y chromium');
  return found;
}

export type PageSource = (url: URL) => string;

export interface BenchContext {
  context: BrowserContext;
  /** the extension's service worker (null for the context without the extension) */
  worker: () => Promise<Worker | null>;
  serve(url: string, body: PageSource): void;
  close(): Promise<void>;
}

export async function launchContext(opts: { dist: string | null; headless?: boolean }): Promise<BenchContext> {
  const profile = mkdtempSync(join(tmpdir(), opts.dist ? 'cpg-bench-ext-' : 'cpg-bench-none-'));
  const args = [
    '--no-sandbox',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // keep both arms' timers and frames running at full rate whichever window the OS thinks is in front
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    '--lang=zh-TW',
  ];
  if (opts.dist) args.unshift(`--disable-extensions-except=${opts.dist}`, `--load-extension=${opts.dist}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-TW',
    ignoreDefaultArgs: opts.dist ? ['--disable-extensions'] : [],
    args,
  });
  const pages = new Map<string, PageSource>();
  await context.route(/^(https?|wss?):\/\//, async (route) => {
    const url = new URL(route.request().url());
    const src = pages.get(url.origin + url.pathname);
    if (!src) return route.abort('blockedbyclient');
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: src(url) });
  });
  const worker = async (): Promise<Worker | null> => {
    if (!opts.dist) return null;
    return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  };
  if (opts.dist) await worker();
  return {
    context,
    worker,
    serve(url, body) {
      const u = new URL(url);
      pages.set(u.origin + u.pathname, body);
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
