// Makes sure Debian Chromium is present for the end-to-end tests and the demo (a fresh machine lacks it).
// As root on Debian it installs the `chromium` package; otherwise it says what to run.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const BIN = process.env.CHROMIUM_PATH || '/usr/lib/chromium/chromium';
if (!existsSync(BIN)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian chromium (needed for the end-to-end tests and the demo)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit', shell: '/bin/bash' });
  } else {
    console.error(`Chromium not found at ${BIN}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
}

// The demo's screenshots need a Traditional Chinese font (a fresh Debian machine has none).
if (process.argv.includes('--fonts')) {
  let hasCjk = false;
  try {
    hasCjk = execSync('fc-list :lang=zh-tw family', { encoding: 'utf8' }).trim().length > 0;
  } catch {
    hasCjk = false;
  }
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!hasCjk && root && existsSync('/usr/bin/apt-get')) {
    console.log('Installing a Traditional Chinese font for the demo screenshots (fonts-wqy-microhei)…');
    execSync('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei', { stdio: 'inherit', shell: '/bin/bash' });
  } else if (!hasCjk) {
    console.warn('No Chinese font found: screenshots will show boxes. Install one with: sudo apt-get install -y fonts-wqy-microhei');
  }
}
