// Store listing and privacy statement: short descriptions within the stores' 132-character limit,
// and the privacy statement names every storage.local key the extension writes.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEN_KEY } from '../../../src/content/tip';
import { REMINDERS_KEY } from '../../../src/core/reminders';
import { ACKS_KEY, POLICY_KEY } from '../../../src/options/data';

const ROOT = resolve(__dirname, '../../..');
const doc = (p: string) => readFileSync(join(ROOT, p), 'utf8');

describe('docs/store-listing.md', () => {
  const md = doc('docs/store-listing.md');
  const shorts: Record<string, string> = Object.fromEntries([...md.matchAll(/<!-- short:(\S+) -->\n([\s\S]*?)\n<!-- \/short -->/g)].map((m) => [m[1], m[2]!.trim()]));

  it('has a short description in zh-TW and English, each 1–132 characters', () => {
    expect(Object.keys(shorts).sort()).toEqual(['en', 'zh-TW']);
    for (const [lang, text] of Object.entries(shorts)) {
      expect(text.length, lang).toBeGreaterThan(20);
      expect([...text].length, `${lang}: ${text}`).toBeLessThanOrEqual(132);
      expect(text).not.toMatch(/\n/);
    }
    expect(shorts['zh-TW']).toMatch(/個資/);
    expect(shorts.en).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('docs/privacy.md', () => {
  const md = doc('docs/privacy.md');
  it('is bilingual and names every storage area and local key the extension uses', () => {
    expect(md).toContain('## 繁體中文');
    expect(md).toContain('## English');
    for (const key of [ACKS_KEY, REMINDERS_KEY, SEEN_KEY]) expect(md, key).toContain(`\`${key}\``);
    expect(POLICY_KEY).toBe('policy');
    for (const area of ['storage.session', 'storage.local', 'storage.managed']) expect(md).toContain(area);
    for (const p of ['storage', 'alarms', 'notifications', 'scripting']) expect(md).toContain(`\`${p}\``);
  });

  it('lists exactly the sites in manifest.json host_permissions', () => {
    const manifest = JSON.parse(doc('manifest.json')) as { host_permissions: string[] };
    for (const pattern of manifest.host_permissions) {
      const [host, first] = pattern.replace('https://', '').replace('/*', '').split('/');
      expect(md, pattern).toContain(host!);
      if (first) expect(md, pattern).toContain(first);
    }
  });
});
