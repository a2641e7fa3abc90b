// In-page policy tip (issue 6): one small card, in our own shadow root, for a `high` finding (or a
// `warn` one not seen before for this item). Beside the offending control when a locator finds it,
// otherwise in a corner; never on top of it. Built with createElement/textContent only (Trusted Types
// pages), styles only inside the shadow root, nothing here may throw into the page. Kept small: it
// ships in every content-script bundle (no zod, no preact).
import { resolveLang, translator } from '../core/i18n';
import type { Policy } from '../core/policy';
import type { RuleMessages } from '../core/rule';
import type { App, Evidence, Lang, Report, RuleResult } from '../core/schema';
import { truncate } from '../core/text';
import { ext } from '../platform/browser';
import { placeTip, type Box, type Size } from './tip-place';
import { tipStrings } from './tip-strings';

/** Finds the control a finding is about (readers can supply one per app); null → corner placement. */
export type TipLocator = (doc: Document, ruleId: string, evidence: readonly Evidence[]) => Element | null;

/** The texts a card shows for one rule in one language. */
export type TipRuleText = Pick<RuleMessages, 'title' | 'why' | 'fix'>;

/** Rule metadata (id + messages in both languages) satisfies this. */
export interface TipRule {
  id: string;
  messages: Record<Lang, TipRuleText>;
}

/**
 * Where the tip gets rule texts: a list bundled with the content script, or a lookup (e.g.
 * workerTexts(), which asks the service worker, so no rule texts ship in content-script bundles).
 * A lookup may answer later; null = no texts for this rule (no card for it).
 */
export type TipTexts =
  | readonly TipRule[]
  | ((ruleId: string, lang: Lang) => TipRuleText | null | Promise<TipRuleText | null>);

/** The message workerTexts() sends; the worker answers { texts: { [ruleId]: { en, 'zh-TW' } } }. */
export interface RuleTextsRequest {
  kind: 'rule-texts';
  app: App;
  ruleIds: string[];
}

const isText = (v: unknown): v is TipRuleText => {
  const t = v as TipRuleText;
  return !!t && typeof t.title === 'string' && typeof t.why === 'string' && Array.isArray(t.fix) && t.fix.every((x) => typeof x === 'string');
};

/** A TipTexts lookup that asks the service worker (one message per rule, answers cached by the tip). */
export function workerTexts(app: App, api: () => TipApi | null = () => ext() as unknown as TipApi | null): TipTexts {
  return async (ruleId, lang) => {
    const a = api();
    if (!a) return null;
    const req: RuleTextsRequest = { kind: 'rule-texts', app, ruleIds: [ruleId] };
    const res = (await a.runtime.sendMessage(req)) as { texts?: Record<string, Partial<Record<Lang, unknown>>> } | undefined;
    const t = res?.texts?.[ruleId]?.[lang];
    return isText(t) ? t : null;
  };
}

