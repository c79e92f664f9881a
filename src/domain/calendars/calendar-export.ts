/**
 * Calendar files (iCalendar, RFC 5545) of a trip for delegates' phones: the whole trip, one person's programme,
 * one city, or every member at once. Each holds the engagements, journeys and hotel stays of the people
 * concerned.
 *
 * What every file keeps to, whatever calendar reads it:
 * - Timed items are UTC instants (`…Z`) taken from each item's stored instant, never read in the zone of the
 *   machine that exports and never floating (Outlook refuses floating times). Hotel stays are all-day dates
 *   from check-in to check-out (DTEND is exclusive).
 * - Each item keeps its stored UID, and SEQUENCE is its stored sequence, so a calendar that already holds the
 *   event replaces it instead of adding a second one. A cancelled engagement stays in, as STATUS:CANCELLED.
 * - METHOD:PUBLISH with one ORGANIZER and no ATTENDEE lines (RFC 5546 forbids them in a publication); who
 *   attends is written into the description.
 *
 * The `ics` package writes the events; {@link finishIcs} then repairs what version 3.12 gets wrong.
 */
import { createEvents, type Alarm, type EventAttributes } from 'ics';
import type { Hotel } from '../route/hotel';
import {
  ENGAGEMENT_KIND_LABELS,
  ENGAGEMENT_STATUS_LABELS,
  type Engagement,
  type EngagementKind,
  type EngagementStatus,
} from '../engagements/engagement';
import { attendanceCalculator } from '../engagements/engagement-rules';
import { uniqueFileNames, safeFileName } from '../shared/file-name';
import type { Contact, Organisation } from '../directory/organisation';
import { inDelegationOrder, type Person } from '../people/person';
import { personalProgrammeInput, takesJourney } from '../programme/personal-programme';
import { err, ok, type Result } from '../shared/result';
import { inRouteOrder, type City } from '../route/city';
import {
  addDays,
  daysBetween,
  formatLongDate,
  homeTimeLabel,
  utcOffsetLabel,
  wallTimeIn,
  zoneCity,
  type IsoDate,
  type ZonedTime,
} from '../shared/time';
import type { CalendarIdentity } from './calendar-identity';
import { TRAVEL_MODE_LABELS, type TravelMode, type Journey } from '../route/journey';
import type { TripBundle } from '../trip/trip-bundle';

// ---------------------------------------------------------------------------------------------------------------
// Options

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

export interface CalendarExportOptions {
  /** The moment of the export, an ISO instant: every event's DTSTAMP. */
  now: string;
  /** ORGANIZER's name, such as the trip's organiser (see {@link tripOrganiser}); the trip's name when absent. */
  organizerName?: string;
  /** ORGANIZER's e-mail address; a no-reply address when absent. */
  organizerEmail?: string;
  /** Minutes of reminder per kind, merged over the defaults; `'none'` for no reminders at all. */
  reminders?: Partial<ReminderMinutes> | 'none';
}

/** ORGANIZER's address when none is given: `.invalid` can never reach anyone (RFC 2606). */
export const NO_REPLY_EMAIL = 'noreply@delegation-planner.invalid';

const PRODUCT_ID = '-//Delegation Planner//Calendar export//EN';

/**
 * The trip's organiser as a calendar's ORGANIZER: the first member with the organiser's role (in delegation
 * order) who has an e-mail address; null when there is none.
 */
