import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, until, type Harness } from './harness';
import { serveDemoPages } from './sites';
import { STUDIO_EDIT, STUDIO_UPLOAD_EN, STUDIO_UPLOAD_ZH } from './urls';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await serveDemoPages(h);
});
afterAll(async () => h?.close());

describe('YouTube Studio upload dialog', () => {
  test('PUBLIC checked → youtube.public and a red badge; switching to PRIVATE clears it', async () => {
    const page = await h.open(STUDIO_UPLOAD_EN);
    const tabId = await h.tabIdOf(STUDIO_UPLOAD_EN);
    const badge = await until(async () => {
      const b = await h.badge(tabId);
      return b.text ? b : null;
    });
    expect(badge!.color.slice(0, 3)).toEqual([179, 38, 30]);
    const popup = await h.popup(tabId);
    const f = popup.locator('article[data-rule="youtube.public"]');
    await f.waitFor();
    expect(await f.getAttribute('data-status')).toBe('violation');

    await page.bringToFront();
    await page.locator('tp-yt-paper-radio-button[name="PRIVATE"]').click();
    const cleared = await until(async () => (await h.badge(tabId)).text === '', 2000, 20);
    expect(cleared).toBe(true);
    await popup.locator('[data-rule="youtube.public"][data-status="pass"]').waitFor({ timeout: 3000 });
    await popup.close();
    await page.close();
  });

  test('UNLISTED → info only, no badge; a title with an ID number → youtube.personal-data-in-text with the ID masked', async () => {
    const page = await h.open(STUDIO_UPLOAD_ZH);
    const tabId = await h.tabIdOf(STUDIO_UPLOAD_ZH);
    const popup = await h.popup(tabId);
    const unlisted = popup.locator('article[data-rule="youtube.unlisted"]');
    await unlisted.waitFor();
    expect(await unlisted.getAttribute('data-severity')).toBe('info');
    const pd = popup.locator('article[data-rule="youtube.personal-data-in-text"]');
    await pd.waitFor();
    const text = await pd.innerText();
    expect(text).toContain('A12*****89');
    expect(text).not.toContain('A123456789');
    expect(await popup.locator('article[data-rule="youtube.public"]').count()).toBe(0);
    // the text finding is a warning, so the badge shows 1 in amber (no high finding)
    const b = await h.badge(tabId);
    expect(b.text).toBe('1');
    expect(b.color.slice(0, 3)).not.toEqual([179, 38, 30]);
    await popup.close();
    await page.close();
  });

  test('Studio is a single-page app: leaving the upload dialog clears its findings without a reload', async () => {
    const page = await h.open(STUDIO_UPLOAD_EN);
    const tabId = await h.tabIdOf(STUDIO_UPLOAD_EN);
    expect(await until(async () => (await h.badge(tabId)).text !== '')).toBe(true);
    await page.evaluate(() => {
      history.pushState({}, '', '/channel/UCcpgDemoChannelEn0000000/videos');
      document.querySelector('ytcp-uploads-dialog')?.remove();
    });
    expect(await until(async () => (await h.badge(tabId)).text === '', 3000)).toBe(true);
    await page.close();
  });
});

describe('YouTube Studio video edit page', () => {
  test('Private → no finding; choosing Public in the visibility popup flags it before Save', async () => {
    const page = await h.open(STUDIO_EDIT);
    const tabId = await h.tabIdOf(STUDIO_EDIT);
    const popup = await h.popup(tabId);
    await popup.locator('[data-rule="youtube.public"][data-status="pass"]').waitFor();
    expect((await h.badge(tabId)).text).toBe('');
    await page.bringToFront();
    await page.locator('#select-button').click();
    await page.locator('ytcp-video-visibility-edit-popup tp-yt-paper-radio-button[name="PUBLIC"]').click();
    expect(await until(async () => (await h.badge(tabId)).text === '1', 3000)).toBe(true);
    await popup.locator('article[data-rule="youtube.public"][data-status="violation"]').waitFor({ timeout: 3000 });
    await popup.close();
    await page.close();
  });
});
