/**
 * The reminders (VALARM) a trip's calendars carry: what a reminder can be set for, the defaults a delegate
 * would want without asking, the alarm written for an event, and the short form kept with each export.
 */
import type { Alarm } from 'ics';
import type { EngagementKind } from '../engagements/engagement';
import type { TravelMode } from '../route/journey';
import { cleanText, escapeText } from './icalendar-text';

/** What a reminder can be set for: each kind of engagement, each way of travelling, and hotel stays. */
export type ReminderKind = EngagementKind | TravelMode | 'hotel';

/** Minutes before the start at which a calendar reminds; null for no reminder. */
export type ReminderMinutes = Record<ReminderKind, number | null>;

/**
 * Reminders a delegate would want without asking: half an hour before a meeting, an hour before a banquet or a
 * ceremony (time to change), three hours before a flight (check-in and security), an hour before a train.
 * None for free time or hotel stays, which are all-day items.
 */
export const DEFAULT_REMINDER_MINUTES: Readonly<ReminderMinutes> = {
  meeting: 30,
  'site-visit': 30,
  signing: 60,
  banquet: 60,
  forum: 30,
  briefing: 30,
  'free-time': null,
  flight: 180,
  train: 60,
  coach: 30,
  car: 15,
  ferry: 60,
  hotel: null,
};

/**
 * The reminders a calendar carries, in short ("30 30 60 … -"): kept with each export, so that reminders
 * changed after it tell that the next file would differ. Persisted: do not change the format.
 */
export function reminderDigest(reminders: Partial<ReminderMinutes> | null): string {
  if (reminders === null) return 'none';
  const kinds = Object.keys(DEFAULT_REMINDER_MINUTES) as ReminderKind[];
  return kinds.map((kind) => reminders[kind] ?? '-').join(' ');
}

/**
 * The alarm of an event of this kind, as many minutes before it starts as `reminders` gives for the kind (at
 * the start for 0); none when the kind has no reminder, or when reminders are off altogether (null). `title`
 * is what the alarm says.
 */
export function reminderAlarms(reminders: ReminderMinutes | null, kind: ReminderKind, title: string): Alarm[] {
  const minutes = reminders?.[kind];
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes) || minutes < 0) return [];
  const whole = Math.round(minutes);
  // Hours when whole, else minutes; never days, which ics 3.12 writes as the invalid `P1DT`.
  const trigger =
    whole === 0
      ? { before: false, minutes: 0 }
      : whole % 60 === 0
        ? { before: true, hours: whole / 60 }
        : { before: true, minutes: whole };
  return [
    {
      action: 'display',
      // ics 3.12 writes an alarm's DESCRIPTION without escaping it.
      description: escapeText(cleanText(title)),
      trigger,
    },
  ];
}
