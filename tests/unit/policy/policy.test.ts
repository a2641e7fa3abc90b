import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, LIMITS, mergePolicy, normalizeDomain, normalizeKey, POLICY_KEYS, type Policy } from '../../../src/core/policy';
import { RULE_IDS } from '../../../src/core/rules/ids';

describe('mergePolicy: layers', () => {
  it('defaults when nothing is set (and never shares arrays with DEFAULT_POLICY)', () => {
    const m = mergePolicy(undefined, undefined);
    expect(m.policy).toEqual(DEFAULT_POLICY);
    expect(m.locked).toEqual([]);
    expect(m.issues).toEqual([]);
    m.policy.schoolDomains.push('x.edu.tw');
    expect(DEFAULT_POLICY.schoolDomains).toEqual([]);
  });

  it('managed over user over defaults, key by key; managed keys are locked', () => {
    const m = mergePolicy(
      { schoolType: 'private', retentionDays: 30 },
      { schoolType: 'public', retentionDays: 7, coeditorThreshold: 10, language: 'en' },
      RULE_IDS,
    );
    expect(m.policy).toEqual({ ...DEFAULT_POLICY, schoolType: 'private', retentionDays: 30, coeditorThreshold: 10, language: 'en' });
    expect(m.locked.sort()).toEqual(['retentionDays', 'schoolType']);
    expect(m.issues).toEqual([]);
  });

  it('a malformed managed value is ignored with a diagnostics issue; the user value stays in force and the key is not locked', () => {
    const m = mergePolicy({ retentionDays: 'forever', schoolType: 'private' }, { retentionDays: 21 });
    expect(m.policy.retentionDays).toBe(21);
    expect(m.policy.schoolType).toBe('private');
    expect(m.locked).toEqual(['schoolType']);
    expect(m.issues).toEqual([{ key: 'retentionDays', code: 'wrong-type', source: 'managed' }]);
  });

  it('wrong types per key', () => {
    const cases: Array<[keyof Policy, unknown]> = [
      ['schoolType', 'charter'],
      ['schoolType', 1],
      ['language', 'fr'],
      ['language', null],
      ['schoolDomains', 'school.edu.tw'],
      ['rosterTerms', { a: 1 }],
      ['disabledRules', 'forms.identifier'],
      ['coeditorThreshold', 2.5],
      ['coeditorThreshold', true],
      ['retentionDays', Number.NaN],
      ['retentionDays', '1e400'],
    ];
    for (const [key, value] of cases) {
      const m = mergePolicy({ [key]: value }, undefined);
      expect(m.policy[key], `${key}=${String(value)}`).toEqual(DEFAULT_POLICY[key]);
      expect(m.locked).toEqual([]);
      expect(m.issues.map((i) => [i.key, i.code, i.source])).toEqual([[key, 'wrong-type', 'managed']]);
    }
  });

  it('out of range numbers are rejected; numeric strings are accepted', () => {
    expect(mergePolicy({ coeditorThreshold: 501 }, undefined).issues[0]).toMatchObject({ key: 'coeditorThreshold', code: 'out-of-range' });
    expect(mergePolicy({ retentionDays: 0 }, undefined).issues[0]).toMatchObject({ key: 'retentionDays', code: 'out-of-range' });
    expect(mergePolicy({ retentionDays: ' 30 ' }, undefined).policy.retentionDays).toBe(30);
  });

  it('unknown keys are reported (truncated) and ignored; a non-object layer is one issue', () => {
    const long = 'k'.repeat(500);
    const m = mergePolicy({ [long]: 1, AutoSave: true }, ['not', 'an', 'object']);
    expect(m.policy).toEqual(DEFAULT_POLICY);
    expect(m.issues).toContainEqual({ key: '*', code: 'wrong-type', source: 'user' });
    expect(m.issues).toContainEqual({ key: 'k'.repeat(60), code: 'unknown-key', source: 'managed' });
    expect(m.issues).toContainEqual({ key: 'AutoSave', code: 'unknown-key', source: 'managed' });
  });

  it('per-key rejection keeps the rest working', () => {
    const m = mergePolicy(
      { schoolType: 42, schoolDomains: ['school.edu.tw'], coeditorThreshold: -1, language: 'zh-TW', disabledRules: ['youtube.unlisted', 'nope.rule'] },
      undefined,
      RULE_IDS,
    );
    expect(m.policy.schoolType).toBe('public');
    expect(m.policy.schoolDomains).toEqual(['school.edu.tw']);
    expect(m.policy.coeditorThreshold).toBe(3);
    expect(m.policy.language).toBe('zh-TW');
    expect(m.policy.disabledRules).toEqual(['youtube.unlisted']);
    expect(m.locked.sort()).toEqual(['disabledRules', 'language', 'schoolDomains']);
    expect(m.issues.map((i) => `${i.key}:${i.code}`).sort()).toEqual([
      'coeditorThreshold:out-of-range',
      'disabledRules:unknown-rule',
      'schoolType:wrong-type',
    ]);
  });

  it('a huge list (10,000 domains) is truncated to the limit with one issue, quickly', () => {
    const domains = Array.from({ length: 10_000 }, (_, i) => `s${i}.edu.tw`);
    const t0 = performance.now();
    const m = mergePolicy({ schoolDomains: domains }, undefined);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(m.policy.schoolDomains).toHaveLength(LIMITS.listItems);
    expect(m.policy.schoolDomains[0]).toBe('s0.edu.tw');
    expect(m.issues).toEqual([{ key: 'schoolDomains', code: 'list-truncated', detail: '10000', source: 'managed' }]);
  });

  it('list entries of the wrong type or shape are skipped one by one', () => {
    const m = mergePolicy({ schoolDomains: ['school.edu.tw', 5, null, 'bad domain', 'SCHOOL.EDU.TW'], rosterTerms: ['名', '學生名冊', 'x'.repeat(41)] }, undefined);
    expect(m.policy.schoolDomains).toEqual(['school.edu.tw']);
    expect(m.policy.rosterTerms).toEqual(['學生名冊']);
    expect(m.issues.map((i) => `${i.key}:${i.code}`)).toEqual([
      'schoolDomains:invalid-entry',
      'schoolDomains:invalid-entry',
      'schoolDomains:invalid-domain',
      'rosterTerms:invalid-entry',
      'rosterTerms:invalid-entry',
    ]);
    // issue details never carry more than 60 characters of the offending value
    for (const i of m.issues) expect((i.detail ?? '').length).toBeLessThanOrEqual(60);
  });
});

