// Lab: what the cold first scan is made of, by trace event. Loads a generated Forms editor (Settings tab, as in the
// bench's cold column) with the extension under a Chromium trace that includes V8's compiler and User Timing, finds the
// guard's first `cpg:scan` measure, and sums the self time of the main-thread events that start inside it: V8 parsing
// and compiling our functions for their first call, the garbage collector, and so on. What no event covers is our
// script running (its FunctionCall began before the measure). Usage: node bench/lab/cold-trace.mjs <dist> [questions=10] [loads=5]
import { launchContext } from '../lib/browser';
import { formsEditor, FORMS_URL } from '../lib/pages';
import { sleep } from '../lib/run';
import { median, round } from '../lib/stats';
import { selfTimes, traced, type TraceEvent } from './trace-session.ts'; // with its extension: './trace-session' is the command-line trace-session.mjs

const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'blink', 'blink.user_timing'];
const COMPILE = /^V8\.(Parse|PreParse|Compile)/;
const GC = /^(V8\.GC|MinorGC|MajorGC|V8\.Scavenge)/;

export async function coldTrace(dist: string, n: number, loads: number): Promise<string> {
  const ctx = await launchContext({ dist });
  const html = formsEditor({ questions: n, summary: false, tab: 'settings' });
  ctx.serve(FORMS_URL, () => html);
  const rows: Array<{ scan: number; compile: number; gc: number; top: string }> = [];
  try {
    for (let i = 0; i <= loads; i++) {
      const page = await ctx.context.newPage();
      const cdp = await ctx.context.newCDPSession(page);
      const ev: TraceEvent[] = await traced(cdp, async () => {
        await page.goto(FORMS_URL);
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-cpg-last-report'));
        await sleep(200);
      }, CATEGORIES);
      await cdp.detach();
      await page.close();
      if (i === 0) continue; // the context's first page also starts the worker
      // the first measure named cpg:scan whose detail is the Forms guard's (async begin/end pair on the timeline)
      const begins = ev.filter((e) => e.name === 'cpg:scan' && (e.ph === 'b' || e.ph === 'B'));
      const b = begins.find((e) => JSON.stringify(e.args ?? {}).includes('forms')) ?? begins[0];
      const end = b && ev.find((e) => e.name === 'cpg:scan' && (e.ph === 'e' || e.ph === 'E') && e.ts >= b.ts && e.id === b.id);
      if (!b || !end) throw new Error('no cpg:scan measure in the trace');
      const m = selfTimes(ev, { from: b.ts, to: end.ts });
      const sum = (re: RegExp) => [...m].filter(([k]) => !k.startsWith('#') && re.test(k)).reduce((a, [, v]) => a + v, 0);
      const top = [...m].filter(([k]) => !k.startsWith('#')).sort((x, y) => y[1] - x[1]).slice(0, 5).map(([k, v]) => `${k} ${round(v)}`).join(', ');
      rows.push({ scan: (end.ts - b.ts) / 1000, compile: sum(COMPILE), gc: sum(GC), top });
      process.stdout.write(`  load ${i}: scan ${round(rows.at(-1)!.scan)} ms, compiling ${round(rows.at(-1)!.compile)}, GC ${round(rows.at(-1)!.gc)} (${top})\n`);
    }
  } finally {
    await ctx.close();
  }
  const med = (k: 'scan' | 'compile' | 'gc') => round(median(rows.map((r) => r[k])));
  return `${n} questions, ${loads} loads, medians: first scan ${med('scan')} ms, of which V8 parsing/compiling our functions ${med('compile')} ms, garbage collection ${med('gc')} ms; the rest is our script running for the first time`;
}
