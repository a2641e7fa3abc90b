// Builds dist/chrome and dist/firefox from one source (crxjs rewrites `background` per target,
// so each target is a separate vite build), then checks the output contracts.
import { build } from 'vite';
import { readFileSync, existsSync, writeFileSync, readdirSync, rmSync, renameSync } from 'node:fs';

const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];
for (const target of targets) {
  process.env.TARGET = target;
  await build({ configFile: 'vite.config.ts', logLevel: process.env.CI ? 'warn' : 'info' });
  const manifestPath = `dist/${target}/manifest.json`;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  // crxjs lists `?script` imports (the on-demand tip, injected with scripting.executeScript) as web-accessible,
  // which executeScript does not need and which would let any page detect the extension. Drop those entries,
  // and the unreferenced intermediate ESM chunk crxjs leaves behind for them.
  const injected = new Set(['src/content/tip.iife.js']);
  manifest.web_accessible_resources = (manifest.web_accessible_resources ?? [])
    .map((w) => ({ ...w, resources: w.resources.filter((r) => !injected.has(r)) }))
    .filter((w) => w.resources.length > 0);
  if (manifest.web_accessible_resources.length === 0) delete manifest.web_accessible_resources;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  for (const f of readdirSync(`dist/${target}/assets`)) {
    if (/^tip\.iife\.ts-.*\.js$/.test(f)) rmSync(`dist/${target}/assets/${f}`);
  }
  if (!existsSync(`dist/${target}/src/content/tip.iife.js`)) throw new Error('the on-demand tip script is missing');
  // The worker chunk's hash depends on the checkout path (crxjs emits it by absolute id), so two checkouts
  // of one tag would give different zips. Give it a fixed name; nothing but the loader/manifest refers to it.
  const workerChunk = readdirSync(`dist/${target}/assets`).find((f) => /^worker\.ts-[\w-]+\.js$/.test(f));
  if (!workerChunk) throw new Error('worker chunk not found');
  renameSync(`dist/${target}/assets/${workerChunk}`, `dist/${target}/assets/worker.js`);
  const loader = `dist/${target}/service-worker-loader.js`;
  if (existsSync(loader)) writeFileSync(loader, readFileSync(loader, 'utf8').replace(`assets/${workerChunk}`, 'assets/worker.js'));
  if (manifest.background.scripts) {
    manifest.background.scripts = manifest.background.scripts.map((f) => (f === `assets/${workerChunk}` ? 'assets/worker.js' : f));
  }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  for (const f of readdirSync(`dist/${target}/assets`)) {
    if (f.endsWith('.js') && readFileSync(`dist/${target}/assets/${f}`, 'utf8').includes(workerChunk)) {
      throw new Error(`${f} still refers to ${workerChunk}`);
    }
  }
  if (manifest.web_accessible_resources?.length) {
    throw new Error(`dist/${target}: content scripts must be self-contained; found web_accessible_resources`);
  }
  for (const cs of manifest.content_scripts ?? []) {
    for (const js of cs.js) if (!existsSync(`dist/${target}/${js}`)) throw new Error(`missing ${js}`);
  }
  console.log(`built dist/${target} (version ${manifest.version})`);
}
