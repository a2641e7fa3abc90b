// In-page policy tip (issue 6): one small card, in our own shadow root, for a `high` finding (or a
// `warn` one not seen before for this item). Beside the offending control when a locator can find it,
// otherwise in a corner; never on top of it. Built with createElement/textContent only (Trusted Types
// pages), styles live inside the shadow root, nothing here may throw into the page.
import { resolveLang, translator } from '../core/i18n';
import { ackKey } from '../core/messages';
import type { Policy } from '../core/policy';
import type { Rule } from '../core/rule';
import type { App, Evidence, Lang, Report, RuleResult } from '../core/schema';
import { truncate } from '../core/text';
import { ext } from '../platform/browser';
import { placeTip, type Box } from './tip-place';
import { tipStrings } from './tip-strings';

/** Finds the control a finding is about (readers can supply one per app); null → corner placement. */
export type TipLocator = (doc: Document, ruleId: string, evidence: readonly Evidence[]) => Element | null;

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
  /** defaults to ext() (looked up on every use: the extension may go away) */
  api?: () => TipApi | null;
  doc?: Document;
}

export const ACKS_KEY = 'acks';
export const SEEN_KEY = 'tipSeen';
const MAX_SEEN = 1000;
const T = translator;

const CSS = `:host{all:initial}
.card{position:fixed;z-index:2147483647;box-sizing:border-box;width:320px;max-width:calc(100vw - 24px);max-height:calc(100vh - 24px);overflow:auto;
background:#fff;color:#1b1b1f;border:1px solid #c7c6d0;border-inline-start:6px solid #7a4a00;border-radius:10px;padding:10px 12px;
box-shadow:0 4px 16px rgba(0,0,0,.25);font:14px/1.5 system-ui,-apple-system,'Segoe UI','Noto Sans TC','PingFang TC','Microsoft JhengHei',sans-serif;
animation:cpg-in .18s ease-out;overflow-wrap:anywhere}
.card.high{border-inline-start-color:#b3261e}
.head{display:flex;gap:8px;align-items:flex-start}
.badge{font-size:12px;font-weight:700;border-radius:999px;padding:1px 8px;background:#fff4d6;color:#7a4a00;white-space:nowrap}
.high .badge{background:#fce8e6;color:#b3261e}
h2{flex:1;font-size:14px;font-weight:700;margin:0}
p,ol{margin:6px 0 0}
ol{padding-inline-start:20px}
.ev,.more{color:#46464f;font-size:12px}
bdi{unicode-bidi:isolate}
.actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
button{font:inherit;font-size:13px;border-radius:6px;border:1px solid #0b57d0;background:transparent;color:#0b57d0;padding:3px 10px;cursor:pointer}
button.primary{background:#0b57d0;color:#fff}
button.x{border:none;padding:0 4px;font-size:18px;line-height:1;color:#46464f}
button:focus-visible,input:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.ackform{display:flex;flex-direction:column;gap:6px;margin-top:8px}
label{display:flex;flex-direction:column;gap:2px;font-size:12px}
input{font:inherit;padding:3px 6px;border:1px solid #46464f;border-radius:4px;background:#fff;color:#1b1b1f}
[hidden]{display:none!important}
.pill{display:none;border-color:#b3261e;background:#fff;max-width:280px;text-align:start}
.card.compact{width:auto;padding:4px;border-inline-start-width:4px}
.card.compact>*{display:none}
.card.compact>.pill{display:block}
.outline{position:fixed;z-index:2147483646;pointer-events:none;box-sizing:border-box;border:3px solid #b3261e;border-radius:6px;
box-shadow:0 0 0 3px rgba(255,255,255,.9);animation:cpg-pulse 1s ease-in-out 3}
.sr{position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@keyframes cpg-in{from{opacity:0;transform:translateY(6px)}to{opacity:1;transform:none}}
@keyframes cpg-pulse{50%{border-color:#0b57d0}}
@media (prefers-reduced-motion:reduce){.card,.outline{animation:none}}
@media (prefers-color-scheme:dark){.card,.pill,input{background:#1c1b1f;color:#e6e1e5;border-color:#49454f}
.ev,.more,button.x{color:#cac4d0}button{color:#a8c7fa;border-color:#a8c7fa}button.primary{background:#a8c7fa;color:#1c1b1f}
.badge{background:#3d2e00;color:#ffd98a}.high .badge{background:#410e0b;color:#ffb4ab}}`;

