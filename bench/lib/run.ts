// `npm run bench`: drives the built extension in Chromium over generated pages of growing size and measures
// scan cost, latency (change → finding → badge → in-page tip), page overhead against a context without the
// extension (interleaved, with an A/A noise floor), and bundle sizes. See docs/performance.md for the method.
import type { CDPSession, Frame, Page } from 'playwright-core';
import { launchContext, type BenchContext } from './browser';
import {
  formsEditor,
  FORMS_URL,
  SHARE_FRAME_URL,
  SHARE_TOP_URL,
  shareFrame,
  shareTop,
  STUDIO_URL,
  studioUpload,
} from './pages';
import { measureSizes, type SizeRow } from './sizes';
import { bootstrapCI, iqr, median, overlaps, round, summarize, type Summary } from './stats';

export interface BenchOptions {
  root: string;
  dist: string;
  /** overhead rounds (each: extension, no extension, no extension again) */
  pairs: number;
  /** change trials per page */
  trials: number;
  /** page loads per page (cold full scans) */
  loads: number;
  formsSizes: number[];
  shareSizes: number[];
  log?: (s: string) => void;
}

export interface ScenarioResult {
  app: 'forms' | 'share' | 'studio';
  size: number;
  unit: string;
  /** first scan after page load (nothing cached, code not yet optimised by the JIT) */
  fullScan: Summary;
  /** scan after a steady-state poke with nothing changed */
  rescan: Summary;
  /** a full re-read on a warm page (a navigation event: nothing reused but the memoised lexicon verdicts) */
  fullWarm: Summary;
  toggleScan: Summary;
  typeScan: Summary;
  /** from the page's own event (performance.now() in the page just before the change) to the end of the scan */
  changeToFinding: Summary;
  /** the guard's own measure: from the first mutation it saw to the end of the scan */
  guardChangeToFinding: Summary;
  changeToBadge: Summary | null;
  changeToTip: Summary | null;
  tipNote: string;
  pageBytes: number;
}

export interface OverheadResult {
  pairs: number;
  session: string;
  /** per round: milliseconds of main-thread CPU (CDP Performance.getMetrics deltas) */
  ext: { task: number[]; script: number[] };
  none: { task: number[]; script: number[] };
  none2: { task: number[]; script: number[] };
  addedScriptMs: { median: number; ci95: [number, number]; iqr: [number, number] };
  addedTaskMs: { median: number; ci95: [number, number] };
  ratio: { median: number; ci95: [number, number]; iqr: [number, number] };
  aaRatio: { median: number; ci95: [number, number]; iqr: [number, number] };
  indistinguishable: boolean;
  scansPerSession: number;
}

export interface BenchResults {
  takenAt: string;
  machine: Record<string, string | number>;
  timelineShared: boolean;
  scenarios: ScenarioResult[];
  overhead: OverheadResult | null;
  sizes: SizeRow[];
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// In-page helpers (run in the page's main world; content scripts share the page's performance timeline in Chromium)
// ---------------------------------------------------------------------------------------------

interface Entry {
  name: string;
  start: number;
  end: number;
  duration: number;
  app: string | null;
}

async function entries(frame: Frame | Page, app: string): Promise<Entry[]> {
  return frame.evaluate(
    (a) =>
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('cpg:'))
        .map((m) => ({
          name: m.name,
          start: m.startTime,
          end: m.startTime + m.duration,
          duration: m.duration,
          app: typeof (m as PerformanceMeasure).detail === 'string' ? ((m as PerformanceMeasure).detail as string) : null,
        }))
        .filter((m) => m.app === a || m.app === null),
    app,
  );
}

/** Wait for the first 'cpg:scan' of `app` that ends after `after` (page clock). */
async function nextScan(frame: Frame | Page, app: string, after: number, timeout = 3000): Promise<{ scan: Entry; c2f: Entry } | null> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const es = await entries(frame, app);
    const scan = es.find((e) => e.name === 'cpg:scan' && e.end > after);
    const c2f = es.find((e) => e.name === 'cpg:change-to-finding' && e.end > after);
    if (scan && c2f) return { scan, c2f };
    await sleep(5);
  }
  return null;
}

