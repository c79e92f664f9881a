/**
 * The reader's ways with words, for code outside React as well as screens: the use cases that write files
 * (calendars, CSV, file names) are handed a `Locale` by the screen that starts them, and write in its language.
 */
import type { i18n as I18n, TFunction } from 'i18next';
import type { IsoDate } from '../domain/shared/date-arithmetic';
import type { Message, PlaceValue } from '../domain/shared/message';
import { chineseCityName, type NamedPlace } from '../domain/route/city-names';
import type { Language } from './catalogues';
import {
  compareText,
  formatDateRange,
  formatDateWithYear,
  formatCountry,
  formatDay,
  formatInstant,
  formatList,
  formatLongDate,
  formatNumber,
} from './format';
import { languageOf } from './i18n';
import { wordMessage } from './words';

export interface Locale {
  language: Language;
  /** The catalogue's words, by key (`namespace:key`), typed by the English catalogue. */
  t: TFunction;
  /** A domain message (or plain data) in the reader's words. */
  word: (said: Message | string) => string;
  /** "Sat 12 Nov", "11月12日 周六". */
  day: (date: IsoDate) => string;
  /** "Saturday 12 November 2026", "2026年11月12日星期六". */
  longDate: (date: IsoDate) => string;
  /** "12 Nov 2026", "2026年11月12日". */
  dateWithYear: (date: IsoDate) => string;
  /** "12–18 Nov 2026", "2026年11月12日至18日". */
  dateRange: (start: IsoDate, end: IsoDate) => string;
  /** A moment the computer lived, on the clock of `zone`: "Sat 21 Nov 2026, 10:30", "2026年11月21日 周六 10:30". */
  instant: (utc: string, zone: string) => string;
  /** "20,000". */
  number: (value: number) => string;
  /** "A, B and C", "A、B和C". */
  list: (items: readonly string[]) => string;
  /** Sorts names the reader's way: by pinyin in Chinese. */
  compare: (a: string, b: string) => number;
  /** A city of the route by the reader's name for it: "London" / "伦敦". */
  city: (city: CityNames) => string;
  /** The city's other name, to show beside it: "伦敦" / "London", '' when it has none. */
  cityBeside: (city: CityNames) => string;
  /** A country by its two-letter code: "China" / "中国". */
  country: (code: string) => string;
  /** A place of the domain's (a zone's city, a home clock's) by the reader's name for it. */
  place: (place: PlaceValue) => string;
}

/** What a city is named by. */
export type CityNames = NamedPlace;

/** The locale of an i18next instance in `language` (by default the instance's current one). */
export function localeOf(i18n: I18n, language: Language = languageOf(i18n)): Locale {
  const t = i18n.getFixedT(language);
  return {
    language,
    t,
    word: (said) => wordMessage(t, language, said),
    day: (date) => formatDay(date, language),
    longDate: (date) => formatLongDate(date, language),
    dateWithYear: (date) => formatDateWithYear(date, language),
    dateRange: (start, end) => formatDateRange(start, end, language),
    instant: (utc, zone) => formatInstant(utc, zone, language),
    number: (value) => formatNumber(value, language),
    list: (items) => formatList(items, language),
    compare: compareText(language),
    city: (city) => (language === 'zh-CN' ? (chineseCityName(city) ?? city.name) : city.name),
    cityBeside: (city) => {
      const chinese = chineseCityName(city);
      if (language === 'zh-CN') return chinese !== null && chinese !== city.name ? city.name : '';
      return chinese ?? city.nameLocal ?? '';
    },
    country: (code) => formatCountry(code, language),
    place: (place) => (language === 'zh-CN' && place.chinese ? place.chinese : place.place),
  };
}
