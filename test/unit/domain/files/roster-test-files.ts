/** The Liverpool roster files and the six-city route the roster tests read them against. */
import { readFileSync } from 'node:fs';
import { guessMapping, readRosterCsv, type RosterTable } from '../../../../src/domain/files/roster-csv';
import { parseRosterRows, type ImportedPerson } from '../../../../src/domain/files/roster-rows';
import type { City } from '../../../../src/domain/route/city';
import { inEnglish, testI18n } from '../../../builders/words';
import { isMessage, type Message } from '../../../../src/domain/shared/message';
import type { Language } from '../../../../src/i18n/catalogues';
import { localeOf } from '../../../../src/i18n/locale';
import type { RosterCsvWords } from '../../../../src/domain/files/roster-csv';

export const CITIES = [
  ['kunming', 'Kunming', '昆明'],
  ['chongqing', 'Chongqing', '重庆'],
  ['tianjin', 'Tianjin', '天津'],
  ['beijing', 'Beijing', '北京'],
  ['qingdao', 'Qingdao', '青岛'],
  ['shanghai', 'Shanghai', '上海'],
] as const;

// Out of order on purpose: the route is the stops' positions, not the order they come in.
export const STOPS: City[] = CITIES.map(([id, name, nameLocal], position) => ({
  id,
  tripId: 'liverpool-2016',
  position,
  name,
  nameLocal,
  country: 'CN',
  timeZone: 'Asia/Shanghai',
  latitude: null,
  longitude: null,
  arrivalDate: '2016-11-06',
  departureDate: '2016-11-19',
  notes: '',
})).reverse();
export const WHOLE_ROUTE = CITIES.map(([id]) => id);

export const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/rosters/${name}`, import.meta.url), 'utf8');

export function read(text: string): RosterTable {
  const table = readRosterCsv(text);
  if (!table.ok) throw new Error(inEnglish(table.error));
  return table.value;
}

export function importText(text: string) {
  const table = read(text);
  return { table, ...parseRosterRows(table, guessMapping(table.headers), STOPS) };
}

export const byName = (people: ImportedPerson[], name: string) => people.find((person) => person.name === name)!;

/** The words a roster file is written in, from the catalogues of `language` as the export takes them. */
export function rosterWordsIn(language: Language): RosterCsvWords {
  const { t } = localeOf(testI18n(language), language);
  return {
    header: (field) => t(`field.${field}`, { ns: 'people' }),
    passportHeader: (field) => t(`passport.field.${field}`, { ns: 'people' }),
    role: (role) => t(`role.${role}`, { ns: 'people' }),
    visaStatus: (status) => t(`visa.${status}`, { ns: 'people' }),
  };
}

/** `value` with every message in it put into English words: how a test reads what the roster code says. */
export function worded<T>(value: T, word: (said: Message) => string = inEnglish): unknown {
  if (isMessage(value)) return word(value);
  if (Array.isArray(value)) return value.map((item: unknown) => worded(item, word));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, worded(item, word)]));
  }
  return value;
}
