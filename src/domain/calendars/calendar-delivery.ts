/**
 * Whether each delegate has the calendar they should: what their last exported calendar held (its
 * {@link CalendarDigest}, kept with their membership) against what it would hold now. An event that is new
 * to them, one whose SEQUENCE or STATUS moved on, and one no longer theirs (until it has been sent as
 * cancelled) are each one update they have not yet received; so are reminders changed since.
 *
 * Also the organiser's reminder settings for a trip's calendars, as stored: parsed here, at the edge, so a
 * stored value that is missing, old or damaged gives the defaults rather than an error.
 */
import { z } from 'zod';
import { sentEventOf, type CalendarDigest, type CalendarEntry, type StoredCalendarDigest } from './calendar-digest';
import { DEFAULT_REMINDER_MINUTES, type ReminderKind, type ReminderMinutes } from './calendar-reminders';
import { ENGAGEMENT_KINDS } from '../engagements/engagement';
import { message, type Message } from '../shared/message';
import type { Membership } from '../people/person';
import { TRAVEL_MODES } from '../route/journey';

// ---------------------------------------------------------------------------------------------------------------
// Delivery

/** What happened to one event since it was sent: persisted nowhere, only shown. */
export type ChangeKind = 'new' | 'moved' | 'changed' | 'cancelled' | 'removed';

export interface CalendarChange {
  uid: string;
  kind: ChangeKind;
  /** Its title, when known (a record from before titles were kept has none for an event since removed). */
  title: string | null;
  /** Its start, for putting changes in time order; null when not known. */
  start: string | null;
}

/** Updates a delegate has not yet received, by what happened to each event. */
export interface CalendarChanges {
  /** Events in their calendar now that the last export did not hold. */
  added: number;
  /** Events whose SEQUENCE or STATUS changed since. */
  updated: number;
  /** Events the last export held, not as cancelled, that are no longer in their calendar. */
  removed: number;
  total: number;
  /** Whether the reminders their next file would carry differ from those of the last one. */
  remindersChanged: boolean;
  /** Each event changed, in time order. */
  events: CalendarChange[];
}

/** The reminders a person's last export carried and those their next one would carry, each in short. */
export interface ReminderDigests {
  sent: string | null | undefined;
  now: string | undefined;
}

/**
 * What changed between the calendar `sent` and the calendar as it is `now` (a digest, or the entries
 * {@link memberCalendarEntries} gives, each UID once). An event sent as cancelled and now gone is no change:
 * their calendar already shows it cancelled. Reminders count only when both sides are known.
 */
export function calendarChanges(
  sent: StoredCalendarDigest,
  now: CalendarDigest | readonly CalendarEntry[],
  reminders?: ReminderDigests,
): CalendarChanges {
  const entries: readonly CalendarEntry[] = Array.isArray(now)
    ? (now as readonly CalendarEntry[])
    : Object.entries(now as CalendarDigest).map(([uid, event]) => ({ uid, ...event }));
  const events: CalendarChange[] = [];
  let added = 0;
  let updated = 0;
  const kept = new Set<string>();
  for (const entry of entries) {
    const stored = Object.hasOwn(sent, entry.uid) ? sent[entry.uid] : undefined;
    const change = (kind: ChangeKind) =>
      events.push({ uid: entry.uid, kind, title: entry.title ?? null, start: entry.start ?? null });
    if (stored === undefined) {
      added += 1;
      change('new');
      continue;
    }
    kept.add(entry.uid);
    const before = sentEventOf(stored);
    if (before.entry === entry.entry) continue;
    updated += 1;
    const moved =
      before.start !== undefined && before.end !== undefined && (before.start !== entry.start || before.end !== entry.end);
    change(isCancelled(entry.entry) && !isCancelled(before.entry) ? 'cancelled' : moved ? 'moved' : 'changed');
  }
  let removed = 0;
  for (const [uid, stored] of Object.entries(sent)) {
    if (kept.has(uid)) continue;
    const before = sentEventOf(stored);
    if (isCancelled(before.entry)) continue;
    removed += 1;
    events.push({ uid, kind: 'removed', title: before.title ?? null, start: before.start ?? null });
  }
  // Events whose start is not known (recorded before starts were kept) come last.
  events.sort((a, b) => (a.start ?? '\uffff').localeCompare(b.start ?? '\uffff'));
  const remindersChanged =
    reminders !== undefined &&
    typeof reminders.sent === 'string' &&
    reminders.now !== undefined &&
    reminders.sent !== reminders.now;
  return { added, updated, removed, total: added + updated + removed, remindersChanged, events };
}

