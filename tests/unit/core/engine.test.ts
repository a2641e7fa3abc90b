import { describe, expect, test } from 'vitest';
import { badgeOf, evaluate, findingsOf } from '../../../src/core/engine';
import { DEFAULT_POLICY } from '../../../src/core/policy';
import { defineRule, type Rule } from '../../../src/core/rule';
import type { RuleResult, StudioSnapshot } from '../../../src/core/schema';

const snap: StudioSnapshot = {
  app: 'studio',
  url: 'https://studio.youtube.com/video/abcdefgh/edit',
  itemKey: 'abcdefgh',
  lang: 'en',
  context: 'edit',
  step: null,
  visibility: 'public',
  title: '王小明 A123456789',
  description: '',
  madeForKids: null,
  diagnostics: { anchors: {}, notes: [], counts: {} },
};
const r = (status: RuleResult['status'], severity: RuleResult['severity']): RuleResult => ({
  ruleId: `x.${status}-${severity}`,
  severity,
  status,
  evidence: [],
});

describe('engine', () => {
  test('masks evidence, keeps one result per rule, skips disabled rules and other apps', () => {
    const leaky = defineRule({
      id: 'youtube.test-leak',
      app: 'studio',
      severity: 'warn',
      evaluate: (s) => ({ status: 'violation', evidence: [{ kind: 'video-title', text: s.title ?? '', match: 'A123456789' }] }),
    });
    const other = defineRule({
      id: 'forms.other',
      app: 'forms',
      severity: 'high',
      evaluate: () => ({ status: 'pass' }),
    });
    const disabled = { ...leaky, id: 'youtube.disabled' };
    const report = evaluate(snap, { ...DEFAULT_POLICY, disabledRules: ['youtube.disabled'] }, [leaky, other, disabled] as Rule[]);
    expect(report.results.map((x) => x.ruleId)).toEqual(['youtube.test-leak']);
    expect(report.results[0]!.evidence[0]!.text).toBe('王小明 A12*****89');
    expect(report.results[0]!.evidence[0]!.match).toBe('A12*****89');
    expect(report.itemTitle).toBe('王小明 A12*****89');
    expect(JSON.stringify(report)).not.toContain('A123456789');
  });

  test('a throwing rule becomes unverified, never a pass', () => {
    const bad = defineRule({
      id: 'youtube.throws',
      app: 'studio',
      severity: 'high',
      evaluate: () => {
        throw new Error('boom');
      },
    });
    const report = evaluate(snap, DEFAULT_POLICY, [bad as Rule]);
    expect(report.results[0]).toMatchObject({ status: 'unverified', reason: 'rule-error' });
    expect(findingsOf(report)).toHaveLength(1);
  });

  test('badge counts high + warn violations only; red when any is high', () => {
    expect(badgeOf([])).toEqual({ text: '', color: null });
    expect(badgeOf([r('violation', 'info'), r('unverified', 'high'), r('pass', 'high')])).toEqual({ text: '', color: null });
    expect(badgeOf([r('violation', 'warn')])).toEqual({ text: '1', color: 'amber' });
    expect(badgeOf([r('violation', 'warn'), r('violation', 'high'), r('violation', 'info')])).toEqual({ text: '2', color: 'red' });
  });
});
