import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CARD_NOISE_LABELS, cardLabelClass, formsObserveRoot, readForms } from '../../../src/sites/forms/reader';
import { readEmbedded, sliceArrayLiteral } from '../../../src/sites/forms/fbdata';
import { FormsSnapshot } from '../../../src/core/schema';
import { evaluate } from '../../../src/core/engine';
import { DEFAULT_POLICY } from '../../../src/core/policy';
import { formsRules } from '../../../src/core/rules/forms';

const DIR = fileURLToPath(new URL('../../fixtures/forms/', import.meta.url));
const EDIT_ID = '1FzQ8pXbLkT3vYw9sHcJrN2mAeU5dGq7oKiR4tZ6yVbM';
const URL_EDIT = `https://docs.google.com/forms/d/${EDIT_ID}/edit`;

function load(name: string, url = URL_EDIT): Document {
  return new JSDOM(readFileSync(DIR + name, 'utf8'), { url }).window.document;
}
function read(name: string, url = URL_EDIT) {
  const doc = load(name, url);
  const s = readForms(doc, doc.location.href);
  // every snapshot must satisfy the shared schema
  expect(() => FormsSnapshot.parse(s)).not.toThrow();
  return s;
}
const titles = (s: ReturnType<typeof read>) => s.items?.map((i) => i.title) ?? null;

describe('fixtures', () => {
  it('every fixture begins with a comment naming what it reproduces', () => {
    for (const f of readdirSync(DIR).filter((f) => f.endsWith('.html'))) {
      const text = readFileSync(DIR + f, 'utf8');
      expect(text.startsWith('<!--'), f).toBe(true);
      expect(text.slice(0, 4000), f).toMatch(/Fixture|DEMO/);
    }
  });
});

describe('settings panel rendered: the live DOM wins over the stale blob', () => {
  it.each([
    ['editor-settings-en-on.html', true, 'verified', false, true, 'en'],
    ['editor-settings-en-off.html', false, 'none', true, false, 'en'],
    ['editor-settings-zh-on.html', true, 'verified', false, true, 'zh-TW'],
    ['editor-settings-zh-off.html', false, 'none', true, false, 'zh-TW'],
  ] as const)('%s', (file, summary, email, limit, edit, lang) => {
    const s = read(file);
    expect(s.settings.summaryToRespondents).toBe(summary);
    expect(s.settings.collectEmail).toBe(email);
    expect(s.settings.limitOneResponse).toBe(limit);
    expect(s.settings.editAfterSubmit).toBe(edit);
    expect(s.settings.responders).toBeNull();
    expect(s.diagnostics.anchors.summaryToRespondents).toBe('label');
    expect(s.diagnostics.anchors.responders).toBe('none');
    expect(s.diagnostics.notes).toContain('responders-ui-undocumented');
    expect(s.diagnostics.notes).not.toContain('settings-panel-absent');
    expect(s.lang).toBe(lang);
    expect(s.itemKey).toBe(EDIT_ID);
    // the Questions tab body is not rendered: questions come from the blob
    expect(s.diagnostics.anchors.items).toBe('embedded');
    expect(s.items).toHaveLength(3);
  });

  it('zh-TW settings fixture carries the zh questions from the blob', () => {
    const s = read('editor-settings-zh-on.html');
    expect(titles(s)).toEqual(['學生姓名', '請填寫學生身分證字號', '你最喜歡的健康食物是什麼？']);
    expect(s.title).toBe('校外教學報名表');
  });
});

