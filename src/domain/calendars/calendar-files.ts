/**
 * Calendar files (iCalendar, RFC 5545) of a trip for delegates' phones: the whole trip, one person's programme,
 * one city, or every member at once, each named safely for every system. Each holds the engagements, journeys
 * and hotel stays of the people concerned (their events: see calendar-events.ts), in time order.
 *
 * Every file is a publication: METHOD:PUBLISH, whose events each name one ORGANIZER and no ATTENDEE (RFC 5546).
 * A person's file also sends once more, as cancelled, each event they were sent that their programme no longer
 * holds (calendar-digest.ts), as a calendar that imported the last file keeps an event the next one leaves out.
 *
 * The `ics` package writes each file's head, repaired by {@link finishIcs}; each event's text comes from
 * icalendar-event-writer.ts (the same bytes ics and finishIcs give, without ics's cost per event). Each event
 * is written once per export and shared by every file it is in.
 */
import { createEvents } from 'ics';
import { inDelegationOrder } from '../people/person';
import { personalProgrammeInput } from '../programme/personal-programme';
import { uniqueFileNames, safeFileName } from '../shared/file-name';
import { message, type Message } from '../shared/message';
import { err, ok, type Result } from '../shared/result';
import type { TripBundle } from '../trip/trip-bundle';
import {
  cancellationSent,
  digestOf,
  isDateValue,
  pendingCancellations,
  type Cancellation,
  type CalendarDigest,
  type SentEvent,
  type Selection,
} from './calendar-digest';
import {
  cancelledEvent,
  engagementEvent,
  eventContext,
  hotelEvent,
  journeyEvent,
  type CalendarExportOptions,
  type EventContext,
  type IcsEvent,
} from './calendar-events';
import { eventHash } from './calendar-publication';
import { reminderDigest } from './calendar-reminders';
import { eventText } from './icalendar-event-writer';
import { escapeText, finishIcs, oneLine } from './icalendar-text';

const PRODUCT_ID = '-//Delegation Planner//Calendar export//EN';

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

// ---------------------------------------------------------------------------------------------------------------
// The four exports

