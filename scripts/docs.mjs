// `npm run docs`: regenerates docs/rules.md from the rule registry and the citation table.
// The generator is TypeScript (scripts/lib/rules-doc.ts); vite's module runner loads it, so no
// extra TS runner is needed. `--check` exits 1 when the committed file is stale (CI uses the unit test).
import { runnerImport } from 'vite';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';

const { module } = await runnerImport('./scripts/lib/docs-entry.ts', {
  configFile: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
const text = module.rulesDocMarkdown();
const path = module.DOC_PATH;
const current = existsSync(path) ? readFileSync(path, 'utf8') : null;

if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`${path} is stale: run npm run docs`);
    process.exit(1);
  }
  console.log(`${path} is up to date`);
} else if (current === text) {
  console.log(`${path} unchanged`);
} else {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
