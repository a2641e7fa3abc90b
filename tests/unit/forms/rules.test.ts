import { formsMeta } from '../../../src/core/rules/forms/meta';
import { summaryPublicMeta } from '../../../src/core/rules/forms/summary-public.meta';
import { sensitiveDataMeta } from '../../../src/core/rules/forms/sensitive-data.meta';
import { identifierMeta } from '../../../src/core/rules/forms/identifier.meta';
import { noNoticeMeta } from '../../../src/core/rules/forms/no-notice.meta';
import { openToAnyoneMeta } from '../../../src/core/rules/forms/open-to-anyone.meta';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formsRules, identifier, noNotice, openToAnyone, sensitiveData, summaryPublic } from '../../../src/core/rules/forms';
import { readForms } from '../../../src/sites/forms/reader';
import { evaluate } from '../../../src/core/engine';
import { DEFAULT_POLICY, type Policy } from '../../../src/core/policy';
import { CITATIONS } from '../../../src/core/law';
import type { FormsItem, FormsSnapshot } from '../../../src/core/schema';
import { RULE_IDS } from '../../../src/core/rules/ids';

const P: Policy = { ...DEFAULT_POLICY };
const PRIVATE: Policy = { ...DEFAULT_POLICY, schoolType: 'private' };

let nextId = 1;
function q(title: string, description = '', kind: FormsItem['kind'] = 'question', type: number | null = 0): FormsItem {
  return { id: String(nextId++), title, description, type, kind };
}

function snap(over: Partial<Omit<FormsSnapshot, 'settings'>> & { settings?: Partial<FormsSnapshot['settings']> } = {}): FormsSnapshot {
  const { settings, ...rest } = over;
  return {
    app: 'forms',
    url: 'https://docs.google.com/forms/d/1FzQ8pXbLkT3vYw9sHcJrN2mAeU5dGq7oKiR4tZ6yVbM/edit',
    itemKey: '1FzQ8pXbLkT3vYw9sHcJrN2mAeU5dGq7oKiR4tZ6yVbM',
    lang: 'zh-TW',
    title: '表單',
    description: '',
    items: [],
    settings: {
      summaryToRespondents: false,
      responders: null,
      collectEmail: null,
      limitOneResponse: null,
      editAfterSubmit: null,
      ...settings,
    },
    diagnostics: { anchors: {}, notes: [], counts: {} },
    ...rest,
  };
}

const NOTICE_ZH = '個人資料蒐集聲明：本校蒐集目的為辦理校外教學保險，個資類別為姓名、身分證字號；保存期限至活動結束後一個月，屆期刪除。';

describe('registry', () => {
  it('exports the five Forms rules in catalog order, all known ids', () => {
    expect(formsRules.map((r) => r.id)).toEqual([
      'forms.summary-public',
      'forms.sensitive-data',
      'forms.identifier',
      'forms.no-notice',
      'forms.open-to-anyone',
    ]);
    for (const r of formsRules) {
      expect(RULE_IDS).toContain(r.id);
      expect(r.app).toBe('forms');
    }
    expect(formsRules.map((r) => r.severity)).toEqual(['high', 'high', 'warn', 'warn', 'info']);
  });

  it('has complete messages in both languages and valid citations', () => {
    for (const r of formsMeta) {
      for (const lang of ['zh-TW', 'en'] as const) {
        const m = r.messages[lang];
        expect(m.title.length, `${r.id} ${lang}`).toBeGreaterThan(5);
        expect(m.why.length).toBeGreaterThan(20);
        expect(m.fix.length).toBeGreaterThanOrEqual(2);
        expect(m.unverified.length).toBeGreaterThan(10);
        expect(m.pass.length).toBeGreaterThan(5);
      }
      for (const id of [...r.basis.public, ...r.basis.private]) expect(CITATIONS).toHaveProperty(id);
    }
  });

  it('basis follows RULES.md with public/private variants', () => {
    expect(summaryPublicMeta.basis).toEqual({ public: ['moe-3-3', 'pdpa-5', 'pdpa-18'], private: ['moe-3-3', 'pdpa-5', 'pdpa-27'] });
    expect(sensitiveDataMeta.basis.public).toEqual(['moe-3-5', 'pdpa-6-1']);
    expect(identifierMeta.basis).toEqual({ public: ['moe-3-1', 'pdpa-5', 'pdpa-15'], private: ['moe-3-1', 'pdpa-5', 'pdpa-19'] });
    expect(noNoticeMeta.basis.public).toEqual(['pdpa-8-1', 'moe-3-6']);
    expect(openToAnyoneMeta.basis.public).toEqual(['moe-3-2']);
  });

  it('the summary fix names the exact clicks', () => {
    expect(summaryPublicMeta.messages['zh-TW'].fix.join(' ')).toMatch(/設定.*呈現方式.*關閉「查看結果摘要」/);
    expect(noNoticeMeta.messages['zh-TW'].fix.join(' ')).toContain('個人資料蒐集聲明');
    expect(noNoticeMeta.messages['zh-TW'].fix.join(' ')).toContain('保存期限');
  });
});

