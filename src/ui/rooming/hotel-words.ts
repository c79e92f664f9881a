/**
 * The words of what is sent to a hotel (the rooming list, printed or as CSV): in the language the hotel reads
 * first (Chinese in China, as a taxi driver's card is), with the other beside it, whatever the organiser's own.
 */
import type { i18n as I18n } from 'i18next';
import type { City } from '../../domain/route/city';
import type { Language } from '../../i18n/catalogues';
import { driversLanguage } from '../../i18n/country-language';
import { localeOf, type Locale } from '../../i18n/locale';

export interface HotelWords {
  /** The hotel's language, then the other. */
  languages: readonly [Language, Language];
  locales: readonly [Locale, Locale];
  /** A key of the rooming catalogue in both languages: "房型 Room type"; once when the two are the same. */
  both: (key: string, params?: Record<string, unknown>) => string;
  /** The same in each language, for a page that sets them apart. */
  each: (key: string, params?: Record<string, unknown>) => readonly [string, string];
}

export function hotelWords(i18n: I18n, city: Pick<City, 'country'> | null): HotelWords {
  const first: Language = driversLanguage(city?.country ?? '');
  const second: Language = first === 'zh-CN' ? 'en' : 'zh-CN';
  // Keys are built from the record's values (`type.twin`, `csv.arrival`), so they are looked up untyped.
  type Words = (key: string, params?: Record<string, unknown>) => string;
  const words = [i18n.getFixedT(first, 'rooming') as unknown as Words, i18n.getFixedT(second, 'rooming') as unknown as Words] as const;
  const each = (key: string, params?: Record<string, unknown>) => [words[0](key, params), words[1](key, params)] as const;
  return {
    languages: [first, second],
    locales: [localeOf(i18n, first), localeOf(i18n, second)],
    each,
    both: (key, params) => {
      const [a, b] = each(key, params);
      return a === b ? a : `${a} ${b}`;
    },
  };
}
