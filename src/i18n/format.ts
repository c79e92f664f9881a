/**
 * Dates, numbers and lists in the reader's language, from the platform's Intl data: "Sat 12 Nov" and
 * "11月12日 周六", "A, B and C" and "A、B和C". Clock times are not here: they are 24-hour `HH:mm` in every
 * language, as typed. Days are calendar days, not instants, so they are written in UTC and never move with
 * the computer's zone.
 *
 * Formatters are made once per language and kept: thousands of findings may be worded at once.
 */
import type { IsoDate } from '../domain/shared/date-arithmetic';
import { FORMAT_LOCALES, type Language } from './catalogues';

function cached<T>(make: (language: Language) => T): (language: Language) => T {
  const made = new Map<Language, T>();
  return (language) => {
    let value = made.get(language);
    if (value === undefined) {
      value = make(language);
      made.set(language, value);
    }
    return value;
  };
}

const dateFormat = (options: Intl.DateTimeFormatOptions) =>
  cached((language) => new Intl.DateTimeFormat(FORMAT_LOCALES[language], { ...options, timeZone: 'UTC' }));

const shortDay = dateFormat({ weekday: 'short', day: 'numeric', month: 'short' });
const monthDay = dateFormat({ day: 'numeric', month: 'short' });
const longDay = dateFormat({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
// Chinese writes a short month as a number ("2026/11/12"): its long month is the short one in words ("11月").
const dayWithYear = cached(
  (language) =>
    new Intl.DateTimeFormat(FORMAT_LOCALES[language], {
      day: 'numeric',
      month: language === 'zh-CN' ? 'long' : 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);
const weekdayOnly = dateFormat({ weekday: 'short' });

/**
 * Newer ICU data writes September "Sept" in en-GB; the app has always written "Sep", like the other eleven
 * three-letter months (and reads both back: parseUserDate). Only English output is touched.
 */
function threeLetterMonths(text: string, language: Language): string {
  return language === 'en' ? text.replace(/\bSept\b/g, 'Sep') : text;
}

function utcDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** "Sat 12 Nov", "11月12日 周六". */
export function formatDay(date: IsoDate, language: Language): string {
  if (language === 'zh-CN') return `${monthDay(language).format(utcDate(date))} ${weekdayOnly(language).format(utcDate(date))}`;
  return threeLetterMonths(shortDay(language).format(utcDate(date)), language);
}

/** "Saturday 12 November 2026", "2026年11月12日星期六". */
export function formatLongDate(date: IsoDate, language: Language): string {
  return longDay(language).format(utcDate(date));
}

/** "12 Nov 2026", "2026年11月12日". */
export function formatDateWithYear(date: IsoDate, language: Language): string {
  return threeLetterMonths(dayWithYear(language).format(utcDate(date)), language);
}

/** "12–18 Nov 2026", "2026年11月12日至18日": the two days as one range. */
export function formatDateRange(start: IsoDate, end: IsoDate, language: Language): string {
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const sameMonth = sameYear && start.slice(5, 7) === end.slice(5, 7);
  if (language !== 'zh-CN') {
    // ICU puts thin spaces round the dash ("8 – 9 Nov"); the app has always written "8–9 Nov", "30 Oct – 9 Nov".
    const range = dayWithYear(language).formatRange(utcDate(start), utcDate(end));
    return threeLetterMonths(range.replace(/\s*–\s*/, sameMonth ? '–' : ' – '), language);
  }
  // ICU's Chinese ranges are numeric ("2026/11/12 – 2026/11/18"); a Chinese reader writes them in words.
  if (start === end) return formatDateWithYear(start, language);
  const to = sameMonth
    ? `${Number(end.slice(8, 10))}日`
    : sameYear
      ? monthDay(language).format(utcDate(end))
      : formatDateWithYear(end, language);
  return `${formatDateWithYear(start, language)}至${to}`;
}

/**
 * An instant as read on a clock in `zone`: "Sat 21 Nov 2026, 10:30", "2026年11月21日 周六 10:30"; the raw text
 * when it is not a time. For moments the computer lived (a backup made), not for a plan's times, which carry
 * their own zones.
 */
export function formatInstant(utc: string, zone: string, language: Language): string {
  const instant = new Date(utc);
  if (Number.isNaN(instant.getTime())) return utc;
  const parts = new Intl.DateTimeFormat(FORMAT_LOCALES[language], {
    timeZone: zone,
    year: 'numeric',
    month: language === 'zh-CN' ? 'numeric' : 'short',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  const clock = `${part('hour')}:${part('minute')}`;
  if (language === 'zh-CN') return `${part('year')}年${part('month')}月${part('day')}日 ${part('weekday')} ${clock}`;
  return threeLetterMonths(`${part('weekday')} ${part('day')} ${part('month')} ${part('year')}, ${clock}`, language);
}

const countryNames = cached((language) => new Intl.DisplayNames([FORMAT_LOCALES[language]], { type: 'region', fallback: 'code' }));

/** "China" or 中国 for CN, "United Kingdom" or 英国 for GB; the code itself when the platform does not know it. */
export function formatCountry(code: string, language: Language): string {
  if (!/^[A-Z]{2}$/i.test(code)) return code;
  try {
    return countryNames(language).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

const numberFormat = cached((language) => new Intl.NumberFormat(FORMAT_LOCALES[language]));

/** "20,000", "20,000". */
export function formatNumber(value: number, language: Language): string {
  return numberFormat(language).format(value);
}

const listFormat = cached((language) => new Intl.ListFormat(FORMAT_LOCALES[language], { type: 'conjunction' }));

/** "A, B and C", "A、B和C". */
export function formatList(items: readonly string[], language: Language): string {
  return listFormat(language).format(items);
}

const collator = cached((language) =>
  new Intl.Collator(language === 'zh-CN' ? 'zh-CN-u-co-pinyin' : 'en-GB', { sensitivity: 'base', numeric: true }),
);

/** Compares names as the reader sorts them: Chinese by pinyin (陈 before 王), English alphabetically. */
export function compareText(language: Language): (a: string, b: string) => number {
  return collator(language).compare;
}
