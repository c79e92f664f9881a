/**
 * The text of one event (a VEVENT block, CRLF lines folded at 75 octets), the one way every calendar file and
 * every resource published to a server gets it: {@link eventText}.
 *
 * The `ics` package (3.12) is the stack's writer, but writing an event costs it about a millisecond: it checks
 * the event again with yup (about 0.1 ms), then folds every line grapheme by grapheme (most of the rest; a
 * 400-event delegate's calendar took 400 ms of ics before any file was saved), only for {@link finishIcs} to
 * unfold and fold the lines again at octets. The events of calendar-events.ts are built from records the
 * domain already checked, in one fixed shape; for that shape {@link writeKnownEvent} writes exactly the text
 * ics followed by finishIcs writes (a unit test holds the two to the same bytes, event by event, on a whole
 * trip in both languages and on the awkward cases), without the second check and the second folding. Anything
 * outside that shape goes to ics, which checks it and says what is wrong.
 */
import { createEvents, type Alarm } from 'ics';
import { foldLine, finishIcs, repairDuration } from './icalendar-text';
import type { IcsEvent } from './calendar-events';

/** What writing an event gives: its VEVENT text, or why ics would not write it. */
export type EventTextResult = { ok: true; text: string } | { ok: false; reason: string | null };

/** The event's VEVENT text, written directly when it has the known shape, else by ics and repaired. */
export function eventText(event: IcsEvent): EventTextResult {
  const known = writeKnownEvent(event);
  return known === null ? icsEventText(event) : { ok: true, text: known };
}

/** The event's VEVENT text as ics writes it, repaired by {@link finishIcs}; the reference for the fast writer. */
export function icsEventText(event: IcsEvent): EventTextResult {
  const { error, value } = createEvents([event]);
  if (error) return { ok: false, reason: error.message };
  const begin = value?.indexOf('BEGIN:VEVENT') ?? -1;
  const end = value?.lastIndexOf('END:VEVENT') ?? -1;
  if (!value || begin < 0 || end < 0) return { ok: false, reason: null };
  return { ok: true, text: finishIcs(value.slice(begin, end + 'END:VEVENT'.length)) };
}

// ---------------------------------------------------------------------------------------------------------------
// The known shape, written as ics 3.12's formatEvent and setAlarm write it

const KNOWN_KEYS = new Set([
  'uid',
  'sequence',
  'timestamp',
  'start',
  'end',
  'title',
  'description',
  'location',
  'status',
  'transp',
  'categories',
  'organizer',
  'alarms',
]);
const STATUSES = new Set(['CONFIRMED', 'TENTATIVE', 'CANCELLED']);
const TRANSPARENCIES = new Set(['OPAQUE', 'TRANSPARENT']);

type Moment = number | [number, number, number];

