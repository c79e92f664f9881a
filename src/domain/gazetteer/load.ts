/**
 * Loads the shipped gazetteer: the cities of the city-timezones package (Natural Earth's populated places), with
 * the Chinese names that scripts/gazetteer/build-chinese-names.mjs joined to them. The data is about 2 MB, so it
 * is imported dynamically: the bundler puts it in a chunk of its own that is read on first use, not at start-up.
 *
 * This is the edge where the package's records become places: zones are made canonical (Asia/Chongqing becomes
 * Asia/Shanghai), and records without a usable zone or country code (Antarctic stations, a few cities the data
 * leaves without a zone) are left out rather than guessed.
 */
import { canonicalTimeZone, isValidTimeZone } from '../time';
import { createGazetteer, type Gazetteer, type Place } from './gazetteer';

/** One record of city-timezones' data/cityMap.json, the fields this module reads. */
export interface CityTimezonesRecord {
  city: string;
  city_ascii: string;
  lat: number;
  lng: number;
  pop: number;
  country: string;
  iso2: string;
  province: string;
  timezone: string | null;
}

/** Chinese names of Chinese cities, keyed by the record's `city_ascii` + '|' + `province`. */
export type ChineseCityNames = Readonly<Record<string, string>>;

const COUNTRY_CODE = /^[A-Z]{2}$/;

/** The record as a place, or null when it has no valid zone, country code or coordinates. */
export function placeFromCityTimezones(record: CityTimezonesRecord, chineseNames: ChineseCityNames): Place | null {
  if (!record.timezone || !isValidTimeZone(record.timezone)) return null;
  if (!COUNTRY_CODE.test(record.iso2) || !Number.isFinite(record.lat) || !Number.isFinite(record.lng)) return null;
  const timeZone = canonicalTimeZone(record.timezone);
  if (!isValidTimeZone(timeZone)) return null;
  return {
    name: record.city,
    nameLocal: record.iso2 === 'CN' ? (chineseNames[`${record.city_ascii}|${record.province}`] ?? '') : '',
    country: record.iso2,
    countryName: record.country,
    province: record.province,
    timeZone,
    latitude: record.lat,
    longitude: record.lng,
    population: Number.isFinite(record.pop) ? Math.round(record.pop) : 0,
  };
}

/** Every usable record as a place; see {@link placeFromCityTimezones}. */
export function placesFromCityTimezones(
  records: readonly CityTimezonesRecord[],
  chineseNames: ChineseCityNames,
): Place[] {
  return records.flatMap((record) => placeFromCityTimezones(record, chineseNames) ?? []);
}

let loading: Promise<Gazetteer> | undefined;

/**
 * The shipped gazetteer, loaded on the first call and shared after it. A failed load is not remembered, so a
 * later call tries again.
 */
export async function loadGazetteer(): Promise<Gazetteer> {
  loading ??= importGazetteer().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function importGazetteer(): Promise<Gazetteer> {
  const [cities, chineseNames] = await Promise.all([
    import('city-timezones/data/cityMap.json'),
    import('./chinese-city-names.json'),
  ]);
  return createGazetteer(placesFromCityTimezones(cities.default, chineseNames.default));
}
