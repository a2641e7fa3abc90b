// Accessibility: axe-core (WCAG 2.x A/AA + best practices) over the popup with findings present,
// the options page and the in-page tip (inside its open shadow root), and a keyboard-only pass
// through the popup. Extension pages forbid inline scripts (MV3 CSP), so axe is evaluated through
// the DevTools protocol (page.evaluate of its source), which CSP does not govern.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, launch, until, type Harness } from './harness';
import { FORMS_ZH } from './urls';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

async function axe(page: Page, context: unknown = null, disable: string[] = []): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  return (await page.evaluate(
    async ({ context, tags, disable }) => {
      const a = (globalThis as any).axe;
      const rules = Object.fromEntries(disable.map((id: string) => [id, { enabled: false }]));
      const r = await a.run(context ?? document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
      if (r.passes.length + r.violations.length < 10) throw new Error(`axe checked only ${r.passes.length + r.violations.length} rules`);
      return r.violations.map((v: any) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n: any) => ({ target: n.target, failureSummary: n.failureSummary })),
      }));
    },
    { context, tags: TAGS, disable },
  )) as AxeViolation[];
}

function describeViolations(vs: AxeViolation[]): string {
  return vs
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.split('\n').join(' ') ?? ''}`).join('\n')}`)
    .join('\n');
}

let h: Harness;
let tabId: number;
let formPage: Page;
beforeAll(async () => {
  h = await launch();
  await h.serve(FORMS_ZH, 'tests/fixtures/forms/e2e-editor-zh.html');
  formPage = await h.open(FORMS_ZH);
  tabId = await h.tabIdOf(FORMS_ZH);
  await until(async () => (await h.badge(tabId)).text !== '');
});
afterAll(async () => h?.close());

describe('axe-core', () => {
  test('popup with findings: no violations (closed, then with diagnostics and the acknowledge form open)', async () => {
    const popup = await h.popup(tabId);
    await popup.locator('article[data-rule="forms.summary-public"][data-status="violation"]').waitFor();
    await popup.locator('.checklist li').first().waitFor();
    const closed = await axe(popup);

    await popup.locator('details.diagnostics > summary').click();
    await popup.locator('article[data-rule="forms.summary-public"] [data-action="ack"]').click();
    await popup.locator('article[data-rule="forms.summary-public"] .ack-form input').waitFor();
    const open = await axe(popup);
    await popup.close();
    expect({ closed, open }, `closed:\n${describeViolations(closed)}\nopen:\n${describeViolations(open)}`).toEqual({ closed: [], open: [] });
  });

  test('popup in English: no violations', async () => {
    // language is a user option (storage.local 'policy'); the popup reads the merged policy from the worker
    const first = await h.popup(tabId);
    await first.evaluate(() => chrome.storage.local.set({ policy: { language: 'en' } }));
    await first.close();
    const popup = await h.popup(tabId);
    let v: AxeViolation[];
    try {
      await popup.locator('article[data-status="violation"]').first().waitFor();
      await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe('en');
      v = await axe(popup);
    } finally {
      await popup.evaluate(() => chrome.storage.local.remove('policy'));
      await popup.close();
    }
    expect(v, describeViolations(v)).toEqual([]);
  });

  test('options page: no violations', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    await page.locator('main').waitFor();
    await page.waitForLoadState('networkidle');
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    await page.close();
  });

  test('in-page tip (shadow root on <cpg-tip>): no violations', async () => {
    await formPage.bringToFront();
    const rendered = await until(
      () => formPage.evaluate(() => !!document.querySelector('cpg-tip')?.shadowRoot?.querySelector('button')),
      10_000,
    );
    expect(rendered, 'the tip rendered on a page with a high finding').toBe(true);
    // only our host: the fixture page itself imitates Google's markup and is not ours to judge
    const v = await axe(formPage, { include: [['cpg-tip']] });
    expect(v, describeViolations(v)).toEqual([]);
    // expanded steps too
    const fix = formPage.locator('cpg-tip button[aria-controls]').first();
    if (await fix.count()) {
      await fix.click();
      const v2 = await axe(formPage, { include: [['cpg-tip']] });
      expect(v2, describeViolations(v2)).toEqual([]);
    }
  });
});

describe('keyboard', () => {
  test('Tab alone reaches every button and the diagnostics toggle in the popup, in order, without a trap', async () => {
    const popup = await h.popup(tabId);
    await popup.locator('article[data-rule="forms.summary-public"][data-status="violation"]').waitFor();
    await popup.locator('details.diagnostics').waitFor();
    await popup.waitForTimeout(1100); // let one refresh pass so the DOM is stable
    const tag = () =>
      popup.evaluate(() => {
        const all = [...document.querySelectorAll('button, summary, a[href], input, [tabindex]:not([tabindex="-1"])')];
        let n = 0;
        for (const e of all) if (!(e as HTMLElement).dataset.kb) (e as HTMLElement).dataset.kb = `k${n++}-${Date.now()}`;
        return all
          .filter((e) => {
            const el = e as HTMLElement;
            if (el.closest('details:not([open])') && el.tagName !== 'SUMMARY') return false;
            return !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0;
          })
          .map((e) => (e as HTMLElement).dataset.kb!);
      });
    const expected = await tag();
    const buttons = await popup.locator('button:visible').count();
    expect(buttons).toBeGreaterThanOrEqual(3);
    const reached: string[] = [];
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < expected.length + 3; i++) {
      await popup.keyboard.press('Tab');
      const k = await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kb ?? null);
      if (k === null || reached.includes(k)) break;
      reached.push(k);
    }
    expect(expected.length, 'focusable controls found').toBeGreaterThanOrEqual(buttons);
    expect(reached).toEqual(expected);
    // focus is visible on a button (an outline or a box-shadow ring)
    await popup.locator('[data-action="ack"]').first().focus();
    const ring = await popup.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    });
    expect(ring, 'visible focus indicator on buttons').toBe(true);
    // Enter and Space activate: open the acknowledge form with the keyboard
    await popup.keyboard.press('Enter');
    await popup.locator('article[data-rule="forms.summary-public"] .ack-form input').waitFor();
    await popup.close();
  });
});
