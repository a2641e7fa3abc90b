// Lab: reads a generated page (bench/lib/pages.ts) with the unminified readers (bench/lab/entry.ts) in Chromium, no
// extension: cold/warm/incremental read and evaluate times, and with 'profile' a CDP profile by function.
//   node bench/lab/scan-share.mjs <size> [profile|profile-full|profile-cold]
import { build, runnerImport } from 'vite';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
await build({ configFile: false, logLevel: 'warn', build: { outDir: 'node_modules/.cache/cpg-lab', emptyOutDir: true, minify: false,
  lib: { entry: 'bench/lab/entry.ts', formats: ['iife'], name: 'cpgLab', fileName: () => 'lab.js' } } });
const lab = readFileSync('node_modules/.cache/cpg-lab/lab.js', 'utf8');
const { module: pages } = await runnerImport('./bench/lib/pages.ts');
const n = Number(process.argv[2] ?? 500);
const html = pages.shareFrame(n);
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.route(/.*/, (r) => r.request().url().startsWith(pages.SHARE_FRAME_URL) ? r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : r.abort());
await page.goto(pages.SHARE_FRAME_SRC);
await page.addScriptTag({ content: lab });
const run = (profileIt) => page.evaluate((profileIt) => {
  const L = globalThis.__cpgLab;
  const mo = new MutationObserver(() => {}); mo.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  const ch = () => L.changesFrom(mo.takeRecords());
  const out = {};
  const t = (name, f) => { const a = performance.now(); const r = f(); (out[name] ??= []).push(+(performance.now() - a).toFixed(2)); return r; };
  const read = (c) => L.readShareDialog(document, location.href, c);
  let snap = t('cold read', () => read(null));
  t('cold eval', () => L.evaluate(snap, L.DEFAULT_POLICY, L.shareRules));
  for (let i = 0; i < 10; i++) { snap = t('warm read', () => read(null)); t('warm eval', () => L.evaluate(snap, L.DEFAULT_POLICY, L.shareRules)); }
  ch();
  for (let i = 0; i < (profileIt ? 100 : 20); i++) {
    document.getElementById('ga-button').click(); read(ch());
    document.querySelector(`ul[jsname="rymPhb"] li[data-value="${i % 2 ? '1' : '4'}"]`).click();
    const c = ch(); snap = t('toggle read', () => read(c)); t('toggle eval', () => L.evaluate(snap, L.DEFAULT_POLICY, L.shareRules));
  }
  const el = document.querySelector('input[role="combobox"]');
  for (let i = 0; i < 20; i++) { el.value += 'a'; el.dispatchEvent(new InputEvent('input', { bubbles: true })); const c = { nodes: new Set([el]), structure: new Set(), text: new Set() }; snap = t('type read', () => read(c)); t('type eval', () => L.evaluate(snap, L.DEFAULT_POLICY, L.shareRules)); }
  const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.length > 1 ? `med ${med(v)} (n=${v.length})` : v[0]]));
}, profileIt);
if (process.argv[3] === 'profile') {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  console.log(n, await run(true));
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map(); const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map(); profile.samples.forEach((s, i) => counts.set(s, (counts.get(s) ?? 0) + (dt[i] ?? 0)));
  for (const [id, us] of counts) { const nd = byId.get(id); const k = `${nd.callFrame.functionName || '(anon)'} :${nd.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + us); }
  const tot = [...self.values()].reduce((a, b) => a + b, 0);
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(1).padStart(8)} ms ${(100 * v / tot).toFixed(1).padStart(5)}% ${k}`).join('\n'));
} else { console.log(n, await run(false));  }
await browser.close();
