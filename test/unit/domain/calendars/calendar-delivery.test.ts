import { describe, expect, it } from 'vitest';
import {
  calendarChanges,
  calendarDelivery,
  describeChanges,
  describeReminder,
  isDefaultReminders,
  parseReminderSettings,
} from '../../../../src/domain/calendars/calendar-delivery';
import { memberCalendarDigests } from '../../../../src/domain/calendars/calendar-digest';
import { DEFAULT_REMINDER_MINUTES } from '../../../../src/domain/calendars/calendar-reminders';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import { nextCalendarIdentity } from '../../../../src/domain/shared/calendar-identity';
import type { TripBundle } from '../../../../src/domain/trip/trip-bundle';
import { inEnglish } from '../../../builders/words';

const NOW = '2026-01-02T03:04:05.000Z';

function sampleTrip(): TripBundle {
  let counter = 0;
  return buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++counter}` });
}

const sample = sampleTrip();

describe('who has changes they have not yet received', () => {
  const at = (hour: number) => `2016-11-12T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const sent = {
    a: { entry: '0 CONFIRMED', title: 'Breakfast', start: at(1), end: at(2) },
    b: { entry: '1 CONFIRMED', title: 'MoU signing', start: at(2), end: at(3) },
    c: { entry: '0 TENTATIVE', title: 'Qingdao meeting', start: at(4), end: at(5) },
  };

  it('names each event new, moved, changed, cancelled or removed, in time order', () => {
    const now = {
      a: { entry: '1 CONFIRMED', title: 'Breakfast', start: at(1), end: at(2) },
      b: { entry: '2 CONFIRMED', title: 'MoU signing', start: at(3), end: at(4) },
      c: { entry: '1 CANCELLED', title: 'Qingdao meeting', start: at(4), end: at(5) },
      d: { entry: '0 CONFIRMED', title: 'Dinner', start: at(10), end: at(12) },
    };
    const changes = calendarChanges(sent, now);
    expect(changes).toMatchObject({ added: 1, updated: 3, removed: 0, total: 4, remindersChanged: false });
    expect(changes.events.map(({ uid, kind }) => `${uid} ${kind}`)).toEqual([
      'a changed',
      'b moved',
      'c cancelled',
      'd new',
    ]);
    const gone = calendarChanges(sent, { a: sent.a });
    expect(gone).toMatchObject({ added: 0, updated: 0, removed: 2, total: 2 });
    expect(inEnglish(describeChanges(gone))).toBe('“MoU signing” removed; “Qingdao meeting” removed');
  });

  it('takes an event sent as cancelled and since gone as delivered, not as a change', () => {
    const cancelledSent = { ...sent, c: { ...sent.c, entry: '1 CANCELLED' } };
    expect(calendarChanges(cancelledSent, { a: sent.a, b: sent.b }).total).toBe(0);
  });

  it('reads records kept before titles and times were, an event as its bare entry', () => {
    const old = { a: '0 CONFIRMED', b: '1 CONFIRMED', c: '0 TENTATIVE' };
    const changes = calendarChanges(old, { a: sent.a, b: { ...sent.b, entry: '2 CONFIRMED' } });
    expect(changes).toMatchObject({ added: 0, updated: 1, removed: 1, total: 2 });
    expect(inEnglish(describeChanges(changes))).toBe('“MoU signing” changed; an event removed');
  });

  it('says never sent, up to date, or changed since the last export', () => {
    const never = { calendarExportedAt: null, calendarExportedEvents: null };
    expect(calendarDelivery(never, sent)).toEqual({ state: 'never' });
    const exported = { calendarExportedAt: NOW, calendarExportedEvents: sent };
    expect(calendarDelivery(exported, { ...sent })).toEqual({ state: 'up-to-date', sentAt: NOW });
    const delivery = calendarDelivery(exported, { ...sent, b: { ...sent.b, entry: '2 CONFIRMED' } });
    expect(delivery).toMatchObject({ state: 'changed', sentAt: NOW, changes: { added: 0, updated: 1, removed: 0 } });
  });

  it('counts reminders changed since the export, when what it carried is known', () => {
    const exported = { calendarExportedAt: NOW, calendarExportedEvents: sent, calendarExportedReminders: '30 60' };
    expect(calendarDelivery(exported, sent, '30 60')).toEqual({ state: 'up-to-date', sentAt: NOW });
    const delivery = calendarDelivery(exported, sent, '15 60');
    expect(delivery).toMatchObject({ state: 'changed', changes: { total: 0, remindersChanged: true } });
    if (delivery.state !== 'changed' || !delivery.changes) throw new Error('Expected changes');
    expect(inEnglish(describeChanges(delivery.changes))).toBe('reminders changed');
    // Not known before this was kept, and not read yet: never a change.
    expect(calendarDelivery({ ...exported, calendarExportedReminders: undefined }, sent, '15 60').state).toBe('up-to-date');
    expect(calendarDelivery(exported, sent, undefined).state).toBe('up-to-date');
  });

  it('counts a calendar exported before its contents were kept as changed, with the updates not known', () => {
    expect(calendarDelivery({ calendarExportedAt: NOW, calendarExportedEvents: null }, sent)).toEqual({
      state: 'changed',
      sentAt: NOW,
      changes: null,
    });
    expect(calendarDelivery({ calendarExportedAt: NOW }, sent)).toEqual({ state: 'changed', sentAt: NOW, changes: null });
  });

  it('describes the first two events by name, then how many more', () => {
    const now = Object.fromEntries(
      ['One', 'Two', 'Three', 'Four', 'Five'].map((title, index) => [
        title,
        { entry: '0 CONFIRMED', title, start: at(index + 1), end: at(index + 2) },
      ]),
    );
    expect(inEnglish(describeChanges(calendarChanges({}, now)))).toBe('“One” added; “Two” added and 3 more');
  });

  it('sees an edited engagement as an update only for those who attend it', () => {
    const sentDigests = memberCalendarDigests(sample, inEnglish);
    const mou = sample.engagements.find((engagement) => engagement.title.includes('MoU signing'))!;
    const edited: TripBundle = {
      ...sample,
      engagements: sample.engagements.map((engagement) =>
        engagement === mou ? { ...engagement, calendar: nextCalendarIdentity(engagement.calendar, () => 'unused') } : engagement,
      ),
    };
    const now = memberCalendarDigests(edited, inEnglish);
    for (const [personId, digest] of now) {
      const changes = calendarChanges(sentDigests.get(personId)!, digest);
      expect(changes.total).toBe(mou.calendar.uid in digest ? 1 : 0);
    }
  });
});

