// The shape of a rule: metadata beside logic (like axe-core's rule metadata + checks).
import type { Basis } from './law';
import type { Policy } from './policy';
import type { App, Evidence, Lang, Severity, SnapshotOf } from './schema';

export interface RuleMessages {
  /** short title, e.g. 「回覆者可以看到所有人的答案」 */
  title: string;
  /** why it matters to students and parents: one or two plain sentences */
  why: string;
  /** the concrete clicks that fix it, in order */
  fix: string[];
  /** shown when the rule is unverified: what we could not read and what to check by hand */
  unverified: string;
  /** shown in the checklist when the rule passed */
  pass: string;
}

export type RuleOutcome =
  | { status: 'pass' }
  | { status: 'violation'; evidence: Evidence[] }
  | { status: 'unverified'; reason: string; evidence?: Evidence[] }
  /** the rule does not apply here (e.g. no school domains configured); listed only in diagnostics */
  | { status: 'not-applicable'; reason: string };

/** A rule's logic: what content scripts bundle. Its texts and legal basis are in its RuleMeta. */
export interface Rule<A extends App = App> {
  id: string;
  app: A;
  severity: Severity;
  /** Pure: same snapshot + policy → same outcome. Must never throw on a schema-valid snapshot. */
  evaluate(snapshot: SnapshotOf<A>, policy: Policy): RuleOutcome;
}

/**
 * A rule's metadata (like axe-core's rule metadata): id, severity, legal basis per school type and the
 * user-facing texts in both languages. Lives in `<rule>.meta.ts` beside `<rule>.ts`; the registry
 * meta-test checks the two agree.
 */
export interface RuleMeta {
  id: string;
  app: App;
  severity: Severity;
  basis: Basis;
  messages: Record<Lang, RuleMessages>;
}

/** Helper that keeps the app type parameter inferred from the literal. */
export function defineRule<A extends App>(rule: Rule<A>): Rule<A> {
  return rule;
}