export function tripOrganiser(bundle: TripBundle): { name: string; email: string } | null {
  const personById = new Map(bundle.people.map((person) => [person.id, person]));
  const organisers = inDelegationOrder(
    bundle.memberships.filter((membership) => membership.role === 'organiser'),
    (id) => personById.get(id)?.name ?? '',
  );
  for (const membership of organisers) {
    const person = personById.get(membership.personId);
    if (person && person.email.trim()) return { name: person.name, email: person.email.trim() };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// The four exports

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

/**
 * One calendar file: a name safe on every system, its text (CRLF lines), how many events it holds, and its
 * {@link CalendarDigest}.
 */
export interface CalendarFile {
  fileName: string;
  text: string;
  eventCount: number;
  digest: CalendarDigest;
  /** The reminders it carries, as {@link reminderDigest} gives them. */
  reminders: string;
}

export interface PersonCalendarFile extends CalendarFile {
  personId: string;
}

/** Everything on the trip: every engagement, journey and hotel stay. */
export function exportTripCalendar(bundle: TripBundle, options: CalendarExportOptions): Result<CalendarFile, string> {
  const context = buildContext(bundle, options);
  if (!context.ok) return context;
  return writeCalendar(
    context.value,
    { engagements: bundle.engagements, segments: bundle.segments, accommodations: bundle.accommodations },
    bundle.trip.name,
    safeFileName(bundle.trip.name, 'ics', 'trip'),
  );
}

/**
 * One person's programme: the engagements they attend, the journeys they take and the hotels of the cities they
 * are at. Fails when they are not a member of the trip.
 */
export function exportPersonCalendar(
  bundle: TripBundle,
  personId: string,
  options: CalendarExportOptions,
): Result<CalendarFile, string> {
  const context = buildContext(bundle, options);
  if (!context.ok) return context;
  const name = context.value.personById.get(personId)?.name ?? 'Delegate';
  return personCalendar(context.value, personId, safeFileName(personFileStem(bundle, name), 'ics', 'delegate'));
}

/** One city: its engagements and hotel stays, and the journeys that arrive there or leave from it. */
export function exportCityCalendar(
  bundle: TripBundle,
  stopId: string,
  options: CalendarExportOptions,
): Result<CalendarFile, string> {
  const stop = bundle.stops.find((candidate) => candidate.id === stopId);
  if (!stop) return err(`That city is not on the route of “${bundle.trip.name}”.`);
  const context = buildContext(bundle, options);
  if (!context.ok) return context;
  const selection: Selection = {
    engagements: bundle.engagements.filter((engagement) => engagement.stopId === stopId),
    segments: bundle.segments.filter((segment) => segment.fromStopId === stopId || segment.toStopId === stopId),
    accommodations: bundle.accommodations.filter((stay) => stay.stopId === stopId),
  };
  return writeCalendar(
    context.value,
    selection,
    `${bundle.trip.name} – ${stop.name}`,
    safeFileName(`${bundle.trip.name} - ${stop.name}`, 'ics', 'city'),
  );
}

/**
 * Every member's own programme at once, one file each, in delegation order, with file names that differ from
 * one another even when two people share a name. Each event is written once and shared by every file it is
 * in, so a large delegation costs little more than the trip's own calendar. Fails, naming the person, if any
 * file cannot be written.
 */
export function exportEveryMemberCalendar(
  bundle: TripBundle,
  options: CalendarExportOptions,
): Result<PersonCalendarFile[], string> {
  const context = buildContext(bundle, options);
  if (!context.ok) return context;
  const nameOf = (id: string) => context.value.personById.get(id)?.name ?? 'Delegate';
  const members = inDelegationOrder(bundle.memberships, nameOf);
  const stems = members.map((membership) => personFileStem(bundle, nameOf(membership.personId)));
  const fileNames = uniqueFileNames(stems, 'ics', 'delegate');
  const files: PersonCalendarFile[] = [];
  for (const [index, membership] of members.entries()) {
    const fileName = fileNames[index] ?? safeFileName(stems[index] ?? '', 'ics', 'delegate');
    const result = personCalendar(context.value, membership.personId, fileName);
    if (!result.ok) return err(`${nameOf(membership.personId)}: ${result.error}`);
    files.push({ ...result.value, personId: membership.personId });
  }
  return ok(files);
}

function personFileStem(bundle: TripBundle, personName: string): string {
  return `${bundle.trip.name} - ${personName}`;
}

function personCalendar(context: Context, personId: string, fileName: string): Result<CalendarFile, string> {
  const { bundle } = context;
  const person = context.personById.get(personId);
  const input = personalProgrammeInput(bundle, personId);
  if (!input) return err(`${person?.name ?? 'This person'} is not a member of “${bundle.trip.name}”.`);
  const sent = bundle.memberships.find((membership) => membership.personId === personId)?.calendarExportedEvents;
  const cancellations = pendingCancellations(sent, digestOf(input, context), currentEvents(context));
  return writeCalendar(context, input, `${bundle.trip.name} – ${person?.name ?? 'Delegate'}`, fileName, cancellations);
}

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

/** Every item of the trip as it would be sent now, by UID, worked out once per export. */
function currentEvents(context: Context): Map<string, SentEvent> {
  context.current ??= new Map(Object.entries(digestOf(context.bundle, context)));
  return context.current;
}

// ---------------------------------------------------------------------------------------------------------------
// Building the events

export interface Selection {
  engagements: readonly Engagement[];
  segments: readonly Journey[];
  accommodations: readonly Hotel[];
}

/** What every event needs to know about the trip, looked up once. */
interface Context extends EventNaming {
  bundle: TripBundle;
  homeZone: string;
  organisationById: Map<string, Organisation>;
  contactById: Map<string, Contact>;
  personById: Map<string, Person>;
  /** Person ids by their place in the delegation, so every list of names reads in the same order. */
  rank: Map<string, number>;
  attendeesOf: (engagement: Engagement) => string[];
  timestamp: number;
  organizer: { name: string; email: string };
  reminders: ReminderMinutes | null;
  /** Each item's finished VEVENT text, by item, once written. */
  written: Map<string, Result<string, string>>;
  /** {@link currentEvents}, once worked out. */
  current?: Map<string, SentEvent>;
}

/** `ics` writes DTSTAMP from `timestamp`, which its type definitions leave out. */
type IcsEvent = EventAttributes & { timestamp: number };

const STATUS: Record<EngagementStatus, 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED'> = {
  confirmed: 'CONFIRMED',
  proposed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** An item of the selection: its key in the cache, where it sorts, what to call it in an error, its event. */
interface Item {
  key: string;
  sortKey: number;
  label: string;
  event: () => IcsEvent;
}

function writeCalendar(
  context: Context,
  selection: Selection,
  calendarName: string,
  fileName: string,
  cancellations: readonly Cancellation[] = [],
): Result<CalendarFile, string> {
  const failed = (why: string) => err(`The calendar “${calendarName}” could not be written: ${why}`);
  // Engagements, journeys and stays in time order, so a file read by eye runs like the programme.
  const items: Item[] = [
    ...selection.engagements.map((engagement) => ({
      key: `engagement:${engagement.id}`,
      sortKey: Date.parse(engagement.start.utc),
      label: `the engagement “${engagement.title}”`,
      event: () => engagementEvent(engagement, context),
    })),
    ...selection.segments.map((segment) => ({
      key: `segment:${segment.id}`,
      sortKey: Date.parse(segment.departure.utc),
      label: `the journey ${[segment.number, segment.departurePlace].filter(Boolean).join(' from ')}`,
      event: () => segmentEvent(segment, context),
    })),
    ...selection.accommodations.map((stay) => ({
      key: `stay:${stay.id}`,
      sortKey: Date.parse(`${stay.checkInDate}T00:00:00Z`),
      label: `the stay at ${stay.name}`,
      event: () => stayEvent(stay, context),
    })),
    ...cancellations.map((cancellation) => ({
      key: `cancelled:${JSON.stringify(cancellation)}`,
      sortKey: Date.parse(isDate(cancellation.start) ? `${cancellation.start}T00:00:00Z` : cancellation.start),
      label: `the cancelled event “${cancellation.title}”`,
      event: () => cancelledEvent(cancellation, context),
    })),
  ];
  items.sort((a, b) => a.sortKey - b.sortKey);

  // ics writes the calendar's name without escaping it.
  const calName = escapeText(oneLine(calendarName));
  const header = createEvents([], { productId: PRODUCT_ID, method: 'PUBLISH', calName });
  if (header.error || header.value === null) return failed(`${header.error?.message ?? 'ics gave no text'}.`);
  const blocks: string[] = [];
  for (const item of items) {
    const block = writtenEvent(item, context);
    if (!block.ok) return failed(block.error);
    blocks.push(block.value);
  }
  const head = finishIcs(header.value.replace(/END:VCALENDAR\r?\n?$/, ''));
  const digest = digestOf(selection, context);
  for (const { uid, sequence, title, start, end } of cancellations) {
    digest[uid] = { entry: `${sequence} ${STATUS.cancelled}`, title, start, end };
  }
  return ok({
    fileName,
    text: `${head}${blocks.join('')}END:VCALENDAR\r\n`,
    eventCount: items.length,
    digest,
    reminders: reminderDigest(context.reminders),
  });
}

/** The item's VEVENT, written by ics and repaired, from the cache when another file already has it. */
function writtenEvent(item: Item, context: Context): Result<string, string> {
  const cached = context.written.get(item.key);
  if (cached) return cached;
  const { error, value } = createEvents([item.event()]);
  const begin = value?.indexOf('BEGIN:VEVENT') ?? -1;
  const end = value?.lastIndexOf('END:VEVENT') ?? -1;
  const result: Result<string, string> =
    error || !value || begin < 0 || end < 0
      ? err(`${item.label}: ${error?.message ?? 'the ics package gave no event'}.`)
      : ok(finishIcs(value.slice(begin, end + 'END:VEVENT'.length)));
  context.written.set(item.key, result);
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Digests: what each file holds, for knowing who has changes they have not yet received

/** An event's entry in a digest: its SEQUENCE and STATUS, as the file writes them. */
function digestEntry(calendar: CalendarIdentity, status: EngagementStatus = 'confirmed'): string {
  return `${calendar.sequence} ${STATUS[status]}`;
}

/** What titles of journeys and hotel stays need to know of the trip. */
export interface EventNaming {
  stopById: ReadonlyMap<string, City>;
  /** The trip's home, for a journey's end outside the route. */
  homeName: string;
}

export function eventNaming(bundle: TripBundle): EventNaming {
  return { stopById: new Map(bundle.stops.map((stop) => [stop.id, stop])), homeName: bundle.trip.home?.name ?? 'home' };
}

function engagementSent(engagement: Engagement): SentEvent {
  const { calendar, status, title, start, end } = engagement;
  return { entry: digestEntry(calendar, status), title, start: start.utc, end: end.utc };
}

function segmentSent(segment: Journey, naming: EventNaming): SentEvent {
  const { calendar, departure, arrival } = segment;
  return { entry: digestEntry(calendar), title: segmentTitle(segment, naming), start: departure.utc, end: arrival.utc };
}

function staySent(stay: Hotel, naming: EventNaming): SentEvent {
  const title = stayTitle(stay, naming);
  return { entry: digestEntry(stay.calendar), title, start: stay.checkInDate, end: stayEndDate(stay) };
}

/** The digest of a calendar of these items, such as one person's programme input. */
export function digestOf(selection: Selection, naming: EventNaming): CalendarDigest {
  const digest: CalendarDigest = {};
  for (const engagement of selection.engagements) digest[engagement.calendar.uid] = engagementSent(engagement);
  for (const segment of selection.segments) digest[segment.calendar.uid] = segmentSent(segment, naming);
  for (const stay of selection.accommodations) digest[stay.calendar.uid] = staySent(stay, naming);
  return digest;
}

/**
 * The reminders a calendar carries, in short ("30 30 60 … -"): kept with each export, so that reminders
 * changed after it tell that the next file would differ. Persisted: do not change the format.
 */
export function reminderDigest(reminders: Partial<ReminderMinutes> | null): string {
  if (reminders === null) return 'none';
  const kinds = Object.keys(DEFAULT_REMINDER_MINUTES) as ReminderKind[];
  return kinds.map((kind) => reminders[kind] ?? '-').join(' ');
}

/** One event of a calendar as a digest holds it, with its UID. */
export interface CalendarEntry extends SentEvent {
  uid: string;
}

/**
 * The events of every member's own calendar as it would be exported now, by person id: the same events as
 * {@link exportPersonCalendar} gives each of them, worked out in one pass over the trip without writing any
 * file. Each event's entry is one object shared by every list it is in, so a delegation of thousands is
 * checked on every change at little cost.
 */
export function memberCalendarEntries(bundle: TripBundle): Map<string, CalendarEntry[]> {
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
  const naming = eventNaming(bundle);
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
    entry: { uid: segment.calendar.uid, ...segmentSent(segment, naming) },
  }));
  const stayEntries = bundle.accommodations.map((stay) => ({
    stay,
    entry: { uid: stay.calendar.uid, ...staySent(stay, naming) },
  }));
  const route = inRouteOrder(bundle.stops);
  for (const [index, membership] of memberships.entries()) {
    const list = lists[index] ?? [];
    const stopIds = new Set(membership.stopIds);
    const stops = route.filter((stop) => stopIds.has(stop.id));
    for (const { segment, entry } of segmentEntries) {
      if (takesJourney(segment, membership.personId, stops)) list.push(entry);
    }
    for (const { stay, entry } of stayEntries) if (stopIds.has(stay.stopId)) list.push(entry);
  }
  return new Map(memberships.map((membership, index) => [membership.personId, lists[index] ?? []]));
}

