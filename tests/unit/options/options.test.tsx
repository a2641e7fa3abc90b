// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY_MS, type Reminder } from '../../../src/core/reminders';
import { Options, type OptionsEnv, type OptionsRule } from '../../../src/options/Options';
import { downloadJson } from '../../../src/options/data';

function mkRule(id: string, app: 'forms' | 'share' | 'studio', title: string): OptionsRule {
  const m = { title, why: 'why', fix: ['fix'], unverified: 'u', pass: 'p' };
  return { id, app, messages: { en: m, 'zh-TW': { ...m, title: `中文 ${title}` } } };
}
const RULES = [
  mkRule('forms.summary-public', 'forms', 'Respondents can see all answers'),
  mkRule('share.external-editor', 'share', 'An outside address can edit'),
  mkRule('youtube.unlisted', 'studio', 'Video is unlisted'),
];

const NOW = Date.UTC(2025, 2, 1);

function reminder(id: string, extra: Partial<Reminder> = {}): Reminder {
  return {
    id,
    app: 'forms',
    itemKey: 'f1',
    ruleId: 'forms.summary-public',
    title: '<b>Class 301 survey</b>',
    url: 'https://docs.google.com/forms/d/f1/edit',
    createdAt: NOW - DAY_MS,
    dueAt: NOW + 13 * DAY_MS,
    status: 'pending',
    ...extra,
  };
}

interface Fake extends OptionsEnv {
  local: Record<string, unknown>;
  managedData: unknown;
  sets: Array<Record<string, unknown>>;
  downloads: Array<{ name: string; data: unknown }>;
  fire(): void;
}

function fakeEnv(local: Record<string, unknown> = {}, managed: unknown = undefined, lang = 'en-US'): Fake {
  const listeners = new Set<() => void>();
  const env: Fake = {
    local: structuredClone(local),
    managedData: managed,
    sets: [],
    downloads: [],
    fire: () => listeners.forEach((l) => l()),
    managed: async () => {
      if (env.managedData === undefined) throw new Error('Managed storage manifest not found');
      return structuredClone(env.managedData);
    },
    get: async (keys) => Object.fromEntries(keys.filter((k) => k in env.local).map((k) => [k, structuredClone(env.local[k])])),
    set: async (items) => {
      env.sets.push(structuredClone(items));
      Object.assign(env.local, structuredClone(items));
    },
    clear: async () => {
      for (const k of Object.keys(env.local)) delete env.local[k];
    },
    onChanged: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    uiLanguage: () => lang,
    version: () => '0.1.0',
    now: () => NOW,
    download: (name, data) => env.downloads.push({ name, data }),
  };
  return env;
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => {
  render(null, root);
});

