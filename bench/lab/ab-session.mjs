// node bench/lab/ab-session.mjs <distA> <distB> [rounds]   (see ab-session.ts)
import { runnerImport } from 'vite';
const [a, b, rounds] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: node bench/lab/ab-session.mjs <distA> <distB> [rounds]');
const { module } = await runnerImport('./bench/lab/ab-session.ts');
console.log(await module.abSession(a, b, Number(rounds ?? 12)));
