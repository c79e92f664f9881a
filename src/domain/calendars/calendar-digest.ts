/**
 * What each delegate's calendar file held when it was sent, and what it would hold now: digests of events by
 * UID (SEQUENCE and STATUS, title and times), kept with each membership, so that who has changes they have not
 * yet received is known without writing any file; and the events a person was sent that their programme no
 * longer holds, which must be sent once more as cancelled.
 *
 * The entry of an event ("2 CONFIRMED") is persisted with each membership: it is written with the same words as
 * the file's STATUS ({@link EVENT_STATUS}), and its format must not change.
 */
import type { Engagement, EngagementStatus } from '../engagements/engagement';
import { personStays } from '../rooming/person-stays';
import { takesJourney } from '../programme/personal-programme';
import { inRouteOrder } from '../route/city';
import type { Hotel } from '../route/hotel';
import type { Journey } from '../route/journey';
import type { IsoDate } from '../shared/date-arithmetic';
import type { TripBundle } from '../trip/trip-bundle';
import { eventNaming, hotelEndDate, hotelTitle, journeyTitle, type EventNaming, type Wording } from './calendar-event-titles';
import type { CalendarIdentity } from '../shared/calendar-identity';

/**
 * How one event was last sent to a delegate. `entry` is its SEQUENCE and STATUS, such as "2 CONFIRMED": a
 * calendar that imported one file changes only where the next file's entry differs, so comparing entries tells
 * who has changes they have not yet received. `title`, `start` and `end` are its SUMMARY (without "Cancelled: ")
 * and its DTSTART and DTEND (a UTC instant, or a date for an all-day item), kept so that an event deleted from
 * the trip can still be sent as cancelled, and a change be named ("moved").
 *
 * Kept with each membership: the format is persisted, do not rename. `title`, `start` and `end` were added
 * after schema version 4 without a new version, as no index changed; records written before hold each event
 * as its bare entry string (see {@link StoredCalendarDigest}), and still read.
 */
export interface SentEvent {
  entry: string;
  title?: string;
  start?: string;
  end?: string;
}

/** What a calendar file holds, by UID: `{ "…@delegation-planner": { entry: "2 CONFIRMED", … } }`. */
export type CalendarDigest = Record<string, SentEvent>;

/** A digest as a membership keeps it: an event recorded before titles and times were kept is its entry alone. */
export type StoredCalendarDigest = Record<string, SentEvent | string>;

/** The event of a stored digest in the current form. */
export function sentEventOf(stored: SentEvent | string): SentEvent {
  return typeof stored === 'string' ? { entry: stored } : stored;
}

/** One event of a calendar as a digest holds it, with its UID. */
export interface CalendarEntry extends SentEvent {
  uid: string;
}

/** An engagement's status as an event's STATUS, in the file and in the digest's entries. */
export const EVENT_STATUS: Record<EngagementStatus, 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED'> = {
  confirmed: 'CONFIRMED',
  proposed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** The items of one calendar: a trip's, a city's or one person's engagements, journeys and hotel stays. */
export interface Selection {
  engagements: readonly Engagement[];
  segments: readonly Journey[];
  accommodations: readonly Hotel[];
}

/** An event's entry in a digest: its SEQUENCE and STATUS, as the file writes them. */
function digestEntry(calendar: CalendarIdentity, status: EngagementStatus = 'confirmed'): string {
  return `${calendar.sequence} ${EVENT_STATUS[status]}`;
}

function engagementSent(engagement: Engagement): SentEvent {
  const { calendar, status, title, start, end } = engagement;
  return { entry: digestEntry(calendar, status), title, start: start.utc, end: end.utc };
}

function journeySent(segment: Journey, naming: EventNaming): SentEvent {
  const { calendar, departure, arrival } = segment;
  return { entry: digestEntry(calendar), title: journeyTitle(segment, naming), start: departure.utc, end: arrival.utc };
}

function hotelSent(stay: Hotel, naming: EventNaming): SentEvent {
  const title = hotelTitle(stay, naming);
  return { entry: digestEntry(stay.calendar), title, start: stay.checkInDate, end: hotelEndDate(stay) };
}

/** The digest of a calendar of these items, such as one person's programme input. */
export function digestOf(selection: Selection, naming: EventNaming): CalendarDigest {
  const digest: CalendarDigest = {};
  for (const engagement of selection.engagements) digest[engagement.calendar.uid] = engagementSent(engagement);
  for (const segment of selection.segments) digest[segment.calendar.uid] = journeySent(segment, naming);
  for (const stay of selection.accommodations) digest[stay.calendar.uid] = hotelSent(stay, naming);
  return digest;
}

/**
 * The events of every member's own calendar as it would be exported now, by person id: the same events as
 * {@link exportPersonCalendar} gives each of them, worked out in one pass over the trip without writing any
 * file. Each event's entry is one object shared by every list it is in, so a delegation of thousands is
 * checked on every change at little cost. Titles are written in `words`, as the file would write them.
 */
