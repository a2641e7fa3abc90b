// `npm run bench`: builds the extension (into a private directory, so a concurrent `npm run build` cannot swap
// files under the running browser), drives it in Chromium over generated pages of growing size, and writes
// bench/results.json plus the tables in docs/performance.md. Not part of `npm test` (a few minutes).
//   --dist <dir>   measure an existing build instead (e.g. dist/chrome)
//   --pairs N      overhead rounds (default 16)      --trials N   change trials per page (default 20)
//   --loads N      page loads per page (default 7)   --quick      a smoke run (few trials, no overhead rounds)
//   --no-docs      do not rewrite docs/performance.md
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, release } from 'node:os';
import { resolve } from 'node:path';
import { build, runnerImport } from 'vite';

const argv = process.argv.slice(2);
//   --render       only re-render docs/performance.md from bench/results.json (no browser)
if (argv.includes('--render')) {
  const { module: report } = await runnerImport('./bench/lib/report.ts');
  const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
  const path = 'docs/performance.md';
  writeFileSync(path, report.spliceDoc(readFileSync(path, 'utf8'), report.markdown(results)));
  console.log(report.markdown(results));
  process.exit(0);
}
const arg = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : dflt;
};
const quick = argv.includes('--quick');
const root = resolve('.');
let dist = arg('--dist', null);
if (dist) dist = resolve(dist);
else {
  dist = resolve('node_modules/.cache/cpg-bench/chrome');
  process.env.TARGET = 'chrome';
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  const m = JSON.parse(readFileSync(`${dist}/manifest.json`, 'utf8'));
  for (const cs of m.content_scripts ?? []) for (const js of cs.js) if (!existsSync(`${dist}/${js}`)) throw new Error(`build: missing ${js}`);
  console.log(`built ${dist}`);
}
if (!existsSync(`${dist}/manifest.json`)) throw new Error(`${dist}/manifest.json missing`);
spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });

const chromiumBin = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
const sh = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};
const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
const machine = {
  nproc: Number(sh('nproc', [])) || cpus().length,
  cpu: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown',
  chromium: chromiumBin ? sh(chromiumBin, ['--version']) : 'unknown',
  node: process.version,
  os: `Linux ${release()}`,
};

const { module: run } = await runnerImport('./bench/lib/run.ts');
const { module: report } = await runnerImport('./bench/lib/report.ts');
const t0 = Date.now();
const results = await run.runBench(
  {
    root,
    dist,
    pairs: Number(arg('--pairs', quick ? 0 : 16)),
    trials: Number(arg('--trials', quick ? 4 : 20)),
    loads: Number(arg('--loads', quick ? 2 : 7)),
    formsSizes: [10, 100, 1000],
    shareSizes: [5, 50, 500],
    log: (s) => console.log(s),
  },
  machine,
);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
const md = report.markdown(results);
console.log('\n' + md + `\n\n(${((Date.now() - t0) / 1000).toFixed(0)} s)`);
if (!argv.includes('--no-docs')) {
  const path = 'docs/performance.md';
  const doc = existsSync(path) ? readFileSync(path, 'utf8') : '# Performance\n';
  writeFileSync(path, report.spliceDoc(doc, md));
  console.log(`wrote bench/results.json and ${path}`);
}
