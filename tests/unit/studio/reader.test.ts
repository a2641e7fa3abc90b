import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { StudioSnapshot } from '../../../src/core/schema';
import { readStudio, studioObserveRoot } from '../../../src/sites/studio/reader';

const DIR = join(__dirname, '../../fixtures/studio');
const UPLOAD_URL = 'https://studio.youtube.com/channel/UCabcdefghijklmnopqrstuv/videos/upload?d=ud';
const EDIT_URL = 'https://studio.youtube.com/video/Ed78AbCdEfG/edit';
const DASH_URL = 'https://studio.youtube.com/channel/UCabcdefghijklmnopqrstuv';

function html(name: string): string {
  return readFileSync(join(DIR, name), 'utf8');
}
function load(name: string, url: string, opts: ConstructorParameters<typeof JSDOM>[1] = {}): Document {
  return new JSDOM(html(name), { url, ...opts }).window.document;
}
function read(name: string, url = UPLOAD_URL) {
  const doc = load(name, url);
  const snap = readStudio(doc, url);
  return { doc, snap };
}
const FIELDS = ['visibility', 'title', 'description', 'madeForKids', 'step', 'itemKey'];
const cp = (s: string | null | undefined) => Array.from(s ?? '').length;

function expectValid(snap: ReturnType<typeof readStudio>) {
  expect(snap).not.toBeNull();
  expect(StudioSnapshot.safeParse(snap).success).toBe(true);
  for (const f of FIELDS) expect(snap!.diagnostics.anchors[f], `anchor for ${f}`).toBeDefined();
  // notes are structural, never page content
  for (const n of snap!.diagnostics.notes) expect(n).toMatch(/^[a-z0-9-]+$/);
}

describe('readStudio: upload dialog steps', () => {
  it('file selection: step SELECT_FILES, nothing else readable', () => {
    const { snap } = read('upload-select-files-en.html');
    expectValid(snap);
    expect(snap).toMatchObject({
      app: 'studio', context: 'upload', step: 'SELECT_FILES', visibility: null, title: null, description: null, madeForKids: null, itemKey: null, lang: 'en',
    });
    expect(snap!.diagnostics.notes).toContain('visibility-step-not-rendered');
    expect(snap!.diagnostics.anchors.visibility).toBe('none');
  });

  it('Details (en): 100-char title and 5,000-char description with literal HTML, emoji and line breaks; no radios yet', () => {
    const { snap } = read('upload-details-en.html');
    expectValid(snap);
    expect(snap!.step).toBe('DETAILS');
    expect(snap!.visibility).toBeNull();
    expect(snap!.diagnostics.notes).toContain('visibility-step-not-rendered');
    expect(cp(snap!.title)).toBe(100);
    expect(snap!.title!.startsWith('<b>Science fair</b> 🌱🔬')).toBe(true);
    expect(cp(snap!.description)).toBe(5000);
    expect(snap!.description).toContain('<script>alert("x")</script>');
    expect(snap!.description).toContain('👨‍👩‍👧‍👦');
    expect(snap!.description).toContain('\n');
    expect(snap!.description).toContain('@SchoolChannel'); // mention chip text is part of the description
    expect(snap!.madeForKids).toBe(false);
    expect(snap!.itemKey).toBe('Xy12AbCdEfG'); // from span.video-url-fadeable a → youtu.be
    expect(snap!.diagnostics.anchors).toMatchObject({ title: 'anchor', description: 'anchor', madeForKids: 'anchor', step: 'anchor' });
    expect(snap!.diagnostics.counts.descriptionLength).toBe(5000);
  });

  it('Details (zh-TW): reads lang and the description text', () => {
    const { snap } = read('upload-details-zh.html');
    expectValid(snap);
    expect(snap!.lang).toBe('zh-TW');
    expect(snap!.step).toBe('DETAILS');
    expect(snap!.description!.startsWith('有問題請聯絡家長手機 0912-345-678（王媽媽）。')).toBe(true);
    expect(cp(snap!.description)).toBe(5000);
    expect(cp(snap!.title)).toBe(100);
  });

  it('Video elements and Checks: step from the stepper, title still readable, visibility still null', () => {
    const ve = read('upload-video-elements-en.html').snap;
    expectValid(ve);
    expect(ve).toMatchObject({ step: 'VIDEO_ELEMENTS', visibility: null, title: 'Science fair: how plants grow 🌱', madeForKids: false });
    const ch = read('upload-checks-en.html').snap;
    expectValid(ch);
    expect(ch).toMatchObject({ step: 'CHECKS', visibility: null, description: 'Class project.', madeForKids: true });
  });

  it('Visibility (en): PRIVATE checked', () => {
    const { snap } = read('upload-visibility-en.html');
    expectValid(snap);
    expect(snap).toMatchObject({ step: 'REVIEW', visibility: 'private', itemKey: 'Xy12AbCdEfG' });
    expect(snap!.diagnostics.anchors.visibility).toBe('anchor');
    expect(snap!.diagnostics.counts.privacyRadios).toBe(3);
  });

  it('Visibility (zh-TW): PUBLIC checked, item key from the video-id attribute', () => {
    const { snap } = read('upload-visibility-zh.html');
    expectValid(snap);
    expect(snap).toMatchObject({ step: 'REVIEW', visibility: 'public', itemKey: 'Zh34AbCdEfG', lang: 'zh-TW' });
  });

  it('Visibility: the schedule radio selected → scheduled', () => {
    const { snap } = read('upload-visibility-scheduled-en.html');
    expectValid(snap);
    expect(snap!.visibility).toBe('scheduled');
    expect(snap!.diagnostics.notes).toContain('visibility-scheduled-radio');
  });
});

