// The extension renders page content (question titles, file names, people, video titles) — hostile input by definition.
// Nothing in src may turn a string into markup or code, and content scripts never listen to page messages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const SRC = join(ROOT, 'src');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ts|tsx|js|mjs|html)$/.test(name)) out.push(p);
  }
  return out;
}

/** Comments are allowed to name the APIs (e.g. "never innerHTML"); code is not. */
function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1').replace(/<!--[\s\S]*?-->/g, ' ');
}

const FORBIDDEN: Array<[string, RegExp]> = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\s*\(/],
  ['eval(', /(?<![\w.$])eval\s*\(/],
  ['new Function(', /\bnew\s+Function\s*\(/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['DOMParser', /\bnew\s+DOMParser\b/],
  ['setTimeout/setInterval with a string', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['srcdoc', /\bsrcdoc\b/],
];

const ALL = files(SRC);

function hits(list: string[], re: RegExp): string[] {
  const out: string[] = [];
  for (const f of list) {
    const lines = stripComments(readFileSync(f, 'utf8')).split('\n');
    lines.forEach((l, i) => {
      if (re.test(l)) out.push(`${relative(ROOT, f)}:${i + 1}: ${l.trim().slice(0, 120)}`);
    });
  }
  return out;
}

describe('no string-to-markup or string-to-code sinks in src/**', () => {
  it('scans a real tree', () => {
    expect(ALL.length).toBeGreaterThan(30);
    expect(ALL.some((f) => f.endsWith('App.tsx'))).toBe(true);
  });

  it.each(FORBIDDEN)('%s', (_name, re) => {
    expect(hits(ALL, re)).toEqual([]);
  });

  it('the scanner sees through nothing but comments (self-test)', () => {
    const tmp = ['el.innerHTML = x;', '// el.innerHTML = x;', '/* eval(x) */ ok()', 'window.eval(x)', 'const f = new Function("a")'];
    const found = tmp.map((t) => FORBIDDEN.some(([, re]) => re.test(stripComments(t))));
    expect(found).toEqual([true, false, false, false, true]);
    // `window.eval(` is not matched by the eval( pattern on purpose; catch it separately
    expect(/\.eval\s*\(/.test('window.eval(x)')).toBe(true);
    expect(hits(ALL, /\.\s*eval\s*\(/)).toEqual([]);
  });
});

describe('content scripts never trust the page', () => {
  const CONTENT = ALL.filter((f) => /[/\\]src[/\\](content|sites)[/\\]/.test(f));

  it('covers src/content and src/sites', () => {
    expect(CONTENT.some((f) => f.includes(`${join('src', 'content')}`))).toBe(true);
    expect(CONTENT.some((f) => f.includes(`${join('src', 'sites')}`))).toBe(true);
  });

  it("never addEventListener('message') / window.onmessage (window.postMessage from the page is attacker input)", () => {
    expect(hits(CONTENT, /addEventListener\s*\(\s*['"`]message(?:error)?['"`]/)).toEqual([]);
    // a private MessageChannel port (port1.onmessage) is unreachable from the page and allowed; the window's is not
    expect(hits(CONTENT, /(?:^|[^.\w$])onmessage\s*=|\b(?:window|self|globalThis|document|top|parent)\s*\.\s*onmessage\b/)).toEqual([]);
  });

  it('never posts to the page or other frames, never exposes itself to it', () => {
    expect(hits(CONTENT, /\b(?:window|self|globalThis|top|parent|opener|contentWindow|frames(?:\[[^\]]*\])?)\s*\.\s*postMessage\s*\(/)).toEqual([]);
    expect(hits(CONTENT, /(?:^|[^.\w$])postMessage\s*\(/)).toEqual([]);
    expect(hits(CONTENT, /\b(?:wrappedJSObject|exportFunction|cloneInto)\b/)).toEqual([]);
    expect(hits(CONTENT, /\bruntime\s*\.\s*(?:connect|onConnect|onMessageExternal|onConnectExternal)\b/)).toEqual([]);
    // any MessageChannel must be created here (private), not taken from the page
    for (const f of CONTENT) {
      const src = stripComments(readFileSync(f, 'utf8'));
      if (/\.port[12]\b/.test(src)) expect(src, relative(ROOT, f)).toMatch(/new\s+MessageChannel\s*\(/);
    }
  });

  it('readers (src/sites) use no extension API and no globals of the page window', () => {
    const SITES = CONTENT.filter((f) => f.includes(join('src', 'sites')));
    expect(hits(SITES, /\b(?:chrome|browser)\s*\.\s*\w/)).toEqual([]);
    expect(hits(SITES, /\bwindow\s*\.\s*\w/)).toEqual([]);
  });
});

describe('the manifest does not open the extension to web pages', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  it('no externally_connectable, no web_accessible_resources', () => {
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });
  it('no remote code or loosened CSP', () => {
    const csp = JSON.stringify(manifest['content_security_policy'] ?? '');
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
});
