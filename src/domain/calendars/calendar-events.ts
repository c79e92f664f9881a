/**
 * The events (VEVENT) of a trip's calendars, as the `ics` package takes them: one for each engagement, journey
 * and hotel stay, and one for an event sent before that a person's programme no longer holds. Each carries its
 * title, a description a delegate can read on a phone (local and home time, partners, attendees, briefing), its
 * place in English and in local script, its reminder and the ORGANIZER.
 *
 * What every event keeps to, whatever calendar reads it:
 * - Timed items are UTC instants (epoch milliseconds, written `…Z`) taken from each item's stored instant,
 *   never read in the zone of the machine that exports and never floating (Outlook refuses floating times).
 *   Hotel stays are all-day dates from check-in to check-out (DTEND is exclusive), never a `P1DT` duration.
 * - Each keeps its stored UID, and SEQUENCE is its stored sequence, so a calendar that already holds the event
 *   replaces it. A cancelled engagement stays in, as STATUS:CANCELLED.
 * - One ORGANIZER and no ATTENDEE lines (RFC 5546 forbids them in a publication); who attends is written into
 *   the description.
 */
import type { EventAttributes } from 'ics';
import type { Contact, Organisation } from '../directory/organisation';
import {
  ENGAGEMENT_DETAILS,
  ENGAGEMENT_KIND_LABELS,
  ENGAGEMENT_STATUS_LABELS,
  type Engagement,
} from '../engagements/engagement';
import { attendanceCalculator } from '../engagements/engagement-rules';
import { inDelegationOrder, type Person } from '../people/person';
import type { Hotel } from '../route/hotel';
import { TRAVEL_MODE_LABELS, type Journey } from '../route/journey';
import { connectionMinutes, connectionPlace, journeyLegs, journeyNumbers } from '../route/journey-legs';
import { formatDuration } from '../route/route';
import { err, ok, type Result } from '../shared/result';
import { formatLongDate, homeTimeLabel, utcOffsetLabel, wallTimeIn, zoneCity, type ZonedTime } from '../shared/time';
import { daysBetween, formatShortDate, type IsoDate } from '../shared/date-arithmetic';
import type { TripBundle } from '../trip/trip-bundle';
import { EVENT_STATUS, isDateValue, type Cancellation } from './calendar-digest';
import { eventNaming, hotelEndDate, hotelTitle, journeyTitle, type EventNaming } from './calendar-event-titles';
import { DEFAULT_REMINDER_MINUTES, reminderAlarms, type ReminderMinutes } from './calendar-reminders';
import { cleanText, escapeText, oneLine } from './icalendar-text';
import { localAddressLabel } from './local-address-label';

// ---------------------------------------------------------------------------------------------------------------
// Options and what every event needs to know

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

/** What every event needs to know about the trip, looked up once. */
export interface EventContext extends EventNaming {
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
}

/**
 * What the events of `bundle` need to know, looked up once for every event of every file of one export. Fails
 * when `options.now` is not a moment to stamp the events with.
 */
export function eventContext(bundle: TripBundle, options: CalendarExportOptions): Result<EventContext, string> {
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
  });
}

/** `ics` writes DTSTAMP from `timestamp`, which its type definitions leave out. */
export type IcsEvent = EventAttributes & { timestamp: number };

// ---------------------------------------------------------------------------------------------------------------
// The events

/** An engagement's free-text details: short ones beside the attendees, long ones in a paragraph of their own. */
const SHORT_DETAILS = ENGAGEMENT_DETAILS.filter((detail) => !detail.long);
const LONG_DETAILS = ENGAGEMENT_DETAILS.filter((detail) => detail.long);

/** The short details' lines with the interpreter's second, where delegates' calendars have always had it. */
function withInterpreterSecond(details: readonly string[], interpreter: string): string[] {
  return [...details.slice(0, 1), interpreter, ...details.slice(1)];
}

/** The event of an engagement: cancelled ones crossed out ("Cancelled: …"), free and without a reminder. */
export function engagementEvent(engagement: Engagement, context: EventContext): IcsEvent {
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
  const localAddress = [venue.addressLocal, venue.nameLocal].filter(Boolean).join(' ');
  const location =
    placeText(venue.name, venue.address, venue.nameLocal, venue.addressLocal) ||
    (stop ? placeText(stop.name, '', stop.nameLocal, '') : '');

  const timeRange = timeRangeText(engagement.start, engagement.end, city, context.homeZone);
  const description = paragraphs(
    [
      `${formatLongDate(engagement.start.local.slice(0, 10))}, ${timeRange}`,
      `${ENGAGEMENT_KIND_LABELS[engagement.kind]} · ${ENGAGEMENT_STATUS_LABELS[engagement.status]}`,
      labelled('Where', [venue.name, venue.address].filter(Boolean).join(', ')),
      labelled(localAddressLabel(localAddress, stop?.country ?? ''), localAddress),
    ],
    [
      labelled('Partners', organisations.map(({ name, nameLocal }) => withLocal(name, nameLocal)).join('; ')),
      contacts.length ? `Contacts:${contacts.map((contact) => `\n• ${contactText(contact, context)}`).join('')}` : '',
    ],
    [
      attendees.length ? `Attendees (${attendees.length}): ${attendees.join(', ')}` : 'Attendees: none listed',
      ...withInterpreterSecond(
        SHORT_DETAILS.map(({ field, label }) => labelled(label, engagement[field] ?? '')),
        `Interpreter: ${engagement.interpreterNeeded ? 'needed' : 'not needed'}`,
      ),
    ],
    LONG_DETAILS.map(({ field, label }) => labelled(label, engagement[field] ?? '')),
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
    status: EVENT_STATUS[engagement.status],
    transp: engagement.kind === 'free-time' || cancelled ? 'TRANSPARENT' : 'OPAQUE',
    categories: categories(context, ENGAGEMENT_KIND_LABELS[engagement.kind]),
    organizer: context.organizer,
    alarms: cancelled ? [] : reminderAlarms(context.reminders, engagement.kind, engagement.title),
  };
}

