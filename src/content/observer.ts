// A batched observer, in the manner of uBlock Origin's and Bitwarden's content scripts: the
// MutationObserver callback only marks work as pending; the work runs at most once per frame interval.
// After a quiet spell the flush runs in the very next task (so a single change is seen within a few
// milliseconds, not up to a frame later — issue 9: change → finding ≤ 16 ms p95); while changes keep coming
// it runs once per animation frame (or after a short timeout when frames are throttled, e.g. in a background tab).
// Mutations outside the current scope (a dialog or panel once it exists) and inside our own UI are skipped.

export interface BatchedObserverOptions {
  /** the subtree that matters right now (re-evaluated after every flush); null = whole document */
  scope: () => Element | null;
  /** called at most once per frame with the time the first pending change was seen */
  flush: (firstChangeAt: number) => void;
  /** elements whose mutations are ignored (our own tip host) */
  ignore?: () => Element | null;
}

const ATTRS = [
  'aria-checked',
  'aria-selected',
  'aria-expanded',
  'aria-label',
  'aria-disabled',
  'checked',
  'class',
  'data-value',
  'hidden',
  'is-dialog-open',
  'workflow-step',
  'value',
  'data-initial-value',
  'state',
];

/** Minimum time between two flushes (one 60 Hz frame). */
const MIN_GAP_MS = 16;

export interface BatchedObserver {
  /** schedule a flush (e.g. after hashchange or a policy change) */
  poke(): void;
  disconnect(): void;
}

export function createBatchedObserver(doc: Document, opts: BatchedObserverOptions): BatchedObserver {
  let pendingSince = -1;
  let raf = 0;
  let timer: ReturnType<typeof setTimeout> | 0 = 0;
  let stopped = false;
  let scope: Element | null = null;
  let lastRun = -Infinity;
  let soon = false;
  // a message to ourselves runs in the next task, without setTimeout's clamping
  let channel: MessageChannel | null = null;
  try {
    channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
  } catch {
    channel = null;
  }

  const run = () => {
    if (raf) cancelAnimationFrame(raf);
    if (timer) clearTimeout(timer);
    raf = 0;
    timer = 0;
    soon = false;
    if (stopped || pendingSince < 0) return;
    const since = pendingSince;
    pendingSince = -1;
    lastRun = performance.now();
    opts.flush(since);
    scope = opts.scope();
  };
  if (channel) channel.port1.onmessage = run;

  const schedule = () => {
    const now = performance.now();
    if (pendingSince < 0) pendingSince = now;
    if (raf || timer || soon) return;
    if (now - lastRun >= MIN_GAP_MS) {
      soon = true;
      if (channel) channel.port2.postMessage(0);
      else timer = setTimeout(run, 0);
      return;
    }
    raf = requestAnimationFrame(run);
    timer = setTimeout(run, 100);
  };

  const relevant = (records: MutationRecord[]): boolean => {
    const own = opts.ignore?.() ?? null;
    for (const r of records) {
      const t = r.target;
      if (own && (t === own || own.contains(t))) continue;
      // Outside the scoped subtree only structural changes matter (a dialog opening or closing).
      if (scope && scope.isConnected && r.type !== 'childList' && !scope.contains(t)) continue;
      return true;
    }
    return false;
  };

  const mo = new MutationObserver((records) => {
    if (pendingSince >= 0) return; // already pending: nothing more to do until the flush
    if (relevant(records)) schedule();
  });
  mo.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ATTRS,
  });
  // input events cover textareas/inputs whose value changes without a DOM mutation.
  const onInput = () => schedule();
  doc.addEventListener('input', onInput, { capture: true, passive: true });
  doc.addEventListener('change', onInput, { capture: true, passive: true });

  return {
    poke: schedule,
    disconnect() {
      stopped = true;
      mo.disconnect();
      if (channel) {
        channel.port1.onmessage = null;
        channel.port1.close();
      }
      doc.removeEventListener('input', onInput, { capture: true });
      doc.removeEventListener('change', onInput, { capture: true });
      if (raf) cancelAnimationFrame(raf);
      if (timer) clearTimeout(timer);
    },
  };
}
