// `npm run check` core (scripts/lib/check.ts): saved pages → {url, app, snapshot, anchors, findings, results}.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPage, guessUrl, knownSite, main, parseArgs, parseHtml, type Io } from '../../../scripts/lib/check';
import { Snapshot } from '../../../src/core/schema';

const FIX = join(__dirname, '../../fixtures');
const page = (p: string) => readFileSync(join(FIX, p), 'utf8');
const statuses = (o: ReturnType<typeof checkPage>) => Object.fromEntries(o.results.map((r) => [r.ruleId, r.status]));

const FORMS_URL = 'https://docs.google.com/forms/d/1cpgDemoFormZh0000000000000000000000000000/edit';

describe('checkPage on fixtures', () => {
  it('Forms editor (zh-TW demo): summary on and an ID question are findings, with the anchors used', () => {
    const o = checkPage(page('forms/e2e-editor-zh.html'), { url: FORMS_URL });
    expect(o).toMatchObject({ url: FORMS_URL, urlSource: 'argument', app: 'forms', reader: 'forms', status: 'checked' });
    expect(Snapshot.safeParse(o.snapshot).success).toBe(true);
    expect(o.snapshot!.itemKey).toBe('1cpgDemoFormZh0000000000000000000000000000');
    expect(o.anchors.summaryToRespondents).toBe('label');
    const st = statuses(o);
    expect(st['forms.summary-public']).toBe('violation');
    expect(st['forms.identifier']).toBe('violation');
    expect(st['forms.sensitive-data']).toBe('pass');
    // only Forms rules run on a Forms page, one result per rule
    expect(o.results.every((r) => r.ruleId.startsWith('forms.'))).toBe(true);
    expect(new Set(o.results.map((r) => r.ruleId)).size).toBe(o.results.length);
    // findings = violations + unverified, with their titles; passes are not findings
    expect(o.findings.map((f) => f.ruleId)).toContain('forms.summary-public');
    expect(o.findings.every((f) => f.status === 'violation' || f.status === 'unverified')).toBe(true);
    expect(o.findings.find((f) => f.ruleId === 'forms.summary-public')!.title).toMatch(/summary|respond/i);
    // evidence is masked like in the extension
    expect(JSON.stringify(o.findings)).not.toMatch(/[A-Z][12]\d{8}/);
  });

  it('titles follow --lang', () => {
    const en = checkPage(page('forms/e2e-editor-zh.html'), { url: FORMS_URL });
    const zh = checkPage(page('forms/e2e-editor-zh.html'), { url: FORMS_URL, lang: 'zh-TW' });
    const t = (o: typeof en) => o.findings.find((f) => f.ruleId === 'forms.summary-public')!.title;
    expect(t(zh)).not.toBe(t(en));
    expect(t(zh)).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a redesigned Forms page: every rule unverified with a hint, anchors all none, notes say why', () => {
    const o = checkPage(page('forms/future-redesign.html'), { url: FORMS_URL });
    expect(o.status).toBe('checked');
    expect(o.results.length).toBe(5);
    expect(o.results.every((r) => r.status === 'unverified')).toBe(true);
    expect(o.findings.every((f) => typeof f.hint === 'string' && f.hint.length > 0)).toBe(true);
    expect(Object.values(o.anchors).every((a) => a === 'none')).toBe(true);
    expect(o.notes).toContain('structure-unrecognised');
  });

  it('share frame: reads the dialog; the top page of a Docs editor falls back to the Share button', () => {
    const frame = checkPage(page('share/frame-drive-en.html'));
    expect(frame).toMatchObject({ app: 'share', reader: 'share-dialog', urlSource: 'content', status: 'checked' });
    expect(statuses(frame)['share.roster-public']).toBe('violation');
    const top = checkPage(page('share/docs-top-en.html'));
    expect(top).toMatchObject({ app: 'share', reader: 'share-button', status: 'checked' });
    expect(top.snapshot).toMatchObject({ context: 'button' });
    expect(top.findings.find((f) => f.ruleId === 'share.anyone-can-edit')).toMatchObject({ status: 'unverified', reason: 'open-share-dialog' });
  });

  it('policy file: school domains make share.external-editor apply; bad keys are reported, not fatal', () => {
    const url = 'https://docs.google.com/drivesharing/driveshare?id=1ChangedStructureAbCdEfGhIjKlMnOp&foreignService=kix';
    const without = checkPage(page('share/frame-changed.html'), { url });
    expect(statuses(without)['share.external-editor']).toBe('not-applicable');
    const withDomains = checkPage(page('share/frame-changed.html'), {
      url,
      policy: { schoolDomains: ['school.edu.tw'], coeditorThreshold: 'lots', nonsense: 1 },
    });
    expect(statuses(withDomains)['share.external-editor']).toBe('unverified');
    expect(withDomains.policyIssues.map((i) => [i.key, i.code])).toEqual(
      expect.arrayContaining([
        ['coeditorThreshold', 'wrong-type'],
        ['nonsense', 'unknown-key'],
      ]),
    );
    const disabled = checkPage(page('share/frame-changed.html'), { url, policy: { disabledRules: ['share.anyone-can-edit'] } });
    expect(statuses(disabled)['share.anyone-can-edit']).toBeUndefined();
  });

  it('YouTube Studio upload and edit pages; a dashboard is "nothing to check", not a pass', () => {
    const up = checkPage(page('studio/e2e-upload-en.html'));
    expect(up).toMatchObject({ app: 'studio', status: 'checked' });
    expect(statuses(up)['youtube.public']).toBe('violation');
    const edit = checkPage(page('studio/edit-en.html'), { url: 'https://studio.youtube.com/video/Ed78AbCdEfG/edit' });
    expect(edit.snapshot).toMatchObject({ context: 'edit', itemKey: 'Ed78AbCdEfG', visibility: 'private' });
    const dash = checkPage(page('studio/dashboard-en.html'));
    expect(dash).toMatchObject({ app: 'studio', status: 'nothing-to-check', snapshot: null, results: [], findings: [] });
    expect(dash.notes.length).toBeGreaterThan(0);
  });

  it('a page of another site: unknown-page with a note; an explicit non-checked URL too', () => {
    const o = checkPage('<html><head><title>Hello</title></head><body><p>nothing</p></body></html>');
    expect(o).toMatchObject({ url: null, app: null, status: 'unknown-page', notes: ['url-unknown'] });
    const other = checkPage('<p>x</p>', { url: 'https://example.com/' });
    expect(other).toMatchObject({ url: 'https://example.com/', app: null, status: 'unknown-page', notes: ['url-not-a-checked-site'] });
  });

  it('never runs page scripts', () => {
    const html = `<script>globalThis.__cpgCheckRan = 1</script><img src=x onerror="globalThis.__cpgCheckRan = 2">
      <div role="dialog"><ul jsname="rymPhb"></ul></div>`;
    checkPage(html, { url: 'https://docs.google.com/drivesharing/driveshare?id=1AbCdEfGhIjKlMnOpQrSt' });
    expect((globalThis as { __cpgCheckRan?: number }).__cpgCheckRan).toBeUndefined();
  });
});

