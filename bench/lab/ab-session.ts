// A/B of two builds over the bench's scripted overhead session (bench/lib/run.ts oneSession): three persistent
// contexts (build A, build B, no extension), the arms interleaved in rotating order, CDP ScriptDuration,
// TaskDuration, LayoutDuration and RecalcStyleDuration per session. Prints, for each, the median time each build adds
// over the no-extension arm, with bootstrap intervals, and the median paired difference B − A.
// Usage: node bench/lab/ab-session.mjs <distA> <distB> [rounds]   (NOWAIT=1: do not wait for a first scan, for builds
// that never report, e.g. with their content scripts emptied)
import { launchContext } from '../lib/browser';
import { formsEditor, FORMS_URL } from '../lib/pages';
import { oneSession, SESSION_QUESTIONS } from '../lib/run';
import { bootstrapCI, median, round } from '../lib/stats';

export async function abSession(distA: string, distB: string, rounds: number): Promise<string> {
  const html = formsEditor({ questions: SESSION_QUESTIONS, summary: false, tab: 'questions' });
  const ctxs = { A: await launchContext({ dist: distA }), B: await launchContext({ dist: distB }), N: await launchContext({ dist: null }) };
  for (const c of Object.values(ctxs)) c.serve(FORMS_URL, () => html);
  const KINDS = ['script', 'task', 'layout', 'style'] as const;
  const m = Object.fromEntries(KINDS.map((k) => [k, { A: [], B: [], N: [] }])) as unknown as Record<(typeof KINDS)[number], Record<'A' | 'B' | 'N', number[]>>;
  const { script } = m;
  const orders: Array<Array<'A' | 'B' | 'N'>> = [['A', 'B', 'N'], ['B', 'N', 'A'], ['N', 'A', 'B'], ['A', 'N', 'B'], ['B', 'A', 'N'], ['N', 'B', 'A']];
  try {
    for (const k of ['A', 'B', 'N'] as const) await oneSession(ctxs[k], k !== 'N' && !process.env.NOWAIT); // warm-up
    for (let r = 0; r < rounds; r++) {
      for (const k of orders[r % orders.length]!) {
        const one = await oneSession(ctxs[k], k !== 'N' && !process.env.NOWAIT);
        for (const kind of KINDS) m[kind][k].push(one[kind]);
      }
      process.stdout.write(`  round ${r + 1}/${rounds}: A ${round(script.A.at(-1)!)} B ${round(script.B.at(-1)!)} N ${round(script.N.at(-1)!)} ms\n`);
    }
  } finally {
    for (const c of Object.values(ctxs)) await c.close();
  }
  const report = (arms: Record<'A' | 'B' | 'N', number[]>, what: string) => {
    const line = (k: 'A' | 'B') => {
      const a = arms[k].map((x, i) => x - arms.N[i]!);
      const [lo, hi] = bootstrapCI(a);
      return `${k}: adds ${round(median(a))} ms ${what} per session (95% CI ${round(lo)} … ${round(hi)})`;
    };
    const diff = arms.B.map((x, i) => x - arms.A[i]!);
    const [lo, hi] = bootstrapCI(diff);
    return `${line('A')}\n${line('B')}\nB − A: ${round(median(diff))} ms ${what} (95% CI ${round(lo)} … ${round(hi)})`;
  };
  return KINDS.map((k) => report(m[k], k)).join('\n');
}
