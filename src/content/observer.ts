// A batched observer, in the manner of uBlock Origin's and Bitwarden's content scripts: the
// MutationObserver callback only marks work as pending; the work runs at most once per frame interval.
// After a quiet spell the flush runs in the very next task (so a single change is seen within a few
// milliseconds, not up to a frame later — issue 9: change → finding ≤ 16 ms p95); while changes keep coming
// it runs once per animation frame (or after a short timeout when frames are throttled, e.g. in a background tab).
// Typing is different: a keystroke in editable text (a question title, a video description) re-reads the whole
// page for one character, so text edits wait until the typing pauses (TYPING_IDLE_MS, at most TYPING_MAX_MS after
// the first keystroke) — issue 9: a scripted editing session costs the page ≤ 30 ms of script. A structural or
// attribute change (a switch, a menu, a dialog) arriving meanwhile flushes at once, typed text included.
// Mutations outside the current scope (a dialog or panel once it exists) and inside our own UI are skipped.
import { changeCollector, elementOf, type Changes } from '../sites/changes';

export interface BatchedObserverOptions {
  /** the subtree that matters right now (re-evaluated after every flush); null = whole document */
  scope: () => Element | null;
  /**
   * called at most once per frame with the time the first pending change was seen, and the nodes that
   * changed since the last flush (null = unknown or too many: read everything)
   */
  flush: (firstChangeAt: number, changed: Changes | null) => void;
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
/** Text edits flush after this much quiet… */
const TYPING_IDLE_MS = 250;
/** …and at the latest this long after the first pending keystroke. */
const TYPING_MAX_MS = 1000;
const EDITABLE_SEL = '[contenteditable]:not([contenteditable="false"]),textarea,input';

/** Is this node editable text (or inside it)? */
function inEditable(n: EventTarget | Node | null): boolean {
  const node = n as Node | null;
  if (!node || typeof (node as Node).nodeType !== 'number') return false;
  const el = elementOf(node);
  return !!el && el.closest(EDITABLE_SEL) !== null;
}

/** The tip host's tag (src/content/tip.ts); every content script of ours mounts its tip under one. */
const OWN_TAG = 'CPG-TIP';
const isOwnNode = (n: Node, own: Element | null): boolean => n === own || n.nodeName === OWN_TAG;

/** A record about our own UI: inside our host, or only our hosts added/removed. */
function isOwn(r: MutationRecord, own: Element | null): boolean {
  const t = r.target;
  if (isOwnNode(t, own) || (own !== null && own.contains(t))) return true;
  if (r.type !== 'childList') return false;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.length > 0 && nodes.every((x) => isOwnNode(x, own));
}

/**
 * One MutationObserver and one input/change listener per document for all our content scripts: they share the
 * extension's isolated world (so its globalThis), and a Forms page runs two guards (Forms and Share) whose separate
 * observers both woke on every keystroke (issue 9). Each guard joins with its own handlers; the last to leave stops it.
 */
interface Member {
  records(all: MutationRecord[]): void;
  input(e: Event): void;
}
// (bump the number when Member, Hub or ATTRS change: a hub made by an older copy of this code may still be around)
const HUB_KEY = '__cpgObserverHub1';
/** doc, members, stop */
type Hub = [Document, Set<Member>, () => void];

function join(doc: Document, member: Member): () => void {
  const g = globalThis as unknown as Record<string, Hub | undefined>;
  let hub = g[HUB_KEY];
  if (hub?.[0] !== doc) {
    const members = new Set<Member>();
    // one member failing must not keep the news from the others
    const each = (f: (m: Member) => void) =>
      members.forEach((m) => {
        try {
          f(m);
        } catch {
          /* never into the page */
        }
      });
    const mo = new MutationObserver((all) => each((m) => m.records(all)));
    mo.observe(doc.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRS });
    const onInput = (e: Event) => each((m) => m.input(e));
    const listen = (on: boolean) => {
      for (const t of ['input', 'change']) on ? doc.addEventListener(t, onInput, LISTEN) : doc.removeEventListener(t, onInput, LISTEN);
    };
    listen(true);
    const h: Hub = [doc, members, () => {
      mo.disconnect();
      listen(false);
      if (g[HUB_KEY] === h) g[HUB_KEY] = undefined;
    }];
    hub = g[HUB_KEY] = h;
  }
  const [, members, stop] = hub;
  members.add(member);
  return () => {
    members.delete(member);
    if (members.size === 0) stop();
  };
}
const LISTEN = { capture: true, passive: true };

export interface BatchedObserver {
  /** schedule a flush (e.g. after a navigation or a policy change); `keep`: what changed in the DOM is still known */
  poke(keep?: boolean): void;
  disconnect(): void;
}

