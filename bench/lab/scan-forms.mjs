// Lab: reads a generated Forms editor (bench/lib/pages.ts) with the unminified readers (bench/lab/entry.ts) in
// Chromium, no extension: cold / warm / after-a-toggle / after-typing read and evaluate times (in-page medians), and
//   profile       CDP self time by function over 200 incremental scans after a settings toggle
//   profile-full  … over 40 full reads
//   profile-type  … over 200 incremental scans after one character is typed into a question title
//   profile-cold  … over the first read of the page
//   node bench/lab/scan-forms.mjs <questions> [profile|profile-full|profile-type|profile-cold]
import { runnerImport } from 'vite';
const { module: pages } = await runnerImport('./bench/lib/pages.ts');
const { module: lab } = await runnerImport('./bench/lab/common.ts');
const n = Number(process.argv[2] ?? 1000);
const mode = process.argv[3] ?? '';
const { browser, page } = await lab.labPage(pages.FORMS_URL, pages.formsEditor({ questions: n, summary: false, tab: 'settings' }));

if (mode === 'profile-cold') {
  const { result, table } = await lab.profiled(page, () => {
    const L = globalThis.__cpgLab;
    const a = performance.now();
    const s = L.readForms(document, location.href, null);
    const b = performance.now();
    L.evaluate(s, L.DEFAULT_POLICY, L.formsRules);
    return { read: b - a, evaluate: performance.now() - b };
  }, null, 25);
  console.log('cold', result);
  console.log(table);
  await browser.close();
  process.exit(0);
}

const out = await page.evaluate(() => {
  const L = globalThis.__cpgLab;
  const out = {};
  const mo = new MutationObserver(() => {});
  mo.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  const ch = () => L.changesFrom(mo.takeRecords());
  const t = (name, f) => { const a = performance.now(); const r = f(); (out[name] ??= []).push(+(performance.now() - a).toFixed(2)); return r; };
  const evaluate = (snap, name) => t(name, () => L.evaluate(snap, L.DEFAULT_POLICY, L.formsRules));
  evaluate(t('cold read', () => L.readForms(document, location.href, null)), 'cold eval');
  for (let i = 0; i < 10; i++) evaluate(t('warm read', () => L.readForms(document, location.href, null)), 'warm eval');
  const sw = [...document.querySelectorAll('.mhLiyf')].find((r) => r.textContent?.includes('查看結果摘要')).querySelector('[role="switch"]');
  for (let i = 0; i < 20; i++) { sw.click(); const c = ch(); evaluate(t('toggle read', () => L.readForms(document, location.href, c)), 'toggle eval'); }
  const titles = document.querySelectorAll('[data-item-id] [aria-label="問題"]');
  for (let i = 0; i < 20; i++) { titles[(i * 7) % titles.length].firstChild.data += '字'; const c = ch(); evaluate(t('type read', () => L.readForms(document, location.href, c)), 'type eval'); }
  return out;
});
console.log(n, lab.summarize(out));

if (mode.startsWith('profile')) {
  const { table } = await lab.profiled(page, (full) => {
    const L = globalThis.__cpgLab;
    const sw = [...document.querySelectorAll('.mhLiyf')].find((r) => r.textContent?.includes('查看結果摘要')).querySelector('[role="switch"]');
    const mo = new MutationObserver(() => {});
    mo.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
    const titles = document.querySelectorAll('[data-item-id] [aria-label="問題"]');
    for (let i = 0; i < (full === true ? 40 : 200); i++) {
      if (full === 'type') titles[(i * 7) % titles.length].firstChild.data += '字';
      else sw.click();
      const s = L.readForms(document, location.href, full === true ? null : L.changesFrom(mo.takeRecords()));
      L.evaluate(s, L.DEFAULT_POLICY, L.formsRules);
    }
  }, mode === 'profile-full' ? true : mode === 'profile-type' ? 'type' : false);
  console.log(table);
}
await browser.close();
