/**
 * An untrusted calendar file (.ics) parsed with ical.js into its VCALENDAR components, or refused with a
 * sentence that names what is wrong and on which line. Its structure (BEGIN and END) and the clock-change rules
 * of its time zones are checked line by line first: ical.js reports a broken structure without a line, and
 * would spend minutes, or exhaust memory, on a time zone that changes its clocks every minute.
 */
import ICAL from 'ical.js';
import { message, type Message } from '../shared/message';
import { err, ok, type Result } from '../shared/result';

export type IcalComponent = InstanceType<typeof ICAL.Component>;
export type IcalProperty = InstanceType<typeof ICAL.Property>;
export type IcalTime = InstanceType<typeof ICAL.Time>;

/** How a calendar file starts: the format's own words, the same in every language. */
const CALENDAR_START = 'BEGIN:VCALENDAR';

/**
 * The calendars (VCALENDAR) of the file's text, a byte-order mark ignored; an error that says what is wrong,
 * naming the line where it can, when the file is empty, is not a calendar, is malformed, or defines a time
 * zone no real one resembles.
 */
export function readCalendarFile(input: string): Result<IcalComponent[], Message> {
  const text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) return err(message('calendars:fileProblem.empty'));
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
    if (!found) return err(message('calendars:fileProblem.noCalendar'));
    return err(message('calendars:fileProblem.otherKind', { kind: found, calendarStart: CALENDAR_START }));
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
function structureError(text: string): Message | null {
  const lines = logicalLines(text);
  const first = lines[0];
  if (!first || !/^BEGIN:VCALENDAR$/i.test(first.content.trim())) {
    const [line, quoted] = [first?.line ?? 1, excerpt(first?.content ?? '')];
    return message('calendars:fileProblem.notCalendar', { line, text: quoted, calendarStart: CALENDAR_START });
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
    if (!top) return message('calendars:fileProblem.endClosesNothing', { line, end: `END:${name}`, begin: `BEGIN:${name}` });
    if (top.name !== name) return message('calendars:fileProblem.endMismatch', { line, end: `END:${name}`, beginOther: `BEGIN:${top.name}`, beginLine: top.line });
  }
  const unclosed = open.at(-1);
  if (!unclosed) return null;
  const { name, line } = unclosed;
  return message('calendars:fileProblem.notClosed', { begin: `BEGIN:${name}`, end: `END:${name}`, line });
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
function zoneRuleError(text: string): Message | null {
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
      return message('calendars:fileProblem.zoneRule', { line, text: excerpt(content.trim()) });
    }
  }
  return null;
}

function parserMessage(error: unknown, text: string): Message {
  const reason = error instanceof Error ? error.message : String(error);
  // ical.js quotes the line it could not read; find where it is.
  const quoted = /"([^"]*)"\s*$/.exec(reason)?.[1];
  const found = quoted ? logicalLines(text).find((entry) => entry.content.startsWith(quoted.slice(0, 60))) : undefined;
  if (found) {
    return message('calendars:fileProblem.badLine', { line: found.line, text: excerpt(found.content) });
  }
  return message('calendars:fileProblem.invalid', { reason });
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