export function createBatchedObserver(doc: Document, opts: BatchedObserverOptions): BatchedObserver {
  let pendingSince = -1;
  let raf = 0;
  let timer: ReturnType<typeof setTimeout> | 0 = 0;
  let stopped = false;
  let scope: Element | null = null;
  let lastRun = -Infinity;
  /** what changed since the last flush; unknown after a poke() or an overflow (then readers read everything) */
  const changes = changeCollector();
  let soon = false;
  /** the pending work is text editing only (waiting for a pause) */
  let lazy = false;
  let idle: ReturnType<typeof setTimeout> | 0 = 0;
  let lastText = 0;
  // Typing fast path (issue 9: ~65 µs of callbacks per keystroke were a third of a typing session's script). Once a
  // batch was one text edit of editable text, the next batches that edit the very same node, and the next `input`
  // events of the very same field, only prolong the pause: the node is already in the change set, and its place
  // (editable, in scope, not ours) can only change through a structural record, which takes the full path and
  // clears these. A flush clears them too (new change set, new scope).
  let typed: Node | null = null;
  let typedIn: EventTarget | null = null;
  // one timer per pause, not one per keystroke: when it fires early it re-arms for the remainder
  const armIdle = () => {
    const due = Math.min(lastText + TYPING_IDLE_MS, pendingSince + TYPING_MAX_MS);
    idle = setTimeout(onIdle, Math.max(0, due - performance.now()));
  };
  const onIdle = () => {
    idle = 0;
    if (!lazy) return;
    if (performance.now() + 1 >= Math.min(lastText + TYPING_IDLE_MS, pendingSince + TYPING_MAX_MS)) run();
    else armIdle();
  };
  // a message to ourselves runs in the next task, without setTimeout's clamping
  // (none where MessageChannel is missing or throws: setTimeout then)
  let channel: MessageChannel | null = null;
  try {
    channel = new MessageChannel();
  } catch {
    /* keep null */
  }

  const run = () => {
    if (raf) cancelAnimationFrame(raf);
    if (timer) clearTimeout(timer);
    if (idle) clearTimeout(idle);
    raf = 0;
    timer = 0;
    idle = 0;
    soon = false;
    lazy = false;
    typed = typedIn = null;
    if (stopped || pendingSince < 0) return;
    const since = pendingSince;
    pendingSince = -1;
    lastRun = performance.now();
    opts.flush(since, changes.take());
    scope = opts.scope();
  };
  if (channel) channel.port1.onmessage = run;

  const schedule = (kind: 'now' | 'text' = 'now') => {
    const now = performance.now();
    if (pendingSince < 0) pendingSince = now;
    if (raf || timer || soon) return; // a flush is already on its way
    if (kind === 'text') {
      lazy = true;
      lastText = now;
      if (!idle) armIdle();
      return;
    }
    if (lazy) {
      lazy = false;
      if (idle) clearTimeout(idle);
      idle = 0;
    }
    if (now - lastRun >= MIN_GAP_MS) {
      soon = true;
      if (channel) channel.port2.postMessage(0);
      else timer = setTimeout(run, 0);
      return;
    }
    raf = requestAnimationFrame(run);
    timer = setTimeout(run, 100);
  };

  /** 'now' for a structural/attribute change, 'text' when every relevant record is an edit of editable text. */
  const relevant = (records: MutationRecord[]): 'none' | 'text' | 'now' => {
    let text = false;
    for (const r of records) {
      const t = r.target;
      // Outside the scoped subtree only structural changes matter (a dialog opening or closing).
      if (scope && scope.isConnected && r.type !== 'childList' && !scope.contains(t)) continue;
      if (r.type !== 'attributes' && inEditable(t)) {
        text = true;
        continue;
      }
      return 'now';
    }
    return text ? 'text' : 'none';
  };

  const leave = join(doc, {
    records(all) {
      // (a batch is never empty)
      const one = all[1] ? null : all[0]!.target;
      if (one && one === typed) return schedule('text');
      typed = null;
      // our own UI (the in-page tip of any of our content scripts) coming, going or changing is not the page changing
      const own = opts.ignore?.() ?? null;
      const records = all.filter((r) => !isOwn(r, own));
      if (records.length === 0) return;
      for (const r of records) changes.record(r);
      if (pendingSince >= 0 && !lazy) return; // a flush is coming: nothing more to do until it runs
      const k = relevant(records);
      if (k !== 'none') schedule(k);
      if (k === 'text' && records.length === 1 && all[0]!.type === 'characterData') typed = one;
    },
    // input events cover textareas/inputs whose value changes without a DOM mutation:
    // the field itself counts as changed
    input(e) {
      const t = e.target;
      const text = e.type === 'input';
      if (text && t && t === typedIn) return schedule('text');
      if (t && typeof (t as Node).nodeType === 'number') changes.touch(t as Node);
      typedIn = text && inEditable(t) ? t : null;
      schedule(typedIn ? 'text' : 'now');
    },
  });

  return {
    poke: (keep) => {
      // something outside the DOM changed (policy, navigation): read everything, unless only the URL did and whatever
      // the page changed with it is in the change set (the readers take the URL afresh on every read)
      if (!keep) changes.invalidate();
      schedule('now');
    },
    disconnect() {
      stopped = true;
      leave();
      if (channel) {
        channel.port1.onmessage = null;
        channel.port1.close();
      }
      if (raf) cancelAnimationFrame(raf);
      if (timer) clearTimeout(timer);
      if (idle) clearTimeout(idle);
    },
  };
}