export function memberCalendarEntries(bundle: TripBundle, words: Wording): Map<string, CalendarEntry[]> {
  const { memberships } = bundle;
  const lists: CalendarEntry[][] = memberships.map(() => []);
  const indexOf = new Map(memberships.map((membership, index) => [membership.personId, index]));
  // Who attends is attendanceCalculator's rule (those at the city, plus those added, less those left out, all
  // on the trip), applied straight into each person's list rather than building a list per engagement: with
  // thousands of members that is the difference between a pause and none.
  const presentByStop = new Map<string, number[]>();
  for (const [index, membership] of memberships.entries()) {
    for (const stopId of new Set(membership.stopIds)) {
      const present = presentByStop.get(stopId);
      if (present) present.push(index);
      else presentByStop.set(stopId, [index]);
    }
  }
  const naming = eventNaming(bundle, words);
  for (const engagement of bundle.engagements) {
    const entry: CalendarEntry = { uid: engagement.calendar.uid, ...engagementSent(engagement) };
    const removed = new Set<number | undefined>(engagement.removedAttendeeIds.map((id) => indexOf.get(id)));
    for (const index of presentByStop.get(engagement.stopId) ?? []) {
      if (removed.size === 0 || !removed.has(index)) lists[index]?.push(entry);
    }
    for (const index of new Set(engagement.addedAttendeeIds.map((id) => indexOf.get(id)))) {
      if (index === undefined || removed.has(index)) continue;
      if (!memberships[index]?.stopIds.includes(engagement.stopId)) lists[index]?.push(entry);
    }
  }
  const segmentEntries = bundle.segments.map((segment) => ({
    segment,
    entry: { uid: segment.calendar.uid, ...journeySent(segment, naming) },
  }));
  const stayEntries = bundle.accommodations.map((stay) => ({
    stay,
    entry: { uid: stay.calendar.uid, ...hotelSent(stay, naming) },
  }));
  const route = inRouteOrder(bundle.stops);
  // The hotels each person sleeps at, as their programme has them (rooming/person-stays.ts).
  const staysOf = personStays(bundle.accommodations, bundle.rooms);
  const entryOfStay = new Map(stayEntries.map(({ stay, entry }) => [stay.id, entry]));
  for (const [index, membership] of memberships.entries()) {
    const list = lists[index] ?? [];
    const stopIds = new Set(membership.stopIds);
    const stops = route.filter((stop) => stopIds.has(stop.id));
    for (const { segment, entry } of segmentEntries) {
      if (takesJourney(segment, membership.personId, stops)) list.push(entry);
    }
    for (const stay of staysOf(membership.personId, stopIds)) list.push(entryOfStay.get(stay.id)!);
  }
  return new Map(memberships.map((membership, index) => [membership.personId, lists[index] ?? []]));
}

/** {@link memberCalendarEntries} as digests, the form kept with each membership. */
export function memberCalendarDigests(bundle: TripBundle, words: Wording): Map<string, CalendarDigest> {
  const digests = new Map<string, CalendarDigest>();
  for (const [personId, entries] of memberCalendarEntries(bundle, words)) {
    digests.set(personId, Object.fromEntries(entries.map(({ uid, ...sent }) => [uid, sent])));
  }
  return digests;
}

// ---------------------------------------------------------------------------------------------------------------
// Events no longer in a programme

/**
 * An event a person was last sent that their programme no longer holds (deleted, or they were taken off it),
 * to be sent once more as STATUS:CANCELLED with a higher SEQUENCE: a calendar that imported the last file
 * keeps an event the next file merely leaves out.
 */
export interface Cancellation {
  uid: string;
  sequence: number;
  title: string;
  /** DTSTART and DTEND as last sent: UTC instants, or dates for an all-day item. */
  start: string;
  end: string;
}

/** The SEQUENCE of an entry such as "2 CONFIRMED". */
function sequenceOf(entry: string): number {
  const sequence = Number.parseInt(entry, 10);
  return Number.isFinite(sequence) && sequence >= 0 ? sequence : 0;
}

function isCancelledEntry(entry: string): boolean {
  return entry.endsWith(' CANCELLED');
}

/**
 * The events of `sent` (what a person was last sent) that `programme` (what their calendar holds now) does
 * not, other than those already sent as cancelled: each with a SEQUENCE above both the one sent and the
 * item's own, and the title and times as sent, or, when an older record kept only the entry, as the item
 * still in the trip (`current`, by UID) has them. An item deleted from the trip whose record kept only its
 * entry cannot be written, and is left out.
 */
export function pendingCancellations(
  sent: StoredCalendarDigest | null | undefined,
  programme: CalendarDigest,
  current: ReadonlyMap<string, SentEvent>,
): Cancellation[] {
  if (!sent) return [];
  const cancellations: Cancellation[] = [];
  for (const [uid, stored] of Object.entries(sent)) {
    if (Object.hasOwn(programme, uid)) continue;
    const last = sentEventOf(stored);
    if (isCancelledEntry(last.entry)) continue;
    const now = current.get(uid);
    const title = last.title ?? now?.title;
    const start = last.start ?? now?.start;
    const end = last.end ?? now?.end;
    if (title === undefined || start === undefined || end === undefined) continue;
    const sequence = Math.max(sequenceOf(last.entry) + 1, now ? sequenceOf(now.entry) : 0);
    cancellations.push({ uid, sequence, title, start, end });
  }
  return cancellations;
}

/** How a cancellation is recorded as sent: its entry says CANCELLED, so it is not sent again. */
export function cancellationSent({ sequence, title, start, end }: Cancellation): SentEvent {
  return { entry: `${sequence} ${EVENT_STATUS.cancelled}`, title, start, end };
}

/** Whether a DTSTART or DTEND as sent is a date (an all-day item) rather than a UTC instant. */
export function isDateValue(value: string): value is IsoDate {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}