/** An instant (whole epoch milliseconds, not before 1970, as ics requires) or a date of a four-digit year. */
function isMoment(value: unknown): value is Moment {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value < 8.64e15;
  if (!Array.isArray(value) || value.length !== 3 || !value.every((part) => Number.isInteger(part))) return false;
  const [year, month, day] = value as [number, number, number];
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * Whether ics accepts the organiser (its e-mail address, by yup's rule), asked of ics once per organiser: every
 * event of an export names the same one.
 */
const organisersChecked = new Map<string, boolean>();
function isAcceptedOrganiser(organizer: { name: string; email: string }): boolean {
  const key = `${organizer.name}\n${organizer.email}`;
  let accepted = organisersChecked.get(key);
  if (accepted === undefined) {
    accepted = createEvents([{ title: 'organiser', start: [2000, 1, 1], end: [2000, 1, 2], organizer }]).error === null;
    if (organisersChecked.size > 100) organisersChecked.clear();
    organisersChecked.set(key, accepted);
  }
  return accepted;
}

function isKnownAlarm(alarm: Alarm): boolean {
  const { action, description, trigger, ...rest } = alarm;
  if (Object.keys(rest).length > 0 || action !== 'display' || typeof description !== 'string') return false;
  if (typeof trigger !== 'object' || trigger === null || Array.isArray(trigger)) return false;
  const { before, hours, minutes, ...other } = trigger as { before?: unknown; hours?: unknown; minutes?: unknown };
  const count = (value: unknown) => value === undefined || (Number.isInteger(value) && (value as number) >= 0);
  return Object.keys(other).length === 0 && typeof before === 'boolean' && count(hours) && count(minutes);
}

/** The event as {@link writeKnownEvent} reads it: every attribute it writes, of the type it writes. */
interface KnownEvent {
  uid: string;
  sequence?: number;
  timestamp: number;
  start: Moment;
  end?: Moment;
  title: string;
  description?: string;
  location?: string;
  status?: string;
  transp?: string;
  categories?: string[];
  organizer?: { name: string; email: string };
  alarms?: Alarm[];
}

/** Whether ics, given the event, would write it as {@link writeKnownEvent} does. */
function isKnownShape(event: IcsEvent): event is IcsEvent & KnownEvent {
  for (const key of Object.keys(event)) if (!KNOWN_KEYS.has(key)) return false;
  const { uid, sequence, timestamp, start, end, title, description, location, status, transp, categories, organizer, alarms } =
    event as unknown as Record<keyof KnownEvent, unknown> & { organizer?: { name?: unknown; email?: unknown }; alarms?: unknown };
  return (
    typeof uid === 'string' &&
    uid !== '' &&
    !/[\r\n]/.test(uid) &&
    (sequence === undefined || (typeof sequence === 'number' && Number.isInteger(sequence) && sequence >= 0 && sequence <= 2147483647)) &&
    isMoment(timestamp) &&
    typeof timestamp === 'number' &&
    isMoment(start) &&
    (end === undefined || isMoment(end)) &&
    typeof title === 'string' &&
    title !== '' &&
    (description === undefined || typeof description === 'string') &&
    (location === undefined || typeof location === 'string') &&
    (status === undefined || (typeof status === 'string' && STATUSES.has(status))) &&
    (transp === undefined || (typeof transp === 'string' && TRANSPARENCIES.has(transp))) &&
    (categories === undefined || (Array.isArray(categories) && categories.every((category) => typeof category === 'string'))) &&
    (organizer === undefined ||
      (typeof organizer.name === 'string' &&
        typeof organizer.email === 'string' &&
        Object.keys(organizer).every((key) => key === 'name' || key === 'email') &&
        isAcceptedOrganiser(organizer as { name: string; email: string }))) &&
    (alarms === undefined || (Array.isArray(alarms) && (alarms as Alarm[]).every(isKnownAlarm)))
  );
}

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** ics's formatDate: a date as `YYYYMMDD`, an instant (epoch ms) as UTC `YYYYMMDDTHHMMSSZ`. */
function formatMoment(moment: Moment): string {
  if (Array.isArray(moment)) return `${moment[0]}${pad(moment[1])}${pad(moment[2])}`;
  const date = new Date(moment);
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(
    date.getUTCMinutes(),
  )}${pad(date.getUTCSeconds())}Z`;
}

/** ics's encodeNewLines. */
function newLines(text: string): string {
  return text.includes('\n') ? text.replace(/\r?\n/g, '\\n') : text;
}

/** ics's formatText (SUMMARY, DESCRIPTION, LOCATION). */
function formatText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n').replace(/;/g, '\\;').replace(/,/g, '\\,');
}

/** ics's setDuration for a trigger. */
function duration({ hours, minutes }: { hours?: number; minutes?: number }): string {
  return `P${'T'}${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}`;
}

/**
 * The event's VEVENT text as `ics` 3.12 and {@link finishIcs} together write it, line for line, or null when
 * the event is not of the shape calendar-events.ts builds (ics then writes it).
 */
export function writeKnownEvent(event: IcsEvent): string | null {
  if (!isKnownShape(event)) return null;
  const { uid, sequence, timestamp, start, end, title, description, location, status, transp, categories, organizer, alarms } = event as KnownEvent;
  const lines: string[] = ['BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${formatText(title)}`, `DTSTAMP:${formatMoment(timestamp)}`];
  lines.push(`DTSTART${Array.isArray(start) ? ';VALUE=DATE' : ''}:${formatMoment(start)}`);
  const sameDay =
    Array.isArray(end) && Array.isArray(start) && end[0] === start[0] && end[1] === start[1] && end[2] === start[2];
  if (end !== undefined && !sameDay) lines.push(`DTEND${Array.isArray(end) ? ';VALUE=DATE' : ''}:${formatMoment(end)}`);
  if (sequence !== undefined) lines.push(`SEQUENCE:${sequence}`);
  if (description) lines.push(`DESCRIPTION:${formatText(description)}`);
  if (location) lines.push(`LOCATION:${formatText(location)}`);
  if (status) lines.push(`STATUS:${status}`);
  if (categories) lines.push(`CATEGORIES:${newLines(categories.join(','))}`);
  if (organizer) {
    const name = `"${(organizer.name || 'Organizer').replaceAll('"', '\\"')}"`;
    lines.push(`ORGANIZER;CN=${name}${organizer.email ? `:MAILTO:${organizer.email}` : ''}`);
  }
  if (transp) lines.push(`TRANSP:${transp}`);
  for (const alarm of alarms ?? []) {
    const trigger = alarm.trigger as { before: boolean; hours?: number; minutes?: number };
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY');
    if (alarm.description) lines.push(`DESCRIPTION:${newLines(alarm.description)}`);
    lines.push(repairDuration(`TRIGGER:${trigger.before ? '-' : ''}${duration(trigger)}`), 'END:VALARM');
  }
  lines.push('END:VEVENT');
  let text = '';
  for (const line of lines) text += `${foldLine(line)}\r\n`;
  return text;
}
