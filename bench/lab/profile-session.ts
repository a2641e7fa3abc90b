// Profiles one scripted overhead session (as in run.ts) with CDP Profiler; prints self time by function for the
// extension's scripts. Usage: node bench/lab/profile-session.mjs <dist-unminified>
import { launchContext } from '../lib/browser';
import { formsEditor, FORMS_URL } from '../lib/pages';
import { sessionSettings, sessionTyping, sleep } from '../lib/run';


/**
 * `session`: the scripted overhead session on a 100-question form; `typing` / `settings`: only its first part (50
 * clicks into titles, 3 characters each) or its second (Settings tab, 4 switches, back). `type`: the bench's typing
 * trials on a 1,000-question form (one character and its input event into 30 question titles, 300 ms apart), with the
 * guard's own cpg:scan measures printed too.
 */
export async function profileSession(dist: string, rounds = 3, mode: 'session' | 'typing' | 'settings' | 'type' | 'warm' = 'session'): Promise<string> {
  const ctx = await launchContext({ dist });
  const html = mode === 'type' || mode === 'warm' ? formsEditor({ questions: 1000, summary: false, tab: 'settings' }) : formsEditor({ questions: 100, summary: false, tab: 'questions' });
  ctx.serve(FORMS_URL, () => html);
  const self = new Map<string, number>();
  let total = 0;
  const scans: number[] = [];
  const byFile = new Map<string, number>();
  const scanCounts = new Map<string, number>();
  /** time under each extension function (inclusive: itself and everything it called) */
  const incl = new Map<string, number>();
  try {
    for (let r = 0; r < rounds; r++) {
      const page = await ctx.context.newPage();
      await page.goto(FORMS_URL);
      // as the bench does: from 400 ms after the first report (the first read is not what the session costs)
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-cpg-last-report'));
      await sleep(mode === 'type' || mode === 'warm' ? 1500 : 400);
      const formsScans = () => page.evaluate(() => performance.getEntriesByName('cpg:scan').filter((e) => (e as PerformanceMeasure).detail === 'forms').map((e) => e.duration));
      const cdp = await ctx.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      if (mode === 'type') {
        await page.evaluate(() => performance.clearMeasures());
        for (let i = 0; i < 30; i++) {
          await page.evaluate((k) => {
            const titles = document.querySelectorAll<HTMLElement>('[data-item-id] [aria-label="問題"]');
            const el = titles[k % titles.length]!;
            el.firstChild ? ((el.firstChild as Text).data += '字') : (el.textContent = '字');
            el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '字' }));
          }, i * 7);
          await sleep(300);
        }
        scans.push(...(await formsScans()));
      } else if (mode === 'warm') {
        // the bench's warm full re-scans: a pageshow makes the guards read everything again
        await page.evaluate(() => performance.clearMeasures());
        for (let i = 0; i < 20; i++) {
          await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow')));
          await sleep(80);
        }
        scans.push(...(await formsScans()));
      } else {
        if (mode !== 'settings') await sessionTyping(page);
        if (mode !== 'typing') await sessionSettings(page);
        await sleep(400);
      }
      const counts = await page.evaluate(() => {
        const c: Record<string, number> = {};
        for (const e of performance.getEntriesByName('cpg:scan')) c[String((e as PerformanceMeasure).detail)] = (c[String((e as PerformanceMeasure).detail)] ?? 0) + 1;
        return c;
      });
      for (const [k, v] of Object.entries(counts)) scanCounts.set(k, (scanCounts.get(k) ?? 0) + v);
      const { profile } = await cdp.send('Profiler.stop');
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const dt = profile.timeDeltas ?? [];
      profile.samples?.forEach((s, i) => {
        const n = byId.get(s)!;
        // attribute to the nearest frame from an extension script (self or ancestor) so native calls count
        let cur: number | undefined = s;
        let ext: typeof n | null = null;
        while (cur !== undefined) {
          const x = byId.get(cur)!;
          if (x.callFrame.url.startsWith('chrome-extension://')) {
            ext = x;
            break;
          }
          cur = parent.get(cur);
        }
        if (!ext) return;
        const us = dt[i] ?? 0;
        const under = new Set<string>();
        for (let c: number | undefined = s; c !== undefined; c = parent.get(c)) {
          const f = byId.get(c)!.callFrame;
          if (f.url.startsWith('chrome-extension://')) under.add(`${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`);
        }
        for (const k of under) incl.set(k, (incl.get(k) ?? 0) + us);
        total += us;
        const k = `${n === ext ? '' : `[${n.callFrame.functionName || '(native)'}] in `}${ext.callFrame.functionName || '(anon)'} ${ext.callFrame.url.split('/').pop()}:${ext.callFrame.lineNumber}`;
        self.set(k, (self.get(k) ?? 0) + us);
        const file = ext.callFrame.url.split('/').pop()!;
        byFile.set(file, (byFile.get(file) ?? 0) + us);
      });
      await cdp.detach();
      await page.close();
    }
  } finally {
    await ctx.close();
  }
  const lines = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40)).map(([k, v]) => `${(v / 1000 / rounds).toFixed(2).padStart(7)} ms  ${k}`);
  const sorted = [...scans].sort((a, b) => a - b);
  const scanLine = scans.length ? `forms cpg:scan ${mode === 'warm' ? 'after a pageshow' : 'after typing'}: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} ms (n=${scans.length})\n` : '';
  const files = [...byFile].sort((a, b) => b[1] - a[1]).map(([f, v]) => `${f} ${(v / 1000 / rounds).toFixed(1)} ms`).join(', ');
  const sc = [...scanCounts].map(([k, v]) => `${k} ${(v / rounds).toFixed(1)}`).join(', ');
  const inclLines = [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40)).map(([k, v]) => `${(v / 1000 / rounds).toFixed(2).padStart(7)} ms  ${k}`);
  return `${scanLine}scans per page (since load): ${sc}\nby script: ${files}\nextension script time per ${mode === 'type' ? '30 keystrokes' : mode === 'warm' ? '20 pageshows' : mode === 'session' ? 'session' : `session (${mode} part only)`} (sampled): ${(total / 1000 / rounds).toFixed(1)} ms\nself time:\n${lines.join('\n')}\ninclusive time (the function and what it called):\n${inclLines.join('\n')}`;
}
