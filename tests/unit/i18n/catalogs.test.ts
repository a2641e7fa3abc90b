// Parity over ALL message catalogs: every module under src that calls defineCatalog() is found by
// scanning the source, imported, and each exported catalog must have the same keys in en and zh-TW,
// no empty strings and the same {placeholders}. Every rule in the registry must have complete
// messages in both languages. The browser's _locales files must match each other too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/core/i18n';
import { LANGS } from '../../../src/core/schema';

const ROOT = resolve(__dirname, '../../..');
const SRC = join(ROOT, 'src');

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const DEFINER = join(SRC, 'core/i18n/index.ts');
const catalogFiles = walk(SRC).filter((f) => f !== DEFINER && /\bdefineCatalog\s*\(/.test(readFileSync(f, 'utf8')));

const isCatalog = (v: unknown): v is Catalog =>
  typeof v === 'object' && v !== null && typeof (v as Catalog).name === 'string' && typeof (v as Catalog).en === 'object' && typeof (v as Catalog)['zh-TW'] === 'object';

const found: Array<{ file: string; exportName: string; catalog: Catalog }> = [];
for (const file of catalogFiles) {
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  for (const [exportName, v] of Object.entries(mod)) if (isCatalog(v)) found.push({ file: relative(ROOT, file), exportName, catalog: v });
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('discovers the known catalogs (popup, worker, options, tip) and every file that defines one exports it', () => {
    const names = found.map((f) => f.catalog.name);
    for (const n of ['popup', 'worker', 'options', 'tip']) expect(names).toContain(n);
    expect(new Set(names).size, 'catalog names are unique').toBe(names.length);
    for (const file of catalogFiles) expect(found.some((f) => f.file === relative(ROOT, file)), `${relative(ROOT, file)} exports its catalog`).toBe(true);
  });

  it.each(found.map((f) => [`${f.catalog.name} (${f.file}#${f.exportName})`, f.catalog] as const))(
    '%s: same keys in en and zh-TW, no empty strings, same placeholders',
    (_label, c) => {
      expect(Object.keys(c['zh-TW']).sort()).toEqual(Object.keys(c.en).sort());
      for (const lang of LANGS) {
        for (const [k, v] of Object.entries(c[lang])) {
          expect(typeof v, `${lang}.${k}`).toBe('string');
          expect((v as string).trim(), `${lang}.${k} is empty`).not.toBe('');
        }
      }
      for (const k of Object.keys(c.en)) {
        expect(placeholders(c['zh-TW'][k]!), `placeholders of ${k}`).toEqual(placeholders(c.en[k]!));
      }
    },
  );
});

// The rule registry: checked whenever it can be imported (rule modules are written in parallel);
// if it cannot, the reason is reported as a skipped test, never silently.
let rulesError: string | null = null;
type WithMessages = { id: string; messages: Record<'en' | 'zh-TW', import('../../../src/core/rule').RuleMessages> };
let RULES: readonly WithMessages[] = [];
try {
  RULES = (await import('../../../src/core/rules')).RULES as unknown as readonly WithMessages[];
} catch (e) {
  rulesError = String((e as Error)?.message ?? e).slice(0, 200);
}

describe('rule messages', () => {
  if (rulesError) {
    it.skip(`RULES could not be imported: ${rulesError}`, () => {});
    return;
  }
  it('the registry is not empty', () => {
    expect(RULES.length).toBeGreaterThan(0);
  });
  it.each(RULES.map((r) => [r.id, r] as const))('%s has non-empty title, why, fix[], unverified, pass in both languages', (_id, r) => {
    for (const lang of LANGS) {
      const m = r.messages[lang];
      expect(m, `${r.id} ${lang}`).toBeDefined();
      for (const k of ['title', 'why', 'unverified', 'pass'] as const) {
        expect(typeof m[k]).toBe('string');
        expect(m[k].trim(), `${r.id} ${lang}.${k}`).not.toBe('');
      }
      expect(Array.isArray(m.fix) && m.fix.length > 0, `${r.id} ${lang}.fix`).toBe(true);
      for (const step of m.fix) expect(step.trim(), `${r.id} ${lang}.fix step`).not.toBe('');
    }
    expect(r.messages['zh-TW'].fix.length).toBe(r.messages.en.fix.length);
  });
});

describe('browser _locales', () => {
  it('en and zh_TW messages.json have the same keys and no empty messages', () => {
    const load = (l: string) => JSON.parse(readFileSync(join(ROOT, 'public/_locales', l, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    const en = load('en');
    const zh = load('zh_TW');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const table of [en, zh]) for (const [k, v] of Object.entries(table)) expect(v.message.trim(), k).not.toBe('');
  });
});