/** {@link memberCalendarEntries} as digests, the form kept with each membership. */
export function memberCalendarDigests(bundle: TripBundle): Map<string, CalendarDigest> {
  const digests = new Map<string, CalendarDigest>();
  for (const [personId, entries] of memberCalendarEntries(bundle)) {
    digests.set(personId, Object.fromEntries(entries.map(({ uid, ...sent }) => [uid, sent])));
  }
  return digests;
}

function buildContext(bundle: TripBundle, options: CalendarExportOptions): Result<Context, string> {
  const timestamp = Date.parse(options.now);
  if (!Number.isFinite(timestamp)) return err(`“${options.now}” is not a moment to stamp the calendar with.`);
  const personById = new Map(bundle.people.map((person) => [person.id, person]));
  const ordered = inDelegationOrder(bundle.memberships, (id) => personById.get(id)?.name ?? '');
  const attendance = attendanceCalculator(bundle.memberships);
  return ok({
    bundle,
    ...eventNaming(bundle),
    homeZone: bundle.trip.homeZone,
    organisationById: new Map(bundle.organisations.map((organisation) => [organisation.id, organisation])),
    contactById: new Map(bundle.contacts.map((contact) => [contact.id, contact])),
    personById,
    rank: new Map(ordered.map((membership, index) => [membership.personId, index])),
    attendeesOf: (engagement) => attendance(engagement).attendeeIds,
    timestamp,
    organizer: {
      // A `"` inside a quoted parameter ends it early: ics 3.12 writes `\"`, which no parser reads back.
      name: oneLine(options.organizerName?.trim() || bundle.trip.name).replace(/"/g, "'"),
      email: options.organizerEmail?.trim() || NO_REPLY_EMAIL,
    },
    reminders: options.reminders === 'none' ? null : { ...DEFAULT_REMINDER_MINUTES, ...options.reminders },
    written: new Map(),
  });
}

function engagementEvent(engagement: Engagement, context: Context): IcsEvent {
  const stop = context.stopById.get(engagement.stopId);
  const city = stop?.name ?? zoneCity(engagement.start.zone);
  const cancelled = engagement.status === 'cancelled';
  const organisations = engagement.organisationIds
    .map((id) => context.organisationById.get(id))
    .filter((organisation): organisation is Organisation => organisation !== undefined);
  const contacts = engagement.contactIds
    .map((id) => context.contactById.get(id))
    .filter((contact): contact is Contact => contact !== undefined);
  const attendees = names(context.attendeesOf(engagement), context);
  const venue = engagement.venue;
  const location =
    placeText(venue.name, venue.address, venue.nameLocal, venue.addressLocal) ||
    (stop ? placeText(stop.name, '', stop.nameLocal, '') : '');

  const timeRange = timeRangeText(engagement.start, engagement.end, city, context.homeZone);
  const description = paragraphs(
    [
      `${formatLongDate(engagement.start.local.slice(0, 10))}, ${timeRange}`,
      `${ENGAGEMENT_KIND_LABELS[engagement.kind]} · ${ENGAGEMENT_STATUS_LABELS[engagement.status]}`,
      labelled('Where', [venue.name, venue.address].filter(Boolean).join(', ')),
      labelled('Local address', [venue.addressLocal, venue.nameLocal].filter(Boolean).join(' ')),
    ],
    [
      labelled('Partners', organisations.map(({ name, nameLocal }) => withLocal(name, nameLocal)).join('; ')),
      contacts.length ? `Contacts:${contacts.map((contact) => `\n• ${contactText(contact, context)}`).join('')}` : '',
    ],
    [
      attendees.length ? `Attendees (${attendees.length}): ${attendees.join(', ')}` : 'Attendees: none listed',
      labelled('Dress code', engagement.dressCode),
      `Interpreter: ${engagement.interpreterNeeded ? 'needed' : 'not needed'}`,
      labelled('Gifts', engagement.gifts),
    ],
    [labelled('Objectives', engagement.objectives), labelled('Briefing notes', engagement.briefingNotes)],
  );

  const title = `${cancelled ? 'Cancelled: ' : ''}${engagement.title}`;
  return {
    uid: oneLine(engagement.calendar.uid),
    sequence: engagement.calendar.sequence,
    timestamp: context.timestamp,
    start: Date.parse(engagement.start.utc),
    end: Date.parse(engagement.end.utc),
    title: cleanText(title),
    description: cleanText(description),
    ...(location ? { location: cleanText(location) } : {}),
    status: STATUS[engagement.status],
    transp: engagement.kind === 'free-time' || cancelled ? 'TRANSPARENT' : 'OPAQUE',
    categories: categories(context, ENGAGEMENT_KIND_LABELS[engagement.kind]),
    organizer: context.organizer,
    alarms: cancelled ? [] : alarms(context, engagement.kind, engagement.title),
  };
}

function segmentEvent(segment: Journey, context: Context): IcsEvent {
  const mode = TRAVEL_MODE_LABELS[segment.mode];
  const travellers =
    segment.travellerIds === null
      ? 'everyone on the route at this point'
      : names(segment.travellerIds, context).join(', ');
  const heading = [mode, segment.number].filter(Boolean).join(' ');
  const title = segmentTitle(segment, context);

  const description = paragraphs(
    [
      [heading, segment.carrier].filter(Boolean).join(', '),
      `Departs ${[stampText(segment.departure, context.homeZone), segment.departurePlace].filter(Boolean).join(', ')}`,
      `Arrives ${[stampText(segment.arrival, context.homeZone), segment.arrivalPlace].filter(Boolean).join(', ')}`,
      labelled('Booking reference', segment.bookingReference),
    ],
    [`Travellers: ${travellers}`, labelled('Notes', segment.notes)],
  );

  return {
    uid: oneLine(segment.calendar.uid),
    sequence: segment.calendar.sequence,
    timestamp: context.timestamp,
    start: Date.parse(segment.departure.utc),
    end: Date.parse(segment.arrival.utc),
    title: cleanText(title),
    description: cleanText(description),
    ...(segment.departurePlace ? { location: cleanText(segment.departurePlace) } : {}),
    status: 'CONFIRMED',
    transp: 'OPAQUE',
    categories: categories(context, 'Travel'),
    organizer: context.organizer,
    alarms: alarms(context, segment.mode, title),
  };
}

function stayEvent(stay: Hotel, context: Context): IcsEvent {
  const nights = daysBetween(stay.checkInDate, stay.checkOutDate);
  const description = paragraphs(
    [
      `Check in ${formatLongDate(stay.checkInDate)} · check out ${formatLongDate(stay.checkOutDate)}` +
        (nights > 0 ? ` (${nights} night${nights === 1 ? '' : 's'})` : ''),
      withLocal(stay.name, stay.nameLocal),
      stay.address,
      stay.addressLocal,
      labelled('Phone', stay.phone),
    ],
    [labelled('Notes', stay.notes)],
  );
  const location = placeText(stay.name, stay.address, stay.nameLocal, stay.addressLocal);
  return {
    uid: oneLine(stay.calendar.uid),
    sequence: stay.calendar.sequence,
    timestamp: context.timestamp,
    // A DATE's DTEND is exclusive, so the stay ends on the check-out date; never a `P1DT` duration.
    start: dateArray(stay.checkInDate),
    end: dateArray(stayEndDate(stay)),
    title: cleanText(stayTitle(stay, context)),
    description: cleanText(description),
    ...(location ? { location: cleanText(location) } : {}),
    status: 'CONFIRMED',
    // A hotel stay spans the days without filling them: it never shows the delegate as busy.
    transp: 'TRANSPARENT',
    categories: categories(context, 'Hotel'),
    organizer: context.organizer,
    alarms: alarms(context, 'hotel', stay.name),
  };
}

/**
 * An event no longer in the person's programme, sent as cancelled: only what a calendar needs to find the
 * event it holds (UID, with a higher SEQUENCE) and to show it crossed out.
 */
function cancelledEvent(cancellation: Cancellation, context: Context): IcsEvent {
  const { uid, sequence, title, start, end } = cancellation;
  const time = (value: string) => (isDate(value) ? dateArray(value) : Date.parse(value));
  return {
    uid: oneLine(uid),
    sequence,
    timestamp: context.timestamp,
    start: time(start),
    end: time(end),
    title: cleanText(`Cancelled: ${title}`),
    description: 'No longer in your programme.',
    status: 'CANCELLED',
    transp: 'TRANSPARENT',
    organizer: context.organizer,
  };
}

function isDate(value: string): value is IsoDate {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

// ---------------------------------------------------------------------------------------------------------------
// Text of the events

/** "Flight MU5401: Liverpool → Shanghai Pudong T2", with the places on the ticket where they are given. */
function segmentTitle(segment: Journey, naming: EventNaming): string {
  // The places on the ticket, as a journey from home may leave from another city's airport or connect.
  const from = segment.departurePlace.trim() || placeName(segment.fromStopId, naming);
  const to = segment.arrivalPlace.trim() || placeName(segment.toStopId, naming);
  const heading = [TRAVEL_MODE_LABELS[segment.mode], segment.number].filter(Boolean).join(' ');
  return `${heading}: ${from} → ${to}`;
}

/** "Hotel: The Astor, Tianjin" */
function stayTitle(stay: Hotel, naming: EventNaming): string {
  const stop = naming.stopById.get(stay.stopId);
  return `Hotel: ${stay.name}${stop ? `, ${stop.name}` : ''}`;
}

/** A stay's DTEND: the check-out date (exclusive), or the day after check-in for a stay of no nights. */
function stayEndDate(stay: Hotel): IsoDate {
  return daysBetween(stay.checkInDate, stay.checkOutDate) > 0 ? stay.checkOutDate : addDays(stay.checkInDate, 1);
}

/** "10:00–11:00 Tianjin (UTC+8) · 02:00–03:00 London", with the day added where it differs. */
function timeRangeText(start: ZonedTime, end: ZonedTime, city: string, homeZone: string): string {
  const endsLater = end.local.slice(0, 10) !== start.local.slice(0, 10) ? ` (${shortDay(end.local.slice(0, 10))})` : '';
  const offset = utcOffsetLabel(start.zone, start.utc);
  const local = `${start.local.slice(11)}–${end.local.slice(11)}${endsLater} ${city} (${offset})`;
  if (start.zone === homeZone) return local;
  const homeStart = wallTimeIn(start, homeZone);
  const homeEnd = wallTimeIn(end, homeZone);
  const homeDay = homeStart.slice(0, 10) !== start.local.slice(0, 10) ? `, ${shortDay(homeStart.slice(0, 10))}` : '';
  return `${local} · ${homeStart.slice(11)}–${homeEnd.slice(11)} ${zoneCity(homeZone)}${homeDay}`;
}

/** "Sat 5 Nov 2016, 13:15 (UTC)", or with home time "Sun 6 Nov 2016, 06:55 (UTC+8) · 22:55 London, Sat 5 Nov". */
function stampText(time: ZonedTime, homeZone: string): string {
  const offset = utcOffsetLabel(time.zone, time.utc);
  const local = `${formatLongDate(time.local.slice(0, 10))}, ${time.local.slice(11)} (${offset})`;
  const home = homeTimeLabel(time, homeZone);
  return home ? `${local} · ${home}` : local;
}

/** "Sat 5 Nov" */
function shortDay(date: IsoDate): string {
  return formatLongDate(date).replace(/ \d{4}$/, '');
}

function contactText(contact: Contact, context: Context): string {
  const organisation = context.organisationById.get(contact.organisationId);
  return [
    withLocal(contact.name, contact.nameLocal),
    contact.title,
    organisation?.name ?? '',
    contact.phone,
    contact.email,
  ]
    .filter(Boolean)
    .join(', ');
}

/** Names of people, in delegation order. */
function names(personIds: readonly string[], context: Context): string[] {
  const unranked = Number.MAX_SAFE_INTEGER;
  return [...personIds]
    .sort((a, b) => (context.rank.get(a) ?? unranked) - (context.rank.get(b) ?? unranked))
    .map((id) => context.personById.get(id)?.name ?? 'Unknown person');
}

/** A stop's name, or the trip's home ("Liverpool", else "home") for a journey's end outside the route. */
function placeName(stopId: string | null, naming: EventNaming): string {
  if (stopId === null) return naming.homeName;
  return naming.stopById.get(stopId)?.name ?? 'unknown city';
}

/** "Name (名字)" */
function withLocal(name: string, local: string): string {
  return local && local !== name ? `${name} (${local})` : name;
}

/**
 * LOCATION: the English name and address for the delegate, then the local-script address and name as a taxi
 * driver reads them ("天津市和平区解放北路18号 海河外滩酒店").
 */
function placeText(name: string, address: string, nameLocal: string, addressLocal: string): string {
  const english = [name, address].map((part) => part.trim()).filter(Boolean).join(', ');
  const local = [addressLocal, nameLocal].map((part) => part.trim()).filter(Boolean).join(' ');
  return [english, local].filter(Boolean).join(' / ');
}

/** "Label: text", or nothing when there is no text. */
function labelled(label: string, text: string): string {
  return text.trim() ? `${label}: ${text}` : '';
}

/** Groups of lines, empty lines dropped, groups separated by a blank line. */
function paragraphs(...groups: string[][]): string {
  return groups
    .map((lines) => lines.filter((line) => line.trim() !== '').join('\n'))
    .filter(Boolean)
    .join('\n\n');
}

function categories(context: Context, kind: string): string[] {
  // ics 3.12 joins categories with commas without escaping them: a comma inside one would split it in two.
  return [context.bundle.trip.name, kind].map((category) => escapeText(cleanText(category)));
}

function alarms(context: Context, kind: ReminderKind, title: string): Alarm[] {
  const minutes = context.reminders?.[kind];
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

function dateArray(date: IsoDate): [number, number, number] {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return [year, month, day];
}

// ---------------------------------------------------------------------------------------------------------------
// Text values and the repair of what ics writes

/** Line breaks as "\n", other control characters (forbidden in iCalendar text) as spaces. */
function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
}

/** For values on one line, such as UIDs and names in parameters. */
function oneLine(text: string): string {
  return cleanText(text).replace(/[\n\t]+/g, ' ');
}

/** RFC 5545 TEXT escaping: backslash, semicolon, comma and line break. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

const MAX_LINE_OCTETS = 75;

/** Octets of a character (one code point) in UTF-8. */
function utf8Length(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * The text `ics` wrote, made right: its own folding (at 75 characters, not octets) undone, durations ending in
 * a bare `T` (its `P1DT`, or `PT` for zero) repaired, every line folded again at 75 octets of UTF-8 without
 * splitting a character, and CRLF line ends throughout.
 */
export function finishIcs(text: string): string {
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  const lines = unfolded.split(/\r?\n/).filter((line) => line !== '');
  return `${lines.map((line) => foldLine(repairDuration(line))).join('\r\n')}\r\n`;
}

function repairDuration(line: string): string {
  const match = /^(TRIGGER|DURATION)(:|;[^:]*:)(-?)P([^T]*)T$/.exec(line);
  if (!match) return line;
  const [, name, separator, sign, days] = match;
  return `${name}${separator}${sign}P${days || 'T0S'}`;
}

/** A content line folded at 75 octets; each continuation line starts with one space, which counts. */
export function foldLine(line: string): string {
  // Every character takes at most 3 octets per UTF-16 unit, so a short line needs no counting.
  if (line.length * 3 <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character);
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
