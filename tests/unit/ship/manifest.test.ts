// Pins the built manifests (dist/chrome, dist/firefox) and the bundle-size budget (issue 9).
// The normal test command builds before the unit tests; without dist this file skips, saying so.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const TARGETS = ['chrome', 'firefox'] as const;
type Target = (typeof TARGETS)[number];
const dist = (t: Target) => join(ROOT, 'dist', t);
const built = TARGETS.every((t) => existsSync(join(dist(t), 'manifest.json')));
if (!built) console.warn('[ship/manifest] dist/chrome or dist/firefox is missing: run `npm run build` first; manifest and budget checks SKIPPED');

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, any>;
const read = (t: Target) => JSON.parse(readFileSync(join(dist(t), 'manifest.json'), 'utf8')) as Record<string, any>;

const HOSTS = [
  'https://docs.google.com/forms/*',
  'https://docs.google.com/document/*',
  'https://docs.google.com/spreadsheets/*',
  'https://docs.google.com/presentation/*',
  'https://docs.google.com/drivesharing/*',
  'https://drive.google.com/drive/*',
  'https://drive.google.com/drivesharing/*',
  'https://studio.youtube.com/*',
];

/** XML namespace URIs are identifiers, not fetched (preact's SVG/MathML support). */
const NAMESPACE_URIS = new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xhtml', 'http://www.w3.org/1998/Math/MathML', 'http://www.w3.org/1999/xlink', 'http://www.w3.org/XML/1998/namespace', 'http://www.w3.org/2000/xmlns/']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const BUDGET = { contentScript: 40 * 1024, popupJs: 60 * 1024 };

