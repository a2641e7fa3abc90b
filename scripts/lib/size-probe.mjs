import { build } from 'vite';
const entry = process.argv[2];
const out = await build({
  configFile: false, logLevel: 'silent',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { write: false, minify: true, lib: { entry, formats: ['iife'], name: 'x' }, rollupOptions: { output: {} } },
});
const chunk = (Array.isArray(out) ? out[0] : out).output[0];
console.log('total', chunk.code.length, 'bytes(utf8)', Buffer.byteLength(chunk.code));
const mods = Object.entries(chunk.modules).map(([id, m]) => [m.renderedLength, id.replace(process.cwd(), '')]).sort((a, b) => b[0] - a[0]);
for (const [n, id] of mods.slice(0, 25)) console.log(String(n).padStart(7), id);
