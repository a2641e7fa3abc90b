// Supply-chain check for the shipped code (issue 8): `npm audit --omit=dev` must report no vulnerability.
// Where the registry offers no audit endpoint (this workplace's mirror answers 405), say so loudly and
// fall back to pinning the production tree: exactly the three reviewed packages, no transitive ones, and
// no install scripts anywhere in the lockfile.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const EXPECTED = { preact: '10.29.8', 'webextension-polyfill': '0.12.0', zod: '4.6.7' };

const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 60_000 });
let report = null;
try {
  report = JSON.parse(audit.stdout || 'null');
} catch {
  report = null;
}
const vulns = report?.metadata?.vulnerabilities;
if (vulns) {
  const total = Object.values(vulns).reduce((a, b) => a + b, 0);
  if (total > 0) {
    console.error(`npm audit --omit=dev: ${total} vulnerabilities`, vulns);
    process.exit(1);
  }
  console.log('npm audit --omit=dev: 0 vulnerabilities');
} else {
  const why = report?.statusCode ? `HTTP ${report.statusCode}` : (audit.stderr || 'no answer').trim().split('\n')[0];
  console.warn(`npm audit unavailable from this registry (${why}); checking the pinned production tree instead.`);
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const prod = Object.entries(lock.packages)
  .filter(([path, p]) => path.startsWith('node_modules/') && !p.dev && !p.devOptional && !p.optional && !p.peer)
  .map(([path, p]) => [path.slice('node_modules/'.length), p.version]);
const problems = [];
for (const [name, version] of prod) {
  if (EXPECTED[name] !== version) problems.push(`unexpected production package ${name}@${version}`);
}
for (const [name, version] of Object.entries(EXPECTED)) {
  if (!prod.some(([n, v]) => n === name && v === version)) problems.push(`missing pinned package ${name}@${version}`);
}
for (const [path, p] of Object.entries(lock.packages)) {
  if (p.hasInstallScript) problems.push(`${path} has an install script`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`production dependencies pinned: ${prod.map(([n, v]) => `${n}@${v}`).join(', ')}; no install scripts in the lockfile`);