describe('guessUrl: saved page → original URL', () => {
  const g = (html: string) => guessUrl(html, parseHtml(html));
  it("Chrome's saved-from comment, then canonical, then og:url", () => {
    expect(g(`<!-- saved from url=(0067)${FORMS_URL} -->\n<html></html>`)).toEqual({ url: FORMS_URL, source: 'saved-from' });
    expect(g(`<link rel="canonical" href="${FORMS_URL}">`)).toEqual({ url: FORMS_URL, source: 'canonical' });
    expect(g(`<meta property="og:url" content="https://studio.youtube.com/video/abcdef123/edit">`)).toEqual({
      url: 'https://studio.youtube.com/video/abcdef123/edit',
      source: 'og:url',
    });
  });
  it('a declared URL that is not a checked site is skipped', () => {
    const r = g(`<link rel="canonical" href="https://example.com/x"><div data-item-id="1"></div>`);
    expect(r?.source).toBe('guessed');
    expect(knownSite(r!.url)).toBe('forms');
  });
  it('a site URL in the content that fits the markup, with entities decoded and punctuation trimmed', () => {
    const r = g(`<!-- URL: https://docs.google.com/drivesharing/driveshare?id=1AbCdEfGhIjKl&amp;hl=en. --><div role="dialog"></div>`);
    expect(r).toEqual({ url: 'https://docs.google.com/drivesharing/driveshare?id=1AbCdEfGhIjKl&hl=en', source: 'content' });
  });
  it('markers alone: studio edit page takes the video id from a youtu.be link', () => {
    const r = g(`<ytcp-video-metadata-editor></ytcp-video-metadata-editor><a href="https://youtu.be/Xy12AbCdEfG">x</a>`);
    expect(r).toEqual({ url: 'https://studio.youtube.com/video/Xy12AbCdEfG/edit', source: 'guessed' });
  });
  it('nothing recognisable → null', () => {
    expect(g('<p>hello</p>')).toBeNull();
  });
});

