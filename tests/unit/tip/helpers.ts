// Shared fakes for the in-page tip tests: rules, reports, an in-memory extension API, a frame queue.
import { DEFAULT_POLICY, type Policy } from '../../../src/core/policy';
import type { RuleMessages } from '../../../src/core/rule';
import type { Evidence, Report, RuleResult, Severity } from '../../../src/core/schema';
import type { TipApi, TipRule } from '../../../src/content/tip';

export function msgs(title: string, extra: Partial<RuleMessages> = {}): RuleMessages {
  return {
    title,
    why: `${title} exposes students. A second sentence that the tip must not show.`,
    fix: ['Open Settings', 'Turn off the option', 'Save'],
    unverified: 'Could not read.',
    pass: 'Fine.',
    ...extra,
  };
}

/** Rule metadata as the tip sees it (the severity is only for the test's own bookkeeping). */
export function rule(id: string, _severity: Severity, title = `Title of ${id}`, extra: Partial<RuleMessages> = {}): TipRule & { id: string } {
  return {
    id,
    messages: {
      en: msgs(title, extra),
      'zh-TW': msgs(`中文：${title}`, { why: '會讓學生的個資外洩。第二句不顯示。', fix: ['開啟設定', '關閉選項'] }),
    },
  };
}

export function result(ruleId: string, severity: Severity, status: RuleResult['status'] = 'violation', evidence: Evidence[] = []): RuleResult {
  return { ruleId, severity, status, evidence };
}

export function report(results: RuleResult[], itemKey: string | null = 'form-1'): Report {
  return {
    app: 'forms',
    url: 'https://docs.google.com/forms/d/form-1/edit',
    itemKey,
    itemTitle: 'Class survey',
    results,
    diagnostics: { anchors: {}, notes: [], counts: {} },
    scope: 'page',
  };
}

export const EN: Policy = { ...DEFAULT_POLICY, language: 'en' };
export const ZH: Policy = { ...DEFAULT_POLICY, language: 'zh-TW' };

export interface FakeApi extends TipApi {
  store: Record<string, unknown>;
  sent: unknown[];
  fire(changes: Record<string, { newValue?: unknown }>): void;
}

export function fakeApi(initial: Record<string, unknown> = {}): FakeApi {
  const store: Record<string, unknown> = structuredClone(initial);
  const listeners = new Set<(c: Record<string, { newValue?: unknown }>, area: string) => void>();
  const sent: unknown[] = [];
  return {
    store,
    sent,
    fire(changes) {
      for (const l of listeners) l(changes, 'local');
    },
    runtime: {
      sendMessage: async (msg: unknown) => {
        sent.push(msg);
        return { ok: true };
      },
    },
    storage: {
      local: {
        get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in store).map((k) => [k, structuredClone(store[k])])),
        set: async (items: Record<string, unknown>) => {
          Object.assign(store, structuredClone(items));
        },
      },
      onChanged: { addListener: (cb) => void listeners.add(cb), removeListener: (cb) => void listeners.delete(cb) },
    },
  };
}

/** Replace requestAnimationFrame with a manual queue so a test can run "the next frame" when it wants. */
export function manualFrames(win: Window) {
  let queue: Array<FrameRequestCallback> = [];
  win.requestAnimationFrame = (cb: FrameRequestCallback) => {
    queue.push(cb);
    return queue.length;
  };
  win.cancelAnimationFrame = () => {
    queue = [];
  };
  return {
    run() {
      const q = queue;
      queue = [];
      for (const cb of q) cb(performance.now());
    },
    get pending() {
      return queue.length;
    },
  };
}

export const flush = () => new Promise((r) => setTimeout(r, 0));

export function cardOf(host: Element | null): HTMLElement | null {
  return (host?.shadowRoot?.querySelector('.card') as HTMLElement | null) ?? null;
}

export function buttonByText(card: Element, text: string): HTMLButtonElement {
  const b = [...card.querySelectorAll('button')].find((x) => x.textContent === text);
  if (!b) throw new Error(`no button "${text}" in ${[...card.querySelectorAll('button')].map((x) => x.textContent).join(' | ')}`);
  return b as HTMLButtonElement;
}

export function rect(left: number, top: number, width: number, height: number): DOMRect {
  return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) } as DOMRect;
}
