// node bench/lab/cold-ab.mjs <distA> <distB> [loads] [sizes]   (see cold-ab.ts)
import { runnerImport } from 'vite';
const [a, b, loads, sizes] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: node bench/lab/cold-ab.mjs <distA> <distB> [loads=9] [sizes=10,100,1000]');
const { module } = await runnerImport('./bench/lab/cold-ab.ts');
await module.coldAb(a, b, Number(loads ?? 9), (sizes ?? '10,100,1000').split(',').map(Number));
