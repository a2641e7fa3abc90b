// The README embeds demo screenshots that `npm run demo` regenerates: every image the README links must
// exist, and every demo scenario must have its page and popup screenshot.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const demo = readFileSync('scripts/lib/demo.ts', 'utf8');

describe('demo screenshots', () => {
  test('every image the README embeds exists', () => {
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+\.png)\)/g)].map((m) => m[1]!);
    expect(images.length).toBeGreaterThanOrEqual(6);
    for (const img of images) expect(existsSync(img), img).toBe(true);
  });
  test('every demo scenario has a page and a popup screenshot', () => {
    const names = [...demo.matchAll(/\{ name: '([a-z0-9-]+)'/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThanOrEqual(7);
    for (const n of names) {
      expect(existsSync(`docs/screenshots/${n}-page.png`), n).toBe(true);
      expect(existsSync(`docs/screenshots/${n}-popup.png`), n).toBe(true);
    }
  });
});