describe('readStudio: checked state from attributes only', () => {
  const radios = (doc: Document) => {
    const get = (n: string) => doc.querySelector(`#privacy-radios [name="${n}"]`)!;
    return { PRIVATE: get('PRIVATE'), UNLISTED: get('UNLISTED'), PUBLIC: get('PUBLIC') };
  };
  const clear = (doc: Document) => {
    for (const r of Object.values(radios(doc))) {
      r.setAttribute('aria-checked', 'false');
      r.classList.remove('iron-selected');
      r.removeAttribute('checked');
    }
  };

  it('class iron-selected alone', () => {
    const doc = load('upload-visibility-en.html', UPLOAD_URL);
    clear(doc);
    radios(doc).UNLISTED.classList.add('iron-selected');
    expect(readStudio(doc, UPLOAD_URL)!.visibility).toBe('unlisted');
  });

  it('[checked] alone', () => {
    const doc = load('upload-visibility-en.html', UPLOAD_URL);
    clear(doc);
    radios(doc).PUBLIC.setAttribute('checked', '');
    expect(readStudio(doc, UPLOAD_URL)!.visibility).toBe('public');
  });

  it('aria-checked="true" outranks a stale iron-selected', () => {
    const doc = load('upload-visibility-en.html', UPLOAD_URL);
    clear(doc);
    radios(doc).PRIVATE.setAttribute('aria-checked', 'true');
    radios(doc).PUBLIC.classList.add('iron-selected');
    expect(readStudio(doc, UPLOAD_URL)!.visibility).toBe('private');
  });

  it('nothing selected → null with a note (not a pass)', () => {
    const doc = load('upload-visibility-en.html', UPLOAD_URL);
    clear(doc);
    const snap = readStudio(doc, UPLOAD_URL)!;
    expect(snap.visibility).toBeNull();
    expect(snap.diagnostics.notes).toContain('visibility-none-selected');
    expect(snap.diagnostics.anchors.visibility).toBe('none');
  });

  it('two radios both aria-checked → null, visibility-conflict', () => {
    const doc = load('upload-visibility-en.html', UPLOAD_URL);
    radios(doc).PUBLIC.setAttribute('aria-checked', 'true');
    const snap = readStudio(doc, UPLOAD_URL)!;
    expect(snap.visibility).toBeNull();
    expect(snap.diagnostics.notes).toContain('visibility-conflict');
  });

  it('JS properties are ignored (isolated world): radio.checked = true without attributes is not read', () => {
    const doc = load('upload-visibility-en.html', UPLOAD_URL);
    clear(doc);
    (radios(doc).PUBLIC as unknown as { checked: boolean }).checked = true;
    expect(readStudio(doc, UPLOAD_URL)!.visibility).toBeNull();
  });

  it('radios without a name: label text fallback (en Unlisted; zh 不公開 is Unlisted, not Public)', () => {
    const en = load('upload-visibility-en.html', UPLOAD_URL);
    clear(en);
    radios(en).UNLISTED.setAttribute('aria-checked', 'true');
    for (const r of Object.values(radios(en))) r.removeAttribute('name');
    const s1 = readStudio(en, UPLOAD_URL)!;
    expect(s1.visibility).toBe('unlisted');
    expect(s1.diagnostics.anchors.visibility).toBe('label');
    expect(s1.diagnostics.notes).toContain('visibility-radios-unnamed');

    const zh = load('upload-visibility-zh.html', UPLOAD_URL);
    clear(zh);
    const zr = radios(zh);
    zr.UNLISTED.setAttribute('aria-checked', 'true');
    for (const r of Object.values(zr)) r.removeAttribute('name');
    expect(readStudio(zh, UPLOAD_URL)!.visibility).toBe('unlisted');

    const zh2 = load('upload-visibility-zh.html', UPLOAD_URL);
    for (const r of Object.values(radios(zh2))) r.removeAttribute('name');
    expect(readStudio(zh2, UPLOAD_URL)!.visibility).toBe('public'); // 公開 checked in the fixture
  });

  it('made for kids: legacy NOT_MADE_FOR_KIDS name, and none selected → null', () => {
    const doc = load('upload-details-en.html', UPLOAD_URL);
    const not = doc.querySelector('[name="VIDEO_MADE_FOR_KIDS_NOT_MFK"]')!;
    not.setAttribute('name', 'NOT_MADE_FOR_KIDS');
    expect(readStudio(doc, UPLOAD_URL)!.madeForKids).toBe(false);
    not.setAttribute('aria-checked', 'false');
    not.classList.remove('iron-selected');
    const snap = readStudio(doc, UPLOAD_URL)!;
    expect(snap.madeForKids).toBeNull();
    expect(snap.diagnostics.notes).toContain('kids-none-selected');
  });
});

