/**
 * What a calendar calls a venue's address in local script: what it is for a delegate who cannot read it, the
 * language or script it is written in, and that it is there to be shown to a driver. The language is read from
 * the text itself (Han characters are Chinese, unless the city is in Japan), so a Chinese address in a Hong Kong
 * city and a Japanese one in Osaka are each named for what they are; text in a script not known here is called
 * the address "as written locally".
 */
import { message, type Message } from '../shared/message';

/** Scripts in the order they are tried: kana before Han, since Japanese mixes both. */
const SCRIPTS: readonly { pattern: RegExp; name: (country: string) => LocalScript }[] = [
  { pattern: /\p{Script=Hangul}/u, name: () => 'korean' },
  { pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, name: () => 'japanese' },
  { pattern: /\p{Script=Han}/u, name: (country) => (country === 'JP' ? 'japanese' : 'chinese') },
  { pattern: /\p{Script=Thai}/u, name: () => 'thai' },
  { pattern: /\p{Script=Arabic}/u, name: () => 'arabic' },
  { pattern: /\p{Script=Hebrew}/u, name: () => 'hebrew' },
  { pattern: /\p{Script=Greek}/u, name: () => 'greek' },
  { pattern: /\p{Script=Cyrillic}/u, name: () => 'cyrillic' },
  { pattern: /\p{Script=Devanagari}/u, name: () => 'devanagari' },
];

/** The languages and scripts an address is named in, by their keys in the catalogue (`calendars:script.*`). */
export type LocalScript = 'korean' | 'japanese' | 'chinese' | 'thai' | 'arabic' | 'hebrew' | 'greek' | 'cyrillic' | 'devanagari';

/**
 * A venue's address in local script, labelled, in a delegate's calendar: "Address in Chinese (show to the
 * driver): 天津市…". `text` is the address as it will be written, `country` the ISO 3166-1 code of the city it is in
 * (empty when not known).
 */
export function localAddressLabel(text: string, country: string): Message {
  const script = SCRIPTS.find((candidate) => candidate.pattern.test(text));
  return script
    ? message('calendars:event.localAddressIn', { script: message(`calendars:script.${script.name(country)}`), text })
    : message('calendars:event.localAddress', { text });
}
