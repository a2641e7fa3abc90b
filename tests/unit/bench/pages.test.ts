// The generated benchmark pages must read like the fixtures they are derived from: same reader results per unit,
// the right number of units, and the bench attribute that turns on the guard's User Timing measures.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readForms } from '../../../src/sites/forms/reader';
import { readShareDialog } from '../../../src/sites/share/reader';
import { readStudio } from '../../../src/sites/studio/reader';
import {
  fbLoadData,
  formItems,
  formsEditor,
  FORMS_URL,
  people,
  SHARE_FRAME_SRC,
  shareFrame,
  shareTop,
  STUDIO_URL,
  studioUpload,
} from '../../../bench/lib/pages';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const dom = (html: string, url: string) => new JSDOM(html, { url }).window.document;

describe('formsEditor generator', () => {
  it.each([10, 100, 1000])('%i questions: every card and the settings are read, as on the fixture page', (n) => {
    const doc = dom(formsEditor({ questions: n, summary: true }), FORMS_URL);
    expect(doc.documentElement.hasAttribute('data-cpg-bench')).toBe(true);
    const snap = readForms(doc, FORMS_URL);
    const questions = snap.items!.filter((i) => i.kind === 'question');
    expect(questions).toHaveLength(n);
    expect(snap.items!.filter((i) => i.kind === 'section')).toHaveLength(Math.ceil(n / 25));
    expect(snap.diagnostics.anchors.items).toBe('label');
    expect(snap.settings.summaryToRespondents).toBe(true);
    expect(snap.diagnostics.anchors.summaryToRespondents).toBe('label');
    expect(snap.settings.collectEmail).toBe('none');
    expect(snap.title).toBe(`校外教學報名表（${n} 題）`);
    expect(snap.diagnostics.notes).not.toContain('fb-load-data-unparsable');
    expect(snap.diagnostics.counts.embeddedItems).toBe(snap.items!.length);
    expect(questions.some((q) => q.title === '請填寫學生身分證字號')).toBe(true);
  });

  it('without personal-data questions only harmless stems remain; summary off reads false', () => {
    const doc = dom(formsEditor({ questions: 100, personal: false }), FORMS_URL);
    const snap = readForms(doc, FORMS_URL);
    expect(snap.settings.summaryToRespondents).toBe(false);
    expect(snap.items!.some((i) => /身分證|過敏|手機/.test(i.title))).toBe(false);
  });

  it('item ids are unique and the blob is valid JSON in the fixture layout', () => {
    const items = formItems(1000);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const blob = fbLoadData(items, 't', 'd', true);
    const json = JSON.parse(blob.slice(blob.indexOf('['), blob.indexOf(';var _docs_flag_cek')));
    expect(json[0][1][1]).toHaveLength(items.length);
    expect(json[0][1][2][2]).toBe(1);
    expect(json[0][1][8]).toBe('t');
  });
});

describe('share generators', () => {
  it.each([5, 50, 500])('%i people rows, all read, general access 限制', (n) => {
    const doc = dom(shareFrame(n), SHARE_FRAME_SRC);
    const snap = readShareDialog(doc, SHARE_FRAME_SRC)!;
    expect(snap).not.toBeNull();
    expect(snap.people).toHaveLength(n);
    expect(snap.itemName).toBe('三年一班學生名冊');
    expect(people(n).filter((p) => p.role === 'owner')).toHaveLength(1);
    expect(snap.people!.filter((p) => p.email?.endsWith('@gmail.com')).length).toBe(people(n).filter((p) => p.email.endsWith('@gmail.com')).length);
  });

  it('the top page embeds the share frame at its real URL', () => {
    const doc = dom(shareTop(), 'https://docs.google.com/spreadsheets/d/x/edit');
    expect(doc.querySelector('iframe.share-client-content-iframe')!.getAttribute('src')).toBe(SHARE_FRAME_SRC);
    expect(doc.documentElement.hasAttribute('data-cpg-bench')).toBe(true);
  });
});

describe('studio page', () => {
  it('is the e2e upload fixture with the bench attribute, read as Public', () => {
    const doc = dom(studioUpload(ROOT), STUDIO_URL);
    expect(doc.documentElement.hasAttribute('data-cpg-bench')).toBe(true);
    const snap = readStudio(doc, STUDIO_URL)!;
    expect(snap.visibility).toBe('public');
  });
});
