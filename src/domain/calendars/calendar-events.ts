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
import { ENGAGEMENT_DETAILS, type EngagementDetailField, type Engagement } from '../engagements/engagement';
import { attendanceCalculator, type AttendanceOf } from '../engagements/engagement-rules';
import { inDelegationOrder, type Person } from '../people/person';
import type { Hotel } from '../route/hotel';
import type { Journey } from '../route/journey';
import { connectionMinutes, connectionPlace, journeyLegs } from '../route/journey-legs';
import { day, message, type Message, type MessageParams, type PlaceValue } from '../shared/message';
import { homeClockPlace, placeOf, zonePlace } from '../route/city-names';
import { err, ok, type Result } from '../shared/result';
import { utcOffsetLabel, wallTimeIn, type ZonedTime } from '../shared/time';
import { daysBetween, type IsoDate } from '../shared/date-arithmetic';
import type { TripBundle } from '../trip/trip-bundle';
import { EVENT_STATUS, isDateValue, type Cancellation } from './calendar-digest';
import {
  dayWithYear,
  eventNaming,
  hotelEndDate,
  hotelTitle,
  journeyHeading,
  journeyTitle,
  type EventNaming,
  type Wording,
} from './calendar-event-titles';
import { DEFAULT_REMINDER_MINUTES, reminderAlarms, type ReminderMinutes } from './calendar-reminders';
import { cleanText, escapeText, oneLine } from './icalendar-text';
import { localAddressLabel } from './local-address-label';

// ---------------------------------------------------------------------------------------------------------------
// Options and what every event needs to know

export interface CalendarExportOptions {
  /**
   * The reader's words, such as the exporting screen's `Locale.word`: every word an event says ("Cancelled:",
   * "Attendees", the home time) is written in them. UIDs, SEQUENCE and instants never depend on them.
   */
  words: Wording;
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
  /** What the home clock is called by: the home city, or the city its zone is named after. */
  homePlace: PlaceValue;
  organisationById: Map<string, Organisation>;
  contactById: Map<string, Contact>;
  personById: Map<string, Person>;
  /** Person ids by their place in the delegation, so every list of names reads in the same order. */
  rank: Map<string, number>;
  /** Who attends each engagement, worked out once for the trip and shared by every person's calendar. */
  attendance: AttendanceOf;
  attendeesOf: (engagement: Engagement) => string[];
  /** {@link utcOffsetLabel}, each instant worked out once an export. */
  offsetLabel: (zone: string, utc: string) => string;
  /** The wall time of an instant on the home clock ({@link wallTimeIn}), each worked out once an export. */
  homeWallTime: (time: ZonedTime) => string;
  timestamp: number;
  organizer: { name: string; email: string };
  reminders: ReminderMinutes | null;
}

/**
 * What the events of `bundle` need to know, looked up once for every event of every file of one export. Fails
 * when `options.now` is not a moment to stamp the events with.
 */