const settle = async () => {
  for (let i = 0; i < 5; i++) await act(async () => void (await new Promise((r) => setTimeout(r, 0))));
};
async function mount(env: OptionsEnv) {
  await act(async () => {
    render(<Options env={env} rules={RULES} />, root);
  });
  await settle();
}
const $ = <E extends Element = HTMLElement>(sel: string) => root.querySelector(sel) as E;
async function type(sel: string, value: string) {
  const el = $<HTMLInputElement | HTMLTextAreaElement>(sel);
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function click(sel: string) {
  await act(async () => {
    $<HTMLElement>(sel).click();
  });
  await settle();
}
async function submit() {
  await act(async () => {
    $<HTMLFormElement>('form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

describe('options page: settings', () => {
  it('shows the effective values, every rule as a checkbox with its title, and labels tied to fields', async () => {
    await mount(fakeEnv({ policy: { schoolDomains: ['school.edu.tw'], coeditorThreshold: 5 } }));
    expect($<HTMLTextAreaElement>('#f-schoolDomains').value).toBe('school.edu.tw');
    expect($<HTMLInputElement>('#f-coeditorThreshold').value).toBe('5');
    expect($<HTMLInputElement>('#f-retentionDays').value).toBe('14');
    for (const r of RULES) {
      const box = $<HTMLInputElement>(`input[id="rule-${r.id}"]`);
      expect(box.type).toBe('checkbox');
      expect(box.closest('label')!.textContent).toContain(r.messages.en.title);
    }
    for (const id of ['f-schoolDomains', 'f-rosterTerms', 'f-coeditorThreshold', 'f-retentionDays']) {
      expect(root.querySelector(`label[for="${id}"]`)).not.toBeNull();
      expect($(`#${id}`).getAttribute('aria-describedby')).toContain('h-');
    }
    expect([...root.querySelectorAll('fieldset legend')].map((l) => l.textContent)).toEqual(['School type', 'Language', 'Turn off rules']);
    const langLabels = [...root.querySelectorAll('[data-field="language"] label')].map((l) => l.textContent!.trim());
    expect(langLabels).toEqual(['Automatic (follow the browser)', '繁體中文', 'English']);
  });

  it('saves valid input, normalised, under storage.local "policy"', async () => {
    const env = fakeEnv();
    await mount(env);
    await type('#f-schoolDomains', '@School.edu.tw\n*.tp.edu.tw');
    await type('#f-retentionDays', '30');
    await act(async () => $<HTMLInputElement>('input[id="rule-youtube.unlisted"]').click());
    await submit();
    expect(env.local['policy']).toMatchObject({
      schoolDomains: ['school.edu.tw', 'tp.edu.tw'],
      retentionDays: 30,
      disabledRules: ['youtube.unlisted'],
      schoolType: 'public',
    });
    expect($('.status.saved').textContent).toBe('Saved.');
    expect($<HTMLTextAreaElement>('#f-schoolDomains').value).toBe('school.edu.tw\ntp.edu.tw');
  });

  it('rejects bad input with a message tied to the field, and saves nothing', async () => {
    const env = fakeEnv({ policy: { retentionDays: 14 } });
    await mount(env);
    await type('#f-schoolDomains', 'school.edu.tw\nnot a domain!');
    await type('#f-coeditorThreshold', '-3');
    await submit();
    expect(env.sets.filter((s) => 'policy' in s)).toEqual([]);
    expect(env.local['policy']).toEqual({ retentionDays: 14 });
    const err = $('#e-schoolDomains');
    expect(err.textContent).toBe('“not a domain!” is not a domain name. Write it like school.edu.tw, one per line.');
    expect($('#f-schoolDomains').getAttribute('aria-describedby')).toContain('e-schoolDomains');
    expect($('#f-schoolDomains').getAttribute('aria-invalid')).toBe('true');
    expect($('#e-coeditorThreshold').textContent).toBe('Enter a whole number from 0 to 500.');
    expect($('[role="alert"]').textContent).toBe('2 field(s) need fixing. Nothing was saved.');
    expect(document.activeElement).toBe($('#f-schoolDomains')); // Save moved focus to the first field to fix
    // fixing the field clears its message as you type
    await type('#f-schoolDomains', 'school.edu.tw');
    expect(root.querySelector('#e-schoolDomains')).toBeNull();
  });

  it('school type switches the cited articles', async () => {
    await mount(fakeEnv());
    expect($('#cites').textContent).toContain('PDPA Art. 15');
    expect($('#cites').textContent).not.toContain('Art. 19');
    await act(async () => $<HTMLInputElement>('input[name="schoolType"][value="private"]').click());
    expect($('#cites').textContent).toContain('PDPA Art. 19');
    expect($('#cites').textContent).toContain('PDPA Art. 27');
    expect($('#cites').textContent).not.toContain('Art. 15');
  });

  it('shows administrator keys locked with a note, does not save them, and keeps them when the user saves', async () => {
    const env = fakeEnv({ policy: { retentionDays: 30 } }, { schoolType: 'private', retentionDays: 60, bogus: 1 });
    await mount(env);
    expect($('.banner').getAttribute('data-locked-keys')).toBe('schoolType retentionDays');
    const days = $<HTMLInputElement>('#f-retentionDays');
    expect(days.disabled).toBe(true);
    expect(days.value).toBe('60');
    expect(days.getAttribute('aria-describedby')).toContain('l-retentionDays');
    expect($('#l-retentionDays').textContent).toBe('Set by your school’s administrator. You cannot change it here.');
    expect($<HTMLFieldSetElement>('fieldset[data-field="schoolType"]').disabled).toBe(true);
    await type('#f-coeditorThreshold', '7');
    await submit();
    expect(env.local['policy']).toMatchObject({ coeditorThreshold: 7, retentionDays: 30 });
    expect(env.local['policy']).not.toHaveProperty('schoolType');
  });

  it('tells the user which administrator values were ignored, and the rest stays in force', async () => {
    await mount(fakeEnv({}, { coeditorThreshold: 'many', schoolDomains: ['school.edu.tw', 'bad domain'], bogus: true }));
    const box = $('[data-admin-issues]');
    expect([...box.querySelectorAll('li')].map((l) => l.textContent)).toEqual([
      'coeditorThreshold: wrong type of value',
      'schoolDomains: “bad domain” is not a domain name',
      'bogus: not a setting of this extension',
    ]);
    expect($<HTMLTextAreaElement>('#f-schoolDomains').value).toBe('school.edu.tw');
    expect($<HTMLTextAreaElement>('#f-schoolDomains').disabled).toBe(true);
    expect($<HTMLInputElement>('#f-coeditorThreshold').disabled).toBe(false);
  });

  it('follows the language setting (zh-TW)', async () => {
    await mount(fakeEnv({ policy: { language: 'zh-TW' } }));
    expect($('h1').textContent).toBe('校園個資守門員設定');
    expect(document.documentElement.lang).toBe('zh-TW');
    expect($('input[id="rule-youtube.unlisted"]').closest('label')!.textContent).toContain('中文 Video is unlisted');
  });
});

describe('options page: reminders, acknowledgements, data', () => {
  it('lists reminders as text with a safe link, and marks done / snoozes 7 days / deletes', async () => {
    const env = fakeEnv({
      reminders: [reminder('r1'), reminder('r2', { url: 'javascript:alert(1)', title: 'Evil' }), reminder('r3')],
    });
    await mount(env);
    const li = $('[data-reminder="r1"]');
    expect(li.querySelector('a')!.getAttribute('href')).toBe('https://docs.google.com/forms/d/f1/edit');
    expect(li.querySelector('a')!.textContent).toBe('<b>Class 301 survey</b>');
    expect(li.querySelector('b')).toBeNull();
    expect(li.textContent).toContain('Rule: Respondents can see all answers');
    expect($('[data-reminder="r2"] a')).toBeNull();
    await click('[data-reminder="r1"] [data-action="done"]');
    expect((env.local['reminders'] as Reminder[]).find((r) => r.id === 'r1')!.status).toBe('done');
    await click('[data-reminder="r3"] [data-action="snooze"]');
    expect((env.local['reminders'] as Reminder[]).find((r) => r.id === 'r3')!.dueAt).toBe(NOW + 7 * DAY_MS);
    await click('[data-reminder="r2"] [data-action="delete"]');
    expect((env.local['reminders'] as Reminder[]).map((r) => r.id)).toEqual(['r1', 'r3']);
    expect(root.querySelector('[data-reminder="r2"]')).toBeNull();
  });

  it('repairs a corrupted reminder store and says so', async () => {
    const env = fakeEnv({ reminders: [reminder('ok'), { id: 5, junk: true }] });
    await mount(env);
    expect($('[data-reminders-repaired]').textContent).toContain('damaged and has been repaired');
    expect((env.local['reminders'] as Reminder[]).map((r) => r.id)).toEqual(['ok']);
    const env2 = fakeEnv({ reminders: 'garbage' });
    render(null, root);
    await mount(env2);
    expect($('[data-reminders-repaired]')).not.toBeNull();
    expect(env2.local['reminders']).toEqual([]);
  });

  it('lists acknowledgements with their reason and undoes one (deletes the key)', async () => {
    const env = fakeEnv({
      acks: {
        'forms|f1|forms.summary-public': { at: NOW, reason: 'shared with the class on purpose' },
        'share|-|share.external-editor': { at: NOW - 1 },
      },
    });
    await mount(env);
    const a = $('[data-ack="forms|f1|forms.summary-public"]');
    expect(a.textContent).toContain('Respondents can see all answers');
    expect(a.textContent).toContain('Reason: shared with the class on purpose');
    expect($('[data-ack="share|-|share.external-editor"]').textContent).toContain('unsaved item');
    await click('[data-ack="forms|f1|forms.summary-public"] [data-action="unack"]');
    expect(Object.keys(env.local['acks'] as object)).toEqual(['share|-|share.external-editor']);
  });

  it('exports acknowledgements and reminders as JSON', async () => {
    const env = fakeEnv({ acks: { 'forms|f1|forms.summary-public': { at: NOW, reason: 'ok' } }, reminders: [reminder('r1')] });
    await mount(env);
    await click('[data-action="export"]');
    expect(env.downloads).toHaveLength(1);
    const { name, data } = env.downloads[0]!;
    expect(name).toBe('campus-privacy-guard-2025-03-01.json');
    expect(data).toMatchObject({
      format: 'campus-privacy-guard/export',
      acknowledgements: [{ app: 'forms', itemKey: 'f1', ruleId: 'forms.summary-public', reason: 'ok' }],
      reminders: [{ id: 'r1' }],
    });
  });

  it('downloadJson uses a Blob URL and revokes it', async () => {
    const created: Blob[] = [];
    const revoke = vi.fn();
    const clicks: string[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (created.push(b), 'blob:x'), revokeObjectURL: revoke }));
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(`${this.download} ${this.href}`);
    });
    vi.useFakeTimers();
    downloadJson(document, 'x.json', { a: 1 });
    vi.runAllTimers();
    vi.useRealTimers();
    expect(clicks).toEqual(['x.json blob:x']);
    expect(JSON.parse(await created[0]!.text())).toEqual({ a: 1 });
    expect(revoke).toHaveBeenCalledWith('blob:x');
    expect(document.querySelector('a[download]')).toBeNull();
    spy.mockRestore();
  });

  it('clears all local data only after confirmation', async () => {
    const env = fakeEnv({ policy: { retentionDays: 30 }, acks: { 'forms|f1|forms.summary-public': { at: 1 } }, tipSeen: { a: 1 } });
    await mount(env);
    await click('[data-action="clear"]');
    expect(Object.keys(env.local)).toHaveLength(3);
    await click('[data-action="clear-cancel"]');
    expect(Object.keys(env.local)).toHaveLength(3);
    await click('[data-action="clear"]');
    await click('[data-action="clear-confirm"]');
    expect(env.local).toEqual({});
    expect($<HTMLInputElement>('#f-retentionDays').value).toBe('14');
    expect(root.textContent).toContain('All local data was cleared.');
  });

  it('has a privacy statement: what is read, what is stored, that nothing is sent', async () => {
    await mount(fakeEnv());
    const text = $('[data-section="privacy"]').textContent!;
    expect(text).toContain('What is read');
    expect(text).toContain('only in this browser');
    expect(text).toContain('What is sent: nothing');
  });
});
