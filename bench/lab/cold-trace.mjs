// node bench/lab/cold-trace.mjs <dist> [questions] [loads]   (see cold-trace.ts)
import { runnerImport } from 'vite';
const [dist, n, loads] = process.argv.slice(2);
if (!dist) throw new Error('usage: node bench/lab/cold-trace.mjs <dist> [questions=10] [loads=5]');
const { module } = await runnerImport('./bench/lab/cold-trace.ts');
console.log(await module.coldTrace(dist, Number(n ?? 10), Number(loads ?? 5)));
