// node bench/lab/trace-session.mjs <dist> [rounds]   (see trace-session.ts)
import { runnerImport } from 'vite';
const [dist, rounds] = process.argv.slice(2);
if (!dist) throw new Error('usage: node bench/lab/trace-session.mjs <dist> [rounds]');
const { module } = await runnerImport('./bench/lab/trace-session.ts');
console.log(await module.traceSession(dist, Number(rounds ?? 8)));
