// Lab: a floor under any reader that looks at every question. The cheapest conceivable read of a generated Forms
// editor — every card's title (one querySelector per card), NFKC, the lexicon's three group unions tried once — run
// first on a fresh page (cold: the code, the regular expressions and the DOM wrappers all new) and then ten times more
// (warm), in Chromium, no extension; plus, cold, one query for the cards' labelled elements (what a real reader walks).
// Usage: node bench/lab/floor.mjs [loads=7]
import { runnerImport } from 'vite';
import { chromium } from 'playwright-core';
const { module: pages } = await runnerImport('./bench/lib/pages.ts');
const { module: lx } = await runnerImport('./src/core/detect/lexicon.ts');
const { chromiumPath } = (await runnerImport('./bench/lib/browser.ts')).module;
const unions = ['sensitive', 'identifier', 'contact'].map((g) => lx.anyTerm(g).source);
const loads = Number(process.argv[2] ?? 7);
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
for (const n of [10, 100, 1000]) {
  const html = pages.formsEditor({ questions: n, summary: false, tab: 'settings' });
  const path = pages.FORMS_URL.split(/[?#]/)[0];
  const res = [];
  for (let load = 0; load < loads; load++) {
    const page = await browser.newPage();
    await page.route(/.*/, (r) => (r.request().url().startsWith(path) ? r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : r.abort()));
    await page.goto(pages.FORMS_URL);
    res.push(
      await page.evaluate((src) => {
        const once = () => {
          const t0 = performance.now();
          const res = src.map((s) => new RegExp(s, 'i'));
          const cards = document.querySelectorAll('[data-item-id]');
          let hits = 0;
          for (const c of cards) {
            const k = (c.querySelector('[aria-label="問題"]')?.textContent ?? '').normalize('NFKC');
            for (const r of res) if (r.test(k)) hits++;
          }
          const t1 = performance.now();
          let labelled = 0;
          for (const c of cards) labelled += c.querySelectorAll('[aria-label]').length;
          return { titles: t1 - t0, labelled: performance.now() - t1, cards: cards.length, hits, n: labelled };
        };
        const cold = once();
        const warm = [];
        for (let i = 0; i < 10; i++) warm.push(once().titles);
        warm.sort((a, b) => a - b);
        return { cold: cold.titles, labelled: cold.labelled, warm: warm[5], cards: cold.cards, elements: cold.n };
      }, unions),
    );
    await page.close();
  }
  const f = (k) => `${med(res.map((r) => r[k])).toFixed(1)} ms (${Math.min(...res.map((r) => r[k])).toFixed(1)} … ${Math.max(...res.map((r) => r[k])).toFixed(1)})`;
  console.log(`${n} questions (${res[0].cards} cards, ${res[0].elements} labelled elements), median (min … max) of ${loads} loads:`);
  console.log(`  titles + NFKC + 3 unions: cold ${f('cold')}, warm ${f('warm')}; labelled elements queried, cold: ${f('labelled')}`);
}
await browser.close();
