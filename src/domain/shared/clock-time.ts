/**
 * A clock time as organisers type it. The product shows every time in 24-hour form, `HH:mm`, whatever the
 * computer's language; typing is forgiving in the ways people write times on tickets and in e-mails (`2240`,
 * `22:40`, `22.40`, `22h40`, `9:30`, `0930`, `10:40pm`, full-width digits from a Chinese keyboard), and
 * anything it cannot read for certain is refused, never guessed.
 */
import { message, type Message, type MessageValue } from './message';
import { err, ok, type Result } from './result';

/** `HH:mm`, 00:00 to 23:59. */
export type ClockTime = string;

export type ClockTimeProblem =
  | { code: 'empty' }
  | { code: 'unreadable'; text: string }
  | { code: 'out-of-range'; text: string };

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a time already in the product's form, `HH:mm`. */
export function isClockTime(value: string): boolean {
  return CLOCK_TIME.test(value);
}

/** Hours and minutes with a separator (`22:40`, `22.40`, `22h40`), digits alone (`2240`, `930`, `9`). */
const SEPARATED = /^(\d{1,2})\s*[:.h]\s*(\d{2})$/;
const DIGITS = /^(\d{1,4})$/;
/** `am`, `pm`, `a.m.`, `p. m.` at the end. */
const MERIDIEM = /\s*([ap])\.?\s*m\.?$/;

/**
 * The `HH:mm` an organiser meant by what they typed, or why it cannot be read. With am or pm the hour is 1 to
 * 12 (12am is midnight, 12pm noon); without, 0 to 23. A lone hour is on the hour (`9` is 09:00); three digits
 * are an hour and minutes (`930` is 09:30).
 */
export function parseClockTime(typed: string): Result<ClockTime, ClockTimeProblem> {
  const text = typed.normalize('NFKC').trim().toLowerCase();
  if (!text) return err({ code: 'empty' });
  const meridiem = MERIDIEM.exec(text);
  const body = meridiem ? text.slice(0, meridiem.index).trim() : text;
  let hours: number;
  let minutes: number;
  const separated = SEPARATED.exec(body);
  const digits = DIGITS.exec(body);
  if (separated) {
    hours = Number(separated[1]);
    minutes = Number(separated[2]);
  } else if (digits) {
    const number = digits[1]!;
    hours = Number(number.length <= 2 ? number : number.slice(0, -2));
    minutes = number.length <= 2 ? 0 : Number(number.slice(-2));
  } else {
    return err({ code: 'unreadable', text: typed.trim() });
  }
  if (meridiem) {
    if (hours < 1 || hours > 12) return err({ code: 'out-of-range', text: typed.trim() });
    hours = (hours % 12) + (meridiem[1] === 'p' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return err({ code: 'out-of-range', text: typed.trim() });
  return ok(`${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`);
}

/**
 * What to tell the organiser about a time that could not be read: for an empty field, which time belongs there
 * (`field`, a noun such as the catalogue's "start time") with an example of one.
 */
export function clockTimeProblem(problem: ClockTimeProblem, field: MessageValue, example = '14:30'): Message {
  switch (problem.code) {
    case 'empty':
      return message('common:clockTime.empty', { field, example });
    case 'unreadable':
      return message('common:clockTime.unreadable', { text: problem.text });
    case 'out-of-range':
      return message('common:clockTime.outOfRange', { text: problem.text });
  }
}

/** "09:30" plus 90 minutes is "11:00"; wraps past midnight (and before it, for negative minutes). */
export function addMinutesToTime(time: ClockTime, minutes: number): ClockTime {
  const [hours = 0, mins = 0] = time.split(':').map(Number);
  const total = (((hours * 60 + mins + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
