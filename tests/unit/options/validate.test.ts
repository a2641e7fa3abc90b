import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/core/policy';
import { draftFrom, splitList, userPolicyToSave, validateDraft, validateField, type Draft } from '../../../src/options/validate';

const RULE_IDS = ['forms.summary-public', 'share.external-editor', 'youtube.unlisted'];
const base = (): Draft => draftFrom({ ...DEFAULT_POLICY, schoolDomains: [], disabledRules: [], rosterTerms: [] });

describe('options validation', () => {
  it('accepts the defaults and normalises domains', () => {
    const d = { ...base(), schoolDomains: '*.edu.tw\n@school.edu.tw\n  EDU.TW  \nhttps://Mail.School.edu.tw/x' };
    const r = validateDraft(d, [], RULE_IDS);
    expect(r.errors).toEqual({});
    expect(r.values.schoolDomains).toEqual(['edu.tw', 'school.edu.tw', 'mail.school.edu.tw']);
    expect(r.values.coeditorThreshold).toBe(3);
  });

  it('splits lists on lines, commas and 、, dropping blanks and duplicates', () => {
    expect(splitList('a.edu.tw, b.edu.tw\n\n a.edu.tw 、c.edu.tw；d.edu.tw')).toEqual(['a.edu.tw', 'b.edu.tw', 'c.edu.tw', 'd.edu.tw']);
  });

  it('rejects each bad field with a message code naming the entry; good fields still validate', () => {
    const d: Draft = {
      ...base(),
      schoolDomains: 'school.edu.tw\nnot a domain',
      rosterTerms: '學生名冊\n名',
      coeditorThreshold: '3.5',
      retentionDays: '0',
      language: 'fr',
      schoolType: 'private',
    };
    const r = validateDraft(d, [], RULE_IDS);
    expect(r.errors.schoolDomains).toEqual({ code: 'err_domain', vars: { entry: 'not a domain' } });
    expect(r.errors.rosterTerms).toEqual({ code: 'err_term', vars: { entry: '名', min: 2, max: 40 } });
    expect(r.errors.coeditorThreshold).toEqual({ code: 'err_number', vars: { min: 0, max: 500 } });
    expect(r.errors.retentionDays).toEqual({ code: 'err_number', vars: { min: 1, max: 3650 } });
    expect(r.errors.language?.code).toBe('err_choice');
    expect(r.values.schoolType).toBe('private');
    expect(r.values).not.toHaveProperty('schoolDomains');
  });

  it('numbers: only plain whole numbers in range', () => {
    for (const bad of ['', ' ', '-1', '1e2', '0x10', 'abc', '501', '12abc', '999999999999']) {
      expect(validateField('coeditorThreshold', { ...base(), coeditorThreshold: bad }, RULE_IDS).ok, bad).toBe(false);
    }
    for (const [good, n] of [['0', 0], [' 42 ', 42], ['500', 500]] as const) {
      expect(validateField('coeditorThreshold', { ...base(), coeditorThreshold: good }, RULE_IDS)).toEqual({ ok: true, value: n });
    }
  });

  it('too many entries is an error, not a silent truncation', () => {
    const many = Array.from({ length: 201 }, (_, i) => `s${i}.edu.tw`).join('\n');
    expect(validateField('schoolDomains', { ...base(), schoolDomains: many }, RULE_IDS)).toEqual({
      ok: false,
      error: { code: 'err_tooMany', vars: { max: 200, n: 201 } },
    });
  });

  it('disabled rules must be known ids', () => {
    expect(validateField('disabledRules', { ...base(), disabledRules: ['youtube.unlisted'] }, RULE_IDS)).toEqual({ ok: true, value: ['youtube.unlisted'] });
    expect(validateField('disabledRules', { ...base(), disabledRules: ['forms.nope'] }, RULE_IDS)).toEqual({
      ok: false,
      error: { code: 'err_rule', vars: { entry: 'forms.nope' } },
    });
  });

  it('locked keys are neither validated nor saved; the earlier user value is kept when valid', () => {
    const d = { ...base(), retentionDays: 'garbage', schoolType: 'private' };
    const r = validateDraft(d, ['retentionDays'], RULE_IDS);
    expect(r.errors).toEqual({});
    expect(r.values).not.toHaveProperty('retentionDays');
    const saved = userPolicyToSave(r.values, { retentionDays: 30, language: 'xx' }, ['retentionDays', 'language'], RULE_IDS);
    expect(saved.retentionDays).toBe(30);
    expect('language' in saved).toBe(false);
    expect(saved.schoolType).toBe('private');
  });
});