/**
 * Init script (main world, every frame): at DOMContentLoaded — before document_idle content scripts run — note the
 * page's own children of <html>/<body>; afterwards anything else that appears there (the extension's tip host, whatever
 * its structure) is watched, and the times it becomes visible/hidden are recorded on the page clock. "Visible": an
 * element in its open shadow root (not <style>, not the role=status live region) with text and a layout box; with a
 * closed shadow root, the host having a layout box.
 */
function tipWatchInit(): void {
  const w = window as unknown as { __cpgTip?: { visibleAt: number[]; hiddenAt: number[]; closed: boolean } };
  const st = { visibleAt: [] as number[], hiddenAt: [] as number[], closed: false };
  w.__cpgTip = st;
  const start = () => {
    const kids = () => [...document.documentElement.children, ...(document.body ? [...document.body.children] : [])];
    const own = new Set<Element>(kids());
    let visible = false;
    const watched = new WeakSet<Node>();
    const check = () => {
      const t = performance.now();
      let now = false;
      for (const h of kids()) {
        if (own.has(h) || h.tagName === 'HEAD' || h.tagName === 'BODY') continue;
        const root = h.shadowRoot;
        if (!root) {
          st.closed = true;
          if (h.getClientRects().length > 0) now = true;
          continue;
        }
        if (!watched.has(root)) {
          watched.add(root);
          mo.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
        }
        for (const el of root.querySelectorAll('*')) {
          if (el.tagName === 'STYLE' || el.closest('[role="status"]')) continue;
          if ((el.textContent ?? '').trim() && el.getClientRects().length > 0) {
            now = true;
            break;
          }
        }
      }
      if (now && !visible) st.visibleAt.push(t);
      if (!now && visible) st.hiddenAt.push(t);
      visible = now;
    };
    const mo = new MutationObserver(check);
    mo.observe(document.documentElement, { childList: true, subtree: true });
    check();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}

async function tipVisibleAfter(frames: Array<Frame | Page>, after: number, timeout: number): Promise<number | null> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    for (const f of frames) {
      const v = await f.evaluate(
        (a) => (window as unknown as { __cpgTip?: { visibleAt: number[] } }).__cpgTip?.visibleAt.find((t) => t > a) ?? null,
        after,
      );
      if (v !== null) return v;
    }
    await sleep(10);
  }
  return null;
}

/** Wall-clock time the worker wrote 'diag:lastBadgeAt' (after setting the badge), once it is ≥ `since`. */
async function badgeAfter(ctx: BenchContext, since: number, timeout = 2000): Promise<number | null> {
  const w = await ctx.worker();
  if (!w) return null;
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const v = (await w.evaluate(async () => (await chrome.storage.session.get('diag:lastBadgeAt'))['diag:lastBadgeAt'])) as
      | number
      | undefined;
    if (typeof v === 'number' && v >= since) return v;
    await sleep(3);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------------------------

interface Scenario {
  app: 'forms' | 'share' | 'studio';
  size: number;
  unit: string;
  url: string;
  serve: (ctx: BenchContext) => number;
  /** the page for the change trials, when it differs */
  serveChanges?: (ctx: BenchContext) => void;
  /** the frame the guard under test runs in */
  target: (page: Page) => Promise<Frame | Page>;
  /** performs one risky/safe flip in the target (alternating) and returns page-clock + wall-clock times of the change */
  toggle: (t: Frame | Page, i: number) => Promise<{ t: number; d: number }>;
  /** types one character into a text field in the target */
  type: (t: Frame | Page, i: number) => Promise<{ t: number; d: number }>;
  /** after toggle i, is the state risky (a high finding, tip expected)? */
  riskyAfter: (i: number) => boolean;
}

function formsScenario(n: number): Scenario {
  return {
    app: 'forms',
    size: n,
    unit: 'questions',
    url: FORMS_URL,
    serve: (ctx) => {
      const html = formsEditor({ questions: n, summary: false, tab: 'settings' });
      ctx.serve(FORMS_URL, () => html);
      return Buffer.byteLength(html);
    },
    // the change trials use the same form without its personal-data questions, so that the summary switch is the
    // only high finding and the in-page tip appears (and goes) with it
    serveChanges: (ctx) => ctx.serve(FORMS_URL, () => formsEditor({ questions: n, summary: false, tab: 'settings', personal: false })),
    target: async (p) => p,
    toggle: (t) =>
      t.evaluate(() => {
        const row = [...document.querySelectorAll('.mhLiyf')].find((r) => r.textContent?.includes('查看結果摘要'))!;
        const sw = row.querySelector<HTMLElement>('[role="switch"]')!;
        const out = { t: performance.now(), d: Date.now() };
        sw.click();
        return out;
      }),
    type: (t, i) =>
      t.evaluate((k) => {
        const titles = document.querySelectorAll<HTMLElement>('[data-item-id] [aria-label="問題"]');
        const el = titles[k % titles.length]!;
        const out = { t: performance.now(), d: Date.now() };
        el.firstChild ? ((el.firstChild as Text).data += '字') : (el.textContent = '字');
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '字' }));
        return out;
      }, i * 7),
    riskyAfter: (i) => i % 2 === 0,
  };
}

