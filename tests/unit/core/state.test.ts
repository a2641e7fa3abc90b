import { describe, expect, test } from 'vitest';
import { badgeForTab, mergeTab, type TabState } from '../../../src/background/state';
import type { Report, RuleResult } from '../../../src/core/schema';

const res = (ruleId: string, status: RuleResult['status'], severity: RuleResult['severity'] = 'high'): RuleResult => ({
  ruleId,
  status,
  severity,
  evidence: [],
});
const report = (app: Report['app'], scope: 'page' | 'dialog', results: RuleResult[], url = 'https://docs.google.com/x'): Report => ({
  app,
  url,
  itemKey: 'k',
  itemTitle: null,
  results,
  diagnostics: { anchors: {}, notes: [], counts: {} },
  scope,
});

describe('per-tab merge', () => {
  test('an open share dialog supersedes the Share button on the top page', () => {
    const state: TabState = {
      frames: {
        '0:share': { report: report('share', 'page', [res('share.anyone-with-link', 'violation', 'info')]), receivedAt: 1 },
        '7:share': { report: report('share', 'dialog', [res('share.anyone-with-link', 'pass', 'info')]), receivedAt: 2 },
      },
    };
    const m = mergeTab(state);
    expect(m.reports).toHaveLength(1);
    expect(m.results).toEqual([res('share.anyone-with-link', 'pass', 'info')]);
  });

  test('different apps in one tab are both kept; per rule the most serious status wins', () => {
    const state: TabState = {
      frames: {
        '0:forms': { report: report('forms', 'page', [res('forms.summary-public', 'violation')]), receivedAt: 1 },
        '0:share': { report: report('share', 'page', [res('share.anyone-can-edit', 'unverified')]), receivedAt: 2 },
        '3:share': { report: report('share', 'page', [res('share.anyone-can-edit', 'violation')]), receivedAt: 3 },
      },
    };
    const m = mergeTab(state);
    expect(m.results.find((r) => r.ruleId === 'share.anyone-can-edit')!.status).toBe('violation');
    expect(badgeForTab(state)).toEqual({ text: '2', color: 'red' });
  });

  test('empty or missing state → no badge', () => {
    expect(badgeForTab(undefined)).toEqual({ text: '', color: null });
    expect(mergeTab({ frames: {} }).results).toEqual([]);
  });
});
