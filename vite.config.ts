import { crx } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

type Target = 'chrome' | 'firefox';
const target = (process.env.TARGET ?? 'chrome') as Target;
const pkg = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string };
const base = JSON.parse(readFileSync(resolve(__dirname, 'manifest.json'), 'utf8')) as Record<string, any>;

export const GECKO_ID = 'campus-privacy-guard@campus-privacy-guard.invalid';

/** One manifest source, adapted per browser (crxjs rewrites `background` per target). */
export function manifestFor(t: Target): Record<string, any> {
  const m = structuredClone(base);
  m.version = pkg.version;
  if (t === 'firefox') {
    delete m.minimum_chrome_version;
    delete m.storage; // Firefox reads admin policy from policies.json ("3rdparty" → extensions → id), not managed_schema
    m.background = { scripts: [m.background.service_worker], type: 'module' };
    m.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // data_collection_permissions is understood from Firefox 140 (desktop) / 142 (Android); web-ext lint warns below that
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return m;
}

export default defineConfig({
  plugins: [crx({ manifest: manifestFor(target) as any, browser: target })],
  // The Forms rules (src/core/rules/forms/scan.ts, the only module that imports the lexicon by this path) take the
  // lexicon from src/content/lexicon.iife.ts, which runs just before the Forms content script, instead of bundling a
  // copy (issue 9: the Forms content script's 40 KB budget). The content scripts' IIFE builds inherit `resolve`.
  resolve: { alias: [{ find: /^\.\.\/\.\.\/detect\/lexicon$/, replacement: resolve(__dirname, 'src/content/lexicon-shim.ts') }] },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: target === 'firefox' ? 'firefox128' : 'chrome120',
    sourcemap: false,
    minify: true,
    modulePreload: false,
  },
});
