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

/** More changed nodes than this and the set stops being useful: read everything. */
export const MAX_CHANGED = 256;

export class ChangeCollector {
  private nodes = new Set<Node>();
  private structure = new Set<Node>();
  private text = new Set<Node>();
  private overflow = false;

  /** Note one mutation record. */
  record(r: MutationRecord): void {
    if (this.overflow) return;
    const t = r.target;
    this.nodes.add(t);
    if (r.type === 'childList' || (r.type === 'attributes' && r.attributeName === 'aria-label')) this.structure.add(t);
    else if (r.type === 'characterData') this.text.add(t);
    if (this.nodes.size > MAX_CHANGED) this.overflow = true;
  }

  /** Note a node whose state changed without a mutation (an input's value, a checkbox's checked). */
  touch(n: Node): void {
    if (this.overflow) return;
    this.nodes.add(n);
    if (this.nodes.size > MAX_CHANGED) this.overflow = true;
  }

  /** Forget what is known: the next read reads everything (a navigation, a policy change). */
  invalidate(): void {
    this.overflow = true;
  }

  /** What changed since the last take (null: unknown), and start again. */
  take(): Changes | null {
    const out: Changes | null = this.overflow ? null : { nodes: this.nodes, structure: this.structure, text: this.text };
    this.nodes = new Set();
    this.structure = new Set();
    this.text = new Set();
    this.overflow = false;
    return out;
  }
}

/** Changes from a list of mutation records (tests, tools): what the observer would hand a reader. */
export function changesFrom(records: readonly MutationRecord[]): Changes | null {
  const c = new ChangeCollector();
  for (const r of records) c.record(r);
  return c.take();
}
