// node bench/lab/session-parts.mjs <dist> [reps]   (see session-parts.ts)
import { runnerImport } from 'vite';
const [dist, reps] = process.argv.slice(2);
if (!dist) throw new Error('usage: node bench/lab/session-parts.mjs <dist> [reps]');
const { module } = await runnerImport('./bench/lab/session-parts.ts');
console.log(await module.sessionParts(dist, Number(reps ?? 5)));
