/**
 * Reading a calendar file (.ics) that someone sent, such as a partner's invitation, into a preview: each event
 * with its times in its own zone, the city of the trip it belongs to, what stands in the way of importing it,
 * and an engagement draft for each one that can be imported. Untrusted input is parsed here, at the edge, and
 * every failure is a value: nothing is saved, and nothing is thrown past {@link previewCalendarImport}.
 *
 * The file is parsed in icalendar-parsing.ts, each event's times read in imported-event-times.ts, and each
 * event placed in a city of the route, in that city's zone, in imported-event-placing.ts. Here: the events'
 * other fields, whether the trip already holds them (by UID and SEQUENCE), and what importing them saves.
 */
import type { Engagement, EngagementStatus } from '../engagements/engagement';
import type { EngagementDraft } from '../engagements/engagement-rules';
import { inRouteOrder } from '../route/city';
import { message, type Message } from '../shared/message';
import { err, ok, type Result } from '../shared/result';
import type { CalendarIdentity } from '../shared/calendar-identity';
import { readCalendarFile, type IcalComponent, type IcalProperty } from './icalendar-parsing';
import type { CalendarImportTrip, ImportedEvent, Report } from './imported-event';
import { placeAllDayEvent, placeEvent, type PlacingContext } from './imported-event-placing';
import { allDayDates, impossibleTime, readTimes } from './imported-event-times';

/** An event to import as it is saved: a new engagement keeping the event's UID and SEQUENCE, or an update. */
export type CalendarImportItem =
  | { kind: 'add'; draft: EngagementDraft; calendar: CalendarIdentity | null }
  | { kind: 'update'; engagementId: string; draft: EngagementDraft; sequence: number };

/** What importing these events (those of a preview that have a draft) saves. */
export function importItems(events: readonly ImportedEvent[]): CalendarImportItem[] {
  return events.flatMap((event): CalendarImportItem[] => {
    if (!event.draft) return [];
    if (event.updates) {
      return [{ kind: 'update', engagementId: event.updates.id, draft: event.draft, sequence: event.sequence }];
    }
    const calendar = event.uid ? { uid: event.uid, sequence: event.sequence } : null;
    return [{ kind: 'add', draft: event.draft, calendar }];
  });
}

export interface CalendarImportPreview {
  /** X-WR-CALNAME, when the file has one. */
  calendarName: string | null;
  events: ImportedEvent[];
  /** The drafts of the new engagements, in file order (updates left out: see {@link importItems}). */
  drafts: EngagementDraft[];
}

/**
 * The most events one import reads. A trip's whole calendar holds a few hundred (the largest trip planned with
 * the app, 400 engagements with its journeys and hotels, well under a thousand); a file of many more is someone's
 * whole calendar of years, whose preview would hold the page for many seconds (a 5,000-event file, 12 s) to offer
 * thousands of events no trip needs. It is refused with the count, before its events are read.
 */
export const MAX_IMPORTED_EVENTS = 2000;

/**
 * The preview of importing `text` (the content of an .ics file) into `trip`, what it writes into the drafts in
 * `words` (the importer's language). An empty or malformed file is an
 * error that says what is wrong and on which line; a file that reads but has no events, or more than
 * {@link MAX_IMPORTED_EVENTS}, is one too. Problems
 * with single events are listed on each event.
 */