describe('questions tab: DOM cards win, settings from the blob', () => {
  it('English: live titles from cards, summary from D[2][2] == 1, kinds merged from the blob', () => {
    const s = read('editor-questions-en.html');
    expect(s.settings.summaryToRespondents).toBe(true);
    expect(s.diagnostics.anchors.summaryToRespondents).toBe('embedded');
    expect(s.diagnostics.notes).toContain('settings-panel-absent');
    expect(s.title).toBe('Field trip sign-up');
    expect(s.description).toBe('Please reply by Friday.');
    expect(s.items!.map((i) => [i.id, i.kind, i.type])).toEqual([
      ['1000000001', 'text', 6],
      ['1443236733', 'question', 0],
      ['1507412896', 'question', 1],
      ['1326917918', 'section', 8],
      ['1049944311', 'question', 2],
    ]);
    // live edit in the DOM ("Home address") beats the stale blob title ("Address")
    expect(s.items![2]!.title).toBe('Home address');
    expect(s.items![2]!.description).toBe('Street, district and city');
    expect(s.items![0]!.description).toMatch(/^Purpose: trip insurance/);
    expect(s.diagnostics.counts.cards).toBe(5);
  });

  it('zh-TW: null D[2] means summary off (jspb default)', () => {
    const s = read('editor-questions-zh.html');
    expect(s.settings.summaryToRespondents).toBe(false);
    expect(s.settings.editAfterSubmit).toBe(false);
    expect(s.diagnostics.anchors.summaryToRespondents).toBe('embedded');
    expect(titles(s)).toEqual(['學生姓名', '請填寫學生身分證字號', '你最喜歡的健康食物是什麼？', '是否有食物過敏？']);
    expect(s.items![1]!.description).toBe('保險用');
    expect(s.title).toBe('校外教學報名表');
    expect(s.description).toBe('請於週五前填寫完畢。');
    expect(s.lang).toBe('zh-TW');
  });
});

describe('real python-gforms dumps inside FB_LOAD_DATA_', () => {
  it('settings_stats → summary true', () => {
    const s = read('blob-stats-en.html');
    expect(s.settings.summaryToRespondents).toBe(true);
    expect(s.diagnostics.anchors.summaryToRespondents).toBe('embedded');
    expect(s.items).toEqual([]);
    expect(s.diagnostics.anchors.items).toBe('embedded');
    expect(s.title).toBe('20.6_stats');
  });

  it('Elements.empty (default) → summary false, title and description from D[8] / D[0]', () => {
    const s = read('blob-default-en.html');
    expect(s.settings.summaryToRespondents).toBe(false);
    expect(s.settings.editAfterSubmit).toBe(false);
    expect(s.settings.limitOneResponse).toBe(false);
    expect(s.title).toBe('Form_title');
    expect(s.description).toBe('Form_description');
  });

  it('settings_verified_email: null D[2] → summary false, email verified', () => {
    const s = read('blob-verified-email-en.html');
    expect(s.settings.summaryToRespondents).toBe(false);
    expect(s.settings.collectEmail).toBe('verified');
  });

  it('settings_submit_once → limit to 1 response, email not collected', () => {
    const s = read('blob-submit-once-en.html');
    expect(s.settings.limitOneResponse).toBe(true);
    expect(s.settings.collectEmail).toBe('none');
    expect(s.settings.summaryToRespondents).toBe(false);
  });

  it('non_input → item kinds text / media / media', () => {
    const s = read('blob-noninput-en.html');
    expect(s.items!.map((i) => [i.title, i.type, i.kind])).toEqual([
      ['Comment', 6, 'text'],
      ['Image', 11, 'media'],
      ['Video', 12, 'media'],
    ]);
    expect(s.items![0]!.description).toBe('Comment_descr');
  });

  it('zh-TW blob only (tab body not rendered yet)', () => {
    const s = read('blob-only-zh.html');
    expect(s.settings.summaryToRespondents).toBe(true);
    expect(s.diagnostics.anchors.items).toBe('embedded');
    expect(titles(s)).toEqual(['學生姓名', '請填寫學生身分證字號', '你最喜歡的健康食物是什麼？']);
    expect(s.title).toBe('校外教學報名表');
    expect(s.diagnostics.anchors.title).toBe('embedded');
  });
});

