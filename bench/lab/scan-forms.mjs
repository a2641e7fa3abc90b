// Lab: reads a generated page (bench/lib/pages.ts) with the unminified readers (bench/lab/entry.ts) in Chromium, no
// extension: cold/warm/incremental read and evaluate times, and with 'profile' a CDP profile by function.
//   node bench/lab/scan-forms.mjs <size> [profile|profile-full|profile-cold]
import { build, runnerImport } from 'vite';
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
await build({ configFile: false, logLevel: 'warn', build: { outDir: 'node_modules/.cache/cpg-lab', emptyOutDir: true, minify: false,
  lib: { entry: 'bench/lab/entry.ts', formats: ['iife'], name: 'cpgLab', fileName: () => 'lab.js' } } });
const lab = readFileSync('node_modules/.cache/cpg-lab/lab.js', 'utf8');
const { module: pages } = await runnerImport('./bench/lib/pages.ts');
const n = Number(process.argv[2] ?? 1000);
const html = pages.formsEditor({ questions: n, summary: false, tab: 'settings' });
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.route(/.*/, (r) => r.request().url().startsWith(pages.FORMS_URL) ? r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : r.abort());
await page.goto(pages.FORMS_URL);
await page.addScriptTag({ content: lab });
if (process.argv[3] === 'profile-cold') {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const ms = await page.evaluate(() => { const L = globalThis.__cpgLab; const a = performance.now(); const s = L.readForms(document, location.href, null); const b = performance.now(); L.evaluate(s, L.DEFAULT_POLICY, L.formsRules); return [b - a, performance.now() - b]; });
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map(); const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map(); profile.samples.forEach((s, i) => counts.set(s, (counts.get(s) ?? 0) + (dt[i] ?? 0)));
  for (const [id, us] of counts) { const nd = byId.get(id); const k = `${nd.callFrame.functionName || '(anon)'} :${nd.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + us); }
  console.log('cold read/eval', ms);
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(1).padStart(8)} ms ${k}`).join('\n'));
  await browser.close(); process.exit(0);
}
const res = await page.evaluate(() => {
  const L = globalThis.__cpgLab;
  const out = {};
  const mo = new MutationObserver(() => {}); mo.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  const ch = () => L.changesFrom(mo.takeRecords());
  const t = (name, f) => { const a = performance.now(); const r = f(); (out[name] ??= []).push(+(performance.now() - a).toFixed(2)); return r; };
  let snap = t('cold read', () => L.readForms(document, location.href, null));
  t('cold eval', () => L.evaluate(snap, L.DEFAULT_POLICY, L.formsRules));
  for (let i = 0; i < 10; i++) { snap = t('warm read', () => L.readForms(document, location.href, null)); t('warm eval', () => L.evaluate(snap, L.DEFAULT_POLICY, L.formsRules)); }
  const row = [...document.querySelectorAll('.mhLiyf')].find((r) => r.textContent?.includes('查看結果摘要'));
  const sw = row.querySelector('[role="switch"]');
  for (let i = 0; i < 20; i++) { sw.click(); const c = ch(); snap = t('toggle read', () => L.readForms(document, location.href, c)); t('toggle eval', () => L.evaluate(snap, L.DEFAULT_POLICY, L.formsRules)); }
  const titles = document.querySelectorAll('[data-item-id] [aria-label="問題"]');
  for (let i = 0; i < 20; i++) { const el = titles[i*7]; el.firstChild.data += '字'; const c = ch(); snap = t('type read', () => L.readForms(document, location.href, c)); t('type eval', () => L.evaluate(snap, L.DEFAULT_POLICY, L.formsRules)); }
  const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.length > 1 ? `med ${med(v)} (n=${v.length})` : v[0]]));
});
console.log(n, res);
if (process.argv[3]?.startsWith('profile')) {
  const full = process.argv[3] === 'profile-full';
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.evaluate((full) => { const L = globalThis.__cpgLab; const row = [...document.querySelectorAll('.mhLiyf')].find((r) => r.textContent?.includes('查看結果摘要')); const sw = row.querySelector('[role="switch"]');
    const mo = new MutationObserver(() => {}); mo.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
    for (let i = 0; i < (full ? 40 : 200); i++) { sw.click(); const s = L.readForms(document, location.href, full ? null : L.changesFrom(mo.takeRecords())); L.evaluate(s, L.DEFAULT_POLICY, L.formsRules); } }, full);
  const { profile } = await cdp.send('Profiler.stop');
  // self time per function
  const self = new Map(); const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map(); profile.samples.forEach((s, i) => counts.set(s, (counts.get(s) ?? 0) + (dt[i] ?? 0)));
  for (const [id, us] of counts) { const nd = byId.get(id); const k = `${nd.callFrame.functionName || '(anon)'} :${nd.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + us); }
  const tot = [...self.values()].reduce((a, b) => a + b, 0);
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(v / 1000).toFixed(1).padStart(8)} ms ${(100 * v / tot).toFixed(1).padStart(5)}% ${k}`).join('\n'));
}
await browser.close();
