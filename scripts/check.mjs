// `npm run check -- <saved-page.html> [--url <original url>] [--policy policy.json] [--lang en|zh-TW]`
// Runs the extension's readers and rules on a saved page (jsdom, no scripts) and prints JSON:
// {url, app, snapshot, anchors, findings, results, ...}. See docs/check.md. The logic is TypeScript
// (scripts/lib/check.ts), loaded through vite's module runner so no extra TS runner is needed.
import { runnerImport } from 'vite';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { module } = await runnerImport(join(root, 'scripts/lib/check.ts'), {
  configFile: false,
  root,
  logLevel: 'silent',
});
process.exitCode = module.main(process.argv.slice(2));
