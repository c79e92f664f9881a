/**
 * Reading a calendar file (.ics) that someone sent, such as a partner's invitation, into a preview: each event
 * with its times in its own zone, the city of the trip it belongs to, what stands in the way of importing it,
 * and an engagement draft for each one that can be imported. Untrusted input is parsed here, at the edge, and
 * every failure is a value: nothing is saved, and nothing is thrown past {@link previewCalendarImport}.
 *
 * Times. An event's instant is worked out from its own zone: an IANA TZID with the zone rules this runtime
 * knows (the file's VTIMEZONE is only needed for other names, such as Outlook's "China Standard Time"), UTC as
 * it is, and a floating time (no zone at all) read as the wall time of the city it is matched to, flagged. The
 * draft then holds the wall time in that city's zone, which is how every engagement is stored.
 */
import ICAL from 'ical.js';
import type { Engagement, EngagementKind, EngagementStatus } from '../engagements/engagement';
import {
  DEFAULT_DURATION_MINUTES,
  emptyEngagementDraft,
  engagementToDraft,
  parseEngagementDraft,
  type EngagementDraft,
} from '../engagements/engagement-rules';
import { err, ok, type Result } from '../shared/result';
import { inRouteOrder, type City } from '../route/city';
import {
  addDays,
  canonicalTimeZone,
  exactInstantOf,
  formatLongDate,
  isValidTimeZone,
  utcOffsetMinutesAt,
  wallTimeAt,
  zonedTime,
  type IsoDate,
  type LocalDateTime,
  type ZonedTime,
} from '../shared/time';
import type { CalendarIdentity } from './calendar-identity';
import type { TripBundle } from '../trip/trip-bundle';

type IcalComponent = InstanceType<typeof ICAL.Component>;
type IcalProperty = InstanceType<typeof ICAL.Property>;
type IcalTime = InstanceType<typeof ICAL.Time>;

/** What the preview needs of the trip. */
export type CalendarImportTrip = Pick<TripBundle, 'stops' | 'segments' | 'accommodations' | 'engagements'>;

export type ImportProblemKind =
  | 'unreadable'
  | 'no-start'
  | 'all-day'
  | 'recurring'
  | 'unknown-zone'
  | 'nonexistent-time'
  | 'ends-before-start'
  | 'too-long'
  | 'floating'
  | 'other-zone'
  | 'no-end'
  | 'no-stop'
  | 'ambiguous-stop'
  | 'no-title'
  | 'already-in-trip'
  | 'update'
  | 'overlap'
  | 'cancelled'
  | 'invalid-engagement';

export interface ImportProblem {
  kind: ImportProblemKind;
  /** A sentence for the organiser, saying what is wrong or what was assumed. */
  message: string;
  /** True when the event cannot be imported because of it; false for something to check. */
  blocking: boolean;
}

/** How the file gives an event's times. */
export type EventTiming = 'zoned' | 'utc' | 'floating' | 'all-day' | 'unreadable';

export interface ImportedEvent {
  /** 1 for the file's first event. */
  position: number;
  uid: string | null;
  /** Its SEQUENCE in the file; 0 when it gives none. */
  sequence: number;
  /**
   * The engagement of this trip it is a newer version of (same UID, higher SEQUENCE than the engagement has):
   * importing it updates that engagement's time, title and place instead of adding one.
   */
  updates: Engagement | null;
  title: string;
  timing: EventTiming;
  /** The TZID the file gives, if any. */
  tzid: string | null;
  /**
   * Start and end in the event's own zone: its TZID's, UTC's, or, for a floating time or a zone known only by
   * an Outlook-style name, the matched city's. Null for all-day events and times that cannot be read.
   */
  start: ZonedTime | null;
  end: ZonedTime | null;
  /** For an all-day event: its first date and the date after its last (the file's DTEND is exclusive). */
  dates: { start: IsoDate; end: IsoDate } | null;
  location: string;
  description: string;
  /** Who sent it: the ORGANIZER's name and address, as text. */
  organizer: string;
  /** Its STATUS as an engagement's: confirmed, cancelled, or else proposed. */
  status: EngagementStatus;
  /** The city of the trip it belongs to. */
  stopId: string | null;
  /** Other cities it could belong to, on a day the delegation moves between them. */
  otherStopIds: string[];
  problems: ImportProblem[];
  /**
   * The engagement it becomes, in the city's zone (for an update, the engagement as it will be after it);
   * null when something blocks it.
   */
  draft: EngagementDraft | null;
}

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
 * The preview of importing `text` (the content of an .ics file) into `trip`. An empty or malformed file is an
 * error that says what is wrong and on which line; a file that reads but has no events is one too. Problems
 * with single events are listed on each event.
 */
