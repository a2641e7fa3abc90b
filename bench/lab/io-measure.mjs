// Lab: script, layout and task time of 100 scrolls while following an element three ways: a new IntersectionObserver per
// scroll, one observer re-observing, getBoundingClientRect in an animation frame (the in-page tip follows its control).
// Usage: node bench/lab/io-measure.mjs
import { runnerImport } from 'vite';
import { chromium } from 'playwright-core';
const { module: br } = await runnerImport('./bench/lib/browser.ts');
const browser = await chromium.launch({ executablePath: br.chromiumPath(), args: ['--no-sandbox'] });
for (const mode of ['new', 'reuse', 'new', 'reuse', 'gbcr', 'gbcr']) {
  const page = await browser.newPage();
  await page.setContent(`<div style="height:20000px"><div id="t" style="margin-top:3000px;height:20px;width:100px">x</div></div>`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const m = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value * 1000]));
  await page.evaluate((mode) => {
    const t = document.getElementById('t');
    let io = null; const fixed = document.createElement('div'); fixed.style.cssText = 'position:fixed;left:0;top:0'; document.body.append(fixed);
    const place = (r) => { fixed.style.top = Math.round(r.top) + 'px'; };
    if (mode === 'reuse') io = new IntersectionObserver((es) => { io.unobserve(t); place(es[es.length - 1].boundingClientRect); });
    window.__measure = () => {
      if (mode === 'new') { const o = new IntersectionObserver((es) => { o.disconnect(); place(es[es.length - 1].boundingClientRect); }); o.observe(t); }
      else if (mode === 'reuse') io.observe(t);
      else requestAnimationFrame(() => place(t.getBoundingClientRect()));
    };
    addEventListener('scroll', () => window.__measure(), { capture: true, passive: true });
  }, mode);
  const a = await m();
  for (let i = 0; i < 100; i++) { await page.evaluate((i) => window.scrollTo(0, 100 + (i % 50) * 50), i); await page.waitForTimeout(20); }
  const b = await m();
  console.log(mode, 'script', (b.ScriptDuration - a.ScriptDuration).toFixed(1), 'layout', (b.LayoutDuration - a.LayoutDuration).toFixed(1), 'task', (b.TaskDuration - a.TaskDuration).toFixed(1));
  await page.close();
}
await browser.close();
