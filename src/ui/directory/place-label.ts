/**
 * A place of the directory's, a city and a two-letter country code, in the reader's language: "Tianjin, China",
 * 天津，中国.
 */
import type { Locale } from '../../i18n/locale';

/** "Tianjin, China" (天津，中国), "Tianjin", "China" or "". */
export function placeLabel(city: string, country: string, locale: Locale): string {
  const countryLabel = country ? locale.country(country) : '';
  if (city && countryLabel) return locale.t('place', { ns: 'directory', city, country: countryLabel });
  return city || countryLabel;
}