function shareScenario(n: number): Scenario {
  return {
    app: 'share',
    size: n,
    unit: 'people',
    url: SHARE_TOP_URL,
    serve: (ctx) => {
      const top = shareTop();
      const frame = shareFrame(n);
      ctx.serve(SHARE_TOP_URL, () => top);
      ctx.serve(SHARE_FRAME_URL, () => frame);
      return Buffer.byteLength(frame);
    },
    target: async (p) => {
      for (let i = 0; i < 200; i++) {
        const f = p.frames().find((f) => f.url().startsWith(SHARE_FRAME_URL));
        if (f) return f;
        await sleep(10);
      }
      throw new Error('share frame did not load');
    },
    toggle: async (t, i) => {
      // open the general-access menu (its own mutations and scan), let that settle, then pick the value
      await t.evaluate(() => document.getElementById('ga-button')!.click());
      await sleep(120);
      return t.evaluate((v) => {
        const li = document.querySelector<HTMLElement>(`ul[jsname="rymPhb"] li[data-value="${v}"]`)!;
        const out = { t: performance.now(), d: Date.now() };
        li.click();
        return out;
      }, i % 2 === 0 ? '4' : '1');
    },
    type: (t) =>
      t.evaluate(() => {
        const el = document.querySelector<HTMLInputElement>('input[role="combobox"]')!;
        const out = { t: performance.now(), d: Date.now() };
        el.value += 'a';
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'a' }));
        return out;
      }),
    riskyAfter: (i) => i % 2 === 0,
  };
}

function studioScenario(root: string): Scenario {
  return {
    app: 'studio',
    size: 1,
    unit: 'upload dialog',
    url: STUDIO_URL,
    serve: (ctx) => {
      const html = studioUpload(root);
      ctx.serve(STUDIO_URL, () => html);
      return Buffer.byteLength(html);
    },
    target: async (p) => p,
    // the page starts PUBLIC (risky): flip to PRIVATE, then back to PUBLIC, …
    toggle: (t, i) =>
      t.evaluate((name) => {
        const r = document.querySelector<HTMLElement>(`tp-yt-paper-radio-button[name="${name}"]`)!;
        const out = { t: performance.now(), d: Date.now() };
        r.click();
        return out;
      }, i % 2 === 0 ? 'PRIVATE' : 'PUBLIC'),
    type: (t) =>
      t.evaluate(() => {
        const el = document.querySelector<HTMLElement>('#title-textarea #textbox')!;
        const out = { t: performance.now(), d: Date.now() };
        (el.firstChild as Text).data += 'a';
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'a' }));
        return out;
      }),
    riskyAfter: (i) => i % 2 === 1,
  };
}