describe('forms.summary-public', () => {
  it('fires when on', () => {
    const o = summaryPublic.evaluate(snap({ settings: { summaryToRespondents: true } }), P);
    expect(o).toEqual({ status: 'violation', evidence: [{ kind: 'setting', text: '查看結果摘要', category: 'summary' }] });
    const en = summaryPublic.evaluate(snap({ lang: 'en', settings: { summaryToRespondents: true } }), P);
    expect(en.status === 'violation' && en.evidence[0]!.text).toBe('View results summary');
  });
  it('silent when off', () => {
    expect(summaryPublic.evaluate(snap({ settings: { summaryToRespondents: false } }), P)).toEqual({ status: 'pass' });
  });
  it('unverified when unreadable', () => {
    expect(summaryPublic.evaluate(snap({ settings: { summaryToRespondents: null } }), P)).toEqual({
      status: 'unverified',
      reason: 'summary-unreadable',
    });
  });
});

describe('forms.sensitive-data', () => {
  it('fires with one evidence per offending question', () => {
    const a = q('學生是否有過敏史？');
    const b = q('目前服用的藥物', '請詳列');
    const o = sensitiveData.evaluate(snap({ items: [q('學生姓名'), a, b, q('你最喜歡的健康食物是什麼？')] }), P);
    expect(o.status).toBe('violation');
    if (o.status !== 'violation') return;
    expect(o.evidence).toEqual([
      { kind: 'question', text: '學生是否有過敏史？', match: '過敏', category: 'allergy', ref: a.id },
      { kind: 'question', text: '目前服用的藥物', match: '服用的藥物', category: 'medication', ref: b.id },
    ]);
  });
  it('reads the question description too', () => {
    const o = sensitiveData.evaluate(snap({ items: [q('健康資料', '請說明孩子是否患有氣喘')] }), P);
    expect(o.status === 'violation' && o.evidence[0]!.category).toBe('illness');
  });
  it.each([
    '你最喜歡的健康食物是什麼？',
    'Health class project topic',
    '健康教育課的報告主題：過敏',
    'Which of the following is a symptom of an allergy?',
  ])('silent on %s', (t) => {
    expect(sensitiveData.evaluate(snap({ items: [q(t)] }), P)).toEqual({ status: 'pass' });
  });
  it('silent on text/section/media items (not questions)', () => {
    const items = [q('過敏史說明', '', 'text', 6), q('病史', '', 'section', 8), q('Allergies', '', 'media', 11)];
    expect(sensitiveData.evaluate(snap({ items }), P)).toEqual({ status: 'pass' });
  });
  it('silent on a consent question that quotes the notice', () => {
    expect(sensitiveData.evaluate(snap({ items: [q('我同意', `${NOTICE_ZH}（含過敏史）`)] }), P)).toEqual({ status: 'pass' });
  });
  it('pass when there are no items; unverified when items unreadable', () => {
    expect(sensitiveData.evaluate(snap({ items: [] }), P)).toEqual({ status: 'pass' });
    expect(sensitiveData.evaluate(snap({ items: null }), P)).toEqual({ status: 'unverified', reason: 'items-unreadable' });
  });
});

