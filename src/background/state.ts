// Per-tab state kept in storage.session (the worker may be stopped at any time: no state in globals).
// Pure helpers here; the worker does the I/O.
import { badgeOf } from '../core/engine';
import type { Report, RuleResult } from '../core/schema';

export interface FrameEntry {
  report: Report;
  receivedAt: number;
}

export interface TabState {
  /** frameId → last report of that frame, one entry per app per frame */
  frames: Record<string, FrameEntry>;
}

export const tabKey = (tabId: number) => `tab:${tabId}`;
export const frameKey = (frameId: number, app: string) => `${frameId}:${app}`;

export interface MergedTab {
  /** the reports that are in force, newest first */
  reports: Report[];
  /** one result per rule id */
  results: RuleResult[];
}

const STATUS_RANK: Record<RuleResult['status'], number> = {
  violation: 3,
  unverified: 2,
  pass: 1,
  'not-applicable': 0,
};

/**
 * Merge the frames of a tab. Within one app, an open dialog ('dialog' scope) supersedes what the
 * top page says (the Share button label is older news than the dialog the user is editing); otherwise
 * per rule the most serious status wins, with its evidence.
 */
export function mergeTab(state: TabState | undefined): MergedTab {
  const entries = Object.values(state?.frames ?? {}).sort((a, b) => b.receivedAt - a.receivedAt);
  const byApp = new Map<string, FrameEntry[]>();
  for (const e of entries) {
    const list = byApp.get(e.report.app) ?? [];
    list.push(e);
    byApp.set(e.report.app, list);
  }
  const reports: Report[] = [];
  for (const list of byApp.values()) {
    const dialogs = list.filter((e) => e.report.scope === 'dialog');
    for (const e of dialogs.length > 0 ? dialogs : list) reports.push(e.report);
  }
  const byRule = new Map<string, RuleResult>();
  for (const r of reports) {
    for (const res of r.results) {
      const prev = byRule.get(res.ruleId);
      if (!prev || STATUS_RANK[res.status] > STATUS_RANK[prev.status]) byRule.set(res.ruleId, res);
    }
  }
  return { reports, results: [...byRule.values()] };
}

export function badgeForTab(state: TabState | undefined) {
  return badgeOf(mergeTab(state).results);
}
