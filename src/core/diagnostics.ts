// The redacted diagnostics report a user can paste into an issue: structure only
// (rules, statuses, reasons, anchors, notes, counts, categories). No names, addresses, titles or URLs' ids.
import type { Report, RuleResult } from './schema';

export interface RedactedReport {
  version: string;
  generatedAt: string;
  pages: Array<{
    app: Report['app'];
    scope: Report['scope'];
    host: string;
    path: string;
    anchors: Record<string, string>;
    notes: string[];
    counts: Record<string, number>;
  }>;
  results: Array<{ ruleId: string; status: RuleResult['status']; reason?: string; evidence: number; categories: string[] }>;
  dropped: Record<string, number>;
}

/** Path words are lower-case words (drivesharing, edit); ids mix in digits, capitals or are very long. */
const isIdLike = (seg: string) =>
  /\d{3,}/.test(seg) || (/^[A-Za-z0-9_-]{10,}$/.test(seg) && (/[0-9A-Z_]/.test(seg) || seg.length > 30));

/** Replace ids in a path with placeholders: /forms/d/1AbC…/edit → /forms/d/:id/edit. */
export function redactPath(url: string): { host: string; path: string } {
  try {
    const u = new URL(url);
    const path = u.pathname
      .split('/')
      .map((seg) => (isIdLike(seg) ? ':id' : seg))
      .join('/');
    return { host: u.hostname, path };
  } catch {
    return { host: 'invalid', path: '' };
  }
}

const SAFE_NOTE = /^[a-z0-9:._-]{1,80}$/i;

export function redactedReport(
  reports: readonly Report[],
  results: readonly RuleResult[],
  dropped: Record<string, number>,
  version: string,
  now = new Date(),
): RedactedReport {
  return {
    version,
    generatedAt: now.toISOString(),
    pages: reports.map((r) => ({
      app: r.app,
      scope: r.scope,
      ...redactPath(r.url),
      anchors: { ...r.diagnostics.anchors },
      notes: r.diagnostics.notes.filter((n) => SAFE_NOTE.test(n)),
      counts: { ...r.diagnostics.counts },
    })),
    results: results.map((r) => {
      const out: RedactedReport['results'][number] = {
        ruleId: r.ruleId,
        status: r.status,
        evidence: r.evidence.length,
        categories: [...new Set(r.evidence.map((e) => e.category).filter((c): c is string => !!c))],
      };
      if (r.reason) out.reason = r.reason;
      return out;
    }),
    dropped: { ...dropped },
  };
}
