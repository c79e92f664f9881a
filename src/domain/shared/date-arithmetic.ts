/**
 * Calendar dates and wall times by plain arithmetic, without luxon: a calendar date has no zone, and the route,
 * programme and checks count thousands of nights and read thousands of stored instants at once, where a luxon
 * call each would dominate. Anything that needs a zone's rules is in time.ts.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A wall-clock time without a zone, `YYYY-MM-DDTHH:mm`. */
export type LocalDateTime = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/**
 * Midnight UTC of a calendar date, in milliseconds; NaN when it is not a real date. Plain arithmetic, as a
 * calendar date has no zone: the route and programme count thousands of nights at once.
 */
function dayNumber(date: IsoDate): number {
  if (!ISO_DATE.test(date)) return NaN;
  // Date.parse reads a bare ISO date as UTC midnight, but rolls 30 February on to March: refuse that.
  const at = Date.parse(date);
  return new Date(at).getUTCDate() === Number(date.slice(8, 10)) ? at : NaN;
}

/** Whole days from one date to another: 0 for the same day, negative when `end` is earlier; NaN for a non-date. */
export function daysBetween(start: IsoDate, end: IsoDate): number {
  return Math.round((dayNumber(end) - dayNumber(start)) / DAY_MS);
}

/** The date `days` after `date` (before it when negative); `date` itself when it is not a date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const at = dayNumber(date) + days * DAY_MS;
  if (!Number.isFinite(at)) return date;
  const result = new Date(at);
  const year = result.getUTCFullYear();
  if (year < 0 || year > 9999) return date;
  const month = result.getUTCMonth() + 1;
  const day = result.getUTCDate();
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Years the product accepts: anything else is a typing mistake ("0001", "20277"). */
export const EARLIEST_YEAR = 1900;

export const LATEST_YEAR = 2100;

export function isPlausibleDate(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

/** Two digits at `at`, or NaN. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : NaN;
}

/** The hour of a wall time (`YYYY-MM-DDTHH:mm`), read without parsing the rest; NaN when it is not one. */
export function wallHour(local: LocalDateTime): number {
  return twoDigits(local, 11);
}

/** The date of a wall time: `2016-11-12` for `2016-11-12T10:00`. */
export function wallDate(local: LocalDateTime): IsoDate {
  return local.slice(0, 10);
}

/** The clock of a wall time: `10:00` for `2016-11-12T10:00`. */
export function wallClock(local: LocalDateTime): string {
  return local.slice(11, 16);
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar, as Date.UTC counts them (H. Hinnant). */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/**
 * The epoch milliseconds of a stored UTC instant. `zonedTime` writes them as `YYYY-MM-DDTHH:mm:ssZ`, read here
 * digit by digit (a few times faster than Date.parse over 40,000 of them); anything else goes to Date.parse.
 */
export function instantMillis(utc: string): number {
  if (
    utc.length === 20 &&
    // `-`, `-`, `T`, `:`, `:` and `Z` where they belong.
    utc.charCodeAt(4) === 45 &&
    utc.charCodeAt(7) === 45 &&
    utc.charCodeAt(10) === 84 &&
    utc.charCodeAt(13) === 58 &&
    utc.charCodeAt(16) === 58 &&
    utc.charCodeAt(19) === 90
  ) {
    const year = twoDigits(utc, 0) * 100 + twoDigits(utc, 2);
    const month = twoDigits(utc, 5);
    const day = twoDigits(utc, 8);
    const hour = twoDigits(utc, 11);
    const minute = twoDigits(utc, 14);
    const second = twoDigits(utc, 17);
    // A NaN (not digits) fails every test; what is out of range is left to Date.parse too.
    if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59) {
      return ((daysSinceEpoch(year, month, day) * 24 + hour) * 60 + minute) * 60_000 + second * 1000;
    }
  }
  return Date.parse(utc);
}

/** An offset from UTC in minutes as people write it: "UTC+8", "UTC−3:30", "UTC". */
export function formatUtcOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '−';
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  return `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}
