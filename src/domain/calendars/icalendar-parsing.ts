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

/**
 * The text of a calendar file's bytes, read as UTF-8 (the only encoding RFC 5545 allows). A writer that folds its
 * long lines (a line break and a space, §3.1) by bytes may fold in the middle of a character: "青" is three bytes,
 * and a fold after the first leaves two halves that UTF-8 cannot read, so the title comes out as "���". Before
 * the bytes are read as text, the rest of each character split by a fold is moved back before the fold, which
 * joins it whole and keeps every line where it was, so that a problem is still named by its line in the file.
 */
export function calendarFileText(bytes: Uint8Array): string {
  const mended = new Uint8Array(bytes.length);
  let length = 0;
  /** Continuation bytes the character being copied still needs. */
  let needed = 0;
  /** The folds met inside that character, to be written once it is whole. */
  let folds: number[] = [];
  for (let at = 0; at < bytes.length; at += 1) {
    const byte = bytes[at]!;
    const fold = needed > 0 ? foldLength(bytes, at) : 0;
    if (fold > 0) {
      folds.push(...bytes.subarray(at, at + fold));
      at += fold - 1;
      continue;
    }
    const continuation = (byte & 0xc0) === 0x80;
    if (needed > 0 && !continuation) needed = 0;
    if (needed === 0 && folds.length > 0) {
      // A fold inside a character that never finished: nothing to mend, so the fold stays where it was.
      for (const folded of folds) mended[length++] = folded;
      folds = [];
    }
    mended[length++] = byte;
    if (continuation) needed = Math.max(0, needed - 1);
    else needed = byte >= 0xf0 ? 3 : byte >= 0xe0 ? 2 : byte >= 0xc0 ? 1 : 0;
    if (needed === 0 && folds.length > 0) {
      for (const folded of folds) mended[length++] = folded;
      folds = [];
    }
  }
  for (const folded of folds) mended[length++] = folded;
  return new TextDecoder('utf-8').decode(mended.subarray(0, length));
}

const [CR, LF, SPACE, TAB] = [0x0d, 0x0a, 0x20, 0x09];

/** The bytes of a fold (CRLF, or a lone LF or CR, then a space or tab) starting at `at`; 0 when there is none. */
function foldLength(bytes: Uint8Array, at: number): number {
  const lineEnd = bytes[at] === CR && bytes[at + 1] === LF ? 2 : bytes[at] === CR || bytes[at] === LF ? 1 : 0;
  const next = bytes[at + lineEnd];
  return lineEnd > 0 && (next === SPACE || next === TAB) ? lineEnd + 1 : 0;
}

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
