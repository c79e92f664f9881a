/**
 * Country names for the two-letter codes the directory stores, in the reader's language, from the platform's
 * own Intl data: CN is "China" or 中国, GB "United Kingdom" or 英国.
 */
import type { Language } from '../../i18n/catalogues';
import { FORMAT_LOCALES } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';

const displayNames = new Map<Language, Intl.DisplayNames>();

function namesIn(language: Language): Intl.DisplayNames {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([FORMAT_LOCALES[language]], { type: 'region', fallback: 'code' });
    displayNames.set(language, names);
  }
  return names;
}

/** "China" or 中国 for CN; the code itself when the platform does not know it; empty for empty. */
export function countryName(code: string, language: Language): string {
  if (!/^[A-Z]{2}$/i.test(code)) return code;
  try {
    return namesIn(language).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "Tianjin, China" (天津，中国), "Tianjin", "China" or "". */
export function placeLabel(city: string, country: string, locale: Locale): string {
  const countryLabel = country ? countryName(country, locale.language) : '';
  if (city && countryLabel) return locale.t('place', { ns: 'directory', city, country: countryLabel });
  return city || countryLabel;
}
