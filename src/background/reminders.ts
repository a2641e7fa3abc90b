// Reminder store I/O, alarms and notifications. The list lives in storage.local only.
import browser from '../platform/polyfill';
import { loadPolicy } from './policy';
import { resolveLang, translator } from '../core/i18n';
import {
  newReminder,
  parseReminders,
  REMINDERS_KEY,
  takeDue,
  upsertReminder,
  type Reminder,
} from '../core/reminders';
import { workerStrings } from './strings';

export const REMINDER_ALARM_PREFIX = 'reminder:';

async function lang() {
  return resolveLang((await loadPolicy()).policy.language, browser.i18n.getUILanguage());
}

export async function loadReminders(): Promise<Reminder[]> {
  const raw = (await browser.storage.local.get(REMINDERS_KEY))[REMINDERS_KEY];
  const parsed = parseReminders(raw);
  if (parsed.repaired) {
    await browser.storage.local.set({ [REMINDERS_KEY]: parsed.reminders, 'diag:remindersRepairedAt': Date.now() });
  }
  return parsed.reminders;
}

async function saveReminders(list: Reminder[]): Promise<void> {
  await browser.storage.local.set({ [REMINDERS_KEY]: list });
}

function randomId(): string {
  const a = new Uint8Array(9);
  crypto.getRandomValues(a);
  return Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function addReminder(input: {
  app: Reminder['app'];
  itemKey: string | null;
  ruleId: string;
  title: string;
  url: string;
  days: number;
}): Promise<{ ok: true; reminder: Reminder }> {
  const list = await loadReminders();
  const r = newReminder(input, input.days, Date.now(), randomId());
  await saveReminders(upsertReminder(list, r));
  await syncAlarms();
  return { ok: true, reminder: r };
}

/** One alarm per pending reminder; alarms of reminders that are gone or no longer pending are cleared. */
export async function syncAlarms(): Promise<void> {
  const list = await loadReminders();
  const alarms = await browser.alarms.getAll();
  const want = new Map(list.filter((r) => r.status === 'pending').map((r) => [REMINDER_ALARM_PREFIX + r.id, r]));
  for (const a of alarms) {
    if (!a.name.startsWith(REMINDER_ALARM_PREFIX)) continue;
    const r = want.get(a.name);
    if (!r) await browser.alarms.clear(a.name);
    else if (Math.abs(a.scheduledTime - r.dueAt) < 1000) want.delete(a.name);
  }
  for (const [name, r] of want) {
    // A reminder due in the past fires once, right away (Chrome's minimum delay applies).
    await browser.alarms.create(name, { when: Math.max(r.dueAt, Date.now() + 1000) });
  }
}

/** Fire every due reminder exactly once, whatever alarm woke us (clock changes, restarts, duplicates). */
export async function handleAlarm(_name: string, now = Date.now()): Promise<Reminder[]> {
  const list = await loadReminders();
  const { list: next, due } = takeDue(list, now);
  if (due.length === 0) return [];
  await saveReminders(next);
  const t = translator(workerStrings, await lang());
  for (const r of due) {
    try {
      await browser.notifications.create(REMINDER_ALARM_PREFIX + r.id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('icons/icon-128.png'),
        title: t('reminderTitle'),
        message: t('reminderBody', { title: r.title }),
      });
    } catch {
      // notifications may be disabled by the user or the OS; the options page still lists the reminder as due
    }
  }
  return due;
}

export function installReminderListeners(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && REMINDERS_KEY in changes) void syncAlarms();
  });
  browser.runtime.onStartup.addListener(() => void syncAlarms());
  browser.runtime.onInstalled.addListener(() => void syncAlarms());
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(REMINDER_ALARM_PREFIX)) return;
    void browser.runtime.openOptionsPage();
  });
}