describe('command line', () => {
  function io(files: Record<string, string>) {
    const out: string[] = [];
    const err: string[] = [];
    const x: Io = {
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      readFile: (p) => {
        if (!(p in files)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
        return files[p]!;
      },
    };
    return { x, out, err };
  }

  it('parses arguments', () => {
    expect(parseArgs(['p.html'])).toEqual({ file: 'p.html' });
    expect(parseArgs(['p.html', '--url', FORMS_URL, '--policy', 'x.json', '--lang', 'zh-TW'])).toEqual({
      file: 'p.html',
      url: FORMS_URL,
      policyFile: 'x.json',
      lang: 'zh-TW',
    });
    for (const bad of [[], ['--url'], ['p.html', '--url', 'not a url'], ['a.html', 'b.html'], ['p.html', '--frobnicate'], ['p.html', '--lang', 'fr']]) {
      expect(parseArgs(bad)).toHaveProperty('error');
    }
  });

  it('exit 0 with findings and JSON on stdout', () => {
    const { x, out } = io({ 'p.html': page('forms/e2e-editor-zh.html') });
    expect(main(['p.html', '--url', FORMS_URL], x)).toBe(0);
    const parsed = JSON.parse(out.join('\n'));
    expect(Object.keys(parsed)).toEqual(expect.arrayContaining(['url', 'app', 'snapshot', 'anchors', 'findings', 'results']));
    expect(parsed.findings.length).toBeGreaterThan(0);
  });

  it('exit 2 on usage errors: no file, unreadable file, unreadable policy', () => {
    expect(main([], io({}).x)).toBe(2);
    const missing = io({});
    expect(main(['nope.html'], missing.x)).toBe(2);
    expect(missing.err.join('\n')).toContain('ENOENT');
    const badPolicy = io({ 'p.html': '<p></p>', 'pol.json': '{not json' });
    expect(main(['p.html', '--policy', 'pol.json'], badPolicy.x)).toBe(2);
    expect(badPolicy.out).toEqual([]);
  });

  it('a policy file is applied', () => {
    const { x, out } = io({
      'p.html': page('share/frame-changed.html'),
      'pol.json': JSON.stringify({ disabledRules: ['share.roster-public'] }),
    });
    expect(main(['p.html', '--policy', 'pol.json'], x)).toBe(0);
    const ids = JSON.parse(out.join('\n')).results.map((r: { ruleId: string }) => r.ruleId);
    expect(ids).not.toContain('share.roster-public');
    expect(ids).toContain('share.anyone-can-edit');
  });
});