export function previewCalendarImport(
  text: string,
  trip: CalendarImportTrip,
  words: (said: Message) => string,
): Result<CalendarImportPreview, Message> {
  try {
    const roots = readCalendarFile(text);
    if (!roots.ok) return roots;
    const vevents = roots.value.flatMap((root) =>
      root.getAllSubcomponents('vevent').map((vevent) => ({ root, vevent })),
    );
    if (vevents.length === 0) return err(message('calendars:fileProblem.noEvents', { vevent: 'VEVENT' }));
    if (vevents.length > MAX_IMPORTED_EVENTS) {
      return err(message('calendars:fileProblem.tooManyEvents', { count: vevents.length, max: MAX_IMPORTED_EVENTS }));
    }
    const context = buildContext(trip, words);
    const events = vevents.map(({ root, vevent }, index) => readEvent(vevent, root, index + 1, context));
    const nameValue = roots.value[0]?.getFirstPropertyValue('x-wr-calname');
    return ok({
      calendarName: typeof nameValue === 'string' && nameValue.trim() ? nameValue.trim() : null,
      events,
      drafts: events.flatMap((event) => (event.draft && !event.updates ? [event.draft] : [])),
    });
  } catch (error) {
    return err(message('calendars:fileProblem.unreadable', { reason: error instanceof Error ? error.message : String(error) }));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// One event

interface Context extends PlacingContext {
  knownUids: Map<string, Message>;
  engagementByUid: Map<string, Engagement>;
}

function buildContext(trip: CalendarImportTrip, words: (said: Message) => string): Context {
  const engagementByUid = new Map(trip.engagements.map((engagement) => [engagement.calendar.uid, engagement]));
  const knownUids = new Map<string, Message>([
    ...trip.engagements.map(({ calendar, title }) => [calendar.uid, message('calendars:importProblem.known.engagement', { title })] as const),
    ...trip.segments.map(
      ({ calendar, number, mode }) =>
        [
          calendar.uid,
          number
            ? message('calendars:importProblem.known.journey', { number })
            : message('calendars:importProblem.known.journeyByMode', { mode: message(`route:mode.${mode}`) }),
        ] as const,
    ),
    ...trip.accommodations.map(({ calendar, name }) => [calendar.uid, message('calendars:importProblem.known.stay', { name })] as const),
  ]);
  return { trip, words, stops: inRouteOrder(trip.stops), knownUids, engagementByUid };
}

function readEvent(vevent: IcalComponent, root: IcalComponent, position: number, context: Context): ImportedEvent {
  const textOf = (name: string): string => {
    const value = vevent.getFirstPropertyValue(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const event: ImportedEvent = {
    position,
    uid: textOf('uid') || null,
    sequence: sequenceOf(vevent.getFirstPropertyValue('sequence')),
    updates: null,
    title: textOf('summary'),
    timing: 'unreadable',
    tzid: null,
    start: null,
    end: null,
    dates: null,
    location: textOf('location'),
    description: textOf('description'),
    organizer: organizerText(vevent.getFirstProperty('organizer')),
    status: STATUSES[textOf('status').toUpperCase()] ?? 'proposed',
    stopId: null,
    otherStopIds: [],
    problems: [],
    draft: null,
  };
  const block: Report = (kind, message) => event.problems.push({ kind, message, blocking: true });
  const warn: Report = (kind, message) => event.problems.push({ kind, message, blocking: false });

  try {
    const known = event.uid ? context.knownUids.get(event.uid) : undefined;
    const engagement = event.uid ? context.engagementByUid.get(event.uid) : undefined;
    if (engagement && event.sequence > engagement.calendar.sequence) {
      event.updates = engagement;
      warn('update', message('calendars:importProblem.update', { title: engagement.title }));
    } else if (known) {
      block('already-in-trip', message('calendars:importProblem.alreadyInTrip', { known }));
    }
    if (vevent.hasProperty('rrule') || vevent.hasProperty('rdate')) {
      block('recurring', message('calendars:importProblem.repeats'));
    }
    if (vevent.hasProperty('recurrence-id')) {
      block('recurring', message('calendars:importProblem.occasion'));
    }

    const startProperty = vevent.getFirstProperty('dtstart');
    const impossible = impossibleTime(vevent, event);
    if (impossible) {
      block('impossible-time', impossible);
    } else if (!startProperty) {
      block('no-start', message('calendars:importProblem.noStart', { dtstart: 'DTSTART' }));
    } else if (startProperty.type === 'date') {
      event.timing = 'all-day';
      event.dates = allDayDates(vevent);
      placeAllDayEvent(event.dates.start, event, context);
      block('all-day', message('calendars:importProblem.allDay'));
    } else {
      const times = readTimes(vevent, startProperty, root, event, block, warn);
      if (times) placeEvent(times, event, context, block, warn);
    }
  } catch (error) {
    block('unreadable', message('calendars:importProblem.unreadable', { reason: error instanceof Error ? error.message : String(error) }));
  }
  if (!event.draft && !event.problems.some((problem) => problem.blocking)) {
    block('unreadable', message('calendars:importProblem.notAnEngagement'));
  }
  return event;
}

function sequenceOf(value: unknown): number {
  const sequence = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  return Number.isInteger(sequence) && sequence > 0 ? sequence : 0;
}

const STATUSES: Partial<Record<string, EngagementStatus>> = { CONFIRMED: 'confirmed', CANCELLED: 'cancelled' };

function organizerText(property: IcalProperty | null): string {
  if (!property) return '';
  const name = property.getParameter('cn');
  const value = property.getFirstValue();
  const address = typeof value === 'string' ? value.replace(/^mailto:/i, '') : '';
  const cn = typeof name === 'string' ? name : '';
  return cn && address ? `${cn} <${address}>` : cn || address;
}