describe('nothing to read → nulls and notes, never a guess', () => {
  it.each(['neither-en.html', 'neither-zh.html', 'future-redesign.html'])('%s', (file) => {
    const s = read(file);
    expect(s.settings).toEqual({
      summaryToRespondents: null,
      responders: null,
      collectEmail: null,
      limitOneResponse: null,
      editAfterSubmit: null,
    });
    expect(s.items).toBeNull();
    expect(s.title).toBeNull();
    expect(s.description).toBeNull();
    expect(s.diagnostics.notes).toEqual(
      expect.arrayContaining(['fb-load-data-absent', 'settings-panel-absent', 'questions-unreadable', 'structure-unrecognised']),
    );
    for (const f of ['title', 'description', 'items', 'summaryToRespondents', 'responders', 'collectEmail', 'limitOneResponse', 'editAfterSubmit']) {
      expect(s.diagnostics.anchors[f], f).toBe('none');
    }
  });

  it('an empty document and a document without body do not throw', () => {
    const empty = new JSDOM('', { url: URL_EDIT }).window.document;
    expect(readForms(empty, URL_EDIT).items).toBeNull();
    const xml = new JSDOM('<html></html>', { url: URL_EDIT }).window.document;
    xml.documentElement.removeChild(xml.body);
    expect(() => readForms(xml, 'not a url')).not.toThrow();
    expect(readForms(xml, 'not a url').itemKey).toBeNull();
  });
});

