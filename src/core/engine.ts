// Runs the rules for a snapshot's app and builds the Report a content script sends.
// One result per rule (DESIGN: at most one finding per rule per page/dialog, carrying all evidence).
import type { Policy } from './policy';
import type { Rule, RuleOutcome } from './rule';
import type { Evidence, Report, RuleResult, Snapshot } from './schema';
import { maskText } from './detect/mask';
import { truncate } from './text';

const MAX_EVIDENCE = 50;

// Rules hand out the same evidence objects while the page has not changed (issue 9): mask each one once.
const SAFE = new WeakMap<Evidence, Evidence>();
function safeEvidence(e: Evidence): Evidence {
  let out = SAFE.get(e);
  if (!out) {
    out = { ...e, text: truncate(maskText(e.text), 300) };
    if (e.match !== undefined) out.match = truncate(maskText(e.match), 120);
    SAFE.set(e, out);
  }
  return out;
}

function runOne(rule: Rule, snapshot: Snapshot, policy: Policy): RuleOutcome {
  try {
    return (rule.evaluate as (s: Snapshot, p: Policy) => RuleOutcome)(snapshot, policy);
  } catch {
    // A rule must never throw; if one does, say so instead of passing silently.
    return { status: 'unverified', reason: 'rule-error' };
  }
}

export function toResult(rule: Rule, outcome: RuleOutcome): RuleResult {
  const evidence =
    outcome.status === 'violation' || (outcome.status === 'unverified' && outcome.evidence)
      ? (outcome.status === 'violation' ? outcome.evidence : outcome.evidence ?? []).slice(0, MAX_EVIDENCE).map(safeEvidence)
      : [];
  const result: RuleResult = { ruleId: rule.id, severity: rule.severity, status: outcome.status, evidence };
  if (outcome.status === 'unverified' || outcome.status === 'not-applicable') result.reason = outcome.reason;
  return result;
}

export function itemTitleOf(s: Snapshot): string | null {
  const t = s.app === 'share' ? s.itemName : s.title;
  return t ? truncate(maskText(t), 300) : null;
}

/** Evaluate every enabled rule of the snapshot's app. */
export function evaluate(snapshot: Snapshot, policy: Policy, rules: readonly Rule[]): Report {
  const results: RuleResult[] = [];
  for (const rule of rules) {
    if (rule.app !== snapshot.app) continue;
    if (policy.disabledRules.includes(rule.id)) continue;
    results.push(toResult(rule, runOne(rule, snapshot, policy)));
  }
  return {
    app: snapshot.app,
    url: snapshot.url,
    itemKey: snapshot.itemKey,
    itemTitle: itemTitleOf(snapshot),
    results,
    diagnostics: snapshot.diagnostics,
    scope: snapshot.app === 'share' && snapshot.context === 'dialog' ? 'dialog' : 'page',
  };
}

/** Findings are the results a user must look at: violations and unverified rules. */
export function findingsOf(report: Pick<Report, 'results'>): RuleResult[] {
  return report.results.filter((r) => r.status === 'violation' || r.status === 'unverified');
}

/** DESIGN badge contract: count of high + warn violations; red if any high. */
export function badgeOf(results: readonly RuleResult[]): { text: string; color: 'red' | 'amber' | null } {
  const counted = results.filter((r) => r.status === 'violation' && (r.severity === 'high' || r.severity === 'warn'));
  if (counted.length === 0) return { text: '', color: null };
  return { text: String(counted.length), color: counted.some((r) => r.severity === 'high') ? 'red' : 'amber' };
}
