// The demo: each scenario opens a bundled demo page at its real URL with the built extension,
// waits for the findings, and (headless) saves page + popup screenshots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT, until, type Harness } from '../../tests/e2e/harness';
import { serveDemoPages } from '../../tests/e2e/sites';
import * as U from '../../tests/e2e/urls';

export interface Scenario {
  name: string;
  url: string;
  lang: 'zh-TW' | 'en';
  /** what the page shows, for the console */
  says: string;
}

export const SCENARIOS: Scenario[] = [
  { name: 'forms-zh', url: U.FORMS_ZH, lang: 'zh-TW', says: 'Forms editor: 查看結果摘要 on + an ID-number question' },
  { name: 'forms-en', url: U.FORMS_EN, lang: 'en', says: 'Forms editor (English): a harmless form, all checks passed' },
  { name: 'share-roster-zh', url: U.SHEETS_TOP, lang: 'zh-TW', says: 'Sheets share dialog: 三年一班學生名冊 shared to 知道連結的任何人 as 編輯者' },
  { name: 'share-handout-en', url: U.HANDOUT_TOP, lang: 'en', says: 'Docs share dialog: a lesson handout, anyone with the link can view (info only)' },
  { name: 'studio-public-en', url: U.STUDIO_UPLOAD_EN, lang: 'en', says: 'YouTube Studio upload: Visibility = Public' },
  { name: 'studio-unlisted-zh', url: U.STUDIO_UPLOAD_ZH, lang: 'zh-TW', says: 'YouTube Studio 上傳：不公開，標題含學號與身分證字號' },
  { name: 'studio-edit-en', url: U.STUDIO_EDIT, lang: 'en', says: 'YouTube Studio video edit page: Private' },
];

async function waitForReport(h: Harness, tabId: number): Promise<void> {
  await until(async () => {
    const s = (await h.worker.evaluate((id) => chrome.storage.session.get(`tab:${id}`), tabId)) as Record<string, unknown>;
    return Object.keys(s).length > 0;
  }, 10_000);
}

export async function runDemo(opts: { headless: boolean; outDir?: string }): Promise<string[]> {
  const outDir = opts.outDir ?? join(ROOT, 'docs/screenshots');
  mkdirSync(outDir, { recursive: true });
  const h = await launch({ headless: opts.headless });
  await serveDemoPages(h);
  const written: string[] = [];
  try {
    for (const sc of SCENARIOS) {
      await h.worker.evaluate((language) => chrome.storage.local.set({ policy: { language } }), sc.lang);
      const page = await h.open(sc.url);
      const tabId = await h.tabIdOf(sc.url);
      await waitForReport(h, tabId);
      console.log(`• ${sc.name}: ${sc.says} → badge "${(await h.badge(tabId)).text}"`);
      if (opts.headless) {
        await page.waitForTimeout(300);
        const pagePng = join(outDir, `${sc.name}-page.png`);
        await page.screenshot({ path: pagePng });
        const popup = await h.popup(tabId);
        await popup.setViewportSize({ width: 440, height: 900 });
        await popup.locator('[data-status]').first().waitFor({ timeout: 10_000 });
        const popupPng = join(outDir, `${sc.name}-popup.png`);
        await popup.screenshot({ path: popupPng, fullPage: true });
        await popup.close();
        await page.close();
        written.push(pagePng, popupPng);
      }
    }
    if (!opts.headless) {
      console.log('\nThe demo pages are open in Chromium (each is marked DEMO). Click the extension icon to see the findings;');
      console.log('change a setting in a page and watch the badge update. Close the browser window to end the demo.');
      await new Promise<void>((resolve) => h.context.on('close', () => resolve()));
    } else {
      console.log(`\nNo display: wrote ${written.length} screenshots to ${outDir}`);
    }
  } finally {
    if (opts.headless) await h.close();
  }
  return written;
}