describe('readStudio: dialog open state, step and item key sources', () => {
  it('the step falls back to workflow-step when there is no stepper', () => {
    const doc = load('upload-visibility-en.html', UPLOAD_URL);
    doc.querySelector('ytcp-stepper')!.remove();
    doc.querySelector('ytcp-uploads-dialog')!.setAttribute('workflow-step', 'SOME_STEP');
    const snap = readStudio(doc, UPLOAD_URL)!;
    expect(snap.step).toBe('SOME_STEP');
    expect(snap.diagnostics.notes).toContain('step-from-workflow-step');
  });

  it('the step falls back to the active stepper label when test-id is missing', () => {
    const doc = load('upload-visibility-zh.html', UPLOAD_URL);
    for (const b of Array.from(doc.querySelectorAll('ytcp-stepper button'))) b.removeAttribute('test-id');
    const snap = readStudio(doc, UPLOAD_URL)!;
    expect(snap.step).toBe('REVIEW'); // 瀏覽權限
    expect(snap.diagnostics.anchors.step).toBe('label');
  });

  it('a dialog without is-dialog-open but not hidden is read, with a note', () => {
    const doc = load('upload-visibility-en.html', UPLOAD_URL);
    doc.querySelector('ytcp-uploads-dialog')!.removeAttribute('is-dialog-open');
    const snap = readStudio(doc, UPLOAD_URL)!;
    expect(snap.visibility).toBe('private');
    expect(snap.diagnostics.notes).toContain('upload-dialog-open-attr-absent');
  });

  it.each([
    ['hidden', (d: Element) => d.setAttribute('hidden', '')],
    ['is-dialog-open="false"', (d: Element) => d.setAttribute('is-dialog-open', 'false')],
    ['paper-dialog aria-hidden', (d: Element) => d.querySelector('tp-yt-paper-dialog')!.setAttribute('aria-hidden', 'true')],
    ['paper-dialog display:none', (d: Element) => d.querySelector('tp-yt-paper-dialog')!.setAttribute('style', 'display: none;')],
  ])('a closed dialog (%s) is not read', (_name, close) => {
    const doc = load('upload-visibility-en.html', UPLOAD_URL);
    close(doc.querySelector('ytcp-uploads-dialog')!);
    expect(readStudio(doc, UPLOAD_URL)).toBeNull();
  });

  it('item key from ?udvid= when the dialog has neither video-id nor a link', () => {
    const url = `${UPLOAD_URL}&udvid=Ud12AbCdEfG`;
    const doc = load('upload-visibility-en.html', url);
    for (const a of Array.from(doc.querySelectorAll('span.video-url-fadeable a'))) a.setAttribute('href', '');
    const snap = readStudio(doc, url)!;
    expect(snap.itemKey).toBe('Ud12AbCdEfG');
    expect(snap.diagnostics.notes).toContain('item-key-from-udvid');
  });
});

