import { describe, expect, test } from 'vitest';
import {
  DAY_MS,
  markDone,
  newReminder,
  parseReminders,
  removeReminder,
  snooze,
  takeDue,
  upsertReminder,
} from '../../../src/core/reminders';

const base = { app: 'studio' as const, itemKey: 'vid1', ruleId: 'youtube.public', title: '期末報告', url: 'https://studio.youtube.com/video/vid1/edit' };
const now = Date.UTC(2026, 11, 1);

describe('reminder store', () => {
  test('a reminder is due after N days and fires exactly once, even when alarms repeat or the clock jumps', () => {
    const r = newReminder(base, 14, now, 'a1');
    expect(r.dueAt).toBe(now + 14 * DAY_MS);
    let list = [r];
    expect(takeDue(list, now + 13 * DAY_MS).due).toHaveLength(0);
    const first = takeDue(list, now + 14 * DAY_MS);
    expect(first.due.map((d) => d.id)).toEqual(['a1']);
    list = first.list;
    expect(list[0]!.status).toBe('fired');
    // same alarm again, clock moved back, then far forward: never twice
    expect(takeDue(list, now + 14 * DAY_MS).due).toHaveLength(0);
    expect(takeDue(list, now).due).toHaveLength(0);
    expect(takeDue(list, now + 400 * DAY_MS).due).toHaveLength(0);
  });

  test('a reminder already due in the past fires once', () => {
    const past = newReminder(base, 1, now - 30 * DAY_MS, 'p');
    const { list, due } = takeDue([past], now);
    expect(due).toHaveLength(1);
    expect(takeDue(list, now + 1).due).toHaveLength(0);
  });

  test('snooze re-arms, done and delete remove it from the due set', () => {
    const fired = takeDue([newReminder(base, 1, now, 's')], now + DAY_MS).list;
    const snoozed = snooze(fired, 's', 7, now + DAY_MS);
    expect(snoozed[0]).toMatchObject({ status: 'pending', dueAt: now + 8 * DAY_MS });
    expect(takeDue(markDone(snoozed, 's'), now + 9 * DAY_MS).due).toHaveLength(0);
    expect(removeReminder(snoozed, 's')).toEqual([]);
  });

  test('one reminder per item and rule', () => {
    const a = newReminder(base, 14, now, 'a');
    const b = newReminder(base, 7, now, 'b');
    expect(upsertReminder([a], b).map((r) => r.id)).toEqual(['b']);
    const other = newReminder({ ...base, ruleId: 'youtube.unlisted' }, 7, now, 'c');
    expect(upsertReminder([a], other)).toHaveLength(2);
  });

  test.each([
    ['a string', 'garbage'],
    ['an object', { a: 1 }],
    ['a number', 42],
  ])('a corrupted store (%s) is repaired to an empty list', (_n, raw) => {
    expect(parseReminders(raw)).toEqual({ reminders: [], repaired: true, dropped: 0 });
  });

  test('valid entries survive, broken ones are dropped and reported', () => {
    const good = newReminder(base, 14, now, 'g');
    const parsed = parseReminders([good, { id: 3 }, null, { ...good, dueAt: 'soon' }]);
    expect(parsed.reminders).toEqual([good]);
    expect(parsed).toMatchObject({ repaired: true, dropped: 3 });
    expect(parseReminders(undefined)).toEqual({ reminders: [], repaired: false, dropped: 0 });
  });
});
