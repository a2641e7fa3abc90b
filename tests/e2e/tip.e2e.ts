import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, until, type Harness } from './harness';
import { serveDemoPages } from './sites';
import { FORMS_ZH } from './urls';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await serveDemoPages(h);
});
afterAll(async () => h?.close());

const card = (ruleId: string) => `cpg-tip >> aside.card[data-rule="${ruleId}"]`;

/** The Forms demo with nothing acknowledged or seen: its 查看結果摘要 card shown, and that switch. */
async function summaryTip() {
  await h.worker.evaluate(() => chrome.storage.local.remove(['acks', 'tipSeen']));
  const page = await h.open(FORMS_ZH);
  const tip = page.locator(card('forms.summary-public'));
  await tip.waitFor({ timeout: 10_000 });
  const sw = page.locator('.mhLiyf').filter({ hasText: '查看結果摘要' }).locator('[role="switch"]');
  /** the card's vertical offset from the switch */
  const gap = async () => {
    const [a, b] = [await tip.boundingBox(), await sw.boundingBox()];
    return a!.y - b!.y;
  };
  /** that offset once the card has stopped moving (a scroll moves it a frame or two later) */
  const settled = async () => {
    for (let i = 0; i < 30; i++) {
      const g1 = await gap();
      await page.waitForTimeout(100);
      if (Math.abs((await gap()) - g1) <= 0.5) return g1;
    }
    throw new Error('the tip never settled');
  };
  return { page, tip, sw, gap, settled };
}

