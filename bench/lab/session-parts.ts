// The bench's scripted session cut into its parts (50 clicks into question titles; the same clicks with 3 characters
// typed after each; Settings tab, 4 switches, back), each on a fresh page, with and without the extension: the script
// time each part adds (CDP ScriptDuration, medians over `reps`), and on the first rep the guards' cpg:scan measures.
// Usage: node bench/lab/session-parts.mjs <dist> [reps]
import type { Page } from 'playwright-core';
import { launchContext } from '../lib/browser';
import { formsEditor, FORMS_URL } from '../lib/pages';
import { SESSION_QUESTIONS, sessionSettings, sessionTyping } from '../lib/run';
import { median } from '../lib/stats';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const PARTS: Record<string, (p: Page) => Promise<void>> = {
  clicks: (page) => sessionTyping(page, false),
  'clicks+typing': (page) => sessionTyping(page),
  settings: sessionSettings,
};

export async function sessionParts(dist: string, reps = 5): Promise<string> {
  const html = formsEditor({ questions: SESSION_QUESTIONS, summary: false, tab: 'questions' });
  const ctxs = { ext: await launchContext({ dist }), none: await launchContext({ dist: null }) };
  for (const c of Object.values(ctxs)) c.serve(FORMS_URL, () => html);
  const out: Record<string, number[]> = {};
  const scans: string[] = [];
  try {
    for (let rep = 0; rep < reps; rep++) {
      for (const part of Object.keys(PARTS)) {
        for (const k of ['ext', 'none'] as const) {
          const page = await ctxs[k].context.newPage();
          await page.goto(FORMS_URL);
          if (k === 'ext') await page.waitForFunction(() => document.documentElement.hasAttribute('data-cpg-last-report'));
          await sleep(400);
          const cdp = await ctxs[k].context.newCDPSession(page);
          await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
          const script = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
          const a = await script();
          await PARTS[part]!(page);
          await sleep(400);
          (out[`${part} ${k}`] ??= []).push((await script()) - a);
          if (k === 'ext' && rep === 0) {
            const list = await page.evaluate(() =>
              performance.getEntriesByName('cpg:scan').map((e) => `${String((e as PerformanceMeasure).detail)} ${e.duration.toFixed(1)}`),
            );
            scans.push(`${part}: ${list.slice(1).join(', ') || 'no scan after the first'} (first: ${list[0] ?? '—'} ms)`);
          }
          await page.close();
        }
      }
    }
  } finally {
    for (const c of Object.values(ctxs)) await c.close();
  }
  const rows = Object.keys(PARTS).map((p) => {
    const e = median(out[`${p} ext`]!);
    const n = median(out[`${p} none`]!);
    return `${p}: with ${e.toFixed(1)} ms, without ${n.toFixed(1)} ms → adds ${(e - n).toFixed(1)} ms`;
  });
  return [...rows, 'cpg:scan after the first (ms):', ...scans].join('\n');
}