describe('domain normalisation', () => {
  it.each([
    ['*.edu.tw', 'edu.tw'],
    ['@school.edu.tw', 'school.edu.tw'],
    ['EDU.TW ', 'edu.tw'],
    ['  Teacher@Mail.School.EDU.tw', 'mail.school.edu.tw'],
    ['https://www.school.edu.tw/path?q=1', 'www.school.edu.tw'],
    ['.school.edu.tw.', 'school.edu.tw'],
  ])('%s → %s', (raw, want) => {
    expect(normalizeDomain(raw)).toBe(want);
    expect(mergePolicy({ schoolDomains: [raw] }, undefined).policy.schoolDomains).toEqual([want]);
  });

  it.each(['', 'localhost', 'school', 'a b.edu.tw', '-x.edu.tw', 'x..edu.tw', '*', '@', `${'a'.repeat(64)}.edu.tw`, '學校.tw'])(
    'rejects %j',
    (raw) => {
      expect(normalizeDomain(raw)).toBeNull();
    },
  );

  it('property: normalisation is idempotent and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const d = normalizeDomain(s);
        if (d !== null) expect(normalizeDomain(d)).toBe(d);
      }),
    );
  });

  it('property: mergePolicy never throws and always yields a complete, valid policy', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (managed, user) => {
        const m = mergePolicy(managed, user, RULE_IDS);
        for (const k of POLICY_KEYS) {
          const r = normalizeKey(k, m.policy[k], RULE_IDS);
          expect(r.ok).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
