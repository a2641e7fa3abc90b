// Wires one site's reader to the rules and the worker: observe → read → evaluate → send when changed.
// Never throws into the page, never blocks it for long, stops quietly when the extension goes away.
import { evaluate } from '../core/engine';
import { DEFAULT_POLICY, type Policy } from '../core/policy';
import type { Rule } from '../core/rule';
import type { App, Report, Snapshot } from '../core/schema';
import { ext, extensionAlive } from '../platform/browser';
import type { Changes } from '../sites/changes';
import { createBatchedObserver, type BatchedObserver } from './observer';

export interface GuardOptions {
  app: App;
  /** returns null when there is nothing to check on this page/frame right now */
  /** `changed`: what changed since the last read (null = read everything); readers may use it to reuse work */
  read: (doc: Document, url: string, changed: Changes | null) => Snapshot | null;
  rules: readonly Rule[];
  scope?: (doc: Document) => Element | null;
  /** called after each evaluation with the report (or null), e.g. to drive the in-page tip */
  onReport?: (report: Report | null, policy: Policy) => void;
  ignore?: () => Element | null;
}

export interface Guard {
  /** last report sent (for the tip and tests) */
  current(): Report | null;
  policy(): Policy;
  stop(): void;
  poke(): void;
}

const BENCH_ATTR = 'data-cpg-bench';

function stableKey(r: Report | null): string {
  if (!r) return 'null';
  return JSON.stringify([r.url, r.itemKey, r.itemTitle, r.scope, r.results]);
}

export function startGuard(opts: GuardOptions): Guard {
  const doc = document;
  let policy: Policy = { ...DEFAULT_POLICY };
  let lastKey = '';
  let last: Report | null = null;
  let lastSnap: Snapshot | null = null;
  let lastPolicy: Policy | null = null;
  let observer: BatchedObserver | null = null;
  let stopped = false;
  const bench = doc.documentElement.hasAttribute(BENCH_ATTR);

  const send = (msg: unknown) => {
    if (!extensionAlive()) {
      stop();
      return;
    }
    try {
      ext()
        ?.runtime.sendMessage(msg)
        .catch(() => {
          if (!extensionAlive()) stop();
        });
    } catch {
      stop();
    }
  };

  const flush = (firstChangeAt: number, changed: Changes | null) => {
    if (stopped) return;
    if (!extensionAlive()) {
      stop();
      return;
    }
    let report: Report | null = null;
    try {
      const t0 = bench ? performance.now() : 0;
      const snap = opts.read(doc, location.href, changed);
      // a reader that hands back the very snapshot it read last (nothing it depends on changed): the same report
      report = snap && snap === lastSnap && policy === lastPolicy ? last : snap ? evaluate(snap, policy, opts.rules) : null;
      lastSnap = snap;
      lastPolicy = policy;
      if (bench) {
        const t1 = performance.now();
        // detail names the app: several content scripts can share one page's timeline (Forms pages run forms + share)
        performance.measure('cpg:scan', { start: t0, end: t1, detail: opts.app });
        performance.measure('cpg:change-to-finding', { start: firstChangeAt, end: t1, detail: opts.app });
      }
    } catch {
      report = null; // a reader bug must not surface in Google's page
      return;
    }
    const key = stableKey(report);
    if (key !== lastKey) {
      lastKey = key;
      last = report;
      if (report) send({ kind: 'report', report: { ...report, observedAt: firstChangeAt } });
      else send({ kind: 'clear', app: opts.app });
      if (bench) doc.documentElement.setAttribute('data-cpg-last-report', String(firstChangeAt));
    }
    try {
      opts.onReport?.(report, policy);
    } catch {
      /* the tip must never break the guard */
    }
  };

  // The worker merges the policy (admin-managed over user options over defaults) and validates it: the
  // content scripts do not carry that code. Until it answers, or if it cannot, the defaults apply.
  const loadPolicy = async () => {
    const api = ext();
    if (!api) return;
    try {
      const res = (await api.runtime.sendMessage({ kind: 'get-policy' })) as { policy?: Policy } | undefined;
      const p = res?.policy;
      if (p && typeof p === 'object' && Array.isArray(p.schoolDomains) && Array.isArray(p.rosterTerms) && Array.isArray(p.disabledRules)) {
        policy = p;
      }
    } catch {
      /* worker unavailable (extension reloading): keep what we have */
    }
  };

  const onStorage = (changes: Record<string, unknown>, area: string) => {
    // only the policy matters here (acknowledgements, reminders and tip state change often)
    if (area !== 'managed' && !('policy' in changes)) return;
    void loadPolicy().then(() => {
      lastKey = '';
      observer?.poke();
    });
  };
  // A navigation inside the page (a fragment: Forms' Questions ↔ Settings is #settings, which fires popstate and
  // hashchange; a history traversal of a single-page app) keeps the document: whatever the page changes with it reaches
  // the observer as mutations, and the readers take the URL afresh on every read, so they keep what those mutations
  // leave unchanged (issue 9: every tab switch re-read the whole form). A page shown again from the back/forward cache
  // reads everything.
  const onNav = () => observer?.poke(true);
  const onShow = () => observer?.poke();
  const onHide = () => {
    if (last) send({ kind: 'clear', app: opts.app });
    lastKey = '';
  };

  // window listeners: added when the observer starts, all removed on stop
  const winEvents: Array<[string, () => void]> = [
    ['hashchange', onNav],
    ['popstate', onNav],
    ['pageshow', onShow],
    ['pagehide', onHide],
  ];

  function stop() {
    if (stopped) return;
    stopped = true;
    observer?.disconnect();
    for (const [t, f] of winEvents) window.removeEventListener(t, f);
    try {
      ext()?.storage.onChanged.removeListener(onStorage);
    } catch {
      /* orphaned */
    }
  }

  void loadPolicy().finally(() => {
    if (stopped) return;
    observer = createBatchedObserver(doc, {
      scope: () => {
        try {
          return opts.scope?.(doc) ?? null;
        } catch {
          return null;
        }
      },
      flush,
      ignore: opts.ignore,
    });
    for (const [t, f] of winEvents) window.addEventListener(t, f);
    try {
      ext()?.storage.onChanged.addListener(onStorage);
    } catch {
      /* ignore */
    }
    observer.poke();
  });

  return {
    current: () => last,
    policy: () => policy,
    stop,
    poke: () => observer?.poke(),
  };
}
