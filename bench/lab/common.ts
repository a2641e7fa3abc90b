// Shared by the lab scripts: the unminified readers injected into a generated page, and CDP profiles by function.
import { build } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { chromiumPath } from '../lib/browser';

const OUT = 'node_modules/.cache/cpg-lab';

/** A Chromium page (no extension) serving `html` at `url`, with bench/lab/entry.ts exposed as globalThis.__cpgLab. */
export async function labPage(url: string, html: string) {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: { outDir: OUT, emptyOutDir: true, minify: false, lib: { entry: 'bench/lab/entry.ts', formats: ['iife'], name: 'cpgLab', fileName: () => 'lab.js' } },
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  const page = await browser.newPage();
  const path = new URL(url).origin + new URL(url).pathname;
  await page.route(/.*/, (r) => (r.request().url().startsWith(path) ? r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : r.abort()));
  await page.goto(url);
  await page.addScriptTag({ content: readFileSync(`${OUT}/lab.js`, 'utf8') });
  return { browser, page };
}

/** Runs `fn(arg)` in the page under the CDP sampling profiler; returns its result and a table of self time by function. */
export async function profiled<A, R>(page: Page, fn: (arg: A) => R, arg: A, top = 30): Promise<{ result: R; table: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const result = (await page.evaluate(fn as (a: A) => R, arg)) as R;
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id: number | undefined) => {
    const f = id === undefined ? undefined : byId.get(id)?.callFrame;
    return f ? `${f.functionName || '(anon)'} :${f.lineNumber}` : '?';
  };
  const self = new Map<string, number>();
  profile.samples?.forEach((id, i) => {
    // a native function (no line) is named with its caller: querySelectorAll ← readPeople :550
    const k = byId.get(id)!.callFrame.lineNumber < 0 && parent.has(id) ? `${name(id)} ← ${name(parent.get(id))}` : name(id);
    self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas?.[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const table = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `${(v / 1000).toFixed(1).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)}% ${k}`)
    .join('\n');
  return { result, table };
}

/** In-page timing table: name → "med X (n=N)" or the single value. */
export const summarize = (out: Record<string, number[]>) => {
  const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.length > 1 ? `med ${med(v)} (n=${v.length})` : v[0]]));
};
