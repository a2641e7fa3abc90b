import { describe, expect, test } from 'vitest';
import { ContentMessage, PageMessage } from '../../../src/core/messages';

const report = {
  app: 'forms',
  url: 'https://docs.google.com/forms/d/abcdefghijkl/edit',
  itemKey: 'abcdefghijkl',
  itemTitle: null,
  results: [{ ruleId: 'forms.summary-public', severity: 'high', status: 'violation', evidence: [] }],
  diagnostics: { anchors: { summaryToRespondents: 'label' }, notes: [], counts: {} },
};

describe('message boundary schemas', () => {
  test('accepts well-formed messages', () => {
    expect(ContentMessage.safeParse({ kind: 'report', report }).success).toBe(true);
    expect(ContentMessage.safeParse({ kind: 'clear', app: 'share' }).success).toBe(true);
    expect(PageMessage.safeParse({ kind: 'tab-state', tabId: 3 }).success).toBe(true);
  });
  test.each([
    ['unknown kind', { kind: 'eval', code: 'alert(1)' }],
    ['wrong app', { kind: 'clear', app: 'gmail' }],
    ['bad severity', { kind: 'report', report: { ...report, results: [{ ...report.results[0], severity: 'critical' }] } }],
    ['missing diagnostics', { kind: 'report', report: { ...report, diagnostics: undefined } }],
    ['not an object', 'report'],
    ['null', null],
  ])('rejects %s', (_n, msg) => {
    expect(ContentMessage.safeParse(msg).success).toBe(false);
  });
  test('page messages are bounded', () => {
    expect(PageMessage.safeParse({ kind: 'remind', app: 'forms', itemKey: null, ruleId: 'x', title: 't', url: 'u', days: 0 }).success).toBe(false);
    expect(
      PageMessage.safeParse({ kind: 'ack', app: 'forms', itemKey: null, ruleId: 'x', reason: 'r'.repeat(501) }).success,
    ).toBe(false);
  });
});
