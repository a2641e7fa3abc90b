// node bench/lab/keys.mjs [keys|clicks|typing|settings] <dist|none>...   (see keys.ts; REPS=6)
import { runnerImport } from 'vite';
const [part, ...dists] = process.argv.slice(2);
const { module } = await runnerImport('./bench/lab/keys.ts');
console.log(await module.keys(part, dists, Number(process.env.REPS ?? 6)));
