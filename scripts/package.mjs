// `npm run package`: builds both targets (scripts/build.mjs) and writes store-ready archives
//   artifacts/campus-privacy-guard-<version>-chrome.zip   (from dist/chrome)
//   artifacts/campus-privacy-guard-<version>-firefox.zip  (from dist/firefox)
// with manifest.json at the archive root. The zip writer (scripts/lib/zip.ts) is deterministic:
// the same dist gives byte-identical archives. `--no-build` packages the existing dist as is.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = ['chrome', 'firefox'];

if (!process.argv.includes('--no-build')) {
  const r = spawnSync(process.execPath, ['scripts/build.mjs', ...targets], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const { module: z } = await runnerImport('./scripts/lib/zip.ts', { configFile: false, logLevel: 'warn' });
mkdirSync('artifacts', { recursive: true });
for (const target of targets) {
  const dir = `dist/${target}`;
  if (!existsSync(`${dir}/manifest.json`)) throw new Error(`${dir} is missing: run npm run build`);
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  if (manifest.version !== pkg.version) {
    throw new Error(`${dir}/manifest.json has version ${manifest.version}, package.json ${pkg.version}: rebuild`);
  }
  const bytes = z.zipDir(dir);
  const out = `artifacts/${pkg.name}-${pkg.version}-${target}.zip`;
  writeFileSync(out, bytes);
  const sha = createHash('sha256').update(bytes).digest('hex');
  console.log(`${out}  ${(bytes.length / 1024).toFixed(1)} KB  sha256 ${sha}`);
}
