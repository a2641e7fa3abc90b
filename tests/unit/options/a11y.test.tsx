// @vitest-environment jsdom
// axe-core over the rendered options page (jsdom: no layout, so colour contrast is left to the
// browser-based run), in both languages, with errors shown and locked fields.
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Options, type OptionsEnv, type OptionsRule } from '../../../src/options/Options';

const m = { title: 'A rule title', why: 'w', fix: ['f'], unverified: 'u', pass: 'p' };
const RULES: OptionsRule[] = [
  { id: 'forms.summary-public', app: 'forms', messages: { en: m, 'zh-TW': { ...m, title: '規則標題' } } },
  { id: 'youtube.unlisted', app: 'studio', messages: { en: { ...m, title: 'Unlisted' }, 'zh-TW': { ...m, title: '不公開' } } },
];

function env(local: Record<string, unknown>, managed: unknown): OptionsEnv {
  return {
    managed: async () => managed,
    get: async (keys) => Object.fromEntries(keys.filter((k) => k in local).map((k) => [k, local[k]])),
    set: async (items) => void Object.assign(local, items),
    clear: async () => {},
    onChanged: () => () => {},
    uiLanguage: () => 'en',
    version: () => '0',
    now: () => 0,
    download: () => {},
  };
}

async function axeViolations(lang: 'en' | 'zh-TW') {
  document.body.innerHTML = '<div id="app"></div>';
  const root = document.getElementById('app')!;
  const local = {
    policy: { language: lang },
    reminders: [
      { id: 'r', app: 'forms', itemKey: 'f', ruleId: 'forms.summary-public', title: 'T', url: 'https://docs.google.com/forms/d/f/edit', createdAt: 0, dueAt: 1, status: 'pending' },
    ],
    acks: { 'forms|f|forms.summary-public': { at: 1, reason: 'r' } },
  };
  await act(async () => render(<Options env={env(local, { retentionDays: 30, schoolDomains: ['bad domain'] })} rules={RULES} />, root));
  for (let i = 0; i < 5; i++) await act(async () => void (await new Promise((r) => setTimeout(r, 0))));
  // show validation errors too
  const ta = root.querySelector<HTMLTextAreaElement>('#f-rosterTerms')!;
  await act(async () => {
    ta.value = 'x';
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  for (let i = 0; i < 5; i++) await act(async () => void (await new Promise((r) => setTimeout(r, 0))));
  expect(root.querySelector('#e-rosterTerms')).not.toBeNull();
  const res = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  render(null, root);
  return res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('options page accessibility (axe-core)', () => {
  it('has no violations in English', async () => {
    expect(await axeViolations('en')).toEqual([]);
  });
  it('has no violations in zh-TW', async () => {
    expect(await axeViolations('zh-TW')).toEqual([]);
  });
});
