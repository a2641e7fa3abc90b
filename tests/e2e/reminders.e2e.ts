import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { currentWorker, launch, until, type Harness } from './harness';
import { serveDemoPages } from './sites';
import { STUDIO_UPLOAD_EN } from './urls';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await serveDemoPages(h);
});
afterAll(async () => h?.close());

describe('retention reminders', () => {
  test('a reminder set in the popup appears in the options page, and its alarm fires one notification', async () => {
    const page = await h.open(STUDIO_UPLOAD_EN);
    const tabId = await h.tabIdOf(STUDIO_UPLOAD_EN);
    const popup = await h.popup(tabId);
    const f = popup.locator('article[data-rule="youtube.public"]');
    await f.waitFor();
    await f.locator('[data-action="remind"]').click();
    await f.locator('.reminded').waitFor();

    const w = await currentWorker(h.context);
    const stored = (await w.evaluate(() => chrome.storage.local.get('reminders'))) as {
      reminders: Array<{ id: string; dueAt: number; createdAt: number; status: string; title: string; ruleId: string }>;
    };
    expect(stored.reminders).toHaveLength(1);
    const r = stored.reminders[0]!;
    expect(r).toMatchObject({ status: 'pending', ruleId: 'youtube.public' });
    expect(Math.round((r.dueAt - r.createdAt) / 86_400_000)).toBe(14); // policy default retentionDays
    const alarms = (await w.evaluate(() => chrome.alarms.getAll())) as Array<{ name: string; scheduledTime: number }>;
    expect(alarms.map((a) => a.name)).toContain(`reminder:${r.id}`);

    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    const row = options.locator(`[data-reminder="${r.id}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain(r.title);

    // Make it due now and let the real alarm fire (unpacked extensions have no minimum alarm delay).
    await w.evaluate(async (id) => {
      const { reminders } = (await chrome.storage.local.get('reminders')) as { reminders: Array<{ id: string; dueAt: number }> };
      await chrome.storage.local.set({ reminders: reminders.map((x) => (x.id === id ? { ...x, dueAt: Date.now() - 1000 } : x)) });
    }, r.id);
    const fired = await until(async () => {
      const n = (await (await currentWorker(h.context)).evaluate(() => chrome.notifications.getAll())) as Record<string, unknown>;
      return Object.keys(n).includes(`reminder:${r.id}`);
    }, 15_000, 200);
    expect(fired).toBe(true);
    const after = (await (await currentWorker(h.context)).evaluate(() => chrome.storage.local.get('reminders'))) as {
      reminders: Array<{ id: string; status: string }>;
    };
    expect(after.reminders[0]!.status).toBe('fired');
    // fires once: no alarm left for it
    const left = (await (await currentWorker(h.context)).evaluate(() => chrome.alarms.getAll())) as Array<{ name: string }>;
    expect(left.map((a) => a.name)).not.toContain(`reminder:${r.id}`);

    // the options page shows it as due, and "done" clears it from the due state
    await options.reload();
    await expect.poll(() => options.locator(`[data-reminder="${r.id}"]`).getAttribute('data-status')).toBe('fired');
    await options.locator(`[data-reminder="${r.id}"] [data-action="done"]`).click();
    await expect.poll(() => options.locator(`[data-reminder="${r.id}"]`).getAttribute('data-status')).toBe('done');
    await options.close();
    await popup.close();
    await page.close();
  });

  test('a corrupted reminder store is repaired to an empty list with a message, never a crash', async () => {
    const w = await currentWorker(h.context);
    await w.evaluate(() => chrome.storage.local.set({ reminders: '{broken' }));
    const options = await h.context.newPage();
    const errors: string[] = [];
    options.on('pageerror', (e) => errors.push(e.message));
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    await options.locator('[data-reminders-repaired="true"]').waitFor();
    const stored = (await w.evaluate(() => chrome.storage.local.get('reminders'))) as { reminders: unknown };
    expect(stored.reminders).toEqual([]);
    expect(errors).toEqual([]);
    await options.close();
  });
});
