// Builds dist/chrome and dist/firefox from one source (crxjs rewrites `background` per target,
// so each target is a separate vite build), then checks the output contracts.
import { build } from 'vite';
import { readFileSync, existsSync } from 'node:fs';

const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];
for (const target of targets) {
  process.env.TARGET = target;
  await build({ configFile: 'vite.config.ts', logLevel: process.env.CI ? 'warn' : 'info' });
  const manifest = JSON.parse(readFileSync(`dist/${target}/manifest.json`, 'utf8'));
  if (manifest.web_accessible_resources?.length) {
    throw new Error(`dist/${target}: content scripts must be self-contained; found web_accessible_resources`);
  }
  for (const cs of manifest.content_scripts ?? []) {
    for (const js of cs.js) if (!existsSync(`dist/${target}/${js}`)) throw new Error(`missing ${js}`);
  }
  console.log(`built dist/${target} (version ${manifest.version})`);
}
