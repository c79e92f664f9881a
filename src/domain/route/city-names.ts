/**
 * A city of the route in the reader's language. A city keeps the name it was chosen by (Latin script) and its
 * name in the local script (天津 for Tianjin, '' for London); a reader of Chinese sees 天津 and 伦敦 all the
 * same. The Chinese names of cities abroad are the gazetteer's (CLDR's, and the few it lacks), looked up by the
 * city's name and country, so that cities planned before the names existed read in Chinese too.
 */
import chineseNamesAbroad from './gazetteer/chinese-city-names-abroad.json';
import chineseNamesInChina from './gazetteer/chinese-city-names.json';
import zoneCities from './gazetteer/zone-cities.json';
import { CHINESE_NAMES_ABROAD } from './gazetteer/places-the-data-lacks';
import type { City } from './city';
import type { PlaceValue } from '../shared/message';
import { canonicalTimeZone, isValidTimeZone } from '../shared/time';

/** A city of the route, or a trip's home (which keeps no local name). */
export type NamedPlace = Pick<City, 'name' | 'country'> & { nameLocal?: string };

const HAN = /\p{Script=Han}/u;

let byNameAndCountry: Map<string, string> | null = null;

/** `name|country` → Chinese name; the first of a name within a country wins (the data is ordered by key). */
function chineseNamesIndex(): Map<string, string> {
  if (byNameAndCountry) return byNameAndCountry;
  const index = new Map<string, string>();
  const add = (key: string, zh: string | undefined) => {
    const [name, country] = key.split('|');
    const at = `${name}|${country}`;
    if (zh && !index.has(at)) index.set(at, zh);
  };
  for (const [key, names] of Object.entries(CHINESE_NAMES_ABROAD)) add(key, names.zh ?? names.local);
  for (const [key, zh] of Object.entries(chineseNamesAbroad as Record<string, string>)) add(key, zh);
  // Chinese cities by name and province: a home such as Shenzhen keeps no local name of its own.
  for (const [key, zh] of Object.entries(chineseNamesInChina as Record<string, string>)) add(`${key.split('|')[0]}|CN`, zh);
  byNameAndCountry = index;
  return index;
}

/** The city's name in Chinese characters, or null where none is known. */
export function chineseCityName(city: NamedPlace): string | null {
  if (city.nameLocal && HAN.test(city.nameLocal)) return city.nameLocal;
  if (HAN.test(city.name)) return city.name;
  return chineseNamesIndex().get(`${city.name}|${city.country}`) ?? null;
}

/** A city as a fact of a message: written in Chinese for a reader of Chinese where its Chinese name is known. */
export function placeOf(city: NamedPlace): PlaceValue {
  const chinese = chineseCityName(city);
  return chinese === null || chinese === city.name ? { place: city.name } : { place: city.name, chinese };
}

/** Zone → its city in English and Chinese, by the names CLDR keys zones by. */
const byZone = new Map(Object.entries(zoneCities as unknown as Record<string, readonly [string, string]>));
/** The same, keyed by each zone's canonical name in this runtime: made on the first zone CLDR keys otherwise. */
let byCanonicalZone: Map<string, readonly [string, string]> | null = null;
const looked = new Map<string, readonly [string, string] | null>();

/**
 * The names of a zone's city. CLDR keys zones by their old names (Asia/Calcutta, Europe/Kiev), and a runtime may
 * call a zone by either: a zone not found by its own name is looked for by its canonical name, on both sides
 * made canonical by this runtime, so that they meet. That index asks the runtime about four hundred zones
 * (about 0.1 s), so it is made only for a zone that needs it, and each answer is remembered.
 */
function citiesOfZone(zone: string): readonly [string, string] | undefined {
  const direct = byZone.get(zone);
  if (direct) return direct;
  let found = looked.get(zone);
  if (found === undefined) {
    found = null;
    if (isValidTimeZone(zone)) {
      const canonical = canonicalTimeZone(zone);
      found = byZone.get(canonical) ?? null;
      if (!found) {
        if (!byCanonicalZone) {
          byCanonicalZone = new Map();
          for (const [name, names] of byZone) if (isValidTimeZone(name)) byCanonicalZone.set(canonicalTimeZone(name), names);
        }
        found = byCanonicalZone.get(canonical) ?? null;
      }
    }
    looked.set(zone, found);
  }
  return found ?? undefined;
}

/**
 * The city a time zone is named after, as a fact: "Europe/London" → London / 伦敦, "Asia/Shanghai" → Shanghai /
 * 上海. A zone CLDR names no city for is called by its own last part ("UTC", "GMT+5").
 */
export function zonePlace(zone: string): PlaceValue {
  const names = citiesOfZone(zone);
  if (names) return { place: names[0], chinese: names[1] };
  return { place: (zone.split('/').pop() ?? zone).replace(/_/g, ' ') };
}

/**
 * What the trip's home clock is called by, beside local times ("08:10 London", "08:10 深圳"): the home city the
 * organiser chose, whose zone the home zone is; else the city the home zone is named after.
 */
export function homeClockPlace(trip: { homeZone: string; home?: NamedPlace | null }): PlaceValue {
  return trip.home ? placeOf(trip.home) : zonePlace(trip.homeZone);
}
