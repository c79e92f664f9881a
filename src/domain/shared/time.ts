/**
 * Time in this product belongs to a place. An instant is stored as the wall time people read on the clock
 * where it happens plus that place's IANA zone; the UTC instant is derived from the two and kept beside them
 * only for sorting and indexing. Nothing here reads the zone of the machine it runs on.
 *
 * This is the one module that does time arithmetic: luxon is imported nowhere else (lint enforces it), so
 * every rule about clocks that change, hours that do not exist and days that differ between zones is here.
 */
import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import {
  addDays,
  daysBetween,
  formatUtcOffset,
  instantMillis,
  isPlausibleDate,
  type IsoDate,
  type LocalDateTime,
} from './date-arithmetic';
import { day, message, type Message } from './message';
import { err, ok, type Result } from './result';

/** A moment as people at a place read it, with the instant it is. */
export interface ZonedTime {
  /** Wall time at the place, `YYYY-MM-DDTHH:mm`. */
  local: LocalDateTime;
  /** IANA zone of the place, such as `Asia/Shanghai`. */
  zone: string;
  /** The UTC instant, ISO 8601 with `Z`; derived from `local` and `zone`, never edited on its own. */
  utc: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/**
 * Zones already checked. Luxon's check builds an Intl formatter each time (about 0.1 ms), which dominated
 * reading a full backup; the answer for a zone name never changes while the app runs. Bounded, since the
 * names come from files too.
 */
const checkedZones = new Map<string, boolean>();
const MAX_CHECKED_ZONES = 1000;

export function isValidTimeZone(zone: string): boolean {
  const known = checkedZones.get(zone);
  if (known !== undefined) return known;
  // Luxon accepts fixed offsets such as "UTC+8"; a place needs a real IANA zone that follows its clock changes.
  const valid = zone.includes('/') || zone === 'UTC' ? IANAZone.isValidZone(zone) : false;
  if (checkedZones.size >= MAX_CHECKED_ZONES) checkedZones.clear();
  checkedZones.set(zone, valid);
  return valid;
}

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && isCalendarDate(value);
}

/**
 * Whether `YYYY-MM-DDTHH:mm` is a real date and time. The same answer as luxon's `DateTime.fromISO(…).isValid`
 * (24:00 included, as ISO 8601 allows), worked out by hand: luxon's parse cost several microseconds a time,
 * which told over the 40,000 times of a full backup.
 */