describe('readStudio: video edit page', () => {
  it('card "🔒 Private", popup absent', () => {
    const { snap } = read('edit-en.html', EDIT_URL);
    expectValid(snap);
    expect(snap).toMatchObject({ context: 'edit', step: null, itemKey: 'Ed78AbCdEfG', visibility: 'private', madeForKids: false });
    expect(snap!.diagnostics.anchors.visibility).toBe('label');
    expect(snap!.diagnostics.notes).toContain('visibility-from-card');
    expect(cp(snap!.title)).toBe(100);
    expect(cp(snap!.description)).toBe(5000);
  });

  it('also on the older /edit/basic path', () => {
    const url = 'https://studio.youtube.com/video/Ed78AbCdEfG/edit/basic';
    expect(read('edit-en.html', url).snap).toMatchObject({ context: 'edit', itemKey: 'Ed78AbCdEfG', visibility: 'private' });
  });

  it('zh-TW card 不公開 → unlisted (not public, not private)', () => {
    const { snap } = read('edit-zh.html', EDIT_URL);
    expectValid(snap);
    expect(snap).toMatchObject({ visibility: 'unlisted', lang: 'zh-TW', title: '301班 12號 王小明 A123456789 期末報告' });
  });

  it('before Save: the open popup\u2019s pending PUBLIC wins over the card\u2019s Private', () => {
    const { snap } = read('edit-popup-open-en.html', EDIT_URL);
    expectValid(snap);
    expect(snap!.visibility).toBe('public');
    expect(snap!.diagnostics.notes).toEqual(expect.arrayContaining(['visibility-popup-open', 'visibility-from-popup']));
    expect(snap!.diagnostics.anchors.visibility).toBe('anchor');
  });

  it('after Save: popup closed (still in the DOM), card "Public"', () => {
    const { snap } = read('edit-after-save-en.html', EDIT_URL);
    expectValid(snap);
    expect(snap!.visibility).toBe('public');
    expect(snap!.diagnostics.notes).toContain('visibility-from-card');
    expect(snap!.diagnostics.notes).not.toContain('visibility-popup-open');
  });

  it('a closed popup does not override the card (e.g. after Cancel)', () => {
    const doc = load('edit-after-save-en.html', EDIT_URL);
    doc.querySelector('#visibility-text')!.textContent = '🔒 Private';
    expect(readStudio(doc, EDIT_URL)!.visibility).toBe('private');
  });

  it('zh-TW: popup open with 私人 while the card says 公開 → private', () => {
    const { snap } = read('edit-popup-open-zh.html', EDIT_URL);
    expect(snap!.visibility).toBe('private');
  });

  it('card text Scheduled / 排程 → scheduled; unknown text (Draft, Members) → null', () => {
    const doc = load('edit-en.html', EDIT_URL);
    const text = doc.querySelector('#visibility-text')!;
    text.textContent = 'Scheduled Sep 30, 2026, 6:00 PM';
    expect(readStudio(doc, EDIT_URL)!.visibility).toBe('scheduled');
    text.textContent = '排程公開 2026/9/30';
    expect(readStudio(doc, EDIT_URL)!.visibility).toBe('scheduled');
    for (const unknown of ['Members', 'Draft', '草稿']) {
      text.textContent = unknown;
      const snap = readStudio(doc, EDIT_URL)!;
      expect(snap.visibility, unknown).toBeNull();
      expect(snap.diagnostics.notes).toContain('visibility-card-text-unknown');
    }
  });

  it('edit page not rendered yet → edit snapshot with nulls (unverified), not null', () => {
    const doc = new JSDOM('<!DOCTYPE html><html><body><ytcp-app></ytcp-app></body></html>', { url: EDIT_URL }).window.document;
    const snap = readStudio(doc, EDIT_URL);
    expectValid(snap);
    expect(snap).toMatchObject({ context: 'edit', visibility: null, title: null, description: null, madeForKids: null, lang: null });
    expect(snap!.diagnostics.notes).toEqual(expect.arrayContaining(['visibility-card-absent', 'title-box-absent']));
  });

  it('an open upload dialog on the edit page wins; a closed one is ignored by the edit reader', () => {
    const doc = load('edit-en.html', EDIT_URL);
    const other = load('upload-visibility-zh.html', UPLOAD_URL);
    const dialog = doc.importNode(other.querySelector('ytcp-uploads-dialog')!, true);
    doc.body.appendChild(dialog);
    expect(readStudio(doc, EDIT_URL)).toMatchObject({ context: 'upload', visibility: 'public', itemKey: 'Zh34AbCdEfG' });
    dialog.setAttribute('hidden', '');
    dialog.removeAttribute('is-dialog-open');
    const snap = readStudio(doc, EDIT_URL)!;
    expect(snap).toMatchObject({ context: 'edit', visibility: 'private', itemKey: 'Ed78AbCdEfG' });
    expect(snap.title!.startsWith('<b>Science fair</b>')).toBe(true); // the edit page's title, not the dialog's
  });
});