describe('forms.identifier', () => {
  it('「請填寫學生身分證字號」 fires, 「你最喜歡的健康食物是什麼？」 does not', () => {
    const id = q('請填寫學生身分證字號');
    const o = identifier.evaluate(snap({ items: [id, q('你最喜歡的健康食物是什麼？')] }), P);
    expect(o).toEqual({
      status: 'violation',
      evidence: [{ kind: 'question', text: '請填寫學生身分證字號', match: '身分證字號', category: 'national-id', ref: id.id }],
    });
    expect(identifier.evaluate(snap({ items: [q('你最喜歡的健康食物是什麼？')] }), P)).toEqual({ status: 'pass' });
  });
  it('carries all offending questions in one result', () => {
    const items = [q('身分證字號'), q('出生年月日'), q('戶籍地址'), q('座號')];
    const o = identifier.evaluate(snap({ items }), P);
    expect(o.status === 'violation' && o.evidence.map((e) => e.category)).toEqual(['national-id', 'date-of-birth', 'household-address']);
  });
  it.each(['學生社團識別證顏色', '座號（排座位表用）', 'Student club ID badge colour', '學號', '請勿填寫身分證字號'])('silent on %s', (t) => {
    expect(identifier.evaluate(snap({ items: [q(t)] }), P)).toEqual({ status: 'pass' });
  });
  it('unverified when items unreadable', () => {
    expect(identifier.evaluate(snap({ items: null }), P).status).toBe('unverified');
  });
});

describe('forms.no-notice', () => {
  const pd = () => [q('學生姓名'), q('家長手機號碼')];
  it('fires when personal data is asked and nothing states purpose + retention', () => {
    const o = noNotice.evaluate(snap({ items: pd(), description: '請於週五前填寫。' }), P);
    expect(o.status).toBe('violation');
    expect(o.status === 'violation' && o.evidence.map((e) => e.category)).toEqual(['parent-contact']);
  });
  it('a partial notice is shown as evidence of what is missing', () => {
    const o = noNotice.evaluate(snap({ items: pd(), description: '蒐集目的：緊急聯絡。' }), P);
    expect(o.status === 'violation' && o.evidence.at(-1)).toMatchObject({ kind: 'form-text', category: 'notice-missing-retention' });
  });
  it('pass with a notice in the form description', () => {
    expect(noNotice.evaluate(snap({ items: pd(), description: NOTICE_ZH }), P)).toEqual({ status: 'pass' });
  });
  it('pass with a notice in a title-and-description item (kind text)', () => {
    const items = [q('個人資料蒐集聲明', NOTICE_ZH, 'text', 6), ...pd()];
    expect(noNotice.evaluate(snap({ items, description: '' }), P)).toEqual({ status: 'pass' });
  });
  it('pass with an English notice in a section header', () => {
    const items = [q('Privacy', 'Purpose: trip insurance. Answers will be deleted one month after the trip.', 'section', 8), q('Home address')];
    expect(noNotice.evaluate(snap({ lang: 'en', items, description: '' }), P)).toEqual({ status: 'pass' });
  });
  it('silent when the form collects no personal data', () => {
    expect(noNotice.evaluate(snap({ items: [q('你最喜歡的健康食物是什麼？'), q('座號')], description: '' }), P)).toEqual({ status: 'pass' });
  });
  it('unverified when items are unreadable, or the description is unreadable and the items hold no notice', () => {
    expect(noNotice.evaluate(snap({ items: null }), P)).toEqual({ status: 'unverified', reason: 'items-unreadable' });
    const o = noNotice.evaluate(snap({ items: pd(), description: null }), P);
    expect(o.status).toBe('unverified');
    expect(o.status === 'unverified' && o.reason).toBe('description-unreadable');
  });
});

