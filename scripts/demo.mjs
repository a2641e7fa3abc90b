// `npm run demo`: builds the extension, then opens Chromium with it on the bundled demo pages
// (Forms editor, share dialog, YouTube Studio; zh-TW and English). Without a display it writes
// screenshots of each page and its popup to docs/screenshots/ instead (the README embeds them).
import { spawnSync } from 'node:child_process';
import { runnerImport } from 'vite';

const skipBuild = process.argv.includes('--no-build');
if (!skipBuild) {
  const r = spawnSync(process.execPath, ['scripts/build.mjs', 'chrome'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
spawnSync(process.execPath, ['scripts/ensure-chromium.mjs', '--fonts'], { stdio: 'inherit' });
const { module } = await runnerImport('./scripts/lib/demo.ts');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
await module.runDemo({ headless });
