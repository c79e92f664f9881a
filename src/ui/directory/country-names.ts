/** Country names for the two-letter codes the directory stores, in English, from the browser's own data. */
const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** "China" for CN; the code itself when the browser does not know it; empty for empty. */
export function countryName(code: string): string {
  if (!/^[A-Z]{2}$/i.test(code)) return code;
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "Tianjin, China", "Tianjin", "China" or "". */
export function placeLabel(city: string, country: string): string {
  return [city, country ? countryName(country) : ''].filter(Boolean).join(', ');
}
