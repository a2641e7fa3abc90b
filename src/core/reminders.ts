// Retention reminders (PDPA §11 ¶3, MOE notice 三(六), MOE YouTube letter): "remind me to delete this in N days".
// Kept only in storage.local. Pure helpers: parse/repair the store, add, snooze, mark fired/done.
import { z } from './zod';
import { App } from './schema';

export const Reminder = z.object({
  id: z.string().check(z.maxLength(64)),
  app: App,
  itemKey: z.nullable(z.string().check(z.maxLength(200))),
  ruleId: z.string().check(z.maxLength(200)),
  title: z.string().check(z.maxLength(300)),
  url: z.string().check(z.maxLength(2000)),
  createdAt: z.number(),
  dueAt: z.number(),
  status: z.enum(['pending', 'fired', 'done']),
  firedAt: z.optional(z.number()),
});
export type Reminder = z.infer<typeof Reminder>;

export const REMINDERS_KEY = 'reminders';
export const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_REMINDERS = 500;

export interface ParsedReminders {
  reminders: Reminder[];
  /** true when the stored value was not a valid list and was replaced (the caller says so to the user) */
  repaired: boolean;
  dropped: number;
}

/** A corrupted store becomes an empty list (or the valid entries of it), never an exception. */
export function parseReminders(raw: unknown): ParsedReminders {
  if (raw === undefined || raw === null) return { reminders: [], repaired: false, dropped: 0 };
  if (!Array.isArray(raw)) return { reminders: [], repaired: true, dropped: 0 };
  const reminders: Reminder[] = [];
  let dropped = 0;
  for (const r of raw) {
    const p = Reminder.safeParse(r);
    if (p.success && Number.isFinite(p.data.dueAt)) reminders.push(p.data);
    else dropped++;
  }
  return { reminders: reminders.slice(0, MAX_REMINDERS), repaired: dropped > 0, dropped };
}

export function newReminder(
  input: Pick<Reminder, 'app' | 'itemKey' | 'ruleId' | 'title' | 'url'>,
  days: number,
  now: number,
  id: string,
): Reminder {
  return { ...input, id, createdAt: now, dueAt: now + days * DAY_MS, status: 'pending' };
}

/** Add or replace the reminder for the same item + rule (one reminder per item and rule). */
export function upsertReminder(list: Reminder[], r: Reminder): Reminder[] {
  const rest = list.filter((x) => !(x.app === r.app && x.itemKey === r.itemKey && x.ruleId === r.ruleId && x.status !== 'done'));
  return [...rest, r].slice(-MAX_REMINDERS);
}

export function snooze(list: Reminder[], id: string, days: number, now: number): Reminder[] {
  return list.map((r) => (r.id === id ? { ...r, dueAt: now + days * DAY_MS, status: 'pending' as const } : r));
}

export function markDone(list: Reminder[], id: string): Reminder[] {
  return list.map((r) => (r.id === id ? { ...r, status: 'done' as const } : r));
}

export function removeReminder(list: Reminder[], id: string): Reminder[] {
  return list.filter((r) => r.id !== id);
}

/**
 * Which pending reminders are due at `now`; they are marked fired so a repeated alarm, a clock change
 * or a restart never fires them twice.
 */
export function takeDue(list: Reminder[], now: number): { list: Reminder[]; due: Reminder[] } {
  const due: Reminder[] = [];
  const next = list.map((r) => {
    if (r.status === 'pending' && r.dueAt <= now) {
      const fired = { ...r, status: 'fired' as const, firedAt: now };
      due.push(fired);
      return fired;
    }
    return r;
  });
  return { list: next, due };
}