/** The popup's JS: the entry <script> of its HTML and every chunk it statically imports. */
function popupChunks(distDir: string, popupHtml: string): string[] {
  const html = readFileSync(join(distDir, popupHtml), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (rel: string) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const code = readFileSync(join(distDir, rel), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(posix.join(posix.dirname(rel), m[1]!));
  };
  for (const src of entries) visit(src.startsWith('/') ? src.slice(1) : posix.join(posix.dirname(popupHtml), src));
  return [...seen];
}

describe.skipIf(!built)('built manifests', () => {
  it.each(TARGETS)('%s: permissions, hosts, matches, version, no broad access', (t) => {
    const m = read(t);
    expect(m.manifest_version).toBe(3);
    expect(m.version).toBe(pkg.version);
    expect(m.permissions).toEqual(['storage', 'alarms', 'notifications', 'scripting']);
    expect(m.host_permissions).toEqual(HOSTS);
    expect(source.host_permissions).toEqual(HOSTS);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual([]);
    expect(m.content_scripts.map((c: any) => c.matches)).toEqual(source.content_scripts.map((c: any) => c.matches));
    expect(m.content_scripts.map((c: any) => c.matches)).toEqual([
      ['https://docs.google.com/forms/*'],
      HOSTS.filter((h) => !h.includes('youtube')),
      ['https://studio.youtube.com/*'],
    ]);
    for (const cs of m.content_scripts) {
      for (const p of cs.matches) expect(HOSTS, `content script match ${p} is not a host permission`).toContain(p);
      expect(cs.css ?? []).toEqual([]);
      expect(cs.world ?? 'ISOLATED').toBe('ISOLATED');
    }
    const text = JSON.stringify(m);
    expect(text).not.toContain('<all_urls>');
    expect(text).not.toMatch(/\*:\/\/\*|https?:\/\/\*\//);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.update_url).toBeUndefined();
  });

  it.each(TARGETS)('%s: content security policy absent or stricter than the default', (t) => {
    const csp = read(t).content_security_policy;
    if (csp === undefined) return;
    expect(typeof csp).toBe('object');
    for (const policy of Object.values(csp) as string[]) {
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\bdata:|\bblob:|\*/);
      expect(policy).toMatch(/script-src 'self'/);
    }
  });

  it.each(TARGETS)('%s: no remote code: no http(s) URL in any script or page, no remote <script>', (t) => {
    for (const f of files(dist(t)).filter((p) => /\.(js|html|css)$/.test(p))) {
      const text = readFileSync(f, 'utf8');
      const urls = [...text.matchAll(/https?:\/\/[^\s"'`)<>\\]+/g)].map((x) => x[0]).filter((u) => !NAMESPACE_URIS.has(u));
      const hostPatterns = urls.filter((u) => HOSTS.includes(u)); // the match patterns themselves are not fetched
      expect(urls.filter((u) => !hostPatterns.includes(u)), f).toEqual([]);
      expect(text, f).not.toMatch(/\bimportScripts\s*\(/);
      if (f.endsWith('.html')) expect(text).not.toMatch(/<script[^>]+src="(https?:)?\/\//);
    }
  });

  it('chrome: service worker; firefox: background scripts, gecko id and no data collection', () => {
    const c = read('chrome');
    const f = read('firefox');
    expect(c.background.service_worker).toEqual(expect.any(String));
    expect(c.background.scripts).toBeUndefined();
    expect(existsSync(join(dist('chrome'), c.background.service_worker))).toBe(true);
    expect(f.background.scripts).toEqual([expect.any(String)]);
    expect(f.background.service_worker).toBeUndefined();
    for (const s of f.background.scripts) expect(existsSync(join(dist('firefox'), s))).toBe(true);
    expect(f.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(f.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(c.browser_specific_settings).toBeUndefined();
  });

  it.each(TARGETS)('%s: default locale with zh_TW and en catalogs covering every __MSG_ key, descriptions within 132 characters', (t) => {
    const m = read(t);
    expect(m.default_locale).toBe('zh_TW');
    const keys = [...JSON.stringify(m).matchAll(/__MSG_(\w+)__/g)].map((x) => x[1]!);
    expect(keys).toContain('extName');
    for (const loc of ['zh_TW', 'en']) {
      const p = join(dist(t), '_locales', loc, 'messages.json');
      expect(existsSync(p), p).toBe(true);
      const msgs = JSON.parse(readFileSync(p, 'utf8')) as Record<string, { message: string }>;
      for (const k of keys) expect(msgs[k]?.message, `${loc} ${k}`).toBeTruthy();
      expect([...msgs.extDescription!.message].length, `${loc} extDescription (store limit 132)`).toBeLessThanOrEqual(132);
      expect([...msgs.extName!.message].length, `${loc} extName (limit 75)`).toBeLessThanOrEqual(75);
      expect([...msgs.extShortName!.message].length, `${loc} extShortName (limit 12)`).toBeLessThanOrEqual(12);
    }
  });

  it.each(TARGETS)('%s: every file the manifest names exists', (t) => {
    const m = read(t);
    const named = [
      ...Object.values(m.icons as Record<string, string>),
      ...Object.values(m.action.default_icon as Record<string, string>),
      m.action.default_popup,
      m.options_ui.page,
      ...m.content_scripts.flatMap((c: any) => c.js),
      ...(m.storage?.managed_schema ? [m.storage.managed_schema] : []),
    ];
    for (const p of named) expect(existsSync(join(dist(t), p)), `${t}: ${p}`).toBe(true);
  });
});

describe.skipIf(!built)('bundle-size budget (issue 9, dist/chrome, minified bytes)', () => {
  const m = built ? read('chrome') : { content_scripts: [], action: {} };
  // declared content scripts plus scripts injected on demand (scripting.executeScript: the in-page tip)
  const declared = (m.content_scripts as any[]).flatMap((c) => c.js as string[]);
  const injected = built
    ? readdirSync(join(dist('chrome'), 'src/content'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => `src/content/${f}`)
        .filter((f) => !declared.includes(f))
    : [];
  it('the on-demand tip script is built beside the declared content scripts', () => {
    expect(injected).toContain('src/content/tip.iife.js');
  });
  it.each([...declared, ...injected])(`content script %s ≤ ${BUDGET.contentScript / 1024} KB`, (js) => {
    const size = statSync(join(dist('chrome'), js)).size;
    expect(size, `${js} is ${(size / 1024).toFixed(1)} KB, over the ${BUDGET.contentScript / 1024} KB budget`).toBeLessThanOrEqual(BUDGET.contentScript);
  });

  it('the Forms content script takes its lexicon from lexicon.iife.js, which runs just before it (no second copy)', () => {
    const forms = (m.content_scripts as any[]).find((c) => (c.js as string[]).includes('src/content/forms.iife.js'));
    expect(forms?.js).toEqual(['src/content/lexicon.iife.js', 'src/content/forms.iife.js']);
    const lex = readFileSync(join(dist('chrome'), 'src/content/lexicon.iife.js'), 'utf8');
    const code = readFileSync(join(dist('chrome'), 'src/content/forms.iife.js'), 'utf8');
    expect(lex).toContain('__cpgLexicon1');
    expect(code).toContain('__cpgLexicon1');
    // the alias that points the rules at the hand-off applies to every build: no other content script may take it,
    // for none of them runs after lexicon.iife.js
    for (const js of [...declared, ...injected].filter((f) => !forms.js.includes(f))) {
      expect(readFileSync(join(dist('chrome'), js), 'utf8'), js).not.toContain('__cpgLexicon1');
    }
    // a term of every group, as the minifier writes it: only in the lexicon script
    for (const term of ['緊急聯絡人', '統一編號', '身心科']) {
      expect(lex, term).toContain(term);
      expect(code, term).not.toContain(term);
    }
  });

  it(`popup JS (entry + static imports) ≤ ${BUDGET.popupJs / 1024} KB`, () => {
    const chunks = popupChunks(dist('chrome'), m.action.default_popup);
    expect(chunks.length).toBeGreaterThan(0);
    const sizes = chunks.map((c) => [c, statSync(join(dist('chrome'), c)).size] as const);
    const total = sizes.reduce((a, [, s]) => a + s, 0);
    const detail = sizes.map(([c, s]) => `${c} ${(s / 1024).toFixed(1)} KB`).join(', ');
    expect(total, `popup JS is ${(total / 1024).toFixed(1)} KB (${detail}), over the ${BUDGET.popupJs / 1024} KB budget`).toBeLessThanOrEqual(BUDGET.popupJs);
  });
});