/**
 * The event of a journey, from departure to arrival, with both local times and the travellers. A journey that
 * connects is one event from the first departure to the last arrival, its legs and the time to change between
 * them listed in the description.
 */
export function journeyEvent(segment: Journey, context: EventContext): IcsEvent {
  const mode = TRAVEL_MODE_LABELS[segment.mode];
  const travellers =
    segment.travellerIds === null
      ? 'everyone on the route at this point'
      : names(segment.travellerIds, context).join(', ');
  const heading = [mode, journeyNumbers(segment)].filter(Boolean).join(' ');
  const title = journeyTitle(segment, context);
  const end = (verb: string, time: ZonedTime, place: string) =>
    `${verb} ${[stampText(time, context.homeZone), place].filter(Boolean).join(', ')}`;
  // A direct journey's description stays as it always was, so that no calendar already sent changes.
  const legs = segment.connections.length === 0 ? [] : journeyLegs(segment);
  const legLines = legs.flatMap((leg, index) => {
    const connection = segment.connections[index];
    const place = connection ? connectionPlace(connection) : '';
    return [
      `Leg ${index + 1}: ${[[mode, leg.number].filter(Boolean).join(' '), leg.carrier].filter(Boolean).join(', ')}`,
      end('Departs', leg.departure, leg.departurePlace),
      end('Arrives', leg.arrival, leg.arrivalPlace),
      connection ? `Connection${place ? ` at ${place}` : ''}: ${formatDuration(connectionMinutes(connection))}` : '',
    ];
  });

  const description = paragraphs(
    [
      [heading, segment.carrier].filter(Boolean).join(', '),
      end('Departs', segment.departure, segment.departurePlace),
      end('Arrives', segment.arrival, segment.arrivalPlace),
      labelled('Booking reference', segment.bookingReference),
    ],
    legLines,
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
    alarms: reminderAlarms(context.reminders, segment.mode, title),
  };
}

/** The event of a hotel stay: all day from check-in to check-out, never showing the delegate as busy. */
export function hotelEvent(stay: Hotel, context: EventContext): IcsEvent {
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
    end: dateArray(hotelEndDate(stay)),
    title: cleanText(hotelTitle(stay, context)),
    description: cleanText(description),
    ...(location ? { location: cleanText(location) } : {}),
    status: 'CONFIRMED',
    // A hotel stay spans the days without filling them: it never shows the delegate as busy.
    transp: 'TRANSPARENT',
    categories: categories(context, 'Hotel'),
    organizer: context.organizer,
    alarms: reminderAlarms(context.reminders, 'hotel', stay.name),
  };
}

/**
 * An event no longer in the person's programme, sent as cancelled: only what a calendar needs to find the
 * event it holds (UID, with a higher SEQUENCE) and to show it crossed out.
 */
export function cancelledEvent(cancellation: Cancellation, context: EventContext): IcsEvent {
  const { uid, sequence, title, start, end } = cancellation;
  const time = (value: string) => (isDateValue(value) ? dateArray(value) : Date.parse(value));
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

// ---------------------------------------------------------------------------------------------------------------
// Text of the events

/** "10:00–11:00 Tianjin (UTC+8) · 02:00–03:00 London", with the day added where it differs. */
function timeRangeText(start: ZonedTime, end: ZonedTime, city: string, homeZone: string): string {
  const endsLater = end.local.slice(0, 10) !== start.local.slice(0, 10) ? ` (${formatShortDate(end.local.slice(0, 10))})` : '';
  const offset = utcOffsetLabel(start.zone, start.utc);
  const local = `${start.local.slice(11)}–${end.local.slice(11)}${endsLater} ${city} (${offset})`;
  if (start.zone === homeZone) return local;
  const homeStart = wallTimeIn(start, homeZone);
  const homeEnd = wallTimeIn(end, homeZone);
  const homeDay = homeStart.slice(0, 10) !== start.local.slice(0, 10) ? `, ${formatShortDate(homeStart.slice(0, 10))}` : '';
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
function contactText(contact: Contact, context: EventContext): string {
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
function names(personIds: readonly string[], context: EventContext): string[] {
  const unranked = Number.MAX_SAFE_INTEGER;
  return [...personIds]
    .sort((a, b) => (context.rank.get(a) ?? unranked) - (context.rank.get(b) ?? unranked))
    .map((id) => context.personById.get(id)?.name ?? 'Unknown person');
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

function categories(context: EventContext, kind: string): string[] {
  // ics 3.12 joins categories with commas without escaping them: a comma inside one would split it in two.
  return [context.bundle.trip.name, kind].map((category) => escapeText(cleanText(category)));
}

function dateArray(date: IsoDate): [number, number, number] {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return [year, month, day];
}