function isCancelled(entry: string): boolean {
  return entry.endsWith(' CANCELLED');
}

export type CalendarDelivery =
  | { state: 'never' }
  | { state: 'up-to-date'; sentAt: string }
  /** `changes` is null when the export is known but not what it held. */
  | { state: 'changed'; sentAt: string; changes: CalendarChanges | null };

/**
 * Where one member stands: never sent a calendar, up to date, or with updates they have not received.
 * `reminders` is the reminders their next file would carry, in short (see reminderDigest), when known.
 */
export function calendarDelivery(
  membership: Pick<Membership, 'calendarExportedAt' | 'calendarExportedEvents' | 'calendarExportedReminders'>,
  now: CalendarDigest | readonly CalendarEntry[],
  reminders?: string,
): CalendarDelivery {
  const sentAt = membership.calendarExportedAt;
  if (sentAt === null) return { state: 'never' };
  const sent = membership.calendarExportedEvents;
  if (sent === null || sent === undefined) return { state: 'changed', sentAt, changes: null };
  const changes = calendarChanges(sent, now, { sent: membership.calendarExportedReminders, now: reminders });
  return changes.total === 0 && !changes.remindersChanged
    ? { state: 'up-to-date', sentAt }
    : { state: 'changed', sentAt, changes };
}

/** Events named before "and 3 more". */
const NAMED_CHANGES = 2;

/**
 * The changes as a message, naming the first events: "“MoU signing” moved; “Qingdao meeting” removed and 3
 * more"; "reminders changed; “Dinner” added".
 */
export function describeChanges(changes: CalendarChanges): Message {
  const named = changes.events
    .slice(0, NAMED_CHANGES)
    .map((change) =>
      change.title
        ? message(`calendars:changes.titled.${change.kind}`, { title: change.title })
        : message(`calendars:changes.untitled.${change.kind}`),
    );
  const parts = [...(changes.remindersChanged ? [message('calendars:changes.reminders')] : []), ...named];
  const list = parts.slice(1).reduce<Message | undefined>(
    (joined, part) => (joined ? message('calendars:changes.joined', { first: joined, next: part }) : part),
    parts[0],
  );
  const more = changes.events.length - named.length;
  const said = list ?? message('calendars:changes.nothing');
  return more > 0 ? message('calendars:changes.more', { changes: said, count: more }) : said;
}

// ---------------------------------------------------------------------------------------------------------------
// Reminder settings

/** Every kind a reminder can be set for, in the order the settings list them. */
export const REMINDER_KINDS: readonly ReminderKind[] = [...ENGAGEMENT_KINDS, ...TRAVEL_MODES, 'hotel'];

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
export function describeReminder(minutes: number | null): Message {
  if (minutes === null) return message('calendars:reminder.none');
  if (minutes === 0) return message('calendars:reminder.atStart');
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return message('calendars:reminder.minutes', { count: rest });
  if (rest === 0) return message('calendars:reminder.hours', { count: hours });
  return message('calendars:reminder.hoursMinutes', {
    hours: message('calendars:reminder.hourCount', { count: hours }),
    minutes: message('calendars:reminder.minuteCount', { count: rest }),
  });
}