export function isLocalDateTime(value: string): boolean {
  if (!LOCAL_DATE_TIME.test(value) || !isCalendarDate(value)) return false;
  const hour = Number(value.slice(11, 13));
  const minute = Number(value.slice(14, 16));
  return minute <= 59 && (hour <= 23 || (hour === 24 && minute === 0));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether the `YYYY-MM-DD` the text starts with is a day of the (proleptic Gregorian) calendar. */
function isCalendarDate(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const date = Number(text.slice(8, 10));
  if (month < 1 || month > 12 || date < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return date <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** Why a wall time and zone name no instant, with the facts to word it by ({@link zonedTimeProblem}). */
export type ZonedTimeError =
  | { kind: 'invalid-zone'; zone: string }
  | { kind: 'invalid-time'; local: string }
  | { kind: 'nonexistent'; local: LocalDateTime; zone: string };

/** What to tell the organiser about a wall time that is not one at its zone. */
export function zonedTimeProblem(error: ZonedTimeError): Message {
  switch (error.kind) {
    case 'invalid-zone':
      return message('common:zonedTime.unknownZone', { zone: error.zone });
    case 'invalid-time':
      return message('common:zonedTime.notADateAndTime', { local: error.local, format: 'YYYY-MM-DDTHH:mm' });
    case 'nonexistent':
      return message('common:zonedTime.skipped', {
        day: day(error.local.slice(0, 10)),
        year: error.local.slice(0, 4),
        time: error.local.slice(11, 16),
        zone: error.zone,
      });
  }
}

/**
 * Which of the two instants a wall time names when the clocks go back over it (01:30 on 7 November 2027 in
 * Los Angeles is first at UTC−7, then again an hour later at UTC−8). RFC 5545 takes the first; so does this
 * product unless the organiser chooses the second.
 */
export type Occurrence = 'first' | 'second';

const HOUR_MS = 3_600_000;

/**
 * The instants (epoch milliseconds, earliest first) that a wall time names in a zone: one as a rule, none
 * when the clocks skip it, two when they go back over it. `wallAsUtc` is the wall time read as if it were UTC.
 *
 * A wall time is an instant minus an offset, and the only offsets that can apply are those the zone has a
 * day either side: each is tried and kept when the zone really has that offset at the instant it gives.
 */
function instantsOfWallTime(wallAsUtc: number, zone: IANAZone): number[] {
  const before = offsetAt(zone, wallAsUtc - 24 * HOUR_MS);
  const after = offsetAt(zone, wallAsUtc + 24 * HOUR_MS);
  const instants: number[] = [];
  for (const offset of before === after ? [before] : [before, after]) {
    const instant = wallAsUtc - offset * 60_000;
    if (offsetAt(zone, instant) === offset && !instants.includes(instant)) instants.push(instant);
  }
  return instants.sort((a, b) => a - b);
}

/**
 * Per zone, per hour since the epoch: the zone's offset through the whole hour, or null when its clocks change
 * within it. Luxon asks Intl for each offset (several microseconds); the times of a trip fall in few hours, so
 * checking a full backup's 40,000 times asks for far fewer. No zone changes its clocks twice within an hour.
 */
const steadyOffsets = new Map<string, Map<number, number | null>>();
const MAX_HOURS_KEPT = 100_000;

/** The zone's offset in minutes at the instant `ms`: the same as `zone.offset(ms)`, mostly without asking Intl. */
function offsetAt(zone: IANAZone, ms: number): number {
  let hours = steadyOffsets.get(zone.name);
  if (!hours || hours.size >= MAX_HOURS_KEPT) {
    if (!hours && steadyOffsets.size >= MAX_CHECKED_ZONES) steadyOffsets.clear();
    hours = new Map();
    steadyOffsets.set(zone.name, hours);
  }
  const hour = Math.floor(ms / HOUR_MS);
  let steady = hours.get(hour);
  if (steady === undefined) {
    const first = zone.offset(hour * HOUR_MS);
    steady = zone.offset((hour + 1) * HOUR_MS - 1) === first ? first : null;
    hours.set(hour, steady);
  }
  return steady ?? zone.offset(ms);
}

const ianaZones = new Map<string, IANAZone>();

function ianaZone(zone: string): IANAZone {
  let found = ianaZones.get(zone);
  if (!found) {
    found = IANAZone.create(zone);
    if (ianaZones.size >= MAX_CHECKED_ZONES) ianaZones.clear();
    ianaZones.set(zone, found);
  }
  return found;
}

/** The wall time `YYYY-MM-DDTHH:mm` read as if it were UTC, in epoch milliseconds. */
function wallAsUtcMillis(local: LocalDateTime): number {
  const at = new Date(
    Date.UTC(2000, Number(local.slice(5, 7)) - 1, Number(local.slice(8, 10)), Number(local.slice(11, 13)), Number(local.slice(14, 16))),
  );
  // Date.UTC reads years 0–99 as 1900–1999: set the year on its own.
  return at.setUTCFullYear(Number(local.slice(0, 4)));
}

function utcText(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/**
 * The instant of a wall time at a zone. A wall time the clocks skip (the hour lost when summer time starts)
 * is refused with a message saying so, rather than silently moved. A wall time that happens twice (the hour
 * repeated when summer time ends) is its first occurrence unless `occurrence` asks for the second.
 */
export function zonedTime(
  local: LocalDateTime,
  zone: string,
  occurrence: Occurrence = 'first',
): Result<ZonedTime, ZonedTimeError> {
  if (!isValidTimeZone(zone)) return err({ kind: 'invalid-zone', zone });
  if (!isLocalDateTime(local)) return err({ kind: 'invalid-time', local });
  const instants = instantsOfWallTime(wallAsUtcMillis(local), ianaZone(zone));
  if (instants.length === 0) return err({ kind: 'nonexistent', local, zone });
  const instant = occurrence === 'second' && instants.length > 1 ? instants[1]! : instants[0]!;
  return ok({ local, zone, utc: utcText(instant) });
}

/**
 * Both occurrences of a wall time the clocks go back over, with each one's offset ("UTC−7", "UTC−8"); null when
 * the wall time happens once (or never, or is not a time).
 */
export function repeatedWallTime(
  local: LocalDateTime,
  zone: string,
): { first: ZonedTime; second: ZonedTime; firstOffset: string; secondOffset: string } | null {
  if (!isValidTimeZone(zone) || !isLocalDateTime(local)) return null;
  const instants = instantsOfWallTime(wallAsUtcMillis(local), ianaZone(zone));
  if (instants.length < 2) return null;
  const [first, second] = instants as [number, number];
  return {
    first: { local, zone, utc: utcText(first) },
    second: { local, zone, utc: utcText(second) },
    firstOffset: utcOffsetLabel(zone, utcText(first)),
    secondOffset: utcOffsetLabel(zone, utcText(second)),
  };
}

/** Days (`zone|YYYY-MM-DD`) on which the clocks go back, as found; bounded, as the names come from files too. */
const daysClocksGoBack = new Map<string, boolean>();

/** Whether the clocks go back in a zone within a day either side of a date: cheap to ask again and again. */
function clocksMayGoBackAround(date: IsoDate, zone: string): boolean {
  const key = `${zone}|${date}`;
  let found = daysClocksGoBack.get(key);
  if (found === undefined) {
    const noon = wallAsUtcMillis(`${date}T12:00`);
    const iana = ianaZone(zone);
    found = iana.offset(noon - 36 * HOUR_MS) > iana.offset(noon + 36 * HOUR_MS);
    if (daysClocksGoBack.size >= MAX_CHECKED_ZONES) daysClocksGoBack.clear();
    daysClocksGoBack.set(key, found);
  }
  return found;
}

/**
 * The clock reading of a stored time, as lists show it: "01:30", with the offset added only in an hour that
 * happens twice ("01:30 (UTC−8)"), where the clock alone does not say which one it is.
 */
export function clockLabel(time: ZonedTime): string {
  const clock = time.local.slice(11, 16);
  if (!isValidTimeZone(time.zone) || !clocksMayGoBackAround(time.local.slice(0, 10), time.zone)) return clock;
  return repeatedWallTime(time.local, time.zone) ? `${clock} (${utcOffsetLabel(time.zone, time.utc)})` : clock;
}

/** Which occurrence of its wall time a stored time is: 'second' only for the later of a repeated hour. */
export function occurrenceOf(time: ZonedTime): Occurrence {
  const repeated = repeatedWallTime(time.local, time.zone);
  return repeated && instantMillis(repeated.second.utc) === instantMillis(time.utc) ? 'second' : 'first';
}

/** Like {@link zonedTime} for values already known to be valid (sample data, tests); throws otherwise. */
export function zonedTimeOrThrow(local: LocalDateTime, zone: string): ZonedTime {
  const result = zonedTime(local, zone);
  if (!result.ok) throw new Error(`${local} at ${zone} is no instant (${result.error.kind})`);
  return result.value;
}

export function toDateTime(time: ZonedTime): DateTime {
  // From the instant, not the wall time: a wall time in a repeated hour names two instants.
  return DateTime.fromISO(time.utc, { zone: 'UTC' }).setZone(time.zone);
}

/** The same instant as wall time in another zone, `YYYY-MM-DDTHH:mm`. */
export function wallTimeIn(time: ZonedTime, zone: string): LocalDateTime {
  return toDateTime(time).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** Minutes from one instant to another (negative when `to` is earlier). */
export function minutesBetween(from: ZonedTime, to: ZonedTime): number {
  return Math.round((Date.parse(to.utc) - Date.parse(from.utc)) / 60_000);
}

/** Every IANA zone this runtime knows, for pickers. */
export function knownTimeZones(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone.includes('/'))];
}

/** The zone's name as the IANA database spells it ("asia/shanghai" → "Asia/Shanghai"); assumes it is valid. */
export function canonicalTimeZone(zone: string): string {
  let canonical = canonicalZones.get(zone);
  if (canonical === undefined) {
    // A new formatter per question is costly (about 0.2 ms): each answer is remembered, as zones are few.
    canonical = new Intl.DateTimeFormat('en-GB', { timeZone: zone }).resolvedOptions().timeZone;
    if (canonicalZones.size >= MAX_CHECKED_ZONES) canonicalZones.clear();
    canonicalZones.set(zone, canonical);
  }
  return canonical;
}
const canonicalZones = new Map<string, string>();

/** "UTC+8", "UTC+5:30", "UTC" at a given instant. */
export function utcOffsetLabel(zone: string, atUtc: string): string {
  return formatUtcOffset(DateTime.fromISO(atUtc, { zone: 'UTC' }).setZone(zone).offset);
}

/**
 * The codes this module's schemas give as an issue's message when a value breaks their rule; whoever shows the
 * issue to a person words it (a file's record checks). A zoned time's issue carries its facts as `params`:
 * `{ error: ZonedTimeError }` or `{ utc, local, zone }` for an instant that disagrees with its wall time.
 */
export const TIME_SCHEMA_ISSUES = {
  isoDate: 'time.isoDate',
  timeZone: 'time.timeZone',
  zonedTime: 'time.zonedTime',
  instantMismatch: 'time.instantMismatch',
} as const;

export const isoDateSchema = z.string().refine(isIsoDate, TIME_SCHEMA_ISSUES.isoDate);
export const timeZoneSchema = z.string().refine(isValidTimeZone, TIME_SCHEMA_ISSUES.timeZone);

/** A stored zoned time: the instant must agree with the wall time and zone it was derived from. */
export const zonedTimeSchema = z
  .object({ local: z.string(), zone: z.string(), utc: z.string() })
  .superRefine((value, ctx) => {
    const derived = zonedTime(value.local, value.zone);
    if (!derived.ok) ctx.addIssue({ code: 'custom', message: TIME_SCHEMA_ISSUES.zonedTime, params: { error: derived.error } });
    else if (derived.value.utc !== value.utc && repeatedWallTime(value.local, value.zone)?.second.utc !== value.utc) {
      ctx.addIssue({ code: 'custom', message: TIME_SCHEMA_ISSUES.instantMismatch, params: { ...value } });
    }
  });

const USER_DATE_FORMATS = [
  'yyyy-MM-dd',
  'd MMM yyyy',
  'd MMMM yyyy',
  'd/M/yyyy',
  'd.M.yyyy',
  'MMM d yyyy',
  'MMMM d yyyy',
  'yyyy/M/d',
  "yyyy'年'M'月'd'日'",
];

/**
 * A date as people type it: "2027-03-01", "1 Mar 2027", "1 March 2027", "01/03/2027" (day first, as in the
 * UK and China's English usage), and as Chinese writes it: "2027年3月1日", "2027/3/1", with full-width digits
 * from a Chinese keyboard too. Null when it is not a date.
 */
export function parseUserDate(text: string): IsoDate | null {
  const cleaned = text.normalize('NFKC').trim().replace(/,/g, '').replace(/\s+/g, ' ').replace(/\s*([年月日])\s*/g, '$1');
  // British English writes September "Sept" and the rest of the world "Sep": accept both.
  for (const locale of ['en-GB', 'en-US']) {
    for (const format of USER_DATE_FORMATS) {
      const parsed = DateTime.fromFormat(cleaned, format, { zone: 'UTC', locale });
      if (parsed.isValid) {
        const date = parsed.toISODate();
        return date && isPlausibleDate(date) ? date : null;
      }
    }
  }
  return null;
}

/**
 * The time at home for a moment elsewhere, for showing beside the local time: its clock ("08:10") and, when home
 * is on a different day, that day. Null when home is the same zone, or its clock reads the same (Hong Kong
 * beside Shenzhen).
 */
export function homeTimeOf(time: ZonedTime, homeZone: string): { clock: string; otherDay: IsoDate | null } | null {
  if (time.zone === homeZone) return null;
  const home = wallTimeIn(time, homeZone);
  if (home === time.local) return null;
  const date = home.slice(0, 10);
  return { clock: home.slice(11), otherDay: date === time.local.slice(0, 10) ? null : date };
}

/** Today's date where `zone` is, at the instant `now` (ISO; defaults to this moment). */
export function todayIn(zone: string, now: string = new Date().toISOString()): IsoDate {
  return DateTime.fromISO(now, { zone: 'UTC' }).setZone(zone).toISODate() ?? now.slice(0, 10);
}

/** The date `months` after `date`, clamped to the month's last day (31 Aug + 6 months is 28 or 29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ months }).toISODate() ?? date;
}

const WALL_FORMAT = "yyyy-MM-dd'T'HH:mm";

/** The wall time at an instant (epoch milliseconds) in a zone. */
export function wallTimeAt(ms: number, zone: string): LocalDateTime {
  return DateTime.fromMillis(ms, { zone }).toFormat(WALL_FORMAT);
}

/**
 * Epoch milliseconds of a wall time (plus seconds) in a zone; null when the clocks skip it or it is not a time.
 * A repeated hour is read at its first occurrence.
 */
export function exactInstantOf(local: LocalDateTime, zone: string, seconds = 0): number | null {
  if (!isLocalDateTime(local) || !isValidTimeZone(zone)) return null;
  // The first of a repeated hour, as RFC 5545 reads it.
  const [first] = instantsOfWallTime(wallAsUtcMillis(local), ianaZone(zone));
  return first === undefined ? null : first + seconds * 1000;
}

/**
 * Epoch milliseconds of a wall time in a zone, for sorting: one the clocks skip is read as luxon moves it (an
 * hour on), which sorts well enough.
 */
export function sortableInstantOf(local: LocalDateTime, zone: string): number {
  return DateTime.fromISO(local, { zone }).toMillis();
}

/** The zone's offset from UTC in minutes at an instant (epoch milliseconds): 480 for Shanghai. */
export function utcOffsetMinutesAt(ms: number, zone: string): number {
  return DateTime.fromMillis(ms, { zone }).offset;
}

/** "2026-11-21 1030": an instant on a clock in `zone`, for file names; the date alone when it is not a time. */
export function instantStamp(utc: string, zone: string): string {
  const time = DateTime.fromISO(utc, { zone: 'utc' }).setZone(zone);
  return time.isValid ? time.toFormat('yyyy-LL-dd HHmm') : utc.slice(0, 10);
}

/** From `date` on (until the next entry), the zone is `offsetMinutes` ahead of UTC. */
export interface UtcOffsetFrom {
  date: IsoDate;
  offsetMinutes: number;
}

/**
 * The zone's offsets from UTC over the days from `firstDate` to `lastDate` (both included), each with the first
 * day it holds at midday: one entry when the clocks do not change, two for a week in Paris over the last Sunday
 * of October ([UTC+2 from the first day, UTC+1 from Sun 31 Oct]). Midday, because clocks change at night: the
 * offset at midday is the one the day is lived in. Empty when the dates are not dates or run backwards.
 */
export function utcOffsetsDuring(zone: string, firstDate: IsoDate, lastDate: IsoDate): UtcOffsetFrom[] {
  const days = daysBetween(firstDate, lastDate);
  if (!(days >= 0) || !isValidTimeZone(zone)) return [];
  const offsetOn = (date: IsoDate) => DateTime.fromISO(`${date}T12:00`, { zone }).offset;
  const offsets: UtcOffsetFrom[] = [{ date: firstDate, offsetMinutes: offsetOn(firstDate) }];
  // Every day is looked at, not just the ends: Morocco puts its clocks back for Ramadan and forward after it,
  // so a month's stay can end on the offset it began with.
  for (let day = 1; day <= days; day += 1) {
    const date = addDays(firstDate, day);
    const offsetMinutes = offsetOn(date);
    if (offsetMinutes !== offsets.at(-1)!.offsetMinutes) offsets.push({ date, offsetMinutes });
  }
  return offsets;
}

/**
 * The change of the clocks on a date in a zone, if any: the offsets before and after, and the wall time at which
 * the old clock stops ("02:00" in Los Angeles on 7 November 2027, when UTC−7 becomes UTC−8). Null on every
 * other day.
 */
export function clockChangeOn(date: IsoDate, zone: string): { before: string; after: string; at: string } | null {
  if (!isValidTimeZone(zone) || !isIsoDate(date)) return null;
  const start = DateTime.fromISO(date, { zone }).startOf('day');
  const end = start.endOf('day');
  if (start.offset === end.offset) return null;
  // The instant of the change, to the minute, by halving the day.
  const iana = ianaZone(zone);
  let low = start.toMillis();
  let high = end.toMillis();
  while (high - low > 60_000) {
    const middle = low + Math.floor((high - low) / 120_000) * 60_000;
    if (iana.offset(middle) === start.offset) low = middle;
    else high = middle;
  }
  return {
    before: formatUtcOffset(start.offset),
    after: formatUtcOffset(end.offset),
    at: DateTime.fromMillis(high, { zone: 'UTC' }).plus({ minutes: start.offset }).toFormat('HH:mm'),
  };
}
