/**
 * The countries a person can pick a mission's country from, in the reader's language, those of the route first.
 * The list is the regions the browser can name (ISO 3166 alpha-2), less the codes that name no country.
 */
import type { Locale } from '../shared/locale';

/** Codes the browser names that are not countries: unions, the world, private use and test regions. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB', 'AA']);

let codes: string[] | null = null;

/** Every two-letter region code the browser can name, once. */
function countryCodes(): string[] {
  if (codes) return codes;
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const found: string[] = [];
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      if (NOT_COUNTRIES.has(code) || (/^[QX]/.test(code) && code !== 'XK')) continue;
      try {
        if (names.of(code)) found.push(code);
      } catch {
        // Not a region code this browser knows.
      }
    }
  }
  codes = found;
  return found;
}

export interface CountryGroup {
  group: string;
  items: { value: string; label: string }[];
}

/** The route's countries (in route order), then every other country by name in the reader's language. */
export function countryChoices(
  locale: Pick<Locale, 'country' | 'compare'>,
  routeCountries: readonly string[],
  labels: { route: string; other: string },
): CountryGroup[] {
  const first = [...new Set(routeCountries.map((code) => code.toUpperCase()))];
  const item = (code: string) => ({ value: code, label: locale.country(code) });
  const rest = countryCodes()
    .filter((code) => !first.includes(code))
    .map(item)
    .sort((a, b) => locale.compare(a.label, b.label));
  return [
    ...(first.length > 0 ? [{ group: labels.route, items: first.map(item) }] : []),
    { group: labels.other, items: rest },
  ];
}