function firstSentence(s: string): string {
  const m = /^[\s\S]*?[。！？!?]|^[\s\S]*?\.(?=\s|$)/.exec(s);
  return (m ? m[0] : s).trim();
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs?: Record<string, string> | null,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (attrs) for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function bdi(doc: Document, text: string): HTMLElement {
  return el(doc, 'bdi', { dir: 'auto' }, text);
}

function safe<A extends unknown[]>(fn: (...a: A) => void): (...a: A) => void {
  return (...a: A) => {
    try {
      fn(...a);
    } catch {
      /* never into the page */
    }
  };
}

interface Shown {
  key: string;
  ruleId: string;
  itemKey: string | null;
  lang: Lang;
  card: HTMLElement;
  anchor: Element | null;
  outline: HTMLElement | null;
  showBtn: HTMLButtonElement | null;
  compact: boolean;
}

export function mountTip(app: App, rules: readonly Rule[], opts: TipOptions = {}): TipController {
  const doc = opts.doc ?? document;
  const win = doc.defaultView ?? window;
  const api = opts.api ?? (() => ext() as unknown as TipApi | null);
  const locate = opts.locate ?? (() => null);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const subframe = (() => {
    try {
      return win !== win.top;
    } catch {
      return true;
    }
  })();

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

  const call = (fn: (a: TipApi) => Promise<unknown> | void) => {
    try {
      const a = api();
      if (!a) return;
      const p = fn(a);
      if (p && typeof (p as Promise<unknown>).catch === 'function') (p as Promise<unknown>).catch(() => {});
    } catch {
      /* orphaned content script */
    }
  };

  const setAcks = (raw: unknown) => {
    acks = new Set(raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw) : []);
  };
  const setSeen = (raw: unknown) => {
    seen = {};
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      for (const [k, v] of Object.entries(raw as Record<string, unknown>)) if (typeof v === 'number') seen[k] = v;
    }
  };

  const onStorage: Listener = safe((changes, area) => {
    if (area !== 'local') return;
    if (ACKS_KEY in changes) setAcks(changes[ACKS_KEY]?.newValue);
    if (SEEN_KEY in changes) setSeen(changes[SEEN_KEY]?.newValue);
    if (ACKS_KEY in changes) render();
  });

  call(async (a) => {
    try {
      a.storage.onChanged.addListener(onStorage);
      const got = await a.storage.local.get([ACKS_KEY, SEEN_KEY]);
      setAcks(got[ACKS_KEY]);
      setSeen(got[SEEN_KEY]);
    } finally {
      ready = true;
      render();
    }
  });
  if (!api()) ready = true; // no extension API (tests, orphaned): nothing stored to wait for

  const ensureRoot = (): ShadowRoot | null => {
    const de = doc.documentElement;
    if (!de) return null;
    if (!host) {
      host = doc.createElement('cpg-tip');
      host.setAttribute('style', 'all:initial!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;z-index:2147483647!important;display:block!important');
      root = host.attachShadow({ mode: 'open' });
      const style = doc.createElement('style');
      style.textContent = CSS;
      root.append(style);
      live = el(doc, 'div', { class: 'sr', role: 'status', 'aria-live': 'polite' });
      root.append(live);
    }
    if (!host.isConnected) de.appendChild(host);
    return root;
  };

  const announce = (text: string) => {
    if (!live) return;
    const region = live;
    region.textContent = '';
    win.setTimeout(safe(() => (region.textContent = text)), 100);
  };

  const vp = () => ({ width: win.innerWidth || 1024, height: win.innerHeight || 768 });

  const rectOf = (e: Element | null): Box | null => {
    if (!e || !e.isConnected) return null;
    const r = e.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  };

  const position = () => {
    const s = shown;
    if (!s) return;
    if (s.anchor && !s.anchor.isConnected) {
      // the control vanished (re-rendered, dialog closed): corner, no highlight
      s.anchor = null;
      hideOutline(s);
      if (s.showBtn) s.showBtn.hidden = true;
    }
    const a = rectOf(s.anchor);
    const cr = s.card.getBoundingClientRect();
    const card = { width: cr.width || (s.compact ? 200 : 320), height: cr.height || (s.compact ? 40 : 180) };
    const p = placeTip(a, card, vp());
    if (p.covers && !s.compact) setCompact(s, true);
    s.card.style.left = `${Math.round(p.left)}px`;
    s.card.style.top = `${Math.round(p.top)}px`;
    s.card.setAttribute('data-placement', p.where);
    if (s.outline && a) {
      Object.assign(s.outline.style, {
        left: `${Math.round(a.left - 4)}px`,
        top: `${Math.round(a.top - 4)}px`,
        width: `${Math.round(a.width + 8)}px`,
        height: `${Math.round(a.height + 8)}px`,
      });
    }
  };

  const schedule = () => {
    if (raf || !shown) return;
    raf = win.requestAnimationFrame(
      safe(() => {
        raf = 0;
        position();
      }),
    );
  };
  const onViewport = safe(() => schedule());

  const setCompact = (s: Shown, on: boolean) => {
    s.compact = on;
    s.card.classList.toggle('compact', on);
  };

  const hideOutline = (s: Shown) => {
    s.outline?.remove();
    s.outline = null;
    s.showBtn?.setAttribute('aria-pressed', 'false');
    if (s.showBtn) s.showBtn.textContent = T(tipStrings, s.lang)('showMe');
  };

  const remove = () => {
    const s = shown;
    shown = null;
    if (raf) win.cancelAnimationFrame(raf);
    raf = 0;
    win.removeEventListener('scroll', onViewport, true);
    win.removeEventListener('resize', onViewport);
    if (!s) return;
    hideOutline(s);
    s.card.remove();
  };

  const markSeen = (key: string, itemKey: string | null) => {
    sessionSeen.add(key);
    if (itemKey === null) return; // an unsaved item (no id yet): remember for this page only
    seen[key] = Date.now();
    const entries = Object.entries(seen);
    if (entries.length > MAX_SEEN) {
      entries.sort((x, y) => y[1] - x[1]);
      seen = Object.fromEntries(entries.slice(0, MAX_SEEN));
    }
    const snapshot = { ...seen };
    call((a) => a.storage.local.set({ [SEEN_KEY]: snapshot }));
  };

  const build = (res: RuleResult, rule: Rule, lang: Lang, itemKey: string | null, key: string, anchor: Element | null): Shown => {
    const t = T(tipStrings, lang);
    const m = rule.messages[lang] ?? rule.messages.en;
    const id = `cpg-${++seq}`;
    const title = truncate(m.title, 200);
    const card = el(doc, 'aside', {
      class: `card ${res.severity}`,
      lang,
      'aria-labelledby': `${id}-t`,
      'data-rule': rule.id,
      'data-severity': res.severity,
    });
    const s: Shown = { key, ruleId: rule.id, itemKey, lang, card, anchor, outline: null, showBtn: null, compact: false };

    const pill = el(doc, 'button', { type: 'button', class: 'pill' });
    pill.append(t('expand', { title: '' }), bdi(doc, title));
    pill.addEventListener('click', safe(() => {
      setCompact(s, false);
      position();
    }));

    const head = el(doc, 'div', { class: 'head' });
    const h = el(doc, 'h2', { id: `${id}-t` });
    h.append(bdi(doc, title));
    const close = el(doc, 'button', { type: 'button', class: 'x', 'aria-label': t('close'), title: t('close') }, '×');
    close.addEventListener('click', safe(() => {
      dismissed.add(key);
      remove();
    }));
    head.append(el(doc, 'span', { class: 'badge' }, t(res.severity === 'high' ? 'badgeHigh' : 'badgeWarn')), h, close);

    const why = el(doc, 'p', { class: 'why' });
    why.append(bdi(doc, truncate(firstSentence(m.why), 400)));
    card.append(pill, head, why);

    const ev = res.evidence[0];
    if (ev && ev.text) {
      const p = el(doc, 'p', { class: 'ev' });
      const [before, after] = t('evidence', { text: '\u0000' }).split('\u0000');
      p.append(before ?? '', bdi(doc, truncate(ev.text, 120)), after ?? '');
      card.append(p);
    }

    const steps = el(doc, 'ol', { id: `${id}-s`, hidden: '' });
    for (const step of m.fix.slice(0, 10)) {
      const li = el(doc, 'li');
      li.append(bdi(doc, truncate(step, 300)));
      steps.append(li);
    }

    const actions = el(doc, 'div', { class: 'actions' });
    const fixBtn = el(doc, 'button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': `${id}-s` }, t('howToFix'));
    fixBtn.addEventListener('click', safe(() => {
      const open = steps.hidden;
      steps.hidden = !open;
      fixBtn.setAttribute('aria-expanded', String(open));
      fixBtn.textContent = t(open ? 'hideSteps' : 'howToFix');
      schedule();
    }));
    actions.append(fixBtn);

    const showBtn = el(doc, 'button', { type: 'button', 'aria-pressed': 'false' }, t('showMe'));
    showBtn.hidden = anchor === null;
    showBtn.addEventListener('click', safe(() => {
      if (s.outline) return hideOutline(s);
      if (!s.anchor || !s.anchor.isConnected || !root) return;
      s.outline = el(doc, 'div', { class: 'outline', 'aria-hidden': 'true' });
      root.append(s.outline);
      showBtn.setAttribute('aria-pressed', 'true');
      showBtn.textContent = t('hideHighlight');
      try {
        s.anchor.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
      } catch {
        /* ignore */
      }
      position();
    }));
    s.showBtn = showBtn;
    actions.append(showBtn);

    const form = el(doc, 'div', { class: 'ackform', hidden: '' });
    const ackBtn = el(doc, 'button', { type: 'button', class: 'primary', 'aria-expanded': 'false' }, t('understand'));
    const label = el(doc, 'label', { for: `${id}-r` }, t('reasonLabel'));
    const input = el(doc, 'input', { id: `${id}-r`, type: 'text', maxlength: '500', autocomplete: 'off' });
    label.append(input);
    const confirm = el(doc, 'button', { type: 'button', class: 'primary' }, t('confirm'));
    const cancel = el(doc, 'button', { type: 'button' }, t('cancel'));
    const formActions = el(doc, 'div', { class: 'actions' });
    formActions.append(confirm, cancel);
    form.append(label, formActions);
    ackBtn.addEventListener('click', safe(() => {
      form.hidden = false;
      ackBtn.hidden = true;
      ackBtn.setAttribute('aria-expanded', 'true');
      schedule();
      input.focus(); // the user activated our control: moving focus into our own form is expected
    }));
    cancel.addEventListener('click', safe(() => {
      form.hidden = true;
      ackBtn.hidden = false;
      ackBtn.setAttribute('aria-expanded', 'false');
      ackBtn.focus();
    }));
    confirm.addEventListener('click', safe(() => {
      const reason = input.value.trim().slice(0, 500);
      const msg: Record<string, unknown> = { kind: 'ack', app, itemKey, ruleId: rule.id };
      if (reason) msg['reason'] = reason;
      acks.add(ackKey(app, itemKey, rule.id));
      call((a) => a.runtime.sendMessage(msg));
      remove();
      announce(t('acked'));
    }));
    actions.append(ackBtn);
    card.append(actions, steps, form, el(doc, 'p', { class: 'more' }, t('more')));

    card.addEventListener('keydown', safe((e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        dismissed.add(key);
        remove();
      }
    }));
    return s;
  };

  const eligible = (r: RuleResult): boolean => r.status === 'violation' && (r.severity === 'high' || r.severity === 'warn') && byId.has(r.ruleId);

  function render(): void {
    if (!ready) return;
    const rep = report;
    const pol = policy;
    const itemKey = rep?.itemKey ?? null;
    const present = new Map<string, RuleResult>();
    for (const r of rep?.results ?? []) if (eligible(r)) present.set(ackKey(app, itemKey, r.ruleId), r);
    for (const k of [...dismissed]) if (!present.has(k)) dismissed.delete(k);
    if (!rep || !pol) return remove();
    const lang = resolveLang(pol.language, win.navigator?.language);

    if (shown) {
      const still = present.get(shown.key);
      if (still && !acks.has(shown.key) && !dismissed.has(shown.key) && shown.lang === lang) {
        if (!shown.anchor || !shown.anchor.isConnected) {
          const a = findAnchor(still);
          if (a) {
            shown.anchor = a;
            if (shown.showBtn) shown.showBtn.hidden = false;
          }
        }
        schedule();
        return;
      }
      remove();
    }

    const candidates = [...present.entries()]
      .filter(([k, r]) => !acks.has(k) && !dismissed.has(k) && (r.severity === 'high' || (!sessionSeen.has(k) && !(k in seen))))
      .sort((x, y) => (x[1].severity === y[1].severity ? 0 : x[1].severity === 'high' ? -1 : 1));
    const next = candidates[0];
    if (!next) return;
    const [key, res] = next;
    const rule = byId.get(res.ruleId);
    const r = ensureRoot();
    if (!rule || !r) return;
    const s = build(res, rule, lang, itemKey, key, findAnchor(res));
    shown = s;
    if (subframe) setCompact(s, true);
    r.append(s.card);
    if (res.severity === 'warn') markSeen(key, itemKey);
    else sessionSeen.add(key);
    win.addEventListener('scroll', onViewport, { capture: true, passive: true });
    win.addEventListener('resize', onViewport, { passive: true });
    position();
    announce(T(tipStrings, lang)('announce', { title: truncate(rule.messages[lang].title, 200) }));
  }

  function findAnchor(res: RuleResult): Element | null {
    try {
      const a = locate(doc, res.ruleId, res.evidence);
      return a && a.isConnected && a !== doc.documentElement && a !== doc.body ? a : null;
    } catch {
      return null;
    }
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