describe('readStudio: pages without anything to check', () => {
  it('dashboard → null', () => {
    expect(read('dashboard-en.html', DASH_URL).snap).toBeNull();
  });
  it('content list with a hidden upload dialog left in the DOM → null', () => {
    expect(read('content-list-en.html', `${DASH_URL}/videos/upload`).snap).toBeNull();
  });
  it('never throws on odd input', () => {
    const empty = new JSDOM('').window.document;
    expect(readStudio(empty, 'not a url')).toBeNull();
    expect(() => readStudio(empty, EDIT_URL)).not.toThrow();
    const weird = new JSDOM(
      '<ytcp-uploads-dialog is-dialog-open><div id="title-textarea"></div><tp-yt-paper-radio-group id="privacy-radios"><tp-yt-paper-radio-button aria-checked="true">??</tp-yt-paper-radio-button></tp-yt-paper-radio-group></ytcp-uploads-dialog>',
      { url: UPLOAD_URL },
    ).window.document;
    const snap = readStudio(weird, UPLOAD_URL);
    expectValid(snap);
    expect(snap).toMatchObject({ visibility: null, title: null, step: null });
    expect(snap!.diagnostics.notes).toContain('visibility-label-unknown');
  });
});

describe('studioObserveRoot', () => {
  it('is the open upload dialog, else the body', () => {
    const up = load('upload-details-en.html', UPLOAD_URL);
    expect(studioObserveRoot(up).localName).toBe('ytcp-uploads-dialog');
    const dash = load('dashboard-en.html', DASH_URL);
    expect(studioObserveRoot(dash)).toBe(dash.body);
    const list = load('content-list-en.html', DASH_URL);
    expect(studioObserveRoot(list)).toBe(list.body); // the hidden dialog is not a scope
  });
});

