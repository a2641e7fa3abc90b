import { build, runnerImport } from 'vite';
import { resolve } from 'node:path';
const dist = resolve('node_modules/.cache/cpg-unmin/chrome');
process.env.TARGET = 'chrome';
await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir: dist, emptyOutDir: true, minify: false } });
const { module } = await runnerImport('./bench/lab/profile-session.ts');
// node bench/lab/profile-session.mjs [rounds] [session|typing|settings|type|warm]
console.log(await module.profileSession(dist, Number(process.argv[2] ?? 3), process.argv[3] ?? 'session'));