/** Everything on the trip: every engagement, journey and hotel stay. */
export function exportTripCalendar(bundle: TripBundle, options: CalendarExportOptions): Result<CalendarFile, Message> {
  const context = fileContext(bundle, options);
  if (!context.ok) return context;
  return writeCalendar(
    context.value,
    { engagements: bundle.engagements, segments: bundle.segments, accommodations: bundle.accommodations },
    bundle.trip.name,
    safeFileName(bundle.trip.name, 'ics', context.value.words(message('calendars:files.trip'))),
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
): Result<CalendarFile, Message> {
  const context = fileContext(bundle, options);
  if (!context.ok) return context;
  const delegate = context.value.words(message('calendars:files.delegate'));
  const name = context.value.personById.get(personId)?.name ?? delegate;
  return personCalendar(context.value, personId, safeFileName(personFileStem(bundle, name), 'ics', delegate));
}

/** One city: its engagements and hotel stays, and the journeys that arrive there or leave from it. */
export function exportCityCalendar(
  bundle: TripBundle,
  stopId: string,
  options: CalendarExportOptions,
): Result<CalendarFile, Message> {
  const stop = bundle.stops.find((candidate) => candidate.id === stopId);
  if (!stop) return err(message('calendars:errors.cityNotOnRoute', { trip: bundle.trip.name }));
  const context = fileContext(bundle, options);
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
    safeFileName(`${bundle.trip.name} - ${stop.name}`, 'ics', context.value.words(message('calendars:files.city'))),
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
): Result<PersonCalendarFile[], Message> {
  return exportMemberCalendars(bundle, options);
}

/** Which members' calendars {@link exportMemberCalendars} writes, and whom it tells as each is written. */
export interface MemberCalendarChoice {
  /** Only these people's (their names stay those of the whole delegation's files); everyone's when absent. */
  personIds?: ReadonlySet<string>;
  /** Told after each file, with how many of those chosen are written. */
  onWritten?: (written: number, total: number) => void;
}

/**
 * {@link exportEveryMemberCalendar}, for the members chosen only: each file named as it would be among
 * everyone's (so that a delegate's file keeps its name whoever else is exported with it).
 */
export function exportMemberCalendars(
  bundle: TripBundle,
  options: CalendarExportOptions,
  { personIds, onWritten }: MemberCalendarChoice = {},
): Result<PersonCalendarFile[], Message> {
  const context = fileContext(bundle, options);
  if (!context.ok) return context;
  const delegate = context.value.words(message('calendars:files.delegate'));
  const nameOf = (id: string) => context.value.personById.get(id)?.name ?? delegate;
  const members = inDelegationOrder(bundle.memberships, nameOf);
  const stems = members.map((membership) => personFileStem(bundle, nameOf(membership.personId)));
  const fileNames = uniqueFileNames(stems, 'ics', delegate);
  const chosen = personIds ? members.filter((membership) => personIds.has(membership.personId)).length : members.length;
  const files: PersonCalendarFile[] = [];
  for (const [index, membership] of members.entries()) {
    if (personIds && !personIds.has(membership.personId)) continue;
    const fileName = fileNames[index] ?? safeFileName(stems[index] ?? '', 'ics', delegate);
    const result = personCalendar(context.value, membership.personId, fileName);
    if (!result.ok) return err(message('calendars:errors.personNotWritten', { name: nameOf(membership.personId), reason: result.error }));
    files.push({ ...result.value, personId: membership.personId });
    onWritten?.(files.length, chosen);
  }
  return ok(files);
}

// ---------------------------------------------------------------------------------------------------------------
// Calendars on a CalDAV server

/**
 * One event as a CalDAV server keeps it: a resource of its own, one VCALENDAR holding one VEVENT and no METHOD
 * (RFC 4791, 4.1), with what its digest records of it.
 */
export interface EventResource {
  uid: string;
  text: string;
  /** {@link eventHash} of `text`: whether the event changed since it was published. */
  hash: string;
  sent: SentEvent;
}

/** A calendar as published: its name, each event's resource in time order, and its reminders in short. */
export interface CalendarResources {
  name: string;
  resources: EventResource[];
  reminders: string;
}

/** The whole trip as resources. */
export function tripCalendarResources(bundle: TripBundle, options: CalendarExportOptions): Result<CalendarResources, Message> {
  const context = fileContext(bundle, options);
  if (!context.ok) return context;
  return writeResources(context.value, { engagements: bundle.engagements, segments: bundle.segments, accommodations: bundle.accommodations }, bundle.trip.name);
}

/**
 * One person's programme as resources: what their calendar file holds, but for the events sent before and
 * theirs no more, which a server deletes rather than sends again as cancelled.
 */
export function personCalendarResources(bundle: TripBundle, personId: string, options: CalendarExportOptions): Result<CalendarResources, Message> {
  const context = fileContext(bundle, options);
  return context.ok ? personResources(context.value, personId) : context;
}

/**
 * The whole trip's calendar and every member's, as resources, members in delegation order: what
 * {@link tripCalendarResources} and {@link personCalendarResources} give, but each event written once and shared
 * by every calendar it is in, so publishing the whole delegation costs little more than the trip's own calendar.
 */
export function everyCalendarResources(
  bundle: TripBundle,
  options: CalendarExportOptions,
): Result<{ trip: CalendarResources; members: (CalendarResources & { personId: string })[] }, Message> {
  const context = fileContext(bundle, options);
  if (!context.ok) return context;
  const trip = writeResources(context.value, { engagements: bundle.engagements, segments: bundle.segments, accommodations: bundle.accommodations }, bundle.trip.name);
  if (!trip.ok) return trip;
  const members: (CalendarResources & { personId: string })[] = [];
  const nameOf = (id: string) => context.value.personById.get(id)?.name ?? '';
  for (const { personId } of inDelegationOrder(bundle.memberships, nameOf)) {
    const resources = personResources(context.value, personId);
    if (!resources.ok) return resources;
    members.push({ ...resources.value, personId });
  }
  return ok({ trip: trip.value, members });
}

function personResources(context: FileContext, personId: string): Result<CalendarResources, Message> {
  const { bundle } = context;
  const input = personalProgrammeInput(bundle, personId, context.attendance);
  const person = context.personById.get(personId);
  if (!input) {
    return err(
      person
        ? message('calendars:errors.notMember', { name: person.name, trip: bundle.trip.name })
        : message('calendars:errors.unknownNotMember', { trip: bundle.trip.name }),
    );
  }
  const name = person?.name ?? context.words(message('calendars:files.delegate'));
  return writeResources(context, input, `${bundle.trip.name} – ${name}`);
}

function writeResources(context: FileContext, selection: Selection, calendarName: string): Result<CalendarResources, Message> {
  const failed = (why: Message) => err(message('calendars:errors.notWritten', { name: calendarName, why }));
  const head = resourceHead(context);
  if (!head.ok) return failed(head.error);
  const digest = digestOf(selection, context);
  const resources: EventResource[] = [];
  for (const item of itemsOf(context, selection, [])) {
    const resource = resourceOf(item, head.value, context);
    if (!resource.ok) return failed(resource.error);
    const sent = digest[resource.value.uid];
    if (sent === undefined) return failed(message('calendars:errors.icsGaveNoEvent'));
    resources.push({ ...resource.value, sent });
  }
  return ok({ name: calendarName, resources, reminders: reminderDigest(context.reminders) });
}

/** What begins every event's resource: a VCALENDAR with no METHOD, written once per export. */
function resourceHead(context: FileContext): Result<string, Message> {
  if (context.resourceHead) return context.resourceHead;
  const header = createEvents([], { productId: PRODUCT_ID });
  context.resourceHead =
    header.error || header.value === null
      ? err(header.error ? message('calendars:errors.icsFailed', { reason: header.error.message }) : message('calendars:errors.icsGaveNoText'))
      : ok(finishIcs(header.value.replace(/END:VCALENDAR\r?\n?$/, '')).replace(/^METHOD:.*\r\n/m, ''));
  return context.resourceHead;
}

/**
 * The item's resource: its UID, its text and that text's hash, worked out once per export and shared by every
 * calendar it is in (a delegation's calendars hold mostly the same events).
 */
function resourceOf(item: Item, head: string, context: FileContext): Result<Omit<EventResource, 'sent'>, Message> {
  const cached = context.resources.get(item.key);
  if (cached) return cached;
  const block = writtenEvent(item, context);
  let result: Result<Omit<EventResource, 'sent'>, Message>;
  if (!block.ok) result = block;
  else {
    const uid = /^UID:(.*)$/m.exec(block.value.replace(/\r\n[ \t]/g, ''))?.[1]?.trim();
    const text = `${head}${block.value}END:VCALENDAR\r\n`;
    result = uid === undefined ? err(message('calendars:errors.icsGaveNoEvent')) : ok({ uid, text, hash: eventHash(text) });
  }
  context.resources.set(item.key, result);
  return result;
}

function personFileStem(bundle: TripBundle, personName: string): string {
  return `${bundle.trip.name} - ${personName}`;
}

function personCalendar(context: FileContext, personId: string, fileName: string): Result<CalendarFile, Message> {
  const { bundle } = context;
  const person = context.personById.get(personId);
  const input = personalProgrammeInput(bundle, personId, context.attendance);
  if (!input) {
    return err(
      person
        ? message('calendars:errors.notMember', { name: person.name, trip: bundle.trip.name })
        : message('calendars:errors.unknownNotMember', { trip: bundle.trip.name }),
    );
  }
  const sent = bundle.memberships.find((membership) => membership.personId === personId)?.calendarExportedEvents;
  const cancellations = pendingCancellations(sent, digestOf(input, context), currentEvents(context));
  const name = person?.name ?? context.words(message('calendars:files.delegate'));
  return writeCalendar(context, input, `${bundle.trip.name} – ${name}`, fileName, cancellations);
}

/** Every item of the trip as it would be sent now, by UID, worked out once per export. */
function currentEvents(context: FileContext): Map<string, SentEvent> {
  context.current ??= new Map(Object.entries(digestOf(context.bundle, context)));
  return context.current;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing a file

/** What the files of one export share: what every event needs, and what is worked out once for them all. */
interface FileContext extends EventContext {
  /** Each item's finished VEVENT text, by item, once written. */
  written: Map<string, Result<string, Message>>;
  /** Each item's resource for a CalDAV server, by item, once written. */
  resources: Map<string, Result<Omit<EventResource, 'sent'>, Message>>;
  /** {@link resourceHead}, once written. */
  resourceHead?: Result<string, Message>;
  /** {@link currentEvents}, once worked out. */
  current?: Map<string, SentEvent>;
}

function fileContext(bundle: TripBundle, options: CalendarExportOptions): Result<FileContext, Message> {
  const context = eventContext(bundle, options);
  return context.ok ? ok({ ...context.value, written: new Map(), resources: new Map() }) : context;
}

/** An item of the selection: its key in the cache, where it sorts, what to call it in an error, its event. */
interface Item {
  key: string;
  sortKey: number;
  label: Message;
  event: () => IcsEvent;
}

/** The selection's engagements, journeys and stays, and the cancellations to send, in time order. */
function itemsOf(context: FileContext, selection: Selection, cancellations: readonly Cancellation[]): Item[] {
  const items: Item[] = [
    ...selection.engagements.map((engagement) => ({
      key: `engagement:${engagement.id}`,
      sortKey: Date.parse(engagement.start.utc),
      label: message('calendars:errors.item.engagement', { title: engagement.title }),
      event: () => engagementEvent(engagement, context),
    })),
    ...selection.segments.map((segment) => ({
      key: `segment:${segment.id}`,
      sortKey: Date.parse(segment.departure.utc),
      label:
        segment.number && segment.departurePlace
          ? message('calendars:errors.item.journeyFrom', { number: segment.number, place: segment.departurePlace })
          : message('calendars:errors.item.journey', { what: segment.number || segment.departurePlace }),
      event: () => journeyEvent(segment, context),
    })),
    ...selection.accommodations.map((stay) => ({
      key: `stay:${stay.id}`,
      sortKey: Date.parse(`${stay.checkInDate}T00:00:00Z`),
      label: message('calendars:errors.item.stay', { name: stay.name }),
      event: () => hotelEvent(stay, context),
    })),
    ...cancellations.map((cancellation) => ({
      key: `cancelled:${JSON.stringify(cancellation)}`,
      sortKey: Date.parse(isDateValue(cancellation.start) ? `${cancellation.start}T00:00:00Z` : cancellation.start),
      label: message('calendars:errors.item.cancelled', { title: cancellation.title }),
      event: () => cancelledEvent(cancellation, context),
    })),
  ];
  // In time order, so a file read by eye runs like the programme.
  return items.sort((a, b) => a.sortKey - b.sortKey);
}

function writeCalendar(
  context: FileContext,
  selection: Selection,
  calendarName: string,
  fileName: string,
  cancellations: readonly Cancellation[] = [],
): Result<CalendarFile, Message> {
  const failed = (why: Message) => err(message('calendars:errors.notWritten', { name: calendarName, why }));
  const items = itemsOf(context, selection, cancellations);

  // ics writes the calendar's name without escaping it.
  const calName = escapeText(oneLine(calendarName));
  const header = createEvents([], { productId: PRODUCT_ID, method: 'PUBLISH', calName });
  if (header.error || header.value === null) {
    return failed(header.error ? message('calendars:errors.icsFailed', { reason: header.error.message }) : message('calendars:errors.icsGaveNoText'));
  }
  const blocks: string[] = [];
  for (const item of items) {
    const block = writtenEvent(item, context);
    if (!block.ok) return failed(block.error);
    blocks.push(block.value);
  }
  const head = finishIcs(header.value.replace(/END:VCALENDAR\r?\n?$/, ''));
  const digest = digestOf(selection, context);
  for (const cancellation of cancellations) digest[cancellation.uid] = cancellationSent(cancellation);
  return ok({
    fileName,
    text: `${head}${blocks.join('')}END:VCALENDAR\r\n`,
    eventCount: items.length,
    digest,
    reminders: reminderDigest(context.reminders),
  });
}

/** The item's VEVENT (see icalendar-event-writer.ts), from the cache when another file of the export has it. */
function writtenEvent(item: Item, context: FileContext): Result<string, Message> {
  const cached = context.written.get(item.key);
  if (cached) return cached;
  const written = eventText(item.event());
  const why = (reason: string | null) =>
    reason !== null ? message('calendars:errors.icsFailed', { reason }) : message('calendars:errors.icsGaveNoEvent');
  const result: Result<string, Message> = written.ok
    ? ok(written.text)
    : err(message('calendars:errors.itemNotWritten', { item: item.label, why: why(written.reason) }));
  context.written.set(item.key, result);
  return result;
}