describe('forms.open-to-anyone', () => {
  const risky = () => [q('請填寫學生身分證字號'), q('是否有過敏？')];
  it('fires when anyone with the link may respond and identifier/sensitive fire', () => {
    const o = openToAnyone.evaluate(snap({ items: risky(), settings: { responders: 'anyone' } }), P);
    expect(o.status).toBe('violation');
    if (o.status !== 'violation') return;
    expect(o.evidence[0]).toEqual({ kind: 'setting', text: '知道連結的使用者', category: 'responders' });
    expect(o.evidence.slice(1).map((e) => e.category)).toEqual(['national-id', 'allergy']);
  });
  it.each(['domain', 'restricted'] as const)('silent when responders are %s', (r) => {
    expect(openToAnyone.evaluate(snap({ items: risky(), settings: { responders: r } }), P)).toEqual({ status: 'pass' });
    expect(openToAnyone.evaluate(snap({ items: null, settings: { responders: r } }), P)).toEqual({ status: 'pass' });
  });
  it('silent when anyone may respond but nothing identifying or sensitive is asked', () => {
    expect(openToAnyone.evaluate(snap({ items: [q('家長手機號碼')], settings: { responders: 'anyone' } }), P)).toEqual({ status: 'pass' });
  });
  it('responders unreadable → unverified only when identifier/sensitive would fire, otherwise pass', () => {
    const o = openToAnyone.evaluate(snap({ items: risky(), settings: { responders: null } }), P);
    expect(o.status === 'unverified' && o.reason).toBe('responders-unreadable');
    expect(o.status === 'unverified' && o.evidence?.length).toBe(2);
    expect(openToAnyone.evaluate(snap({ items: [q('座號')], settings: { responders: null } }), P)).toEqual({ status: 'pass' });
  });
});

describe('end to end: fixtures → reader → engine', () => {
  const DIR = fileURLToPath(new URL('../../fixtures/forms/', import.meta.url));
  const URL_EDIT = 'https://docs.google.com/forms/d/1FzQ8pXbLkT3vYw9sHcJrN2mAeU5dGq7oKiR4tZ6yVbM/edit';
  const run = (f: string, policy = P) => {
    const doc = new JSDOM(readFileSync(DIR + f, 'utf8'), { url: URL_EDIT }).window.document;
    const report = evaluate(readForms(doc, URL_EDIT), policy, formsRules);
    return Object.fromEntries(report.results.map((r) => [r.ruleId, r]));
  };

  it('zh-TW demo page: summary high, identifier warn, no notice, open-to-anyone unverified; the favourite-food question is silent', () => {
    const r = run('e2e-editor-zh.html');
    expect(r['forms.summary-public']!.status).toBe('violation');
    expect(r['forms.identifier']!.status).toBe('violation');
    expect(r['forms.identifier']!.evidence.map((e) => e.text)).toEqual(['請填寫學生身分證字號']);
    expect(r['forms.sensitive-data']!.status).toBe('pass');
    expect(r['forms.no-notice']!.status).toBe('violation');
    expect(r['forms.open-to-anyone']!.status).toBe('unverified');
  });

  it('English demo page: everything passes', () => {
    const r = run('e2e-editor-en.html');
    for (const id of Object.keys(r)) expect(r[id]!.status, id).toBe('pass');
  });

  it('a page with nothing readable is unverified, never pass', () => {
    const r = run('neither-zh.html');
    for (const id of ['forms.summary-public', 'forms.sensitive-data', 'forms.identifier', 'forms.no-notice', 'forms.open-to-anyone']) {
      expect(r[id]!.status, id).toBe('unverified');
    }
  });

  it('English questions page: the notice item satisfies no-notice; home address is an identifier', () => {
    const r = run('editor-questions-en.html');
    expect(r['forms.summary-public']!.status).toBe('violation');
    expect(r['forms.identifier']!.evidence.map((e) => e.category)).toEqual(['household-address']);
    expect(r['forms.no-notice']!.status).toBe('pass');
  });

  it('long zh-TW form: all three personal-data questions are found, the rest are silent', () => {
    const r = run('many-questions-zh.html');
    expect(r['forms.identifier']!.evidence.map((e) => e.text)).toEqual(['請填寫學生身分證字號']);
    expect(r['forms.sensitive-data']!.evidence.map((e) => e.category)).toEqual(['allergy']);
    expect(r['forms.no-notice']!.evidence).toHaveLength(3);
    expect(r['forms.summary-public']!.status).toBe('pass');
  });

  it('private-school policy changes only the basis, not the outcome', () => {
    expect(run('e2e-editor-zh.html', PRIVATE)['forms.summary-public']!.status).toBe('violation');
  });
});
