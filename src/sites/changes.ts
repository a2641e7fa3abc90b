// What changed in a page since a reader last read it, as a content script's MutationObserver saw it (issue 9).
// Readers use it to reuse work: a question card, a people row or the layout of the Settings panel is read again only
// when a change could have touched it. `null` instead of a Changes means "unknown": read everything.

export interface Changes {
  /** every node a mutation record or an input/change event targeted */
  readonly nodes: ReadonlySet<Node>;
  /**
   * the subset that can change which elements exist or what they are called: targets of childList records and of
   * aria-label changes. A reader may keep element lookups (labels, controls, rows) made outside these subtrees.
   */
  readonly structure: ReadonlySet<Node>;
  /** targets of characterData records (text edits); readers decide whether that text can be a label */
  readonly text: ReadonlySet<Node>;
}

/** The element a changed node stands for: itself, or the parent of a text node. */
export const elementOf = (n: Node): Element | null => (n.nodeType === 1 ? (n as Element) : n.parentElement);

/** More changed nodes than this and the set stops being useful: read everything. */
export const MAX_CHANGED = 256;

export interface ChangeCollector {
  /** Note one mutation record. */
  record(r: MutationRecord): void;
  /** Note a node whose state changed without a mutation (an input's value, a checkbox's checked). */
  touch(n: Node): void;
  /** Forget what is known: the next read reads everything (a navigation, a policy change). */
  invalidate(): void;
  /** What changed since the last take (null: unknown), and start again. */
  take(): Changes | null;
}

export function changeCollector(): ChangeCollector {
  const fresh = (): Changes & { nodes: Set<Node>; structure: Set<Node>; text: Set<Node> } => ({
    nodes: new Set(),
    structure: new Set(),
    text: new Set(),
  });
  /** null: overflowed or invalidated */
  let c: ReturnType<typeof fresh> | null = fresh();
  const add = (n: Node, to?: Set<Node>) => {
    if (!c) return;
    c.nodes.add(n);
    to?.add(n);
    if (c.nodes.size > MAX_CHANGED) c = null;
  };
  return {
    record(r) {
      if (!c) return;
      const t = r.type;
      add(
        r.target,
        t === 'childList' || (t === 'attributes' && r.attributeName === 'aria-label') ? c.structure : t === 'characterData' ? c.text : undefined,
      );
    },
    touch: (n) => add(n),
    invalidate() {
      c = null;
    },
    take() {
      const out = c;
      c = fresh();
      return out;
    },
  };
}

/** Changes from a list of mutation records (tests, tools): what the observer would hand a reader. */
export function changesFrom(records: readonly MutationRecord[]): Changes | null {
  const c = changeCollector();
  for (const r of records) c.record(r);
  return c.take();
}
