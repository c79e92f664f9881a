import type ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_MINUTES, reminderAlarms, reminderDigest } from '../../../../src/domain/calendars/calendar-reminders';
import {
  engagementTitled,
  eventWithUid,
  mou,
  NOW,
  overnightFlight,
  sample,
  tripText,
  withEngagement,
  type Component,
} from './sample-trip-calendars';
import { inEnglish } from '../../../builders/words';

describe('reminders', () => {
  const trigger = (event: Component) =>
    (event.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration> | undefined)?.toSeconds();
  const meeting = engagementTitled(sample, 'Meeting with the Kunming');
  const banquet = engagementTitled(sample, 'Welcome banquet');
  const train = sample.segments.find((segment) => segment.mode === 'train')!;

  it('come by default 30 minutes before a meeting, an hour before a banquet or ceremony, 3 hours before a flight, an hour before a train', () => {
    const text = tripText();
    expect(trigger(eventWithUid(text, meeting.calendar.uid))).toBe(-30 * 60);
    expect(trigger(eventWithUid(text, banquet.calendar.uid))).toBe(-60 * 60);
    expect(trigger(eventWithUid(text, mou.calendar.uid))).toBe(-60 * 60);
    expect(trigger(eventWithUid(text, overnightFlight.calendar.uid))).toBe(-3 * 60 * 60);
    expect(trigger(eventWithUid(text, train.calendar.uid))).toBe(-60 * 60);
    expect(DEFAULT_REMINDER_MINUTES.flight).toBe(180);
  });

  it('can be changed per kind, switched off for one kind, set at the start, or left out altogether', () => {
    const text = tripText(sample, { words: inEnglish, now: NOW, reminders: { meeting: 15, flight: null, train: 0, banquet: 1440 } });
    expect(trigger(eventWithUid(text, meeting.calendar.uid))).toBe(-15 * 60);
    expect(trigger(eventWithUid(text, overnightFlight.calendar.uid))).toBeUndefined();
    expect(trigger(eventWithUid(text, train.calendar.uid))).toBe(0);
    expect(trigger(eventWithUid(text, banquet.calendar.uid))).toBe(-24 * 60 * 60);
    expect(text).not.toMatch(/^TRIGGER:-?P\d*T?$/m);

    expect(tripText(sample, { words: inEnglish, now: NOW, reminders: 'none' })).not.toContain('BEGIN:VALARM');
  });

  it('escapes the reminder’s text, so commas, semicolons and backslashes survive', () => {
    const title = 'Dinner; speeches, toasts \\ gifts';
    const bundle = withEngagement(sample, mou.id, (engagement) => ({ ...engagement, title }));
    const alarm = eventWithUid(tripText(bundle), mou.calendar.uid).getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('description')).toBe(title);
  });
});

describe('the alarm of one event', () => {
  it('comes the given minutes before, in hours when they are whole, and at the start for 0', () => {
    const minutes = (value: number) => reminderAlarms({ ...DEFAULT_REMINDER_MINUTES, meeting: value }, 'meeting', 'Talks');
    expect(minutes(45)).toEqual([{ action: 'display', description: 'Talks', trigger: { before: true, minutes: 45 } }]);
    expect(minutes(120)[0]?.trigger).toEqual({ before: true, hours: 2 });
    expect(minutes(1440)[0]?.trigger).toEqual({ before: true, hours: 24 });
    expect(minutes(0)[0]?.trigger).toEqual({ before: false, minutes: 0 });
    expect(minutes(29.6)[0]?.trigger).toEqual({ before: true, minutes: 30 });
  });

  it('is left out for a kind without a reminder, a time that is not one, or reminders switched off', () => {
    expect(reminderAlarms(DEFAULT_REMINDER_MINUTES, 'hotel', 'Hotel: The Astor')).toEqual([]);
    expect(reminderAlarms({ ...DEFAULT_REMINDER_MINUTES, flight: -5 }, 'flight', 'Flight')).toEqual([]);
    expect(reminderAlarms({ ...DEFAULT_REMINDER_MINUTES, flight: Number.NaN }, 'flight', 'Flight')).toEqual([]);
    expect(reminderAlarms(null, 'meeting', 'Talks')).toEqual([]);
  });

  it('says the title with its punctuation and line breaks escaped, which ics 3.12 leaves as they are', () => {
    const [alarm] = reminderAlarms(DEFAULT_REMINDER_MINUTES, 'banquet', 'Dinner; toasts,\r\nspeeches');
    expect(alarm?.description).toBe('Dinner\\; toasts\\,\\nspeeches');
  });
});

describe('the reminders a calendar carried, in short', () => {
  it('lists the minutes of every kind in a fixed order, “-” for none: the format kept with each export', () => {
    expect(reminderDigest(DEFAULT_REMINDER_MINUTES)).toBe('30 30 60 60 30 30 - 180 60 30 15 60 -');
    expect(reminderDigest({ meeting: 15 })).toBe('15 - - - - - - - - - - - -');
  });

  it('is “none” when the calendar carried no reminders at all', () => {
    expect(reminderDigest(null)).toBe('none');
  });
});
