import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, until, type Harness } from './harness';
import { serveDemoPages } from './sites';
import { FORMS_EN, FORMS_ZH } from './urls';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await serveDemoPages(h);
});
afterAll(async () => h?.close());

describe('Google Forms editor', () => {
  test('results summary on → red badge and the popup explains forms.summary-public; flipping it off clears it within a second', async () => {
    const page = await h.open(FORMS_ZH);
    const tabId = await h.tabIdOf(FORMS_ZH);
    const badge = await until(async () => {
      const b = await h.badge(tabId);
      return b.text !== '' ? b : null;
    });
    expect(badge).not.toBeNull();
    expect(Number(badge!.text)).toBeGreaterThanOrEqual(1);
    expect(badge!.color.slice(0, 3)).toEqual([179, 38, 30]);

    const popup = await h.popup(tabId);
    const finding = popup.locator('article[data-rule="forms.summary-public"]');
    await finding.waitFor();
    expect(await finding.getAttribute('data-severity')).toBe('high');
    expect(await finding.getAttribute('data-status')).toBe('violation');
    await expect.poll(() => finding.innerText()).toContain('查看結果摘要');
    // the identifier question is found, the favourite-food question is not
    const ident = popup.locator('article[data-rule="forms.identifier"]');
    await ident.waitFor();
    expect(await ident.innerText()).toContain('請填寫學生身分證字號');
    expect(await popup.locator('article[data-rule="forms.sensitive-data"]').count()).toBe(0);
    expect(await popup.locator('.findings').innerText()).not.toContain('你最喜歡的健康食物');

    // flip the switch off in the page: the badge must drop within a second, and the popup shows it passed
    await page.bringToFront();
    // the settings row whose label is 查看結果摘要 (the fixture reproduces the row/label/switch layout of reference §3a)
    const sw = page.locator('.mhLiyf').filter({ hasText: '查看結果摘要' }).locator('[role="switch"]');
    expect(await sw.getAttribute('aria-checked')).toBe('true');
    const before = Number(badge!.text);
    const t0 = Date.now();
    await sw.click();
    const dropped = await until(async () => Number((await h.badge(tabId)).text || 0) < before, 1000, 10);
    const elapsed = Date.now() - t0;
    expect(dropped).toBe(true);
    expect(elapsed).toBeLessThan(1000);
    await popup.locator('[data-rule="forms.summary-public"][data-status="pass"]').waitFor({ timeout: 3000 });
    expect(await popup.locator('article[data-rule="forms.summary-public"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  test('a harmless English form gives no badge and a passed checklist', async () => {
    const page = await h.open(FORMS_EN);
    const tabId = await h.tabIdOf(FORMS_EN);
    const popup = await h.popup(tabId);
    await popup.locator('[data-rule="forms.summary-public"][data-status="pass"]').waitFor();
    expect((await h.badge(tabId)).text).toBe('');
    expect(await popup.locator('article[data-status="violation"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  test('switching between the Questions, Responses and Settings tabs keeps the findings current', async () => {
    const page = await h.open(FORMS_ZH);
    const tabId = await h.tabIdOf(FORMS_ZH);
    expect(await until(async () => (await h.badge(tabId)).text !== '')).toBe(true);
    const before = (await h.badge(tabId)).text;
    for (const tab of ['questions', 'responses', 'settings', 'questions']) {
      await page.locator(`[role="tab"][data-tab="${tab}"]`).click();
      await page.waitForTimeout(150);
      expect((await h.badge(tabId)).text, `after the ${tab} tab`).toBe(before);
    }
    const popup = await h.popup(tabId);
    await popup.locator('article[data-rule="forms.summary-public"][data-status="violation"]').waitFor();
    await popup.close();
    await page.close();
  });
});
