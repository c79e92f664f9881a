/**
 * What a calendar calls a venue's address in local script: what it is for a delegate who cannot read it, the
 * language or script it is written in, and that it is there to be shown to a driver. The language is read from
 * the text itself (Han characters are Chinese, unless the city is in Japan), so a Chinese address in a Hong Kong
 * city and a Japanese one in Osaka are each named for what they are; text in a script not known here is called
 * the address "as written locally".
 */

/** Scripts in the order they are tried: kana before Han, since Japanese mixes both. */
const SCRIPTS: readonly { pattern: RegExp; name: (country: string) => string }[] = [
  { pattern: /\p{Script=Hangul}/u, name: () => 'Korean' },
  { pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, name: () => 'Japanese' },
  { pattern: /\p{Script=Han}/u, name: (country) => (country === 'JP' ? 'Japanese' : 'Chinese') },
  { pattern: /\p{Script=Thai}/u, name: () => 'Thai' },
  { pattern: /\p{Script=Arabic}/u, name: () => 'Arabic script' },
  { pattern: /\p{Script=Hebrew}/u, name: () => 'Hebrew' },
  { pattern: /\p{Script=Greek}/u, name: () => 'Greek' },
  { pattern: /\p{Script=Cyrillic}/u, name: () => 'Cyrillic' },
  { pattern: /\p{Script=Devanagari}/u, name: () => 'Devanagari' },
];

/**
 * The label of a venue's address in local script in a delegate's calendar: "Address in Chinese (show to the
 * driver)". `text` is the address as it will be written, `country` the ISO 3166-1 code of the city it is in
 * (empty when not known).
 */
export function localAddressLabel(text: string, country: string): string {
  const script = SCRIPTS.find((candidate) => candidate.pattern.test(text));
  return `Address ${script ? `in ${script.name(country)}` : 'as written locally'} (show to the driver)`;
}