export function eventContext(bundle: TripBundle, options: CalendarExportOptions): Result<EventContext, Message> {
  const timestamp = Date.parse(options.now);
  if (!Number.isFinite(timestamp)) return err(message('calendars:errors.badTimestamp', { now: options.now }));
  const personById = new Map(bundle.people.map((person) => [person.id, person]));
  const ordered = inDelegationOrder(bundle.memberships, (id) => personById.get(id)?.name ?? '');
  const attendance = attendanceCalculator(bundle.memberships);
  const homeZone = bundle.trip.homeZone;
  return ok({
    bundle,
    ...eventNaming(bundle, rememberedWords(options.words)),
    homeZone: bundle.trip.homeZone,
    homePlace: homeClockPlace(bundle.trip),
    organisationById: new Map(bundle.organisations.map((organisation) => [organisation.id, organisation])),
    contactById: new Map(bundle.contacts.map((contact) => [contact.id, contact])),
    personById,
    rank: new Map(ordered.map((membership, index) => [membership.personId, index])),
    attendance,
    attendeesOf: (engagement) => attendance(engagement).attendeeIds,
    offsetLabel: remembered((zone: string, utc: string) => utcOffsetLabel(zone, utc), (zone, utc) => `${zone} ${utc}`),
    homeWallTime: remembered((time: ZonedTime) => wallTimeIn(time, homeZone), (time) => time.utc),
    timestamp,
    organizer: {
      // A `"` inside a quoted parameter ends it early: ics 3.12 writes `\"`, which no parser reads back.
      name: oneLine(options.organizerName?.trim() || bundle.trip.name).replace(/"/g, "'"),
      email: options.organizerEmail?.trim() || NO_REPLY_EMAIL,
    },
    reminders: options.reminders === 'none' ? null : { ...DEFAULT_REMINDER_MINUTES, ...options.reminders },
  });
}

/**
 * The reader's words for a message, each message worked out once an export: the events of a trip say the same
 * things many times over (the same day, kind, status, labels and list of attendees), and putting a message
 * into words through i18next costs tens of microseconds each time.
 */
function rememberedWords(words: Wording): Wording {
  return remembered(words, (said) => JSON.stringify(said));
}

/** `work`, each answer kept by `keyOf` its arguments for the life of the function returned (one export). */
function remembered<A extends unknown[], R>(work: (...args: A) => R, keyOf: (...args: A) => string): (...args: A) => R {
  const kept = new Map<string, R>();
  return (...args) => {
    const key = keyOf(...args);
    if (kept.has(key)) return kept.get(key) as R;
    const answer = work(...args);
    kept.set(key, answer);
    return answer;
  };
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
  const { words } = context;
  const stop = context.stopById.get(engagement.stopId);
  const city = stop ? placeOf(stop) : zonePlace(engagement.start.zone);
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
  const kind = words(message(`engagements:kind.${engagement.kind}`));
  const label = (code: string, value: string) => labelled(words, code, value);

  const timeRange = timeRangeText(engagement.start, engagement.end, city, context);
  const description = paragraphs(
    [
      words(message('calendars:event.when', { date: dateText(engagement.start.local.slice(0, 10), words), time: timeRange })),
      `${kind} · ${words(message(`engagements:status.${engagement.status}`))}`,
      label('calendars:event.where', [venue.name, venue.address].filter(Boolean).join(separator(words))),
      localAddress ? words(localAddressLabel(localAddress, stop?.country ?? '')) : '',
    ],
    [
      label(
        'calendars:event.partners',
        organisations.map(({ name, nameLocal }) => withLocal(name, nameLocal, words)).join(words(message('calendars:event.semicolon'))),
      ),
      contacts.length
        ? `${words(message('calendars:event.contacts'))}${contacts.map((contact) => `\n• ${contactText(contact, context)}`).join('')}`
        : '',
    ],
    [
      attendees.length
        ? words(message('calendars:event.attendees', { number: attendees.length, names: attendees.join(nameSeparator(words)) }))
        : words(message('calendars:event.noAttendees')),
      ...withInterpreterSecond(
        SHORT_DETAILS.map(({ field }) => detailLine(words, field, engagement[field] ?? '')),
        words(message(engagement.interpreterNeeded ? 'calendars:event.interpreterNeeded' : 'calendars:event.interpreterNotNeeded')),
      ),
    ],
    LONG_DETAILS.map(({ field }) => detailLine(words, field, engagement[field] ?? '')),
  );

  const title = cancelled ? words(message('calendars:event.cancelledTitle', { title: engagement.title })) : engagement.title;
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
    categories: categories(context, kind),
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
  const { words } = context;
  const mode = words(message(`route:mode.${segment.mode}`));
  const travellers =
    segment.travellerIds === null
      ? words(message('calendars:event.everyone'))
      : names(segment.travellerIds, context).join(nameSeparator(words));
  const heading = journeyHeading(segment, words);
  const title = journeyTitle(segment, context);
  const comma = separator(words);
  const end = (code: string, time: ZonedTime, place: string) =>
    words(message(code, { when: [stampText(time, context), place].filter(Boolean).join(comma) }));
  // Where the place is, the terminal beside it; with no terminal the sentence stays as it always was.
  const withTerminal = (place: string, terminal: string) =>
    terminal ? [place, words(message('calendars:event.terminal', { terminal }))].filter(Boolean).join(comma) : place;
  // A direct journey's description stays as it always was, so that no calendar already sent changes.
  const legs = segment.connections.length === 0 ? [] : journeyLegs(segment);
  const legLines = legs.flatMap((leg, index) => {
    const connection = segment.connections[index];
    const place = connection ? connectionPlace(connection) : '';
    const duration = connection ? durationText(connectionMinutes(connection), words) : '';
    return [
      words(
        message('calendars:event.leg', {
          number: index + 1,
          what: [[mode, leg.number].filter(Boolean).join(' '), leg.carrier].filter(Boolean).join(comma),
        }),
      ),
      end('calendars:event.departs', leg.departure, index === 0 ? withTerminal(leg.departurePlace, segment.departureTerminal) : leg.departurePlace),
      end('calendars:event.arrives', leg.arrival, connection ? leg.arrivalPlace : withTerminal(leg.arrivalPlace, segment.arrivalTerminal)),
      connection
        ? words(place ? message('calendars:event.connectionAt', { place, duration }) : message('calendars:event.connection', { duration }))
        : '',
    ];
  });

  const description = paragraphs(
    [
      [heading, segment.carrier].filter(Boolean).join(comma),
      end('calendars:event.departs', segment.departure, withTerminal(segment.departurePlace, segment.departureTerminal)),
      end('calendars:event.arrives', segment.arrival, withTerminal(segment.arrivalPlace, segment.arrivalTerminal)),
      labelled(words, 'calendars:event.bookingReference', segment.bookingReference),
    ],
    legLines,
    [words(message('calendars:event.travellers', { names: travellers })), labelled(words, 'calendars:event.notes', segment.notes)],
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
    categories: categories(context, words(message('calendars:event.category.travel'))),
    organizer: context.organizer,
    alarms: reminderAlarms(context.reminders, segment.mode, title),
  };
}

/** The event of a hotel stay: all day from check-in to check-out, never showing the delegate as busy. */
export function hotelEvent(stay: Hotel, context: EventContext): IcsEvent {
  const { words } = context;
  const nights = daysBetween(stay.checkInDate, stay.checkOutDate);
  const dates: MessageParams = { checkIn: dateText(stay.checkInDate, words), checkOut: dateText(stay.checkOutDate, words) };
  const description = paragraphs(
    [
      words(nights > 0 ? message('calendars:event.stay', { ...dates, count: nights }) : message('calendars:event.stayNoNights', dates)),
      withLocal(stay.name, stay.nameLocal, words),
      stay.address,
      stay.addressLocal,
      labelled(words, 'calendars:event.phone', stay.phone),
    ],
    [labelled(words, 'calendars:event.notes', stay.notes)],
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
    categories: categories(context, words(message('calendars:event.category.hotel'))),
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
    title: cleanText(context.words(message('calendars:event.cancelledTitle', { title }))),
    description: context.words(message('calendars:event.noLongerInProgramme')),
    status: 'CANCELLED',
    transp: 'TRANSPARENT',
    organizer: context.organizer,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Text of the events

/** "Sat 12 Nov 2016", "2016年11月12日 周六": a day with its year, as the events have always written it. */
function dateText(date: IsoDate, words: Wording): string {
  return words(dayWithYear(date));
}

/** "10:00–11:00 Tianjin (UTC+8) · 02:00–03:00 London", with the day added where it differs. */
function timeRangeText(start: ZonedTime, end: ZonedTime, city: PlaceValue, context: EventContext): string {
  const { words, homeZone } = context;
  const endDay = end.local.slice(0, 10);
  const times = { start: start.local.slice(11), end: end.local.slice(11), city, offset: context.offsetLabel(start.zone, start.utc) };
  const local = words(
    endDay !== start.local.slice(0, 10)
      ? message('calendars:event.localRangeEndsLater', { ...times, endDay: day(endDay) })
      : message('calendars:event.localRange', times),
  );
  if (start.zone === homeZone) return local;
  const homeStart = context.homeWallTime(start);
  const homeEnd = context.homeWallTime(end);
  const home = { start: homeStart.slice(11), end: homeEnd.slice(11), city: context.homePlace };
  const homeDay = homeStart.slice(0, 10);
  const homeText = words(
    homeDay !== start.local.slice(0, 10)
      ? message('calendars:event.homeRangeOtherDay', { ...home, day: day(homeDay) })
      : message('calendars:event.homeRange', home),
  );
  return `${local} · ${homeText}`;
}

/** "Sat 5 Nov 2016, 13:15 (UTC)", or with home time "Sun 6 Nov 2016, 06:55 (UTC+8) · 22:55 London, Sat 5 Nov". */
function stampText(time: ZonedTime, context: EventContext): string {
  const { words, homeZone } = context;
  const date = time.local.slice(0, 10);
  const local = words(
    message('calendars:event.stamp', { date: dateText(date, words), time: time.local.slice(11), offset: context.offsetLabel(time.zone, time.utc) }),
  );
  if (time.zone === homeZone) return local;
  const home = context.homeWallTime(time);
  const at = { time: home.slice(11), city: context.homePlace };
  const homeText = words(
    home.slice(0, 10) === date
      ? message('calendars:event.homeTime', at)
      : message('calendars:event.homeTimeOtherDay', { ...at, day: day(home.slice(0, 10)) }),
  );
  return `${local} · ${homeText}`;
}

/** "2 h 30 min", "2小时30分钟". */
function durationText(minutes: number, words: Wording): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return words(message('common:duration.minutes', { minutes: rest }));
  return words(rest === 0 ? message('common:duration.hours', { hours }) : message('common:duration.hoursMinutes', { hours, minutes: rest }));
}

/** A contact: name, title, organisation, phone and e-mail. */
function contactText(contact: Contact, context: EventContext): string {
  const organisation = context.organisationById.get(contact.organisationId);
  return [
    withLocal(contact.name, contact.nameLocal, context.words),
    contact.title,
    organisation?.name ?? '',
    contact.phone,
    contact.email,
  ]
    .filter(Boolean)
    .join(separator(context.words));
}

/** Names of people, in delegation order. */
function names(personIds: readonly string[], context: EventContext): string[] {
  const unranked = Number.MAX_SAFE_INTEGER;
  return [...personIds]
    .sort((a, b) => (context.rank.get(a) ?? unranked) - (context.rank.get(b) ?? unranked))
    .map((id) => context.personById.get(id)?.name ?? context.words(message('calendars:event.unknownPerson')));
}

/** "Name (名字)", "Name（名字）". */
function withLocal(name: string, local: string, words: Wording): string {
  return local && local !== name ? words(message('calendars:event.withLocal', { name, local })) : name;
}

/** Between the parts of a place or a contact: ", " in English, "，" in Chinese. */
function separator(words: Wording): string {
  return words(message('calendars:event.comma'));
}

/** Between names in a list: ", " in English, "、" in Chinese. */
function nameSeparator(words: Wording): string {
  return words(message('calendars:event.nameSeparator'));
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

/** "Label: text" (the label's code says which), or nothing when there is no text. */
function labelled(words: Wording, code: string, text: string): string {
  return text.trim() ? words(message(code, { text })) : '';
}

/** "Dress code: Business formal", labelled with the words the engagement form uses; '' when it is empty. */
function detailLine(words: Wording, field: EngagementDetailField, text: string): string {
  return text.trim() ? words(message('calendars:event.detail', { label: message(`engagements:detail.${field}`), text })) : '';
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