describe('in-page tip', () => {
  test('a high finding shows the tip; "I understand" removes it and the popup shows it acknowledged', async () => {
    const page = await h.open(FORMS_ZH);
    // Playwright's CSS engine pierces open shadow roots.
    const tip = page.locator(card('forms.summary-public'));
    await tip.waitFor({ timeout: 10_000 });
    const text = await tip.innerText();
    expect(text).toContain('查看結果摘要');
    // placed beside the 查看結果摘要 switch, never on top of it
    const sw = page.locator('.mhLiyf').filter({ hasText: '查看結果摘要' }).locator('[role="switch"]');
    await expect.poll(async () => (await tip.getAttribute('data-placement')) ?? '').not.toBe('');
    const [a, b] = [await tip.boundingBox(), await sw.boundingBox()];
    expect(a && b).toBeTruthy();
    const overlap = a!.x < b!.x + b!.width && b!.x < a!.x + a!.width && a!.y < b!.y + b!.height && b!.y < a!.y + a!.height;
    expect(overlap).toBe(false);
    // keyboard reachable, focus never stolen from the page
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('CPG-TIP');
    await tip.getByRole('button', { name: '怎麼修正' }).click();
    await expect.poll(() => tip.locator('ol').isVisible()).toBe(true);
    await tip.getByRole('button', { name: '我了解' }).click();
    await tip.locator('input[type="text"]').fill('已與家長溝通，僅班級內使用');
    await tip.getByRole('button', { name: '確認' }).click();
    await expect.poll(() => page.locator(card('forms.summary-public')).count()).toBe(0);

    const tabId = await h.tabIdOf(FORMS_ZH);
    const popup = await h.popup(tabId);
    const f = popup.locator('article[data-rule="forms.summary-public"]');
    await f.waitFor();
    expect(await f.getAttribute('data-acknowledged')).toBe('true');
    expect(await f.innerText()).toContain('已與家長溝通');
    // undo in the popup
    await f.locator('[data-action="unack"]').click();
    await expect.poll(() => f.getAttribute('data-acknowledged'), { timeout: 5000 }).toBeNull();
    await popup.close();
    await page.close();
  });

  test('the tip follows its control when the page scrolls (measured by an IntersectionObserver, no layout reads)', async () => {
    const { page, tip, sw, gap, settled } = await summaryTip();
    // room to scroll whatever the fixture's height; the switch well inside the viewport, so the card sits beside it
    await page.evaluate(() => document.body.style.setProperty('padding-bottom', '2000px'));
    await page.evaluate(() => {
      const r = [...document.querySelectorAll('.mhLiyf')].find((x) => x.textContent?.includes('查看結果摘要'))!.getBoundingClientRect();
      window.scrollBy(0, r.top - 400);
    });
    await expect.poll(async () => (await tip.getAttribute('data-placement')) ?? '').toMatch(/right|left|below|above/);
    // the scroll above moved the card too: wait until it has settled before taking the offset
    const before = await settled();
    await page.evaluate(() => window.scrollBy(0, 60));
    // same offset from the switch after the scroll (to a pixel: boxes are fractional): the card moved with it
    await expect.poll(async () => Math.abs((await gap()) - before), { timeout: 3000 }).toBeLessThanOrEqual(1);
    const [a, b] = [await tip.boundingBox(), await sw.boundingBox()];
    const overlap = a!.x < b!.x + b!.width && b!.x < a!.x + a!.width && a!.y < b!.y + b!.height && b!.y < a!.y + a!.height;
    expect(overlap).toBe(false);
    await page.close();
  });

  test('the tip follows its control when the editor scrolls its inner div (window never scrolls, reference §1)', async () => {
    const { page, tip, sw, gap, settled } = await summaryTip();
    // the fixture laid out as the real editor is: a fixed page, KP7TGc scrolling under the header
    await page.addStyleTag({
      content: 'html,body{height:100%;overflow:hidden;margin:0}.KP7TGc{position:fixed;top:97px;bottom:0;left:0;right:0;overflow-y:auto;padding-bottom:2000px}',
    });
    const scroller = (by: number | 'switch') =>
      page.evaluate((by) => {
        const main = document.querySelector('.KP7TGc')!;
        const r = [...document.querySelectorAll('.mhLiyf')].find((x) => x.textContent?.includes('查看結果摘要'))!.getBoundingClientRect();
        main.scrollBy(0, by === 'switch' ? r.top - 400 : by);
        return [window.scrollY, main.scrollTop];
      }, by);
    const [winY, top] = await scroller('switch');
    expect(winY).toBe(0);
    expect(top).toBeGreaterThan(0);
    await expect.poll(async () => (await tip.getAttribute('data-placement')) ?? '', { timeout: 3000 }).toMatch(/^(right|left|below|above)$/);
    const before = await settled();
    await scroller(60);
    await expect.poll(async () => Math.abs((await gap()) - before), { timeout: 3000 }).toBeLessThanOrEqual(1);
    // scrolled up under the fixed header: still inside the viewport, but clipped by the scrolling div, so out of sight.
    // The card goes to a corner instead of pointing at the header
    await scroller(1500);
    expect((await sw.boundingBox())!.y).toBeLessThan(97);
    expect((await sw.boundingBox())!.y).toBeGreaterThan(0);
    await expect.poll(async () => (await tip.getAttribute('data-placement')) ?? '', { timeout: 3000 }).toMatch(/^(top|bottom)-(left|right)$/);
    await page.close();
  });

  test('the control scrolled out of view: the card waits in a corner, and comes back beside it when it returns', async () => {
    const { page, tip } = await summaryTip();
    await page.evaluate(() => document.body.style.setProperty('padding-bottom', '4000px'));
    const scrollSwitchTo = (y: number) =>
      page.evaluate((y) => {
        const r = [...document.querySelectorAll('.mhLiyf')].find((x) => x.textContent?.includes('查看結果摘要'))!.getBoundingClientRect();
        window.scrollBy(0, r.top - y);
      }, y);
    await scrollSwitchTo(400);
    await expect.poll(async () => (await tip.getAttribute('data-placement')) ?? '', { timeout: 3000 }).toMatch(/^(right|left|below|above)$/);
    await scrollSwitchTo(-2000); // far above the viewport
    await expect.poll(async () => (await tip.getAttribute('data-placement')) ?? '', { timeout: 3000 }).toMatch(/^(top|bottom)-(left|right)$/);
    for (let i = 0; i < 5; i++) await page.evaluate(() => window.scrollBy(0, 40)); // still out of view
    expect(await tip.getAttribute('data-placement')).toMatch(/^(top|bottom)-(left|right)$/);
    await scrollSwitchTo(400);
    await expect.poll(async () => (await tip.getAttribute('data-placement')) ?? '', { timeout: 3000 }).toMatch(/^(right|left|below|above)$/);
    await page.close();
  });

  test('fixing the setting removes the tip', async () => {
    const { page, sw } = await summaryTip();
    await sw.click();
    await expect.poll(() => page.locator(card('forms.summary-public')).count(), { timeout: 3000 }).toBe(0);
    await page.close();
  });

  test('with school type private the popup cites §19/§27 instead of §15/§18', async () => {
    await h.worker.evaluate(() => chrome.storage.local.set({ policy: { schoolType: 'private' } }));
    const page = await h.open(FORMS_ZH);
    const tabId = await h.tabIdOf(FORMS_ZH);
    const popup = await h.popup(tabId);
    const summary = popup.locator('article[data-rule="forms.summary-public"]');
    await summary.waitFor();
    await until(async () => (await summary.locator('[data-citation="pdpa-27"]').count()) > 0, 5000);
    expect(await summary.locator('[data-citation="pdpa-27"]').count()).toBe(1);
    expect(await summary.locator('[data-citation="pdpa-18"]').count()).toBe(0);
    const ident = popup.locator('article[data-rule="forms.identifier"]');
    expect(await ident.locator('[data-citation="pdpa-19"]').count()).toBe(1);
    expect(await ident.locator('[data-citation="pdpa-15"]').count()).toBe(0);
    expect(await popup.locator('.basis h4').first().innerText()).toContain('私立學校');
    await h.worker.evaluate(() => chrome.storage.local.set({ policy: { schoolType: 'public' } }));
    await expect.poll(() => summary.locator('[data-citation="pdpa-18"]').count(), { timeout: 5000 }).toBe(1);
    await popup.close();
    await page.close();
  });
});
