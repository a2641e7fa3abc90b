// Meta-tests over the whole rule registry: ids, messages, docs, legal bases, and that each rule's
// owner tests both a firing and a silent case.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITATIONS } from '../../../src/core/law';
import { RULES } from '../../../src/core/rules';
import { RULE_IDS } from '../../../src/core/rules/ids';
import { LANGS } from '../../../src/core/schema';
import { RULE_DOC_EXTRA } from '../../../scripts/lib/rule-doc-extra';

const ROOT = resolve(__dirname, '../../..');
const ids = RULES.map((r) => r.id);

/** PDPA articles for the other school type (RULES.md: public §15/16/18/28, private §19/20/27/29). */
const PRIVATE_ONLY = ['pdpa-19', 'pdpa-20', 'pdpa-27', 'pdpa-29'];
const PUBLIC_ONLY = ['pdpa-15', 'pdpa-16', 'pdpa-18', 'pdpa-28-1'];
const article = (id: string) => /^pdpa-(\d+)/.exec(id)?.[1];

describe('rule registry', () => {
  it('has unique ids equal to RULE_IDS (and vice versa, same order)', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...RULE_IDS]);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has complete messages in both languages', (_id, r) => {
    for (const lang of LANGS) {
      const m = r.messages[lang];
      expect(m, `${r.id} ${lang}`).toBeDefined();
      for (const k of ['title', 'why', 'unverified', 'pass'] as const) expect(m[k].trim(), `${r.id} ${lang} ${k}`).not.toBe('');
      expect(m.fix.length, `${r.id} ${lang} fix steps`).toBeGreaterThan(0);
      for (const step of m.fix) expect(step.trim()).not.toBe('');
    }
    // zh-TW texts are Chinese, English texts are not
    expect(r.messages['zh-TW'].title).toMatch(/[\u4e00-\u9fff]/);
    expect(r.messages.en.why).toMatch(/[A-Za-z]{3}/);
    expect(r.messages['zh-TW'].fix.length).toBe(r.messages.en.fix.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s cites existing citations for both school types, never the other type\u2019s articles', (_id, r) => {
    expect(r.basis.public.length).toBeGreaterThan(0);
    expect(r.basis.private.length).toBeGreaterThan(0);
    for (const c of [...r.basis.public, ...r.basis.private]) expect(Object.keys(CITATIONS)).toContain(c);
    for (const c of r.basis.public) {
      expect(PRIVATE_ONLY, `${r.id} public cites ${c}`).not.toContain(c);
      expect(['19', '20', '27', '29']).not.toContain(article(c));
    }
    for (const c of r.basis.private) {
      expect(PUBLIC_ONLY, `${r.id} private cites ${c}`).not.toContain(c);
      expect(['15', '16', '18', '28']).not.toContain(article(c));
    }
  });

  it('every rule is documented in docs/rules.md in both languages, and the doc lists no other rule', () => {
    const md = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
    for (const r of RULES) {
      expect(md, r.id).toContain(`### \`${r.id}\` — ${r.messages['zh-TW'].title}`);
      expect(md, r.id).toContain(`### \`${r.id}\` — ${r.messages.en.title}`);
    }
    const documented = new Set([...md.matchAll(/^### `([a-z]+\.[a-z-]+)`/gm)].map((m) => m[1]));
    expect([...documented].sort()).toEqual([...ids].sort());
  });

  it('the fires/silent table covers exactly the registry, in both languages', () => {
    expect(Object.keys(RULE_DOC_EXTRA).sort()).toEqual([...ids].sort());
    for (const [id, doc] of Object.entries(RULE_DOC_EXTRA)) {
      for (const lang of LANGS) {
        expect(doc[lang].fires.trim(), `${id} ${lang}`).not.toBe('');
        expect(doc[lang].silent.trim(), `${id} ${lang}`).not.toBe('');
      }
      expect(doc['zh-TW'].fires).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

// Grep-based: the rule owner's tests (tests/unit/<app>/) must name the rule and assert both a
// 'violation' and a 'pass' (or 'not-applicable') outcome in some file.
function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...testFiles(p));
    else if (/\.test\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

describe('each rule has firing and silent tests', () => {
  it.each(RULES.map((r) => [r.id, r.app] as const))('%s', (id, app) => {
    const files = testFiles(join(ROOT, 'tests/unit', app)).map((f) => ({ f: relative(ROOT, f), text: readFileSync(f, 'utf8') }));
    const naming = files.filter(({ text }) => text.includes(id));
    const fires = naming.filter(({ text }) => /['"`]violation['"`]/.test(text));
    const silent = naming.filter(({ text }) => /['"`](pass|not-applicable)['"`]/.test(text));
    expect(fires.map((x) => x.f), `no test under tests/unit/${app}/ names ${id} and asserts 'violation'`).not.toEqual([]);
    expect(silent.map((x) => x.f), `no test under tests/unit/${app}/ names ${id} and asserts 'pass'`).not.toEqual([]);
  });
});

