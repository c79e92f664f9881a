/** The language people in a country read, of those the app has words in: for the words a local person is shown. */
import type { Language } from './catalogues';

/** Countries whose taxi drivers and hosts read Chinese; elsewhere the app's other language, English. */
const CHINESE_READING = new Set(['CN', 'HK', 'MO', 'TW', 'SG']);

/** The language read in `country` (ISO 3166-1 alpha-2), of those the app has words in. */
export function driversLanguage(country: string): Language {
  return CHINESE_READING.has(country.toUpperCase()) ? 'zh-CN' : 'en';
}
