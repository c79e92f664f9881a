/**
 * Loads the shipped gazetteer: the cities of the city-timezones package (Natural Earth's populated places), with
 * the Chinese names that scripts/gazetteer/build-chinese-names.mjs (Chinese cities, from China's divisions) and
 * build-chinese-names-abroad.mjs (cities abroad, from CLDR's exemplar cities) joined to them, and what
 * places-the-data-lacks.ts adds. The data is about 1.4 MB once bundled, so it is imported dynamically: the bundler puts it in a chunk of its
 * own, read on first use rather than at start-up.
 *
 * This is the edge where the package's records become places: zones are made canonical (Asia/Chongqing becomes
 * Asia/Shanghai), and records without a zone (Antarctic stations and a few cities such as Perm) are left out
 * rather than guessed.
 */
import { canonicalTimeZone, isValidTimeZone } from '../../shared/time';
import { createGazetteer, type Gazetteer, type Place } from './gazetteer';
import { withPlacesTheDataLacks } from './places-the-data-lacks';

/** One record of city-timezones' data/cityMap.json, the fields this module reads. */
export interface CityTimezonesRecord {
  city: string;
  city_ascii: string;
  lat: number;
  lng: number;
  pop: number;
  country: string;
  /** ISO 3166-1 alpha-2, '' or -99 where Natural Earth has no code (Kosovo, Somaliland). */
  iso2: string | number;
  province: string;
  timezone: string | null;
}

/**
 * Chinese names of cities: of Chinese cities keyed by the record's `city_ascii|province`, of cities abroad by its
 * `city_ascii|iso2|province`.
 */
export type ChineseCityNames = Readonly<Record<string, string>>;

const COUNTRY_CODE = /^[A-Z]{2}$/;

/**
 * Codes for the countries the data leaves without one. Kosovo has no ISO 3166-1 code; XK is the one CLDR, and so
 * Intl.DisplayNames, use. ISO 3166-1 counts Somaliland as part of Somalia; the place keeps the data's country name.
 */
const CODES_NATURAL_EARTH_LACKS: Readonly<Record<string, string>> = { Kosovo: 'XK', Somaliland: 'SO' };

function countryCode(record: CityTimezonesRecord): string | null {
  const code = typeof record.iso2 === 'string' && COUNTRY_CODE.test(record.iso2) ? record.iso2 : null;
  return code ?? CODES_NATURAL_EARTH_LACKS[record.country] ?? null;
}

/**
 * The canonical form of each zone the data names, or null for one that is not a valid zone. Checking a zone
 * builds an Intl formatter, which is slow; the data names a few hundred zones across thousands of records.
 */
const canonicalZones = new Map<string, string | null>();
function canonicalZone(zone: string): string | null {
  let canonical = canonicalZones.get(zone);
  if (canonical === undefined) {
    canonical = isValidTimeZone(zone) ? canonicalTimeZone(zone) : null;
    if (canonical !== null && canonical !== zone && !isValidTimeZone(canonical)) canonical = null;
    canonicalZones.set(zone, canonical);
  }
  return canonical;
}

/** The record as a place, or null when it has no valid zone, no country or no coordinates. */
export function placeFromCityTimezones(
  record: CityTimezonesRecord,
  chineseNames: ChineseCityNames,
  chineseNamesAbroad: ChineseCityNames = {},
): Place | null {
  const timeZone = record.timezone ? canonicalZone(record.timezone) : null;
  const country = countryCode(record);
  if (timeZone === null || country === null || !Number.isFinite(record.lat) || !Number.isFinite(record.lng)) return null;
  const local = country === 'CN' ? (chineseNames[`${record.city_ascii}|${record.province}`] ?? '') : '';
  return {
    name: record.city,
    nameLocal: local,
    nameZh: local || (chineseNamesAbroad[`${record.city_ascii}|${country}|${record.province}`] ?? ''),
    country,
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
  chineseNamesAbroad: ChineseCityNames = {},
): Place[] {
  return records.flatMap((record) => placeFromCityTimezones(record, chineseNames, chineseNamesAbroad) ?? []);
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
  const [cities, chineseNames, chineseNamesAbroad] = await Promise.all([
    import('city-timezones/data/cityMap.json'),
    import('./chinese-city-names.json'),
    import('./chinese-city-names-abroad.json'),
  ]);
  return createGazetteer(
    withPlacesTheDataLacks(placesFromCityTimezones(cities.default, chineseNames.default, chineseNamesAbroad.default)),
  );
}
