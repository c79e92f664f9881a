/** The Liverpool roster files and the six-city route the roster tests read them against. */
import { readFileSync } from 'node:fs';
import { guessMapping, readRosterCsv, type RosterTable } from '../../../../src/domain/files/roster-csv';
import { parseRosterRows, type ImportedPerson } from '../../../../src/domain/files/roster-rows';
import type { City } from '../../../../src/domain/route/city';

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
  if (!table.ok) throw new Error(table.error);
  return table.value;
}

export function importText(text: string) {
  const table = read(text);
  return { table, ...parseRosterRows(table, guessMapping(table.headers), STOPS) };
}

export const byName = (people: ImportedPerson[], name: string) => people.find((person) => person.name === name)!;
