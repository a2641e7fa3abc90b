// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { locateControl } from '../../../src/sites/locate';

function load(path: string): Document {
  const doc = document.implementation.createHTMLDocument('x');
  doc.documentElement.innerHTML = readFileSync(path, 'utf8').replace(/^[\s\S]*?<html[^>]*>/i, '');
  return doc;
}

describe('locating the control a finding talks about', () => {
  test('forms: the 查看結果摘要 switch, and the question card by item id', () => {
    const doc = load('tests/fixtures/forms/e2e-editor-zh.html');
    const sw = locateControl(doc, 'forms.summary-public', []);
    expect(sw?.getAttribute('role')).toBe('switch');
    expect(sw?.closest('.mhLiyf')?.textContent).toContain('查看結果摘要');
    const card = locateControl(doc, 'forms.identifier', [{ kind: 'question', text: 'x', ref: '963123062' }]);
    expect(card?.getAttribute('data-item-id')).toBe('963123062');
    expect(locateControl(doc, 'forms.identifier', [{ kind: 'question', text: 'x', ref: 'nope"]' }])).toBeNull();
  });
  test('studio: the checked visibility radio, and the title box', () => {
    const doc = load('tests/fixtures/studio/e2e-upload-en.html');
    expect(locateControl(doc, 'youtube.public', [])?.getAttribute('name')).toBe('PUBLIC');
    const details = load('tests/fixtures/studio/upload-details-en.html');
    expect(locateControl(details, 'youtube.personal-data-in-text', [{ kind: 'video-title', text: 'x' }])?.id).toBe('title-textarea');
    // on the Visibility step the title box is in a hidden step: no anchor, the tip goes to a corner
    expect(locateControl(doc, 'youtube.personal-data-in-text', [{ kind: 'video-title', text: 'x' }])).toBeNull();
  });
  test('share: the general access button inside the dialog frame', () => {
    const doc = load('tests/fixtures/share/e2e-frame-roster-zh.html');
    const el = locateControl(doc, 'share.roster-public', []);
    expect(el).not.toBeNull();
    expect(el!.id).toBe('ga-button');
    const en = load('tests/fixtures/share/frame-docs-en-restricted.html');
    expect(locateControl(en, 'share.anyone-with-link', [])?.getAttribute('aria-label')).toMatch(/change general access$/);
  });
  test('an unknown page gives null, never an exception', () => {
    const doc = document.implementation.createHTMLDocument('x');
    for (const id of ['forms.summary-public', 'youtube.public', 'share.anyone-can-edit', 'other.rule']) {
      expect(locateControl(doc, id, [])).toBeNull();
    }
  });
});
