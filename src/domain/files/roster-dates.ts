/**
 * Dates as registration forms and spreadsheets write them: 1980-12-31, 31/12/1980, 12/31/1980, 31.12.1980,
 * 31-Dec-1980, 31 Dec 1980, December 31, 1980, 1980年12月31日, and a form's timestamp ("1980-12-31 00:00:00").
 *
 * Two numbers and a year ("03/04/1980") read either way, day first (Britain, Europe, China's English usage) or
 * month first (the United States). A file uses one way throughout, so the file is looked at as a whole: a date
 * with a first number over 12 shows it is day first, one with a second number over 12 that it is month first.
 * When no date shows it, the organiser is asked, once for the file, with one of its dates read both ways.
 * Dots ("03.04.1980") are written day first only, so they never raise the question.
 */
import { isPlausibleDate, type IsoDate } from '../shared/date-arithmetic';
import { isIsoDate, parseUserDate } from '../shared/time';

export const DATE_ORDERS = ['day-first', 'month-first'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** Day, month and year separated by slashes or hyphens: the order is the file's. */
const TWO_NUMBERS_AND_YEAR = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/;
/** A time after the date, as form services write their timestamps: it is not part of the date. */
const TIME_AFTER = /[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$/i;

/** The cell as the patterns read it: full-width digits made plain, spaces tidied, a trailing time taken off. */
function tidy(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\s*([年月日])\s*/g, '$1')
    .replace(TIME_AFTER, '')
    .trim();
}

function isoOf(year: string, month: string, day: string): IsoDate | null {
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(date) && isPlausibleDate(date) ? date : null;
}

/** The two numbers before the year of a date such as 03/04/1980, or null for a date written another way. */
function numbersBeforeYear(text: string): [number, number] | null {
  const match = TWO_NUMBERS_AND_YEAR.exec(tidy(text));
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/**
 * A date cell as a calendar date, reading "03/04/1980" in `order`; null when it is not a date (or not one
 * between 1900 and 2100). A date such as 31/12/1980 is read the only way it can be, whatever `order` says.
 */
export function parseRosterDate(text: string, order: DateOrder): IsoDate | null {
  const cell = tidy(text);
  if (cell === '') return null;
  const yearFirst = YEAR_FIRST.exec(cell) ?? CHINESE.exec(cell);
  if (yearFirst) return isoOf(yearFirst[1]!, yearFirst[2]!, yearFirst[3]!);
  const dotted = DOTTED.exec(cell);
  if (dotted) return isoOf(dotted[3]!, dotted[2]!, dotted[1]!);
  const numbers = TWO_NUMBERS_AND_YEAR.exec(cell);
  if (numbers) {
    const [first, second, year] = [numbers[1]!, numbers[2]!, numbers[3]!];
    const dayFirst = order === 'day-first' ? Number(first) <= 31 && Number(second) <= 12 : Number(first) > 12;
    return dayFirst ? isoOf(year, second, first) : isoOf(year, first, second);
  }
  // Month names: "31 Dec 1980", "31-Dec-1980", "December 31, 1980", and Chinese forms parseUserDate knows.
  const named = cell.replace(/^(\d{1,2})-(\p{L}+)-(\d{4})$/u, '$1 $2 $3');
  return parseUserDate(named) ?? parseUserDate(named.replace(/\bSept?\b/i, (month) => (month.length === 3 ? 'Sept' : 'Sep')));
}

/** What a file's dates say about their order. */
export type FileDateOrder =
  /** No date of the file reads two ways (or the file has no such dates). */
  | { kind: 'clear'; order: DateOrder }
  /** Some dates read two ways and none shows which: the organiser is asked, shown `example` both ways. */
  | { kind: 'ask'; example: { text: string; dayFirst: IsoDate; monthFirst: IsoDate } };

/**
 * The order of the dates in `cells` (every cell of every date column of a file). When some date reads two ways
 * ("03/04/1980") and the other dates do not all show one order, the organiser is asked; otherwise the order
 * the dates show, day first when they show none. Whichever order is used, a date that can be read only one way
 * ("31/12/1980", "12/31/1980") is read that way.
 */
export function fileDateOrder(cells: readonly string[]): FileDateOrder {
  let dayFirstShown = false;
  let monthFirstShown = false;
  let example: { text: string; dayFirst: IsoDate; monthFirst: IsoDate } | null = null;
  for (const cell of cells) {
    const numbers = numbersBeforeYear(cell);
    if (!numbers) continue;
    const [first, second] = numbers;
    if (first > 12 && second <= 12) dayFirstShown = true;
    else if (second > 12 && first <= 12) monthFirstShown = true;
    else if (first !== second && !example) {
      const dayFirst = parseRosterDate(cell, 'day-first');
      const monthFirst = parseRosterDate(cell, 'month-first');
      if (dayFirst && monthFirst) example = { text: cell.trim(), dayFirst, monthFirst };
    }
  }
  if (example && dayFirstShown === monthFirstShown) return { kind: 'ask', example };
  return { kind: 'clear', order: monthFirstShown && !dayFirstShown ? 'month-first' : 'day-first' };
}