export async function waitFirstScan(t: Frame | Page, app: string, timeout = 15_000): Promise<Entry> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const e = (await entries(t, app)).find((x) => x.name === 'cpg:scan');
    if (e) return e;
    await sleep(20);
  }
  throw new Error(`${app}: no cpg:scan within ${timeout} ms`);
}

async function runScenario(ctx: BenchContext, sc: Scenario, opts: BenchOptions): Promise<ScenarioResult> {
  const log = opts.log ?? (() => {});
  const pageBytes = sc.serve(ctx);
  const full: number[] = [];
  const rescan: number[] = [];
  const fullWarm: number[] = [];
  for (let l = 0; l < opts.loads; l++) {
    const page = await ctx.context.newPage();
    await page.goto(sc.url);
    const t = await sc.target(page);
    full.push((await waitFirstScan(t, sc.app)).duration);
    if (l < opts.loads - 1) await page.close();
    else {
      // steady state, the same page again and again: `fire` dispatches an event in the page and returns its clock
      const scans = async (fire: () => number, into: number[]) => {
        for (let i = 0; i < opts.trials; i++) {
          const r = await nextScan(t, sc.app, await t.evaluate(fire));
          if (r) into.push(r.scan.duration);
          await sleep(30);
        }
      };
      await sleep(300);
      // pokes with nothing changed (a 'change' event on the document schedules a flush)
      await scans(() => {
        const now = performance.now();
        document.dispatchEvent(new Event('change'));
        return now;
      }, rescan);
      // full re-reads, warm: a pageshow (as after the back/forward cache) makes the guards forget what changed and read
      // everything (src/content/guard.ts onShow → poke; the readers drop their per-card / per-person caches on a full read)
      await scans(() => {
        const now = performance.now();
        window.dispatchEvent(new PageTransitionEvent('pageshow'));
        return now;
      }, fullWarm);
      await page.close();
    }
  }
  // changes, on a fresh page, with the tip watch installed in every frame
  sc.serveChanges?.(ctx);
  const page = await ctx.context.newPage();
  await page.addInitScript(tipWatchInit);
  await page.goto(sc.url);
  const t = await sc.target(page);
  await waitFirstScan(t, sc.app);
  await sleep(500);
  const toggleScan: number[] = [];
  const c2f: number[] = [];
  const guardC2f: number[] = [];
  const badge: number[] = [];
  const tip: number[] = [];
  let tipMisses = 0;
  for (let i = 0; i < opts.trials; i++) {
    const ch = await sc.toggle(t, i);
    const r = await nextScan(t, sc.app, ch.t);
    if (r) {
      toggleScan.push(r.scan.duration);
      c2f.push(r.c2f.end - ch.t);
      guardC2f.push(r.c2f.duration);
    }
    const b = await badgeAfter(ctx, ch.d);
    if (b !== null) badge.push(b - ch.d);
    if (sc.riskyAfter(i)) {
      // the tip lives in the frame that reported; the page's clock of that frame is used
      const v = await tipVisibleAfter(t === page ? [page] : [t], ch.t, 1500);
      if (v !== null) tip.push(v - ch.t);
      else tipMisses++;
    }
    await sleep(150);
  }
  const typeScan: number[] = [];
  for (let i = 0; i < opts.trials; i++) {
    const ch = await sc.type(t, i);
    const r = await nextScan(t, sc.app, ch.t);
    if (r) typeScan.push(r.scan.duration);
    await sleep(40);
  }
  await page.close();
  const res: ScenarioResult = {
    app: sc.app,
    size: sc.size,
    unit: sc.unit,
    fullScan: summarize(full),
    rescan: summarize(rescan),
    fullWarm: summarize(fullWarm),
    toggleScan: summarize(toggleScan),
    typeScan: summarize(typeScan),
    changeToFinding: summarize(c2f),
    guardChangeToFinding: summarize(guardC2f),
    changeToBadge: badge.length ? summarize(badge) : null,
    changeToTip: tip.length ? summarize(tip) : null,
    tipNote: tip.length
      ? tipMisses
        ? `tip seen in ${tip.length} of ${tip.length + tipMisses} risky flips`
        : ''
      : `no extension-added element became visible within 1.5 s of ${tipMisses} risky flips`,
    pageBytes,
  };
  log(
    `  ${sc.app} ${sc.size} ${sc.unit}: full ${round(res.fullScan.median)} ms, full warm ${round(res.fullWarm.median)} ms, rescan ${round(res.rescan.median)} ms, toggle ${round(res.toggleScan.median)} ms, type ${round(res.typeScan.median)} ms, change→finding p95 ${round(res.changeToFinding.p95)} ms, →badge p95 ${res.changeToBadge ? round(res.changeToBadge.p95) : '—'} ms, →tip p95 ${res.changeToTip ? round(res.changeToTip.p95) : '—'} ms`,
  );
  return res;
}