describe('demo / e2e fixtures', () => {
  it('e2e-upload-en: Visibility step, PUBLIC, marked as a demo', () => {
    const { doc, snap } = read('e2e-upload-en.html');
    expectValid(snap);
    expect(snap).toMatchObject({ context: 'upload', step: 'REVIEW', visibility: 'public', itemKey: 'De12AbCdEfG' });
    expect(doc.querySelector('#cpg-demo-banner')!.textContent).toMatch(/DEMO PAGE/);
  });

  it('e2e-upload-zh: UNLISTED and the personal-data title', () => {
    const { doc, snap } = read('e2e-upload-zh.html');
    expect(snap).toMatchObject({ lang: 'zh-TW', step: 'REVIEW', visibility: 'unlisted', title: '301班 12號 王小明 A123456789 期末報告' });
    expect(doc.querySelector('#cpg-demo-banner')!.textContent).toMatch(/示範頁面/);
  });

  it('e2e-edit-en: Private on the edit page', () => {
    const url = 'https://studio.youtube.com/video/De56AbCdEfG/edit';
    const { doc, snap } = read('e2e-edit-en.html', url);
    expect(snap).toMatchObject({ context: 'edit', visibility: 'private', itemKey: 'De56AbCdEfG' });
    expect(doc.querySelector('#cpg-demo-banner')).not.toBeNull();
  });

  it('the inline script moves aria-checked / iron-selected like Polymer on a click', () => {
    const dom = new JSDOM(html('e2e-upload-en.html'), { url: UPLOAD_URL, runScripts: 'dangerously' });
    const doc = dom.window.document;
    const priv = doc.querySelector('#privacy-radios [name="PRIVATE"] #radioLabel')!;
    priv.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
    expect(readStudio(doc, UPLOAD_URL)!.visibility).toBe('private');
    const pub = doc.querySelector('#privacy-radios [name="PUBLIC"]')!;
    expect(pub.getAttribute('aria-checked')).toBe('false');
    expect(pub.classList.contains('iron-selected')).toBe(false);
    doc.querySelector('#schedule-radio-button')!.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
    expect(readStudio(doc, UPLOAD_URL)!.visibility).toBe('scheduled');
  });

  it('the edit demo: open the popup, choose Public, Done → card Public', () => {
    const url = 'https://studio.youtube.com/video/De56AbCdEfG/edit';
    const dom = new JSDOM(html('e2e-edit-en.html'), { url, runScripts: 'dangerously' });
    const doc = dom.window.document;
    const click = (sel: string) => doc.querySelector(sel)!.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
    click('#select-button');
    click('ytcp-video-visibility-edit-popup [name="PUBLIC"]');
    expect(readStudio(doc, url)!.visibility).toBe('public'); // pending in the open popup
    expect(doc.querySelector('#visibility-text')!.textContent).toContain('Private');
    click('ytcp-video-visibility-edit-popup #save-button');
    expect(doc.querySelector('#visibility-text')!.textContent).toBe('Public');
    const snap = readStudio(doc, url)!;
    expect(snap.visibility).toBe('public');
    expect(snap.diagnostics.notes).toContain('visibility-from-card');
  });
});
