// The bench's scripted session cut into its parts (50 clicks into question titles; the same clicks with 3 characters
// typed after each; Settings tab, 4 switches, back), each on a fresh page, with and without the extension: the script
// time each part adds (CDP ScriptDuration, medians over `reps`), and on the first rep the guards' cpg:scan measures.
// The measurement is keys.ts's (`measurePart`). Usage: node bench/lab/session-parts.mjs <dist> [reps]
import { launchContext } from '../lib/browser';
import { FORMS_URL } from '../lib/pages';
import { median } from '../lib/stats';
// (with its extension: './keys' would resolve to keys.mjs, the command-line entry)
import { measurePart, sessionForm } from './keys.ts';

const PARTS = ['clicks', 'typing', 'settings'];

export async function sessionParts(dist: string, reps = 5): Promise<string> {
  const html = sessionForm();
  const ctxs = { ext: await launchContext({ dist }), none: await launchContext({ dist: null }) };
  for (const c of Object.values(ctxs)) c.serve(FORMS_URL, () => html);
  const out: Record<string, number[]> = {};
  const scans: string[] = [];
  try {
    for (let rep = 0; rep < reps; rep++) {
      for (const part of PARTS) {
        for (const k of ['ext', 'none'] as const) {
          const m = await measurePart(ctxs[k], part, k === 'ext');
          (out[`${part} ${k}`] ??= []).push(m.script);
          if (k === 'ext' && rep === 0) {
            scans.push(`${part}: ${m.scans.slice(1).join(', ') || 'no scan after the first'} (first: ${m.scans[0] ?? '—'} ms)`);
          }
        }
      }
    }
  } finally {
    for (const c of Object.values(ctxs)) await c.close();
  }
  const rows = PARTS.map((p) => {
    const e = median(out[`${p} ext`]!);
    const n = median(out[`${p} none`]!);
    return `${p}: with ${e.toFixed(1)} ms, without ${n.toFixed(1)} ms → adds ${(e - n).toFixed(1)} ms`;
  });
  return [...rows, 'cpg:scan after the first (ms):', ...scans].join('\n');
}
