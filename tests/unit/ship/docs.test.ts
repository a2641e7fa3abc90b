// docs/rules.md is generated from the registry (npm run docs). This test regenerates it in memory
// and fails when the committed file differs, so a rule change without a docs refresh fails CI.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITATIONS } from '../../../src/core/law';
import { RULES } from '../../../src/core/rules';
import { DOC_PATH, rulesDocMarkdown } from '../../../scripts/lib/docs-entry';
import { renderRulesDoc } from '../../../scripts/lib/rules-doc';
import { RULE_DOC_EXTRA } from '../../../scripts/lib/rule-doc-extra';

const ROOT = resolve(__dirname, '../../..');
const committed = () => (existsSync(join(ROOT, DOC_PATH)) ? readFileSync(join(ROOT, DOC_PATH), 'utf8') : '');

describe('docs/rules.md', () => {
  it('is up to date with the registry', () => {
    const fresh = rulesDocMarkdown();
    if (committed() !== fresh) throw new Error('docs/rules.md is stale: run npm run docs');
  });

  it('is deterministic', () => {
    expect(rulesDocMarkdown()).toBe(rulesDocMarkdown());
  });

  it('has both languages, every rule once per language with title, fix steps and both school types\u2019 bases', () => {
    const md = rulesDocMarkdown();
    const zhAt = md.indexOf('\n## 繁體中文\n');
    const enAt = md.indexOf('\n## English\n');
    expect(zhAt).toBeGreaterThan(0);
    expect(enAt).toBeGreaterThan(zhAt);
    const zh = md.slice(zhAt, enAt);
    const en = md.slice(enAt);
    for (const r of RULES) {
      for (const [lang, part] of [['zh-TW', zh], ['en', en]] as const) {
        const m = r.messages[lang];
        const heading = `### \`${r.id}\` — ${m.title}`;
        expect(part.split(heading).length - 1, `${r.id} ${lang} heading`).toBe(1);
        const section = part.slice(part.indexOf(heading)).split('\n### ')[0]!;
        expect(section).toContain(RULE_DOC_EXTRA[r.id]![lang].fires);
        expect(section).toContain(RULE_DOC_EXTRA[r.id]![lang].silent);
        expect(section).toContain(m.why.replace(/\s*\n\s*/g, ' '));
        m.fix.forEach((step, i) => expect(section).toContain(`${i + 1}. ${step}`));
        for (const id of r.basis.public) expect(section).toContain(CITATIONS[id].label[lang]);
        for (const id of r.basis.private) expect(section).toContain(CITATIONS[id].label[lang]);
        // the two basis lines are distinct lines, public first
        const pub = lang === 'en' ? 'Legal basis (public schools)' : '法律依據（公立學校）';
        const priv = lang === 'en' ? 'Legal basis (private schools)' : '法律依據（私立學校）';
        expect(section.indexOf(pub)).toBeGreaterThan(0);
        expect(section.indexOf(priv)).toBeGreaterThan(section.indexOf(pub));
      }
    }
  });

  it('the generator refuses a rule without fires/silent text or with an unknown citation', () => {
    const [first] = RULES;
    expect(() => renderRulesDoc({ rules: [first!], citations: CITATIONS, extra: {} })).toThrow(/no entry for/);
    const bad = { ...first!, basis: { public: ['pdpa-999' as never], private: first!.basis.private } };
    expect(() => renderRulesDoc({ rules: [bad], citations: CITATIONS })).toThrow(/unknown citation pdpa-999/);
  });

  it('escapes table pipes in titles', () => {
    const [first] = RULES;
    const piped = {
      ...first!,
      messages: { ...first!.messages, en: { ...first!.messages.en, title: 'a | b' } },
    };
    const md = renderRulesDoc({ rules: [piped], citations: CITATIONS });
    expect(md).toContain('| a \\| b |');
  });
});
