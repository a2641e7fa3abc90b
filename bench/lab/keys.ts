// Lab: the script (and task time) one part of the editing session adds, for several builds side by side (interleaved, fresh page each
// time, the part measured from 500 ms after the first report; CDP ScriptDuration, thread ticks). Parts:
//   keys      150 characters typed into one question title (clicked before measuring): the per-keystroke cost
//   clicks    the session's 50 clicks into question titles, nothing typed (the tip following its control)
//   typing    the session's first part: 50 clicks, 3 characters after each
//   settings  the session's second part: Settings tab, 4 switches, back to Questions
// `none` as a build runs the page without the extension. Usage:
//   node bench/lab/keys.mjs [keys|clicks|typing|settings] <dist|none>... (REPS=6 by default)
import { launchContext } from '../lib/browser';
import { formsEditor, FORMS_URL } from '../lib/pages';
import { SESSION_QUESTIONS, sessionSettings, sessionTyping, sleep } from '../lib/run';
import { median } from '../lib/stats';
import type { Page } from 'playwright-core';

export const PARTS: Record<string, (p: Page) => Promise<void>> = {
  keys: (page) => page.keyboard.type('abc'.repeat(50)),
  clicks: (page) => sessionTyping(page, false),
  typing: (page) => sessionTyping(page),
  settings: sessionSettings,
};
export type Arm = Awaited<ReturnType<typeof launchContext>>;

/** One part on a fresh page of `arm` (the bench's session form, already served): script and task time it added, the
 * guards' cpg:scan measures since load (the first is the page's first scan) and how many of them ran during the part. */
export async function measurePart(
  arm: Arm,
  part: string,
  withExt: boolean,
): Promise<{ script: number; task: number; scans: string[]; during: number }> {
  const page = await arm.context.newPage();
  try {
    await page.goto(FORMS_URL);
    if (withExt) await page.waitForFunction(() => document.documentElement.hasAttribute('data-cpg-last-report'));
    if (part === 'keys') await page.locator('[data-item-id][jsname="Mxc6Ne"].Dyx3H [aria-label="問題"]').nth(4).click();
    await sleep(500);
    const cdp = await arm.context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value * 1000]));
    const count = () => page.evaluate(() => performance.getEntriesByName('cpg:scan').length);
    const n0 = await count();
    const a = await metrics();
    await PARTS[part]!(page);
    await sleep(400);
    const b = await metrics();
    const scans = await page.evaluate(() =>
      performance.getEntriesByName('cpg:scan').map((e) => `${String((e as PerformanceMeasure).detail)} ${e.duration.toFixed(1)}`),
    );
    return { script: b.ScriptDuration! - a.ScriptDuration!, task: b.TaskDuration! - a.TaskDuration!, scans, during: scans.length - n0 };
  } finally {
    await page.close();
  }
}

export const sessionForm = () => formsEditor({ questions: SESSION_QUESTIONS, summary: false, tab: 'questions' });

export async function keys(part: string, dists: string[], reps = 6): Promise<string> {
  if (!PARTS[part] || dists.length === 0) throw new Error('usage: node bench/lab/keys.mjs [keys|clicks|typing|settings] <dist|none>...');
  const html = sessionForm();
  const arms: Record<string, Arm> = {};
  for (const d of dists) arms[d] = await launchContext({ dist: d === 'none' ? null : d });
  for (const c of Object.values(arms)) c.serve(FORMS_URL, () => html);
  const out: Record<string, number[]> = {};
  const scans: Record<string, number[]> = {};
  const task: Record<string, number[]> = {};
  try {
    for (let rep = 0; rep < reps; rep++) {
      for (const d of dists) {
        const m = await measurePart(arms[d]!, part, d !== 'none');
        (out[d] ??= []).push(m.script);
        (task[d] ??= []).push(m.task);
        (scans[d] ??= []).push(m.during);
      }
    }
  } finally {
    for (const c of Object.values(arms)) await c.close();
  }
  return dists
    .map((d) => `${d}: script ${median(out[d]!).toFixed(1)} ms [${out[d]!.map((x) => x.toFixed(0)).join(' ')}], task ${median(task[d]!).toFixed(0)} ms, scans ${median(scans[d]!)}`)
    .join('\n');
}
