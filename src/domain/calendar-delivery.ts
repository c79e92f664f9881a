/**
 * Whether each delegate has the calendar they should: what their last exported calendar held (its
 * {@link CalendarDigest}, kept with their membership) against what it would hold now. An event that is new
 * to them, one whose SEQUENCE or STATUS moved on, and one no longer theirs are each one update they have not
 * yet received.
 *
 * Also the organiser's reminder settings for a trip's calendars, as stored: parsed here, at the edge, so a
 * stored value that is missing, old or damaged gives the defaults rather than an error.
 */
import { z } from 'zod';
import {
  DEFAULT_REMINDER_MINUTES,
  type CalendarDigest,
  type CalendarEntry,
  type ReminderKind,
  type ReminderMinutes,
} from './calendar-export';
import { ENGAGEMENT_KIND_LABELS, ENGAGEMENT_KINDS } from './engagement';
import type { Membership } from './person';
import { TRAVEL_MODE_LABELS, TRAVEL_MODES } from './travel-segment';

// ---------------------------------------------------------------------------------------------------------------
// Delivery

export const calendarDigestSchema = z.record(z.string(), z.string());

/** Updates a delegate has not yet received, by what happened to each event. */
export interface CalendarChanges {
  /** Events in their calendar now that the last export did not hold. */
  added: number;
  /** Events whose SEQUENCE or STATUS changed since. */
  updated: number;
  /** Events the last export held that are no longer in their calendar. */
  removed: number;
  total: number;
}

/**
 * What changed between the calendar `sent` and the calendar as it is `now` (a digest, or the entries
 * {@link memberCalendarEntries} gives, each UID once).
 */
export function calendarChanges(sent: CalendarDigest, now: CalendarDigest | readonly CalendarEntry[]): CalendarChanges {
  const entries = Array.isArray(now)
    ? (now as readonly CalendarEntry[])
    : Object.entries(now).map(([uid, entry]) => ({ uid, entry }));
  let added = 0;
  let updated = 0;
  let kept = 0;
  for (const { uid, entry } of entries) {
    const before = Object.hasOwn(sent, uid) ? sent[uid] : undefined;
    if (before === undefined) added += 1;
    else {
      kept += 1;
      if (before !== entry) updated += 1;
    }
  }
  const removed = Object.keys(sent).length - kept;
  return { added, updated, removed, total: added + updated + removed };
}

export type CalendarDelivery =
  | { state: 'never' }
  | { state: 'up-to-date'; sentAt: string }
  /** `changes` is null when the export is known but not what it held. */
  | { state: 'changed'; sentAt: string; changes: CalendarChanges | null };

/** Where one member stands: never sent a calendar, up to date, or with updates they have not received. */
export function calendarDelivery(
  membership: Pick<Membership, 'calendarExportedAt' | 'calendarExportedEvents'>,
  now: CalendarDigest | readonly CalendarEntry[],
): CalendarDelivery {
  const sentAt = membership.calendarExportedAt;
  if (sentAt === null) return { state: 'never' };
  const sent = membership.calendarExportedEvents;
  if (sent === null || sent === undefined) return { state: 'changed', sentAt, changes: null };
  const changes = calendarChanges(sent, now);
  return changes.total === 0 ? { state: 'up-to-date', sentAt } : { state: 'changed', sentAt, changes };
}

/** "3 updates (1 new, 1 changed, 1 removed)"; "1 update (changed)". */
export function describeChanges(changes: CalendarChanges): string {
  const kinds: [number, string][] = [
    [changes.added, 'new'],
    [changes.updated, 'changed'],
    [changes.removed, 'removed'],
  ];
  const present = kinds.filter(([count]) => count > 0);
  const detail =
    present.length === 1 ? (present[0]?.[1] ?? '') : present.map(([count, word]) => `${count} ${word}`).join(', ');
  return `${changes.total} ${changes.total === 1 ? 'update' : 'updates'} (${detail})`;
}

// ---------------------------------------------------------------------------------------------------------------
// Reminder settings

/** Every kind a reminder can be set for, in the order the settings list them. */
export const REMINDER_KINDS: readonly ReminderKind[] = [...ENGAGEMENT_KINDS, ...TRAVEL_MODES, 'hotel'];

export const REMINDER_KIND_LABELS: Record<ReminderKind, string> = {
  ...ENGAGEMENT_KIND_LABELS,
  ...TRAVEL_MODE_LABELS,
  hotel: 'Hotel stay',
};

/** Longest reminder the settings take: two days before. */
export const MAX_REMINDER_MINUTES = 2 * 24 * 60;

const reminderMinutesSchema = z.number().int().min(0).max(MAX_REMINDER_MINUTES).nullable();

/**
 * The reminders a stored value gives: each kind it sets validly, the default for every other. Anything that
 * is not such a record (nothing stored yet, an old format, a damaged value) gives the defaults.
 */
export function parseReminderSettings(stored: unknown): ReminderMinutes {
  const reminders: ReminderMinutes = { ...DEFAULT_REMINDER_MINUTES };
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return reminders;
  const values = stored as Record<string, unknown>;
  for (const kind of REMINDER_KINDS) {
    const parsed = reminderMinutesSchema.safeParse(values[kind]);
    if (kind in values && parsed.success) reminders[kind] = parsed.data;
  }
  return reminders;
}

/** Whether the reminders are all the defaults. */
export function isDefaultReminders(reminders: ReminderMinutes): boolean {
  return REMINDER_KINDS.every((kind) => reminders[kind] === DEFAULT_REMINDER_MINUTES[kind]);
}

/** "30 minutes before", "3 hours before", "1 hour 30 minutes before", "At the start", "None". */
export function describeReminder(minutes: number | null): string {
  if (minutes === null) return 'None';
  if (minutes === 0) return 'At the start';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    hours ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '',
    rest ? `${rest} ${rest === 1 ? 'minute' : 'minutes'}` : '',
  ].filter(Boolean);
  return `${parts.join(' ')} before`;
}