describe('many questions, noise and odd titles', () => {
  it('reads all 64 items of a long zh-TW form', () => {
    const s = read('many-questions-zh.html');
    expect(s.items).toHaveLength(64);
    expect(s.items!.filter((i) => i.kind === 'section')).toHaveLength(4);
    expect(s.items!.filter((i) => i.kind === 'question').length).toBeGreaterThanOrEqual(60);
    expect(s.items![17]!.title).toBe('請填寫學生身分證字號');
    expect(s.items![58]!.title).toBe('家長手機號碼');
    expect(s.items![58]!.description).toBe('緊急聯絡用');
    expect(s.settings.summaryToRespondents).toBe(false);
    expect(s.diagnostics.counts.items).toBe(64);
  });

  it('the card labels the selector leaves out name nothing a card is read for', () => {
    // readCard's query skips these exact aria-labels (issue 9); each must be one the classifier ignores
    for (const l of CARD_NOISE_LABELS) expect(cardLabelClass(l), l).toBe(0);
    // they are written into attribute selectors as they are: nothing in them may end or escape the quoted value
    for (const l of CARD_NOISE_LABELS) expect(l, l).not.toMatch(/["\\]/);
    // and a spelling of a label it reads is still read: 'Question' beside the noise
    const doc = new JSDOM(
      `<div data-item-id="1"><div role="textbox" contenteditable="true" aria-label="option value">no</div>` +
        `<div role="textbox" contenteditable="true" aria-label="Question">Home address</div>` +
        `<div role="listitem" aria-label="question option"><input aria-label="option value" value="x"></div>` +
        `<div role="checkbox" aria-label="Required" aria-checked="true"></div></div>`,
      { url: URL_EDIT },
    ).window.document;
    const s = readForms(doc, URL_EDIT);
    expect(s.items?.map((i) => [i.title, i.kind])).toEqual([['Home address', 'question']]);
  });

  it('filters tooltips, hidden duplicates and snackbars', () => {
    const s = read('noise-en.html');
    expect(s.settings.summaryToRespondents).toBe(false); // visible row OFF; hidden copies and the stale blob say ON
    expect(s.settings.collectEmail).toBe('input');
    expect(s.items!.map((i) => i.title)).toEqual(['Date of birth', 'Favourite school lunch']);
    expect(s.items![0]!.type).toBe(9);
    expect(s.diagnostics.anchors.summaryToRespondents).toBe('label');
  });

  it('titles with HTML, emoji and 10 000 characters', () => {
    const s = read('titles-edge-en.html');
    const t = titles(s)!;
    expect(t[0]).toBe('Date of birth *');
    expect(t[1]).toBe('<script>alert(1)</script> & <img src=x onerror=alert(1)>');
    expect(t[2]).toBe('📞 Mobile number 😀👍🏽');
    expect(t[3]!.length).toBeGreaterThanOrEqual(9990);
    expect(t[3]!.endsWith('Please enter your home address')).toBe(true);
    expect(t[4]).toBe('');
    expect(s.title).toBe('Edge cases 🧪');
    expect(s.settings.summaryToRespondents).toBeNull();
    expect(s.diagnostics.anchors.items).toBe('label');
  });
});

describe('demo / e2e pages', () => {
  it('zh-TW demo: summary on, the two documented questions, flipping the switch is read live', () => {
    const doc = load('e2e-editor-zh.html');
    let s = readForms(doc, URL_EDIT);
    expect(s.settings.summaryToRespondents).toBe(true);
    expect(titles(s)).toEqual(['學生姓名', '請填寫學生身分證字號', '你最喜歡的健康食物是什麼？']);
    expect(s.description).toBe('請於週五前填寫完畢。');
    expect(doc.querySelector('.demo-banner')?.textContent).toContain('DEMO');
    // imitate the page's own behaviour: the switch's aria-checked flips; the blob still says ON
    const label = Array.from(doc.querySelectorAll('div')).find((d) => d.textContent === '查看結果摘要')!;
    const sw = label.closest('.mhLiyf')!.querySelector('[role="switch"]')!;
    sw.setAttribute('aria-checked', 'false');
    s = readForms(doc, URL_EDIT);
    expect(s.settings.summaryToRespondents).toBe(false);
    expect(s.diagnostics.anchors.summaryToRespondents).toBe('label');
  });

  it('zh-TW demo: the inline script toggles aria-checked on a real click', () => {
    const dom = new JSDOM(readFileSync(DIR + 'e2e-editor-zh.html', 'utf8'), { url: URL_EDIT, runScripts: 'dangerously' });
    const doc = dom.window.document;
    const label = Array.from(doc.querySelectorAll('div')).find((d) => d.textContent === '查看結果摘要')!;
    const sw = label.closest('.mhLiyf')!.querySelector<HTMLElement>('[role="switch"]')!;
    (sw.firstElementChild as HTMLElement).click();
    expect(sw.getAttribute('aria-checked')).toBe('false');
    expect(readForms(doc, URL_EDIT).settings.summaryToRespondents).toBe(false);
    // switching tabs keeps both sources readable
    (doc.querySelector('[role="tab"][data-tab="questions"]') as HTMLElement).click();
    const s = readForms(doc, URL_EDIT);
    expect(s.settings.summaryToRespondents).toBe(false);
    expect(s.items).toHaveLength(3);
  });

  it('English demo: summary off, harmless questions', () => {
    const s = read('e2e-editor-en.html');
    expect(s.settings.summaryToRespondents).toBe(false);
    expect(s.items).toHaveLength(3);
    expect(s.lang).toBe('en');
  });
});

describe('other URL forms and languages', () => {
  it('itemKey from /forms/u/<n>/d/<id>/edit; null on viewform', () => {
    expect(read('blob-stats-en.html', `https://docs.google.com/forms/u/1/d/${EDIT_ID}/edit#responses`).itemKey).toBe(EDIT_ID);
    expect(read('blob-stats-en.html', 'https://docs.google.com/forms/d/e/1FAIpQLSf0000000000/viewform').itemKey).toBeNull();
  });

  it('Japanese labels (質問 / 必須 [OBS]) and a summary toggle read by aria-label only', () => {
    const html = `<!doctype html><html lang="ja"><body>
      <div data-item-id="11"><div role="textbox" contenteditable="true" aria-label="質問">生年月日</div>
        <div role="checkbox" aria-label="必須" aria-checked="true"></div></div>
      <div><div role="switch" aria-label="結果の概要を表示する" aria-checked="true"></div></div></body></html>`;
    const doc = new JSDOM(html, { url: URL_EDIT }).window.document;
    const s = readForms(doc, URL_EDIT);
    expect(s.items).toEqual([{ id: '11', title: '生年月日', description: '', type: null, kind: 'question' }]);
    expect(s.settings.summaryToRespondents).toBe(true);
    expect(s.diagnostics.notes).toContain('summary-from-aria-label');
  });

  it('legacy dialog wording 顯示摘要圖表和其他作答內容 is read too', () => {
    const html = `<html lang="zh-TW"><body><div><span>顯示摘要圖表和其他作答內容</span><div role="checkbox" aria-checked="true"></div></div></body></html>`;
    const s = readForms(new JSDOM(html, { url: URL_EDIT }).window.document, URL_EDIT);
    expect(s.settings.summaryToRespondents).toBe(true);
  });

  it('a label next to two controls is ambiguous → falls back to the blob', () => {
    const blob = `<script>var FB_LOAD_DATA_ = [[null,[null,null,["",1,1,0,0],null,null,null,null,null,"T"]],1];</script>`;
    const html = `<html><body><div><span>View results summary</span><div role="switch" aria-checked="false"></div><div role="switch" aria-checked="false"></div></div>${blob}</body></html>`;
    const s = readForms(new JSDOM(html, { url: URL_EDIT }).window.document, URL_EDIT);
    expect(s.settings.summaryToRespondents).toBe(true);
    expect(s.diagnostics.anchors.summaryToRespondents).toBe('embedded');
    expect(s.diagnostics.notes).toContain('summary-label-ambiguous');
  });

  it('a label whose control cannot be read is not outvoted by a stray copy of it in another row → blob / unverified', () => {
    // found by the "losing a load-bearing anchor is never a wrong pass" property test: the real summary switch has lost
    // aria-checked, and the label text also sits in the "Disable autosave" row, whose switch reads off
    const rows = (blob: string) =>
      `<html><body><div class="mhLiyf"><div>View results summary</div><div role="checkbox"></div></div>` +
      `<div class="mhLiyf">查看結果摘要<div><div>Disable autosave for all respondents</div></div><div role="checkbox" aria-checked="false"></div></div>${blob}</body></html>`;
    const bare = readForms(new JSDOM(rows(''), { url: URL_EDIT }).window.document, URL_EDIT);
    expect(bare.settings.summaryToRespondents).toBeNull();
    expect(bare.diagnostics.notes).toContain('summary-label-unreadable');
    expect(evaluate(bare, DEFAULT_POLICY, formsRules).results.find((r) => r.ruleId === 'forms.summary-public')?.status).toBe('unverified');
    const blob = `<script>var FB_LOAD_DATA_ = [[null,[null,null,["",1,1,0,0],null,null,null,null,null,"T"]],1];</script>`;
    const withBlob = readForms(new JSDOM(rows(blob), { url: URL_EDIT }).window.document, URL_EDIT);
    expect(withBlob.settings.summaryToRespondents).toBe(true);
    expect(withBlob.diagnostics.anchors.summaryToRespondents).toBe('embedded');
    // the same when the real label's row has two controls (ambiguous) instead of an unreadable one
    const ambiguous = readForms(
      new JSDOM(rows('').replace('<div role="checkbox"></div>', '<div role="checkbox" aria-checked="true"></div><div role="checkbox" aria-checked="true"></div>'), { url: URL_EDIT }).window.document,
      URL_EDIT,
    );
    expect(ambiguous.settings.summaryToRespondents).toBeNull();
    expect(ambiguous.diagnostics.notes).toEqual(expect.arrayContaining(['summary-label-unreadable', 'summary-label-ambiguous']));
  });

  it('formsObserveRoot is the body', () => {
    const doc = load('editor-questions-en.html');
    expect(formsObserveRoot(doc)).toBe(doc.body);
  });
});

describe('embedded data extractor', () => {
  it('tolerates \\x escapes, single quotes and elided elements', () => {
    expect(JSON.parse(sliceArrayLiteral(`[1,,"a\\x3cb",'c\\'d',[,2],]`, 0)!)).toEqual([1, null, 'a<b', "c'd", [null, 2]]);
    expect(sliceArrayLiteral('[1,[2', 0)).toBeNull();
  });

  // The blob is parsed directly when it is JSON up to its `];` (issue 9) and copied by sliceArrayLiteral when it is
  // not: every way must give the same form, whatever brackets, quotes and backslashes the strings hold.
  it('reads a JSON blob, a JSON blob with "];" in a string and a JS-only blob of the same data alike', () => {
    const titles = ['a]b', 'c\\', 'd"]e', "f'g", '\\"]', 'h\\\\', '[[', '', '題目]；'];
    const D = (extra: string[]) => ['desc "x"]', [...titles, ...extra].map((t, i) => [i + 1, t, `help ${t}`, i % 3]), ['', 1, 1, 0, 0], null, null, null, null, null, 'T]"'];
    const tail = ';var _docs_flag_cek= null;';
    const json = JSON.stringify([[null, D([])], 1], null, 1); // spaced: a direct parse counts the spaces in `bytes`
    const a = readEmbedded([`var FB_LOAD_DATA_ = ${json}${tail}`]);
    expect(a.status).toBe('ok');
    expect(a.status === 'ok' && [a.bytes, a.form.items.map((i) => i.title)]).toEqual([json.length, titles]);
    // a title holding "];": the direct parse stops inside that string and fails, the copy reads it
    const withSemi = readEmbedded([`var FB_LOAD_DATA_ = ${JSON.stringify([[null, D(['x];y'])], 1])}${tail}`]);
    expect(withSemi.status === 'ok' && withSemi.form.items.map((i) => i.title)).toEqual([...titles, 'x];y']);
    // single quotes, an elided element and a trailing comma: JavaScript, not JSON
    const compact = JSON.stringify([[null, D([])], 1]);
    const jsOnly = `${compact.replace('"desc', "'desc").replace('"x\\"]",', '"x\\"]\',').slice(0, -3)},,1,]`;
    expect(jsOnly).not.toContain('"desc');
    const b = readEmbedded([`var FB_LOAD_DATA_ = ${jsOnly}${tail}`]);
    expect(b.status === 'ok' && b.form).toEqual(a.status === 'ok' && a.form);
    // a string that never closes, and a bracket that never closes, in JSON-looking text
    expect(readEmbedded(['var FB_LOAD_DATA_ = [["abc]];'])).toEqual({ status: 'unparsable', source: 'FB_LOAD_DATA_' });
    expect(readEmbedded(['var FB_LOAD_DATA_ = [["abc\\"]"];'])).toEqual({ status: 'unparsable', source: 'FB_LOAD_DATA_' });
  });

  it('reports unparsable and unexpected shapes without throwing', () => {
    expect(readEmbedded(['var FB_LOAD_DATA_ = [1,2'])).toEqual({ status: 'unparsable', source: 'FB_LOAD_DATA_' });
    expect(readEmbedded(['var FB_LOAD_DATA_ = [undefined];'])).toEqual({ status: 'unparsable', source: 'FB_LOAD_DATA_' });
    expect(readEmbedded(['var FB_LOAD_DATA_ = ["x"];'])).toEqual({ status: 'unexpected-shape', source: 'FB_LOAD_DATA_' });
    expect(readEmbedded(['var x = 1;'])).toEqual({ status: 'absent' });
  });

  it('falls back to FB_LOAD_DATA_[14] (form_data) and reads FB_PUBLIC_LOAD_DATA_', () => {
    const D = ['desc', null, ['', 1, 1, 0, 0], null, null, null, null, null, 'Title'];
    const load = [null, 1, 0, 's', 'e', 0, null, null, null, null, null, null, null, 'doc', D];
    const r = readEmbedded([`FB_LOAD_DATA_=${JSON.stringify(load)};`]);
    expect(r.status === 'ok' && r.form.summary).toBe(true);
    const p = readEmbedded([`var FB_PUBLIC_LOAD_DATA_ = ${JSON.stringify([null, D, '/forms'])};`]);
    expect(p.status === 'ok' && p.form.source).toBe('FB_PUBLIC_LOAD_DATA_');
    expect(p.status === 'ok' && p.form.title).toBe('Title');
  });

  it('an unparsable blob on a page with nothing else gives nulls and a note', () => {
    const html = `<html><body><script>var FB_LOAD_DATA_ = [[null,[oops]]];</script></body></html>`;
    const s = readForms(new JSDOM(html, { url: URL_EDIT }).window.document, URL_EDIT);
    expect(s.settings.summaryToRespondents).toBeNull();
    expect(s.items).toBeNull();
    expect(s.diagnostics.notes).toContain('fb-load-data-unparsable');
  });
});
