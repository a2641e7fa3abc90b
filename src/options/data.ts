// Local data shown on the options page: acknowledgements, the export file, the download helper.
import { APPS, type App } from '../core/schema';
import type { Reminder } from '../core/reminders';

export const ACKS_KEY = 'acks';
export const POLICY_KEY = 'policy';

export interface AckEntry {
  key: string;
  app: App;
  itemKey: string | null;
  ruleId: string;
  reason?: string;
  at: number;
}

/** storage.local 'acks' (keys from ackKey(): app|itemKey|ruleId) → a list, newest first; junk is skipped. */
export function parseAcks(raw: unknown): AckEntry[] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return [];
  const out: AckEntry[] = [];
  for (const [key, v] of Object.entries(raw as Record<string, unknown>)) {
    const parts = key.split('|');
    if (parts.length < 3) continue;
    const app = parts[0] as App;
    if (!(APPS as readonly string[]).includes(app)) continue;
    const ruleId = parts[parts.length - 1]!;
    const item = parts.slice(1, -1).join('|');
    const e = v && typeof v === 'object' ? (v as { reason?: unknown; at?: unknown }) : {};
    const entry: AckEntry = { key, app, itemKey: item === '-' ? null : item, ruleId, at: typeof e.at === 'number' ? e.at : 0 };
    if (typeof e.reason === 'string' && e.reason) entry.reason = e.reason.slice(0, 500);
    out.push(entry);
  }
  return out.sort((a, b) => b.at - a.at);
}

export function removeAck(raw: unknown, key: string): Record<string, unknown> {
  const next = raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>) } : {};
  delete next[key];
  return next;
}

export interface ExportFile {
  format: 'campus-privacy-guard/export';
  version: 1;
  exportedAt: string;
  extensionVersion: string;
  acknowledgements: AckEntry[];
  reminders: Reminder[];
}

export function buildExport(acks: AckEntry[], reminders: Reminder[], now: number, extensionVersion: string): ExportFile {
  return {
    format: 'campus-privacy-guard/export',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    extensionVersion,
    acknowledgements: acks,
    reminders,
  };
}

export function exportFileName(now: number): string {
  return `campus-privacy-guard-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** Download a JSON file through a Blob URL (no data: URL, nothing leaves the browser). */
export function downloadJson(doc: Document, name: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** Only http(s) links are rendered as links (a stored javascript: URL must never become clickable). */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
