// @vitest-environment jsdom
// axe-core over the tip card (open shadow root), collapsed and with the steps and the reason form open.
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { mountTip } from '../../../src/content/tip';
import { buttonByText, cardOf, EN, fakeApi, flush, manualFrames, report, result, rule } from './helpers';

describe('tip accessibility (axe-core)', () => {
  it('has no violations, collapsed or expanded', async () => {
    manualFrames(window);
    document.documentElement.lang = 'en';
    document.title = 'Google Forms';
    document.body.innerHTML = '<main><h1>Form</h1></main>';
    const tip = mountTip('forms', [rule('forms.summary-public', 'high')], { api: () => fakeApi() });
    await flush();
    tip.update(report([result('forms.summary-public', 'high', 'violation', [{ kind: 'setting', text: 'View results summary' }])]), EN);
    const card = cardOf(tip.host())!;
    const run = async () =>
      (await axe.run(document, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } })).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    expect(await run()).toEqual([]);
    buttonByText(card, 'How to fix').click();
    buttonByText(card, 'I understand').click();
    expect(await run()).toEqual([]);
  });
});