// ---------------------------------------------------------------------------------------------
// Overhead: the same scripted session with and without the extension, interleaved
// ---------------------------------------------------------------------------------------------

export const SESSION_QUESTIONS = 100;
const SESSION_TYPED = 50;
const SESSION = `Forms editor with ${SESSION_QUESTIONS} questions: click into ${SESSION_TYPED} question titles and type 3 characters in each (real key events), switch to Settings, flip 4 switches (real clicks), back to Questions`;

type Metrics = { task: number; script: number; layout: number; style: number };
async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: m } = await cdp.send('Performance.getMetrics');
  const get = (n: string) => (m.find((x) => x.name === n)?.value ?? 0) * 1000;
  return { task: get('TaskDuration'), script: get('ScriptDuration'), layout: get('LayoutDuration'), style: get('RecalcStyleDuration') };
}

/** The session's first part (also run alone by the lab tools): click into question titles, typing 3 characters after each. */
export async function sessionTyping(page: Page, typing = true): Promise<void> {
  const titles = page.locator('[data-item-id][jsname="Mxc6Ne"].Dyx3H [aria-label="問題"]');
  for (let i = 0; i < SESSION_TYPED; i++) {
    await titles.nth(i * 2).click();
    if (typing) await page.keyboard.type('abc');
  }
}

/** The session's second part: switch to Settings, flip 4 switches, back to Questions. */
export async function sessionSettings(page: Page): Promise<void> {
  await page.locator('[role="tab"][data-tab="settings"]').click();
  const switches = page.locator('[data-tab-body="settings"] [role="switch"]');
  for (let i = 0; i < 4; i++) await switches.nth(i).click();
  await page.locator('[role="tab"][data-tab="questions"]').click();
}

/** The whole scripted session, and the settle time after its last action (so that trailing scans count). */
export async function scriptedSession(page: Page): Promise<void> {
  await sessionTyping(page);
  await sessionSettings(page);
  await sleep(400);
}

/** One session's main-thread time (task, script, layout, style recalculation; ms) and the scans the Forms guard ran. */
export async function oneSession(ctx: BenchContext, withExt: boolean): Promise<Metrics & { scans: number }> {
  const page = await ctx.context.newPage();
  await page.goto(FORMS_URL);
  if (withExt) await waitFirstScan(page, 'forms');
  await sleep(400);
  const cdp = await ctx.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const scans0 = withExt ? (await entries(page, 'forms')).filter((e) => e.name === 'cpg:scan').length : 0;
  const a = await metrics(cdp);
  await scriptedSession(page);
  const b = await metrics(cdp);
  const scans1 = withExt ? (await entries(page, 'forms')).filter((e) => e.name === 'cpg:scan').length : 0;
  await cdp.detach();
  await page.close();
  return { task: b.task - a.task, script: b.script - a.script, layout: b.layout - a.layout, style: b.style - a.style, scans: scans1 - scans0 };
}