describe('reminder settings as stored', () => {
  it('give the defaults when nothing is stored or the value is not a record', () => {
    for (const stored of [undefined, null, 'thirty', 30, [], [30]]) {
      expect(parseReminderSettings(stored)).toEqual(DEFAULT_REMINDER_MINUTES);
    }
  });

  it('take each valid kind, none (null) included, and ignore the rest', () => {
    const stored = { meeting: 15, flight: null, train: 2.5, ferry: -1, coach: 99_999, banquet: '60', unknown: 5 };
    expect(parseReminderSettings(stored)).toEqual({ ...DEFAULT_REMINDER_MINUTES, meeting: 15, flight: null });
    expect(isDefaultReminders(parseReminderSettings(stored))).toBe(false);
    expect(isDefaultReminders(parseReminderSettings({}))).toBe(true);
  });

  it('are described as a person says them', () => {
    expect(inEnglish(describeReminder(null))).toBe('None');
    expect(inEnglish(describeReminder(0))).toBe('At the start');
    expect(inEnglish(describeReminder(30))).toBe('30 minutes before');
    expect(inEnglish(describeReminder(60))).toBe('1 hour before');
    expect(inEnglish(describeReminder(180))).toBe('3 hours before');
    expect(inEnglish(describeReminder(90))).toBe('1 hour 30 minutes before');
  });
});