export function previewCalendarImport(text: string, trip: CalendarImportTrip): Result<CalendarImportPreview, string> {
  try {
    const roots = parseCalendars(text);
    if (!roots.ok) return roots;
    const vevents = roots.value.flatMap((root) =>
      root.getAllSubcomponents('vevent').map((vevent) => ({ root, vevent })),
    );
    if (vevents.length === 0) return err('The calendar has no events (VEVENT) to import.');
    const context = buildContext(trip);
    const events = vevents.map(({ root, vevent }, index) => readEvent(vevent, root, index + 1, context));
    const nameValue = roots.value[0]?.getFirstPropertyValue('x-wr-calname');
    return ok({
      calendarName: typeof nameValue === 'string' && nameValue.trim() ? nameValue.trim() : null,
      events,
      drafts: events.flatMap((event) => (event.draft && !event.updates ? [event.draft] : [])),
    });
  } catch (error) {
    return err(`The file could not be read as a calendar: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The file

function parseCalendars(input: string): Result<IcalComponent[], string> {
  const text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) return err('The file is empty.');
  const structure = structureError(text) ?? zoneRuleError(text);
  if (structure) return err(structure);

  let jcal: unknown;
  try {
    jcal = ICAL.parse(text);
  } catch (error) {
    return err(parserMessage(error, text));
  }
  // One component parses to ['vcalendar', ...]; several to a list of them.
  const list = (Array.isArray(jcal) && typeof jcal[0] === 'string' ? [jcal] : (jcal as unknown[])) as unknown[];
  const components = list.map((entry) => new ICAL.Component(entry as [string, unknown[], unknown[]]));
  const calendars = components.filter((component) => component.name === 'vcalendar');
  if (calendars.length === 0) {
    const found = components[0]?.name.toUpperCase();
    if (!found) return err('The file holds no calendar.');
    return err(`This is a ${found} file, not a calendar (it should start with BEGIN:VCALENDAR).`);
  }
  return ok(calendars);
}

/** Physical lines, with their numbers, of each logical (unfolded) line. */
function logicalLines(text: string): { line: number; content: string }[] {
  const lines: { line: number; content: string }[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const last = lines.at(-1);
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) last.content += raw.slice(1);
    else if (raw.trim() !== '') lines.push({ line: index + 1, content: raw });
  });
  return lines;
}

/**
 * The first BEGIN or END out of place, named with its line: ical.js says only that a component "began but did
 * not end", which does not help anyone find it.
 */
function structureError(text: string): string | null {
  const lines = logicalLines(text);
  const first = lines[0];
  if (!first || !/^BEGIN:VCALENDAR$/i.test(first.content.trim())) {
    const [line, quoted] = [first?.line ?? 1, excerpt(first?.content ?? '')];
    return `This is not a calendar file: it should start with BEGIN:VCALENDAR, but line ${line} is “${quoted}”.`;
  }
  const open: { name: string; line: number }[] = [];
  for (const { line, content } of lines) {
    const match = /^(BEGIN|END):(.*)$/i.exec(content.trim());
    if (!match) continue;
    const name = (match[2] ?? '').trim().toUpperCase();
    if (match[1]?.toUpperCase() === 'BEGIN') {
      open.push({ name, line });
      continue;
    }
    const top = open.pop();
    if (!top) return `Line ${line}: END:${name} closes nothing (there is no BEGIN:${name} before it).`;
    if (top.name !== name) return `Line ${line}: END:${name} does not match BEGIN:${top.name} on line ${top.line}.`;
  }
  const unclosed = open.at(-1);
  if (!unclosed) return null;
  const { name, line } = unclosed;
  return `The file ends before BEGIN:${name} on line ${line} is closed (no END:${name}): it may be cut short.`;
}

/** Rule parts that repeat a clock change within a year, or pick days the way no time zone does. */
const UNUSED_ZONE_RULE_PARTS = new Set(['BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYYEARDAY', 'BYWEEKNO', 'BYSETPOS']);
/** Clock changes one rule may give in a year: real zones give one (a week's days, filtered by the weekday). */
const MAX_ZONE_RULE_DAYS = 7;

/**
 * The first clock-change rule (RRULE in a VTIMEZONE) that no real time zone has, named with its line. ical.js
 * lists every change a rule makes from its start to the year asked about, all at once: a rule that changes the
 * clocks every minute since 1601, or on every day of the year, would hold the app for minutes or exhaust its
 * memory. Real zones change their clocks once a year, on one day of one month.
 */
function zoneRuleError(text: string): string | null {
  const open: string[] = [];
  for (const { line, content } of logicalLines(text)) {
    const boundary = /^(BEGIN|END):(.*)$/i.exec(content.trim());
    if (boundary) {
      if (boundary[1]?.toUpperCase() === 'BEGIN') open.push((boundary[2] ?? '').trim().toUpperCase());
      else open.pop();
      continue;
    }
    const rule = /^RRULE(?:;[^:]*)?:(.*)$/i.exec(content.trim());
    if (!rule || !open.includes('VTIMEZONE')) continue;
    const parts = (rule[1] ?? '').split(';').map((part) => {
      const [name = '', value = ''] = part.split('=');
      return { name: name.trim().toUpperCase(), values: value.split(',') };
    });
    const count = (name: string) => parts.find((part) => part.name === name)?.values.length ?? 1;
    const frequencies = parts.filter((part) => part.name === 'FREQ').map((part) => part.values.join(',').trim().toUpperCase());
    const yearly = frequencies.length > 0 && frequencies.every((frequency) => frequency === 'YEARLY');
    const days = count('BYMONTH') * count('BYMONTHDAY') * count('BYDAY');
    if (!yearly || parts.some((part) => UNUSED_ZONE_RULE_PARTS.has(part.name)) || days > MAX_ZONE_RULE_DAYS) {
      return `Line ${line}: a time zone in the file changes its clocks by a rule no real time zone has (“${excerpt(content.trim())}”), so the file cannot be read.`;
    }
  }
  return null;
}

function parserMessage(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  // ical.js quotes the line it could not read; find where it is.
  const quoted = /"([^"]*)"\s*$/.exec(message)?.[1];
  const found = quoted ? logicalLines(text).find((entry) => entry.content.startsWith(quoted.slice(0, 60))) : undefined;
  if (found) {
    const quotedLine = excerpt(found.content);
    return `Line ${found.line} is not a calendar line (a name, then a colon, then the value): “${quotedLine}”.`;
  }
  return `The file is not a valid calendar: ${message}.`;
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

// ---------------------------------------------------------------------------------------------------------------
// One event

interface Context {
  trip: CalendarImportTrip;
  stops: City[];
  knownUids: Map<string, string>;
  engagementByUid: Map<string, Engagement>;
}

function buildContext(trip: CalendarImportTrip): Context {
  const engagementByUid = new Map(trip.engagements.map((engagement) => [engagement.calendar.uid, engagement]));
  const knownUids = new Map<string, string>([
    ...trip.engagements.map(({ calendar, title }) => [calendar.uid, `the engagement “${title}”`] as const),
    ...trip.segments.map(({ calendar, number, mode }) => [calendar.uid, `the journey ${number || mode}`] as const),
    ...trip.accommodations.map(({ calendar, name }) => [calendar.uid, `the stay at ${name}`] as const),
  ]);
  return { trip, stops: inRouteOrder(trip.stops), knownUids, engagementByUid };
}

/** An event's times once read: instants where the file gives a zone (or UTC), wall times where it does not. */
type ReadTimes = InstantTimes | { kind: 'wall'; start: LocalDateTime; end: LocalDateTime };

interface InstantTimes {
  kind: 'instant';
  timing: 'zoned' | 'utc';
  /** The IANA zone, or null for a zone the file defines under another name. */
  zone: string | null;
  /** Epoch milliseconds. */
  startMs: number;
  endMs: number;
  /** The zone's offset from UTC in minutes at an instant. */
  offsetAt: (ms: number) => number;
}

type Report = (kind: ImportProblemKind, message: string) => void;

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
      warn('update', `A newer version of “${engagement.title}”, already in this trip: importing it updates its time, title and place.`);
    } else if (known) {
      block('already-in-trip', `Already in this trip, as ${known}: importing it again would copy it.`);
    }
    if (vevent.hasProperty('rrule') || vevent.hasProperty('rdate')) {
      block('recurring', 'It repeats. Repeating events are not imported: add the occasions you need one by one.');
    }
    if (vevent.hasProperty('recurrence-id')) {
      block('recurring', 'It changes one occasion of a repeating event. Repeating events are not imported.');
    }

    const startProperty = vevent.getFirstProperty('dtstart');
    if (!startProperty) {
      block('no-start', 'It has no start time (DTSTART).');
    } else if (startProperty.type === 'date') {
      event.timing = 'all-day';
      readAllDay(vevent, event, context);
      block('all-day', 'All-day events are not imported: an engagement needs a start and an end time.');
    } else {
      const times = readTimes(vevent, startProperty, root, event, block, warn);
      if (times) placeEvent(times, event, context, block, warn);
    }
  } catch (error) {
    block('unreadable', `It could not be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (!event.draft && !event.problems.some((problem) => problem.blocking)) {
    block('unreadable', 'It could not be turned into an engagement.');
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

function readAllDay(vevent: IcalComponent, event: ImportedEvent, context: Context): void {
  const start = dateOf(vevent.getFirstPropertyValue('dtstart') as IcalTime);
  const hasEnd = vevent.hasProperty('dtend') || vevent.hasProperty('duration');
  const end = hasEnd ? dateOf(new ICAL.Event(vevent).endDate) : addDays(start, 1);
  event.dates = { start, end };
  const candidates = context.stops.filter((stop) => stop.arrivalDate <= start && start <= stop.departureDate);
  const chosen = mentionedIn(candidates, event.location)[0] ?? candidates[0];
  event.stopId = chosen?.id ?? null;
  event.otherStopIds = candidates.filter((stop) => stop !== chosen).map((stop) => stop.id);
}

function dateOf(time: IcalTime): IsoDate {
  return `${String(time.year).padStart(4, '0')}-${pad(time.month)}-${pad(time.day)}`;
}

function wallOf(time: IcalTime): LocalDateTime {
  return `${dateOf(time)}T${pad(time.hour)}:${pad(time.minute)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * The zone an event's TZID names, when it is one this runtime knows: "Asia/Shanghai", also as some exporters
 * prefix it ("/mozilla.org/20050126_1/Asia/Shanghai").
 */
function ianaZone(tzid: string): string | null {
  const candidates = [tzid, /([A-Za-z_]+\/[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)?)$/.exec(tzid)?.[1] ?? ''];
  for (const candidate of candidates) {
    if (candidate && isValidTimeZone(candidate)) return canonicalTimeZone(candidate);
  }
  return null;
}

function readTimes(
  vevent: IcalComponent,
  startProperty: IcalProperty,
  root: IcalComponent,
  event: ImportedEvent,
  block: Report,
  warn: Report,
): ReadTimes | null {
  const start = startProperty.getFirstValue() as IcalTime;
  const endProperty = vevent.getFirstProperty('dtend');
  const duration = vevent.getFirstPropertyValue('duration');
  // Checked before ical.js adds it: a duration of millions of weeks takes seconds to add and comes back as none.
  if (!endProperty && duration instanceof ICAL.Duration && Math.abs(duration.toSeconds()) > MAX_MINUTES * 60) {
    block('too-long', 'It lasts more than 16 hours, longer than any engagement: add it by hand if it is one.');
    return null;
  }
  let end = endProperty || vevent.hasProperty('duration') ? new ICAL.Event(vevent).endDate : start.clone();
  if (end.compare(start) === 0) {
    end = start.clone();
    end.addDuration(ICAL.Duration.fromSeconds(DEFAULT_DURATION_MINUTES.meeting * 60));
    warn('no-end', `It has no end time: it is given an hour, ${wallOf(start).slice(11)}–${wallOf(end).slice(11)}.`);
  }
  const tzid = tzidOf(startProperty);
  // A DTEND may name its own zone (a journey's arrival, say); an end worked out from DURATION is in the start's.
  const endTzid = endProperty ? tzidOf(endProperty) : tzid;
  event.tzid = tzid;

  const startAt = resolveTime(start, tzid, root);
  const endAt = resolveTime(end, endTzid, root);
  for (const resolved of [startAt, endAt]) {
    if (resolved.kind === 'skipped') {
      const when = `${formatLongDate(resolved.wall.slice(0, 10))}, ${resolved.wall.slice(11)}`;
      block('nonexistent-time', `${when} does not exist in ${resolved.zone}: the clocks go forward then.`);
      return null;
    }
    if (resolved.kind === 'unknown-zone') {
      const message = `Its time zone “${resolved.tzid}” is not one this app knows, and the file does not define it.`;
      block('unknown-zone', message);
      return null;
    }
  }
  if (startAt.kind === 'floating' || endAt.kind === 'floating') {
    event.timing = 'floating';
    return { kind: 'wall', start: wallOf(start), end: wallOf(end) };
  }
  if (startAt.kind !== 'instant' || endAt.kind !== 'instant') return null;
  event.timing = tzid ? 'zoned' : 'utc';
  return {
    kind: 'instant',
    timing: tzid ? 'zoned' : 'utc',
    zone: startAt.zone,
    startMs: startAt.ms,
    endMs: endAt.ms,
    offsetAt: startAt.offsetAt,
  };
}

function tzidOf(property: IcalProperty): string | null {
  const value = property.getParameter('tzid');
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

type ResolvedTime =
  | { kind: 'instant'; ms: number; zone: string | null; offsetAt: (ms: number) => number }
  | { kind: 'floating' }
  | { kind: 'skipped'; wall: LocalDateTime; zone: string }
  | { kind: 'unknown-zone'; tzid: string };

/** The instant of a date-time as its TZID (or UTC `Z`) places it; floating when it has neither. */
function resolveTime(time: IcalTime, tzid: string | null, root: IcalComponent): ResolvedTime {
  if (!tzid) {
    return time.zone === ICAL.Timezone.utcTimezone
      ? { kind: 'instant', ms: time.toUnixTime() * 1000, zone: 'UTC', offsetAt: () => 0 }
      : { kind: 'floating' };
  }
  // A zone this runtime knows is read with its own rules; the file's VTIMEZONE may be partial or stale.
  const zone = ianaZone(tzid);
  if (zone) {
    const ms = exactInstantOf(wallOf(time), zone, time.second);
    if (ms === null) return { kind: 'skipped', wall: wallOf(time), zone };
    return { kind: 'instant', ms, zone, offsetAt: (at) => utcOffsetMinutesAt(at, zone) };
  }
  // Another name, such as Outlook's "China Standard Time": only the file's own definition says what it means.
  const definition = root.getTimeZoneByID(tzid);
  if (!definition) return { kind: 'unknown-zone', tzid };
  return {
    kind: 'instant',
    ms: time.toUnixTime() * 1000,
    zone: null,
    offsetAt: (at) => definition.utcOffset(ICAL.Time.fromJSDate(new Date(at), true)) / 60,
  };
}

/** Longest engagement the form accepts. */
const MAX_MINUTES = 16 * 60;

function placeEvent(times: ReadTimes, event: ImportedEvent, context: Context, block: Report, warn: Report): void {
  const minutes =
    times.kind === 'instant'
      ? (times.endMs - times.startMs) / 60_000
      : (Date.parse(`${times.end}Z`) - Date.parse(`${times.start}Z`)) / 60_000;
  if (minutes < 0) block('ends-before-start', 'It ends before it starts.');
  else if (minutes > MAX_MINUTES) {
    block('too-long', 'It lasts more than 16 hours, longer than any engagement: add it by hand if it is one.');
  }

  const candidates = candidateStops(times, event, context, warn);
  const chosen = chooseStop(candidates, times, event, context);
  if (!chosen) {
    const day = times.kind === 'wall' ? times.start.slice(0, 10) : wallTimeAt(times.startMs, 'UTC').slice(0, 10);
    const route = routeSummary(context);
    block('no-stop', `No city of the trip matches its date (${formatLongDate(day)}): the trip is in ${route}.`);
    // Its times are still shown, in its own zone, so the organiser can see what it was.
    if (times.kind === 'instant' && times.zone) {
      const start = zonedTime(wallTimeAt(times.startMs, times.zone), times.zone);
      const end = zonedTime(wallTimeAt(times.endMs, times.zone), times.zone);
      if (start.ok && end.ok) [event.start, event.end] = [start.value, end.value];
    }
    return;
  }
  const { stop } = chosen;
  event.stopId = stop.id;
  event.otherStopIds = candidates.filter((candidate) => candidate !== stop).map((candidate) => candidate.id);
  if (chosen.ambiguous) {
    const names = candidates.map((candidate) => candidate.name).join(' or ');
    warn('ambiguous-stop', `It could be in ${names}; it is put in ${stop.name}: check the city.`);
  }
  if (times.kind === 'wall') warn('floating', `The file gives no time zone for it: it is read as ${stop.name} time.`);

  // Its times in its own zone for the preview, and as the engagement keeps them: wall times in the city's zone.
  const ownZone = times.kind === 'instant' && times.zone ? times.zone : stop.timeZone;
  const [ownStart, ownEnd] =
    times.kind === 'instant'
      ? [wallTimeAt(times.startMs, ownZone), wallTimeAt(times.endMs, ownZone)]
      : [times.start, times.end];
  const [localStart, localEnd] =
    times.kind === 'instant'
      ? [wallTimeAt(times.startMs, stop.timeZone), wallTimeAt(times.endMs, stop.timeZone)]
      : [times.start, times.end];
  const start = zonedTime(ownStart, ownZone);
  const end = zonedTime(ownEnd, ownZone);
  if (!start.ok) return block('nonexistent-time', start.error.message);
  if (!end.ok) return block('nonexistent-time', end.error.message);
  event.start = start.value;
  event.end = end.value;
  if (event.problems.some((problem) => problem.blocking)) return;

  const draft = event.updates
    ? updatedDraft(event, event.updates, stop, localStart, localEnd)
    : toDraft(event, stop, localStart, localEnd);
  if (!event.title && !event.updates) warn('no-title', `It has no title: it is called “${draft.title}”.`);
  for (const other of overlapping(event, stop, context)) {
    warn('overlap', `Overlaps “${other.title}” ${other.start.local.slice(11)}–${other.end.local.slice(11)}.`);
  }
  if (draft.status === 'cancelled') warn('cancelled', 'It is cancelled in the file: it is imported as cancelled.');
  const parsed = parseEngagementDraft(draft, context.stops);
  if (!parsed.ok) return block('invalid-engagement', Object.values(parsed.error).join(' '));
  event.draft = draft;
}

/**
 * The cities it could be in: those whose dates include its date there and, for a time in a named zone, whose
 * clocks read the same. When only the clocks differ (an event in London time during the trip), the cities
 * of that date are taken, and the time is moved to the same moment there, with a note.
 */
function candidateStops(times: ReadTimes, event: ImportedEvent, context: Context, warn: Report): City[] {
  const within = (stop: City, date: IsoDate) => stop.arrivalDate <= date && date <= stop.departureDate;
  if (times.kind === 'wall') return context.stops.filter((stop) => within(stop, times.start.slice(0, 10)));

  const onDate = context.stops.filter((stop) => within(stop, wallTimeAt(times.startMs, stop.timeZone).slice(0, 10)));
  if (times.timing === 'utc') return onDate;
  const offsetsAgree = (stop: City) =>
    [times.startMs, times.endMs].every(
      (ms) => utcOffsetMinutesAt(ms, stop.timeZone) === times.offsetAt(ms),
    );
  const sameClock = onDate.filter((stop) => stop.timeZone === times.zone || offsetsAgree(stop));
  if (sameClock.length > 0 || onDate.length === 0) return sameClock;
  const names = onDate.map((stop) => stop.name).join(' or ');
  const zone = event.tzid ?? 'UTC';
  warn('other-zone', `Its time zone (${zone}) is not that of ${names}: it is moved to the same moment there.`);
  return onDate;
}

/**
 * The city among the candidates: the only one; else the one the location names; else, on a day the delegation
 * moves, the next city for what starts after the journey lands and the one before for what starts before it
 * leaves; else the first, flagged.
 */
function chooseStop(
  candidates: readonly City[],
  times: ReadTimes,
  event: ImportedEvent,
  context: Context,
): { stop: City; ambiguous: boolean } | null {
  const [first] = candidates;
  if (!first) return null;
  if (candidates.length === 1) return { stop: first, ambiguous: false };
  const [named] = mentionedIn(candidates, event.location);
  if (named) return { stop: named, ambiguous: false };

  const byId = new Map(candidates.map((stop) => [stop.id, stop]));
  for (const segment of context.trip.segments) {
    const from = segment.fromStopId === null ? undefined : byId.get(segment.fromStopId);
    const to = segment.toStopId === null ? undefined : byId.get(segment.toStopId);
    if (!from || !to) continue;
    const startMs = times.kind === 'instant' ? times.startMs : exactInstantOf(times.start, to.timeZone);
    if (startMs === null) continue;
    if (startMs >= Date.parse(segment.arrival.utc)) return { stop: to, ambiguous: false };
    if (startMs < Date.parse(segment.departure.utc)) return { stop: from, ambiguous: false };
  }
  return { stop: first, ambiguous: true };
}

/** The cities the location names, in English or in local script. */
function mentionedIn(stops: readonly City[], location: string): City[] {
  const text = location.toLocaleLowerCase();
  if (!text) return [];
  return stops.filter(
    (stop) => text.includes(stop.name.toLocaleLowerCase()) || (stop.nameLocal !== '' && text.includes(stop.nameLocal)),
  );
}

function routeSummary(context: Context): string {
  if (context.stops.length === 0) return 'no city yet';
  const day = (date: IsoDate) => formatLongDate(date).replace(/ \d{4}$/, '');
  return context.stops
    .map((stop) => `${stop.name} ${day(stop.arrivalDate)}–${formatLongDate(stop.departureDate)}`)
    .join(', ');
}

/** A first guess at the kind from the title; the organiser can change it in the preview. */
const KIND_WORDS: readonly [RegExp, EngagementKind][] = [
  [/\bsign(ing)?\b/i, 'signing'],
  [/\b(banquet|dinner|lunch|luncheon|reception|gala)\b/i, 'banquet'],
  [/\b(visit|tour)\b/i, 'site-visit'],
  [/\b(forum|conference|seminar|summit|presentation|symposium)\b/i, 'forum'],
  [/\bbriefing\b/i, 'briefing'],
];

/** Engagements at the same city, not cancelled, whose time overlaps the event's (other than one it updates). */
function overlapping(event: ImportedEvent, stop: City, context: Context): Engagement[] {
  if (!event.start || !event.end) return [];
  const [startMs, endMs] = [Date.parse(event.start.utc), Date.parse(event.end.utc)];
  return context.trip.engagements
    .filter(
      (engagement) =>
        engagement.stopId === stop.id &&
        engagement.status !== 'cancelled' &&
        engagement.calendar.uid !== event.uid &&
        Date.parse(engagement.start.utc) < endMs &&
        startMs < Date.parse(engagement.end.utc),
    )
    .sort((a, b) => Date.parse(a.start.utc) - Date.parse(b.start.utc));
}

/** The engagement as a newer version of its invitation leaves it: the new time, title and place, the rest kept. */
function updatedDraft(
  event: ImportedEvent,
  engagement: Engagement,
  stop: City,
  start: LocalDateTime,
  end: LocalDateTime,
): EngagementDraft {
  const current = engagementToDraft(engagement);
  return {
    ...current,
    stopId: stop.id,
    date: start.slice(0, 10),
    startTime: start.slice(11),
    endTime: end.slice(11),
    title: event.title || current.title,
    venueName: event.location || current.venueName,
    status: event.status === 'cancelled' ? 'cancelled' : current.status,
  };
}

function toDraft(event: ImportedEvent, stop: City, start: LocalDateTime, end: LocalDateTime): EngagementDraft {
  const title = event.title || 'Imported event';
  const invitation = event.organizer ? `Invitation from ${event.organizer}.` : '';
  return {
    ...emptyEngagementDraft(stop.id, start.slice(0, 10), start.slice(11)),
    kind: KIND_WORDS.find(([pattern]) => pattern.test(title))?.[1] ?? 'meeting',
    title,
    endTime: end.slice(11),
    venueName: event.location,
    status: event.status,
    briefingNotes: [invitation, event.description].filter(Boolean).join('\n\n'),
  };
}