async function runOverhead(ext: BenchContext, none: BenchContext, opts: BenchOptions): Promise<OverheadResult> {
  const log = opts.log ?? (() => {});
  const html = formsEditor({ questions: SESSION_QUESTIONS, summary: false, tab: 'questions' });
  ext.serve(FORMS_URL, () => html);
  none.serve(FORMS_URL, () => html);
  // warm both contexts once (first-page costs are not part of any arm)
  await oneSession(ext, true);
  await oneSession(none, false);
  const E = { task: [] as number[], script: [] as number[] };
  const N = { task: [] as number[], script: [] as number[] };
  const N2 = { task: [] as number[], script: [] as number[] };
  const scans: number[] = [];
  const orders: Array<Array<'E' | 'N' | 'N2'>> = [
    ['E', 'N', 'N2'],
    ['N', 'N2', 'E'],
    ['N2', 'E', 'N'],
    ['E', 'N2', 'N'],
    ['N', 'E', 'N2'],
    ['N2', 'N', 'E'],
  ];
  for (let r = 0; r < opts.pairs; r++) {
    for (const arm of orders[r % orders.length]!) {
      const s = await oneSession(arm === 'E' ? ext : none, arm === 'E');
      const into = arm === 'E' ? E : arm === 'N' ? N : N2;
      into.task.push(s.task);
      into.script.push(s.script);
      if (arm === 'E') scans.push(s.scans);
    }
    log(`  round ${r + 1}/${opts.pairs}: task ext ${round(E.task.at(-1)!)} / none ${round(N.task.at(-1)!)} / none ${round(N2.task.at(-1)!)} ms`);
  }
  const added = E.script.map((x, i) => x - N.script[i]!);
  const addedTask = E.task.map((x, i) => x - N.task[i]!);
  const ratio = E.task.map((x, i) => x / N.task[i]!);
  const aa = N2.task.map((x, i) => x / N.task[i]!);
  const rci = bootstrapCI(ratio);
  const aci = bootstrapCI(aa);
  return {
    pairs: opts.pairs,
    session: SESSION,
    ext: E,
    none: N,
    none2: N2,
    addedScriptMs: { median: median(added), ci95: bootstrapCI(added), iqr: iqr(added) },
    addedTaskMs: { median: median(addedTask), ci95: bootstrapCI(addedTask) },
    ratio: { median: median(ratio), ci95: rci, iqr: iqr(ratio) },
    aaRatio: { median: median(aa), ci95: aci, iqr: iqr(aa) },
    indistinguishable: overlaps(rci, aci),
    scansPerSession: median(scans),
  };
}

// ---------------------------------------------------------------------------------------------

export async function runBench(opts: BenchOptions, machine: Record<string, string | number>): Promise<BenchResults> {
  const log = opts.log ?? (() => {});
  const ext = await launchContext({ dist: opts.dist });
  let none: BenchContext | null = null;
  try {
    // does the page's main world see the content script's User Timing entries?
    const probe = formsScenario(10);
    probe.serve(ext);
    const p = await ext.context.newPage();
    await p.goto(FORMS_URL);
    let timelineShared = true;
    try {
      await waitFirstScan(p, 'forms', 10_000);
    } catch {
      timelineShared = false;
    }
    await p.close();
    if (!timelineShared) throw new Error('the page does not see cpg:scan measures: content-script timeline not shared');

    const scenarios: ScenarioResult[] = [];
    log('scan cost and latency');
    for (const n of opts.formsSizes) scenarios.push(await runScenario(ext, formsScenario(n), opts));
    for (const n of opts.shareSizes) scenarios.push(await runScenario(ext, shareScenario(n), opts));
    scenarios.push(await runScenario(ext, studioScenario(opts.root), opts));

    let overhead: OverheadResult | null = null;
    if (opts.pairs > 0) {
      log(`overhead (${opts.pairs} rounds, interleaved)`);
      none = await launchContext({ dist: null });
      overhead = await runOverhead(ext, none, opts);
    }
    return {
      takenAt: new Date().toISOString(),
      machine,
      timelineShared,
      scenarios,
      overhead,
      sizes: measureSizes(opts.dist),
    };
  } finally {
    await ext.close();
    await none?.close();
  }
}