export interface TipController {
  update: (report: Report | null, policy: Policy) => void;
  host: () => Element | null;
}

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
/** The part of the extension API the tip uses (ext() in content scripts; a fake in tests). */
export interface TipApi {
  runtime: { sendMessage(msg: unknown): Promise<unknown> };
  storage: {
    local: {
      get(keys: string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    onChanged: { addListener(cb: Listener): void; removeListener(cb: Listener): void };
  };
}

export interface TipOptions {
  locate?: TipLocator;
  /** defaults to ext(), looked up on every use (the extension may be reloaded under us) */
  api?: () => TipApi | null;
  doc?: Document;
}

/**
 * Same key as ackKey() in src/core/messages.ts (a test checks they agree). Not imported from there:
 * that module pulls zod into the content-script bundle.
 */
export function tipKey(app: string, itemKey: string | null, ruleId: string): string {
  return `${app}|${itemKey ?? '-'}|${ruleId}`;
}

export const ACKS_KEY = 'acks';
export const SEEN_KEY = 'tipSeen';
const MAX_SEEN = 1000;

const CSS = `:host{all:initial}
.card{position:fixed;box-sizing:border-box;width:320px;max-width:calc(100vw - 24px);max-height:calc(100vh - 24px);overflow:auto;background:#fff;color:#1b1b1f;border:1px solid #c7c6d0;border-left:6px solid #7a4a00;border-radius:10px;padding:10px 12px;box-shadow:0 4px 16px #0004;font:14px/1.5 system-ui,'Noto Sans TC','PingFang TC','Microsoft JhengHei',sans-serif;overflow-wrap:anywhere;animation:i .18s ease-out}
.high{border-left-color:#b3261e}
h2{display:inline;font-size:14px;margin:0 0 0 6px}
.b{font-size:12px;font-weight:700;color:#7a4a00}.high .b{color:#b3261e}
p,ol{margin:6px 0 0}ol{padding-left:20px}.ev{color:#46464f;font-size:12px}
bdi{unicode-bidi:isolate}
.a{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
button{font:inherit;font-size:13px;border-radius:6px;border:1px solid #0b57d0;background:#fff;color:#0b57d0;padding:3px 10px;cursor:pointer}
.p{background:#0b57d0;color:#fff}.x{float:right;border:0;padding:0 4px;font-size:18px;line-height:1;color:#46464f}
:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
label{display:block;font-size:12px;margin-top:8px}input{display:block;width:100%;box-sizing:border-box;font:inherit;padding:3px 6px;border:1px solid #46464f;border-radius:4px}
[hidden],.card.c>*{display:none!important}.pill{display:none}.card.c{width:auto;padding:4px}.card.c>.pill{display:block!important;border-color:#b3261e}
.o{position:fixed;pointer-events:none;box-sizing:border-box;border:3px solid #b3261e;border-radius:6px;box-shadow:0 0 0 3px #fffe}
.sr{position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
@keyframes i{from{opacity:0;transform:translateY(6px)}}
@media (prefers-reduced-motion:reduce){.card{animation:none}}`;

type Kid = Node | string;
function h<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> | 0, ...kids: Kid[]) {
  const e = doc.createElement(tag);
  if (attrs) for (const k in attrs) e.setAttribute(k, attrs[k]!);
  e.append(...kids);
  return e;
}

function safe<A extends unknown[]>(fn: (...a: A) => void): (...a: A) => void {
  return (...a) => {
    try {
      fn(...a);
    } catch {
      /* never into the page */
    }
  };
}

function firstSentence(s: string): string {
  return (/^[\s\S]*?(?:[。！？]|[.!?](?=\s|$))/.exec(s)?.[0] ?? s).trim();
}

interface Shown {
  key: string;
  lang: Lang;
  card: HTMLElement;
  anchor: Element | null;
  outline: HTMLElement | null;
  show: HTMLButtonElement;
  compact: boolean;
  /** the card's measured size (for the compact state it was measured in) */
  size?: Size & { compact: boolean };
  /** what the last placement wrote (card position, outline box): a scroll that moves nothing writes nothing */
  placed?: string;
}

export function mountTip(app: App, rules: TipTexts, opts: TipOptions = {}): TipController {
  const doc = opts.doc ?? document;
  const win = doc.defaultView ?? window;
  const api = opts.api ?? (() => ext() as unknown as TipApi | null);
  const byId = typeof rules === 'function' ? null : new Map(rules.map((r) => [r.id, r]));
  const lookup = typeof rules === 'function' ? rules : null;
  /** `${ruleId}|${lang}` → texts, null (none), or absent while a lookup is under way */
  const texts = new Map<string, TipRuleText | null>();
  const asked = new Set<string>();
  let subframe = true;
  try {
    subframe = win !== win.top;
  } catch {
    /* cross-origin parent */
  }

  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let live: HTMLElement | null = null;
  let shown: Shown | null = null;
  let report: Report | null = null;
  let policy: Policy | null = null;
  let ready = false;
  let acks = new Set<string>();
  let seen: Record<string, number> = {};
  const sessionSeen = new Set<string>();
  const dismissed = new Set<string>();
  let raf = 0;
  let seq = 0;

  const call = (fn: (a: TipApi) => Promise<unknown>) => {
    try {
      const a = api();
      if (a) void fn(a).catch(() => {});
      return !!a;
    } catch {
      return false; // orphaned content script
    }
  };

  const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const setAcks = (v: unknown) => (acks = new Set(Object.keys(obj(v))));
  const setSeen = (v: unknown) => {
    seen = {};
    for (const [k, n] of Object.entries(obj(v))) if (typeof n === 'number') seen[k] = n;
  };

  const onStorage: Listener = safe((changes, area) => {
    if (area !== 'local') return;
    if (SEEN_KEY in changes) setSeen(changes[SEEN_KEY]?.newValue);
    if (ACKS_KEY in changes) {
      setAcks(changes[ACKS_KEY]?.newValue);
      render();
    }
  });

  // Until the stored acks are known nothing is shown (no flash of an acknowledged finding).
  const hasApi = call(async (a) => {
    try {
      a.storage.onChanged.addListener(onStorage);
      const got = await a.storage.local.get([ACKS_KEY, SEEN_KEY]);
      setAcks(got[ACKS_KEY]);
      setSeen(got[SEEN_KEY]);
    } finally {
      ready = true;
      safe(render)();
    }
  });
  if (!hasApi) ready = true;

  const announce = (text: string) => {
    const region = live;
    if (!region) return;
    region.textContent = '';
    win.setTimeout(safe(() => (region.textContent = text)), 100);
  };

  const rectOf = (e: Element | null): Box | null => {
    if (!e) return null;
    const r = e.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  };

  const setCompact = (s: Shown, on: boolean) => {
    s.compact = on;
    s.card.classList.toggle('c', on);
  };

  const hideOutline = (s: Shown) => {
    s.outline?.remove();
    s.outline = null;
    s.show.setAttribute('aria-pressed', 'false');
  };

  /**
   * Place the card. `a` / `vp`: the anchor's box and the viewport when an IntersectionObserver measured them (during
   * the browser's own rendering update), else they are read here (a forced layout: only when the tip is shown).
   */
  const position = (a?: Box | null, vp?: Size) => {
    const s = shown;
    if (!s) return;
    if (s.anchor && !s.anchor.isConnected) {
      // the control vanished (re-rendered, dialog closed): corner, no highlight
      s.anchor = null;
      hideOutline(s);
    }
    if (s.show.hidden !== !s.anchor) s.show.hidden = !s.anchor;
    if (a === undefined || !s.anchor) a = rectOf(s.anchor);
    // the card's size only changes when it is re-rendered or goes compact: measured then, not on every scroll
    if (!s.size || s.size.compact !== s.compact) {
      const cr = s.card.getBoundingClientRect();
      s.size = { width: cr.width || (s.compact ? 200 : 320), height: cr.height || (s.compact ? 40 : 180), compact: s.compact };
    }
    const p = placeTip(a, s.size, vp ?? { width: win.innerWidth || 1024, height: win.innerHeight || 768 });
    if (p.covers) setCompact(s, true);
    const r = Math.round;
    const [left, top] = [r(p.left), r(p.top)];
    const o = s.outline && a ? [r(a.left - 4), r(a.top - 4), r(a.width + 8), r(a.height + 8)] : null;
    const placed = `${left} ${top} ${p.where} ${s.compact} ${o}`;
    if (placed === s.placed) return;
    s.placed = placed;
    if (s.outline) s.outline.hidden = !o;
    s.card.style.left = `${left}px`;
    s.card.style.top = `${top}px`;
    s.card.setAttribute('data-placement', p.where);
    if (s.outline && o) {
      const st = s.outline.style;
      st.left = `${o[0]}px`;
      st.top = `${o[1]}px`;
      st.width = `${o[2]}px`;
      st.height = `${o[3]}px`;
    }
  };

  // Scrolling and resizing move the anchor. Reading its box in a scroll handler or an animation frame forces a
  // layout of Google's page each time (issue 9: most of the tip's cost in a scripted editing session). An
  // IntersectionObserver reports the box when it starts observing, computed in the rendering update the browser runs anyway.
  const IO = (win as unknown as { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  // One observer for the tip's lifetime, observing only while a measurement is on its way (creating one per scroll
  // cost measurably more script in a 100-scroll micro-benchmark: bench/lab/io-measure.mjs).
  let io: IntersectionObserver | null = null;
  /** the anchor being measured, null when no measurement is on its way */
  let measuring: Element | null = null;
  /** a scroll came while a measurement was on its way: measure once more after it reports */
  let again = false;
  const reported = safe((entries: IntersectionObserverEntry[]) => {
    const target = measuring;
    io?.disconnect();
    measuring = null;
    const e = entries[entries.length - 1];
    const s = shown;
    if (!e || !s || s.anchor !== target || e.target !== target) return;
    const r = e.boundingClientRect;
    const vp = e.rootBounds;
    // a control inside the viewport may still be out of sight: scrolled under the editor's fixed header, clipped by
    // its scrolling div (reference google-forms-dom.md §1). The card then waits in a corner, as for one out of view.
    position(
      e.isIntersecting === false ? null : { left: r.left, top: r.top, width: r.width, height: r.height },
      vp && vp.width > 0 ? { width: vp.width, height: vp.height } : undefined,
    );
    if (again) measure();
  });
  // While the control is out of view the card waits in a corner, and scrolling that keeps the control out of view
  // cannot move it: a second observer, watching the control for as long as it is the anchor, says when it comes into
  // view or leaves it, and scrolls in between measure nothing (issue 9: in the scripted session most scrolls happen
  // with the control far away, each one a measurement).
  let watcher: IntersectionObserver | null = null;
  let watched: Element | null = null;
  /** the watcher's last word: the anchor is out of view */
  let away = false;
  const onSight = safe((entries: IntersectionObserverEntry[]) => {
    const e = entries[entries.length - 1];
    if (!e || e.target !== watched) return;
    const out = !e.isIntersecting;
    if (out !== away) {
      away = out;
      schedule();
    }
  });
  const watch = (a: Element | null) => {
    if (a === watched) return;
    watcher?.disconnect();
    watched = a;
    away = false;
    if (a && IO) (watcher ??= new IO(onSight)).observe(a);
  };
  const measure = safe(() => {
    raf = 0;
    again = false;
    const s = shown;
    if (!s) return;
    if (!IO || !s.anchor || !s.anchor.isConnected) {
      watch(null);
      position();
      return;
    }
    io ??= new IO(reported);
    watch(s.anchor);
    io.disconnect();
    measuring = s.anchor;
    io.observe(measuring);
  });
  // a measurement already on its way covers every scroll until it reports
  const schedule = safe(() => {
    if (measuring) again = true;
    else if (shown && !raf) {
      if (IO) measure();
      else raf = win.requestAnimationFrame(measure);
    }
  });
  const onScroll = () => {
    if (!away) schedule();
  };

  const remove = () => {
    const s = shown;
    shown = null;
    if (raf) win.cancelAnimationFrame(raf);
    raf = 0;
    io?.disconnect();
    measuring = null;
    watch(null);
    win.removeEventListener('scroll', onScroll, true);
    win.removeEventListener('resize', schedule);
    if (s) {
      hideOutline(s);
      s.card.remove();
    }
  };

  const markSeen = (key: string, itemKey: string | null) => {
    sessionSeen.add(key);
    if (itemKey === null) return; // an unsaved item (no id yet): remember for this page only
    seen[key] = Date.now();
    const all = Object.entries(seen);
    if (all.length > MAX_SEEN) seen = Object.fromEntries(all.sort((x, y) => y[1] - x[1]).slice(0, MAX_SEEN));
    const copy = { ...seen };
    call((a) => a.storage.local.set({ [SEEN_KEY]: copy }));
  };

  const locate = (res: RuleResult): Element | null => {
    try {
      const a = opts.locate?.(doc, res.ruleId, res.evidence) ?? null;
      return a && a.isConnected && a !== doc.documentElement && a !== doc.body ? a : null;
    } catch {
      return null;
    }
  };

  /** The texts of a rule: undefined while the lookup is under way (render runs again when it answers). */
  const textFor = (ruleId: string, lang: Lang): TipRuleText | null | undefined => {
    if (byId) {
      const m = byId.get(ruleId)?.messages;
      return (m?.[lang] ?? m?.en) || null;
    }
    const k = `${ruleId}|${lang}`;
    if (texts.has(k)) return texts.get(k);
    if (asked.has(k) || !lookup) return asked.has(k) ? undefined : null;
    asked.add(k);
    const done = (v: unknown) => {
      texts.set(k, isText(v) ? v : null);
      safe(render)();
    };
    try {
      const r = lookup(ruleId, lang);
      if (r && typeof (r as Promise<unknown>).then === 'function') (r as Promise<TipRuleText | null>).then(done, () => done(null));
      else texts.set(k, isText(r) ? r : null);
    } catch {
      texts.set(k, null);
    }
    return texts.has(k) ? texts.get(k) : undefined;
  };

  const build = (res: RuleResult, m: TipRuleText, lang: Lang, itemKey: string | null, key: string): Shown => {
    const t = translator(tipStrings, lang);
    const rule = { id: res.ruleId };
    const id = `cpg${++seq}`;
    const bdi = (text: string, max: number) => h(doc, 'bdi', { dir: 'auto' }, truncate(text, max));
    const btn = (label: string, attrs: Record<string, string> = {}, fn: () => void = () => {}) => {
      const b = h(doc, 'button', { type: 'button', ...attrs }, label);
      b.addEventListener('click', safe(fn));
      return b;
    };
    const title = m.title;
    const dismiss = () => {
      dismissed.add(key);
      remove();
    };

    const card = h(doc, 'aside', {
      class: `card ${res.severity}`,
      lang,
      'aria-labelledby': `${id}t`,
      'data-rule': rule.id,
      'data-severity': res.severity,
    });
    const s: Shown = { key, lang, card, anchor: locate(res), outline: null, show: null!, compact: false };

    const steps = h(doc, 'ol', { id: `${id}s`, hidden: '' }, ...m.fix.slice(0, 10).map((x) => h(doc, 'li', 0, bdi(x, 300))));
    const fix = btn(t('howToFix'), { 'aria-expanded': 'false', 'aria-controls': `${id}s` }, () => {
      steps.hidden = !steps.hidden;
      fix.setAttribute('aria-expanded', String(!steps.hidden));
      s.size = undefined; // the card grew or shrank
      schedule();
    });
    s.show = btn(t('showMe'), { 'aria-pressed': 'false' }, () => {
      if (s.outline) return hideOutline(s);
      if (!s.anchor?.isConnected || !root) return;
      s.outline = h(doc, 'div', { class: 'o', 'aria-hidden': 'true' });
      s.placed = undefined; // a new outline has no box yet
      root.append(s.outline);
      s.show.setAttribute('aria-pressed', 'true');
      s.anchor.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
      position();
    });

    const input = h(doc, 'input', { id: `${id}r`, type: 'text', maxlength: '500', autocomplete: 'off' });
    const form = h(
      doc,
      'div',
      { hidden: '' },
      h(doc, 'label', { for: `${id}r` }, t('reasonLabel'), input),
      h(
        doc,
        'div',
        { class: 'a' },
        btn(t('confirm'), { class: 'p' }, () => {
          const reason = input.value.trim().slice(0, 500);
          const msg: Record<string, unknown> = { kind: 'ack', app, itemKey, ruleId: rule.id };
          if (reason) msg['reason'] = reason;
          acks.add(key);
          call((a) => a.runtime.sendMessage(msg));
          remove();
          announce(t('acked'));
        }),
        btn(t('cancel'), {}, () => {
          form.hidden = true;
          ack.hidden = false;
          ack.focus();
        }),
      ),
    );
    const ack = btn(t('understand'), { class: 'p' }, () => {
      form.hidden = false;
      ack.hidden = true;
      s.size = undefined;
      schedule();
      input.focus(); // the user activated our control: moving focus into our own form is expected
    });

    const ev = res.evidence[0]?.text;
    const [pre = '', post = ''] = t('evidence', { text: '\u0000' }).split('\u0000');
    card.append(
      btn(t('announce', { title: '' }), { class: 'pill' }, () => {
        setCompact(s, false);
        position();
      }),
      btn('×', { class: 'x', 'aria-label': t('close'), title: t('close') }, dismiss),
      h(doc, 'span', { class: 'b' }, t(res.severity === 'high' ? 'badgeHigh' : 'badgeWarn')),
      h(doc, 'h2', { id: `${id}t` }, bdi(title, 200)),
      h(doc, 'p', { class: 'why' }, bdi(firstSentence(m.why), 400)),
      ...(ev ? [h(doc, 'p', { class: 'ev' }, pre, bdi(ev, 120), post)] : []),
      h(doc, 'div', { class: 'a' }, fix, s.show, ack),
      steps,
      form,
    );
    card.firstChild!.appendChild(bdi(title, 80));
    card.addEventListener(
      'keydown',
      safe((e: KeyboardEvent) => {
        if (e.key === 'Escape') dismiss();
      }),
    );
    return s;
  };

  function render(): void {
    if (!ready) return;
    const rep = report;
    const itemKey = rep?.itemKey ?? null;
    const present = new Map<string, RuleResult>();
    for (const r of rep?.results ?? []) {
      if (r.status === 'violation' && (r.severity === 'high' || r.severity === 'warn')) {
        present.set(tipKey(app, itemKey, r.ruleId), r);
      }
    }
    // a closed card may come back once its problem was fixed and then returns
    for (const k of dismissed) if (!present.has(k)) dismissed.delete(k);
    const open = (k: string) => present.has(k) && !acks.has(k) && !dismissed.has(k);
    const lang = resolveLang(policy?.language ?? 'auto', win.navigator?.language);

    if (shown) {
      if (open(shown.key) && shown.lang === lang) {
        if (!shown.anchor?.isConnected) shown.anchor = locate(present.get(shown.key)!);
        schedule();
        return;
      }
      remove();
    }
    if (!rep || !policy) return;

    // highs first, then warns not seen before; a rule whose texts are still being looked up holds
    // the queue (so a lower finding does not flash first), one without texts is skipped
    const queue = [...present].filter(([k, r]) => open(k) && (r.severity === 'high' || (!sessionSeen.has(k) && !(k in seen))));
    queue.sort((x, y) => (x[1].severity === y[1].severity ? 0 : x[1].severity === 'high' ? -1 : 1));
    let next: [string, RuleResult, TipRuleText] | undefined;
    for (const [k, r] of queue) {
      const text = textFor(r.ruleId, lang);
      if (text === undefined) return;
      if (text) {
        next = [k, r, text];
        break;
      }
    }
    if (!next) return;
    const [key, res, text] = next;
    const de = doc.documentElement;
    if (!de) return;
    if (!host) {
      host = doc.createElement('cpg-tip');
      host.setAttribute(
        'style',
        'all:initial!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;z-index:2147483647!important;display:block!important',
      );
      root = host.attachShadow({ mode: 'open' });
      const style = doc.createElement('style');
      style.textContent = CSS;
      live = h(doc, 'div', { class: 'sr', role: 'status', 'aria-live': 'polite' });
      root.append(style, live);
    }
    if (!host.isConnected) de.appendChild(host);
    const s = build(res, text, lang, itemKey, key);
    shown = s;
    setCompact(s, subframe);
    root!.append(s.card);
    if (res.severity === 'warn') markSeen(key, itemKey);
    win.addEventListener('scroll', onScroll, { capture: true, passive: true });
    win.addEventListener('resize', schedule, { passive: true });
    position();
    announce(translator(tipStrings, lang)('announce', { title: truncate(text.title, 200) }));
  }

  return {
    update: safe((rep: Report | null, pol: Policy) => {
      report = rep;
      policy = pol;
      render();
    }),
    host: () => host,
  };
}
