// Lab: the cold first scan (the `cpg:scan` measure of the first report after a page load) of two builds side by side,
// loads alternating between them, on the bench's Forms editors (10, 100 and 1,000 questions, Settings tab shown, as in
// the bench's cold column). Prints the median (and min … max) per build and the median of the paired differences B − A
// with its bootstrap interval. A sampled profile cannot tell a few milliseconds apart at this size; this can.
// Usage: node bench/lab/cold-ab.mjs <distA> <distB> [loads=9] [sizes=10,100,1000]
import { launchContext } from '../lib/browser';
import { formsEditor, FORMS_URL } from '../lib/pages';
import { waitFirstScan } from '../lib/run';
import { bootstrapCI, median, round } from '../lib/stats';

async function firstScan(ctx: Awaited<ReturnType<typeof launchContext>>): Promise<number> {
  const page = await ctx.context.newPage();
  try {
    await page.goto(FORMS_URL);
    return (await waitFirstScan(page, 'forms')).duration;
  } finally {
    await page.close();
  }
}

export async function coldAb(a: string, b: string, loads: number, sizes: number[]): Promise<string> {
  const A = await launchContext({ dist: a });
  const B = await launchContext({ dist: b });
  const out: string[] = [];
  try {
    for (const n of sizes) {
      const html = formsEditor({ questions: n, summary: false, tab: 'settings' });
      for (const c of [A, B]) c.serve(FORMS_URL, () => html);
      await firstScan(A);
      await firstScan(B);
      const ra: number[] = [];
      const rb: number[] = [];
      for (let i = 0; i < loads; i++) {
        if (i % 2) {
          rb.push(await firstScan(B));
          ra.push(await firstScan(A));
        } else {
          ra.push(await firstScan(A));
          rb.push(await firstScan(B));
        }
      }
      const d = rb.map((x, i) => x - ra[i]!);
      const [lo, hi] = bootstrapCI(d);
      const f = (r: number[]) => `${round(median(r))} ms (${round(Math.min(...r))} … ${round(Math.max(...r))})`;
      out.push(`${n} questions, ${loads} loads each: A ${f(ra)}, B ${f(rb)}; B − A ${round(median(d))} ms (CI ${round(lo)} … ${round(hi)})`);
      process.stdout.write(out.at(-1) + '\n');
    }
  } finally {
    await A.close();
    await B.close();
  }
  return out.join('\n');
}
