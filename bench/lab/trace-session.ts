// Lab: where the main-thread time of the bench's scripted session goes, by trace event, with and without the
// extension. Each round runs the session (bench/lib/run.ts sessionTyping + sessionSettings, 400 ms settle) once per
// arm, interleaved, under a Chromium trace of the page's renderer; every trace event on the page's main thread is
// charged its self time (its duration minus that of the events nested in it). Prints, per event name, the median per
// session in each arm and the median paired difference, largest first: what the extension adds to task time besides
// its script. Tracing adds its own cost to both arms alike. Usage: node bench/lab/trace-session.mjs <dist> [rounds]
// Two environment variables turn it into a layout experiment without the extension (docs/performance.md, sixth round):
//   EXTRA=<html>  the first arm runs without the extension and gets <html> appended to <html> (`body:<html>`: to <body>)
//   BASE=<html>   both arms get <html> inserted at the start of <body>
import type { CDPSession } from 'playwright-core';
import { launchContext, type BenchContext } from '../lib/browser';
import { formsEditor, FORMS_URL } from '../lib/pages';
import { scriptedSession, SESSION_QUESTIONS, sleep } from '../lib/run';
import { bootstrapCI, median, round } from '../lib/stats';

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'loading'];

export interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; id?: string; args?: any }

export async function traced(cdp: CDPSession, run: () => Promise<void>, categories = CATEGORIES): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories, excludedCategories: ['*'] }, transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Self time per event name on the page's renderer main thread (ms), and `#name` → count; `within`: only events that
 * start in [from, to] (trace µs), e.g. one User Timing measure. */
export function selfTimes(events: TraceEvent[], within?: { from: number; to: number }): Map<string, number> {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' &&
    events.some((f) => f.pid === e.pid && (f.name === 'ParseHTML' || f.name === 'EventDispatch')));
  const out = new Map<string, number>();
  if (!main) return out;
  // complete events, and B/E pairs turned into complete events
  const spans: Array<{ name: string; ts: number; end: number }> = [];
  const open: TraceEvent[] = [];
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid) continue;
    if (e.ph === 'X' && e.dur !== undefined) spans.push({ name: e.name, ts: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) spans.push({ name: b.name, ts: b.ts, end: e.ts });
    }
  }
  const picked = within ? spans.filter((x) => x.ts >= within.from && x.ts <= within.to) : spans;
  picked.sort((a, b) => a.ts - b.ts || b.end - a.end);
  const stack: Array<{ name: string; end: number; self: number }> = [];
  const close = (upTo: number) => {
    while (stack.length && stack.at(-1)!.end <= upTo) {
      const s = stack.pop()!;
      out.set(s.name, (out.get(s.name) ?? 0) + s.self / 1000);
      out.set(`#${s.name}`, (out.get(`#${s.name}`) ?? 0) + 1);
    }
  };
  for (const s of picked) {
    close(s.ts);
    const d = s.end - s.ts;
    const parent = stack.at(-1);
    if (parent) parent.self -= Math.min(d, parent.end - s.ts);
    stack.push({ name: s.name, end: s.end, self: d });
  }
  close(Infinity);
  return out;
}

async function session(ctx: BenchContext, withExt: boolean): Promise<Map<string, number>> {
  const page = await ctx.context.newPage();
  try {
    await page.goto(FORMS_URL);
    if (withExt) await page.waitForFunction(() => document.documentElement.hasAttribute('data-cpg-last-report'));
    await sleep(400);
    const cdp = await ctx.context.newCDPSession(page);
    const ev = await traced(cdp, () => scriptedSession(page));
    await cdp.detach();
    return selfTimes(ev);
  } finally {
    await page.close();
  }
}

export async function traceSession(dist: string, rounds: number): Promise<string> {
  const html = formsEditor({ questions: SESSION_QUESTIONS, summary: false, tab: 'questions' });
  const extra = process.env.EXTRA;
  const E = await launchContext({ dist: extra ? null : dist });
  if (extra) await E.context.addInitScript((x) => document.addEventListener('DOMContentLoaded', () => (x.startsWith('body:') ? document.body : document.documentElement).insertAdjacentHTML('beforeend', x.replace(/^body:/, ''))), extra);
  const N = await launchContext({ dist: null });
  for (const c of [E, N]) c.serve(FORMS_URL, () => html);
  const base = process.env.BASE;
  if (base) for (const c of [E, N]) await c.context.addInitScript((x) => document.addEventListener('DOMContentLoaded', () => document.body.insertAdjacentHTML('afterbegin', x)), base);
  const runs: Record<'E' | 'N', Array<Map<string, number>>> = { E: [], N: [] };
  try {
    await session(E, !extra);
    await session(N, false);
    for (let r = 0; r < rounds; r++) {
      for (const k of (r % 2 ? ['N', 'E'] : ['E', 'N']) as Array<'E' | 'N'>) runs[k].push(await session(k === 'E' ? E : N, k === 'E' && !extra));
      const tot = (m: Map<string, number>) => round([...m].reduce((a, [n, v]) => (n.startsWith('#') ? a : a + v), 0));
      process.stdout.write(`  round ${r + 1}/${rounds}: traced main-thread time ext ${tot(runs.E.at(-1)!)} / none ${tot(runs.N.at(-1)!)} ms\n`);
    }
  } finally {
    await E.close();
    await N.close();
  }
  const names = new Set([...runs.E, ...runs.N].flatMap((m) => [...m.keys()].filter((k) => !k.startsWith('#'))));
  const cnt = (k: 'E' | 'N', n: string) => median(runs[k].map((m) => m.get(`#${n}`) ?? 0));
  const rows = [...names].map((n) => {
    const d = runs.E.map((m, i) => (m.get(n) ?? 0) - (runs.N[i]!.get(n) ?? 0));
    const [lo, hi] = bootstrapCI(d);
    return { n, e: median(runs.E.map((m) => m.get(n) ?? 0)), none: median(runs.N.map((m) => m.get(n) ?? 0)), d: median(d), lo, hi };
  });
  const total = (k: 'E' | 'N') => runs[k].map((m) => [...m].reduce((a, [n, v]) => (n.startsWith('#') ? a : a + v), 0));
  const td = total('E').map((x, i) => x - total('N')[i]!);
  const [tlo, thi] = bootstrapCI(td);
  rows.sort((a, b) => Math.abs(b.d) - Math.abs(a.d));
  const lines = rows.slice(0, 25).map((r) => `${String(round(r.d)).padStart(8)} ms  (CI ${round(r.lo)} … ${round(r.hi)})  ext ${round(r.e)} / none ${round(r.none)}  ${r.n} (×${cnt('E', r.n)} / ×${cnt('N', r.n)})`);
  return `self time per session on the page's main thread, ext − none (median of ${rounds} paired rounds):\n${lines.join('\n')}\ntotal: ${round(median(td))} ms (CI ${round(tlo)} … ${round(thi)}), ext ${round(median(total('E')))} / none ${round(median(total('N')))}`;
}
