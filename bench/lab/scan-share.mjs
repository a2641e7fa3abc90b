// Lab: reads a generated share dialog (bench/lib/pages.ts, the /drivesharing/driveshare frame) with the unminified
// readers (bench/lab/entry.ts) in Chromium, no extension: cold / warm / after-a-toggle / after-typing read and
// evaluate times (in-page medians); with `profile`, CDP self time by function over 100 more toggles and 20 keystrokes;
// with `profile-full`, over 30 full reads (nothing cached from the last read).
//   node bench/lab/scan-share.mjs <people> [profile|profile-full]
import { runnerImport } from 'vite';
const { module: pages } = await runnerImport('./bench/lib/pages.ts');
const { module: lab } = await runnerImport('./bench/lab/common.ts');
const n = Number(process.argv[2] ?? 500);
const profile = process.argv[3] === 'profile';
const { browser, page } = await lab.labPage(pages.SHARE_FRAME_SRC, pages.shareFrame(n));

const run = (toggles) => {
  const L = globalThis.__cpgLab;
  const mo = new MutationObserver(() => {});
  mo.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  const ch = () => L.changesFrom(mo.takeRecords());
  const out = {};
  const t = (name, f) => { const a = performance.now(); const r = f(); (out[name] ??= []).push(+(performance.now() - a).toFixed(2)); return r; };
  const read = (c, name) => t(name, () => L.readShareDialog(document, location.href, c));
  const evaluate = (snap, name) => t(name, () => L.evaluate(snap, L.DEFAULT_POLICY, L.shareRules));
  if (!globalThis.__cpgWarm) {
    evaluate(read(null, 'cold read'), 'cold eval');
    for (let i = 0; i < 10; i++) evaluate(read(null, 'warm read'), 'warm eval');
  }
  ch();
  for (let i = 0; i < toggles; i++) {
    // open the general-access menu (its own read), then pick 知道連結的任何人 / 限制
    document.getElementById('ga-button').click();
    L.readShareDialog(document, location.href, ch());
    document.querySelector(`ul[jsname="rymPhb"] li[data-value="${i % 2 ? '1' : '4'}"]`).click();
    const c = ch();
    evaluate(read(c, 'toggle read'), 'toggle eval');
  }
  const el = document.querySelector('input[role="combobox"]');
  for (let i = 0; i < 20; i++) {
    // the field's value changes without a DOM mutation: what the observer's input listener reports
    el.value += 'a';
    const c = { nodes: new Set([el]), structure: new Set(), text: new Set() };
    evaluate(read(c, 'type read'), 'type eval');
  }
  return out;
};

if (process.argv[3] === 'profile-full') {
  console.log(n, lab.summarize(await page.evaluate(run, 20)));
  const { table } = await lab.profiled(page, () => {
    const L = globalThis.__cpgLab;
    for (let i = 0; i < 30; i++) L.evaluate(L.readShareDialog(document, location.href, null), L.DEFAULT_POLICY, L.shareRules);
  }, null, 25);
  console.log(table);
} else if (profile) {
  // warm up (cold and full reads), then profile only the incremental scans
  console.log(n, lab.summarize(await page.evaluate(run, 20)));
  await page.evaluate(() => { globalThis.__cpgWarm = true; });
  const { result, table } = await lab.profiled(page, run, 100, 25);
  console.log(n, lab.summarize(result));
  console.log(table);
} else console.log(n, lab.summarize(await page.evaluate(run, 20)));
await browser.close();
