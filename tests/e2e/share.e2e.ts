import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, until, type Harness } from './harness';
import { serveDemoPages } from './sites';
import { HANDOUT_TOP, SHEETS_TOP } from './urls';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await serveDemoPages(h);
});
afterAll(async () => h?.close());

describe('share dialog (iframe at /drivesharing/driveshare)', () => {
  test('roster shared to anyone with the link as editor → two high findings and a red badge; switching to 限制 clears them', async () => {
    const page = await h.open(SHEETS_TOP);
    const tabId = await h.tabIdOf(SHEETS_TOP);
    const badge = await until(async () => {
      const b = await h.badge(tabId);
      return Number(b.text || 0) >= 2 ? b : null;
    });
    expect(badge, 'badge').not.toBeNull();
    expect(badge!.color.slice(0, 3)).toEqual([179, 38, 30]);

    const popup = await h.popup(tabId);
    for (const id of ['share.anyone-can-edit', 'share.roster-public']) {
      const f = popup.locator(`article[data-rule="${id}"]`);
      await f.waitFor();
      expect(await f.getAttribute('data-severity')).toBe('high');
      expect(await f.getAttribute('data-status')).toBe('violation');
    }
    expect(await popup.locator('article[data-rule="share.roster-public"]').innerText()).toContain('三年一班學生名冊');

    // In the frame: General access → 限制
    await page.bringToFront();
    const frame = page.frameLocator('iframe.share-client-content-iframe');
    await frame.locator('#ga-button').click();
    await frame.locator('ul[jsname="rymPhb"] li[data-value="1"]').click();
    const cleared = await until(async () => {
      const rows = await Promise.all(
        ['share.anyone-can-edit', 'share.roster-public'].map((id) =>
          popup.locator(`[data-rule="${id}"][data-status="pass"]`).count(),
        ),
      );
      return rows.every((n) => n > 0);
    }, 4000);
    expect(cleared).toBe(true);
    expect(await popup.locator('article[data-rule="share.anyone-can-edit"]').count()).toBe(0);
    const after = await h.badge(tabId);
    expect(after.text === '' || after.color.slice(0, 3).join() !== '179,38,30').toBe(true);

    // 完成 closes the dialog without the risky state: the dialog's findings go away, nothing high remains
    await frame.locator('button[jsname="AHldd"]').click();
    const closed = await until(async () => (await h.badge(tabId)).text === '', 4000);
    expect(closed).toBe(true);
    await popup.reload();
    await popup.locator('[data-rule="share.anyone-can-edit"]').first().waitFor();
    expect(await popup.locator('article[data-status="violation"][data-severity="high"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  test('a lesson handout shared with anyone with the link as viewer → only the info finding, no badge', async () => {
    const page = await h.open(HANDOUT_TOP);
    const tabId = await h.tabIdOf(HANDOUT_TOP);
    const popup = await h.popup(tabId);
    const info = popup.locator('article[data-rule="share.anyone-with-link"]');
    await info.waitFor();
    expect(await info.getAttribute('data-severity')).toBe('info');
    expect(await info.getAttribute('data-status')).toBe('violation');
    expect(await popup.locator('article[data-severity="high"], article[data-severity="warn"][data-status="violation"]').count()).toBe(0);
    expect((await h.badge(tabId)).text).toBe('');
    await popup.close();
    await page.close();
  });

  test('school domains from the policy reach the content script: a gmail editor becomes share.external-editor', async () => {
    const page = await h.open(SHEETS_TOP);
    const tabId = await h.tabIdOf(SHEETS_TOP);
    const popup = await h.popup(tabId);
    // no school domains configured: the rule does not apply and the checklist says what to set
    await popup.locator('[data-rule="share.external-editor"][data-status="not-applicable"]').waitFor();
    await h.worker.evaluate(() => chrome.storage.local.set({ policy: { schoolDomains: ['example.edu.tw'] } }));
    const f = popup.locator('article[data-rule="share.external-editor"]');
    await f.waitFor({ timeout: 5000 });
    expect(await f.getAttribute('data-status')).toBe('violation');
    const text = await f.innerText();
    expect(text).toContain('陳雅婷');
    expect(text).not.toContain('林志豪'); // an editor inside the school domain is not external
    await h.worker.evaluate(() => chrome.storage.local.remove('policy'));
    await popup.close();
    await page.close();
  });
});
