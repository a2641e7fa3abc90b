import { describe, expect, test } from 'vitest';
import { redactedReport, redactPath } from '../../../src/core/diagnostics';
import type { Report } from '../../../src/core/schema';

describe('redacted diagnostics report', () => {
  test('keeps structure, drops names, titles, addresses and ids', () => {
    const report: Report = {
      app: 'share',
      url: 'https://docs.google.com/drivesharing/driveshare?id=1AbCdEfGhIjKlMnOpQrStUv&authuser=0',
      itemKey: '1AbCdEfGhIjKlMnOpQrStUv',
      itemTitle: '三年一班學生名冊',
      results: [
        {
          ruleId: 'share.external-editor',
          severity: 'warn',
          status: 'violation',
          evidence: [{ kind: 'person', text: '王小明 wang@gmail.com', category: 'external', match: 'wang@gmail.com' }],
        },
      ],
      diagnostics: { anchors: { generalAccess: 'anchor' }, notes: ['menu-closed', 'contains 王小明'], counts: { people: 4 } },
      scope: 'dialog',
    };
    const out = redactedReport([report], report.results, { 'foreign-sender': 2 }, '1.2.3', new Date(0));
    const text = JSON.stringify(out);
    for (const secret of ['三年一班', '王小明', 'wang@gmail.com', '1AbCdEfGhIjKlMnOpQrStUv']) expect(text).not.toContain(secret);
    expect(out.pages[0]).toMatchObject({ app: 'share', host: 'docs.google.com', path: '/drivesharing/driveshare', notes: ['menu-closed'] });
    expect(out.results[0]).toEqual({ ruleId: 'share.external-editor', status: 'violation', evidence: 1, categories: ['external'] });
    expect(out.dropped).toEqual({ 'foreign-sender': 2 });
  });

  test('ids in paths become placeholders', () => {
    expect(redactPath('https://docs.google.com/forms/d/1FAIpQLSdDemoEditId0123/edit#settings')).toEqual({
      host: 'docs.google.com',
      path: '/forms/d/:id/edit',
    });
    expect(redactPath('::')).toEqual({ host: 'invalid', path: '' });
  });
});
