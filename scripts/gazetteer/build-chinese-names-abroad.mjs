/**
 * Builds src/domain/route/gazetteer/chinese-city-names-abroad.json: the Chinese names of cities outside mainland
 * China, from CLDR's exemplar cities (the city that names each time zone: 伦敦 for Europe/London, 多伦多 for
 * America/Toronto), as the cldr-dates-full package ships them for Simplified Chinese; and
 * src/domain/route/gazetteer/zone-cities.json, the city each time zone is named after in English and Chinese
 * (Asia/Shanghai → Shanghai, 上海), which names a clock where no city of the trip does.
 *
 * Re-run after upgrading city-timezones or cldr-dates-full, then review and commit the JSON:
 *
 *   node scripts/gazetteer/build-chinese-names-abroad.mjs
 *
 * A zone's city is joined to the city-timezones place in that zone whose name it is: CLDR's English exemplar city
 * where it has one, else the zone's own last part ("Los_Angeles" → "Los Angeles"), compared as letters only. Where
 * a zone has several places of that name (London, Ontario is not in Europe/London, but a zone can hold two), the
 * most populous is named. Mainland China's cities are named by build-chinese-names.mjs from its divisions.
 *
 * CLDR names a city only where a zone is named after it, so cities that share a zone with a larger one (San
 * Francisco, Boston, Tel Aviv) are not here: places-the-data-lacks.ts gives the few the product's users travel
 * to. The run fails if a city that must be named lost its name.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import process from 'node:process';

const require = createRequire(import.meta.url);
const OUTPUT = fileURLToPath(new URL('../../src/domain/route/gazetteer/chinese-city-names-abroad.json', import.meta.url));
const ZONE_OUTPUT = fileURLToPath(new URL('../../src/domain/route/gazetteer/zone-cities.json', import.meta.url));

/** @typedef {{ city: string; city_ascii: string; province: string; iso2: string | number; timezone: string | null; pop: number }} CityRecord */
/** @type {CityRecord[]} */
const cityRecords = require('city-timezones/data/cityMap.json');
const chinese = require('cldr-dates-full/main/zh/timeZoneNames.json').main.zh.dates.timeZoneNames.zone;
const english = require('cldr-dates-full/main/en/timeZoneNames.json').main.en.dates.timeZoneNames.zone;

/** Keys as in the output, `city_ascii|iso2|province`: cities that must keep a Chinese name. */
const REQUIRED = ['London|GB|Westminster', 'Toronto|CA|Ontario', 'Hong Kong|HK|', 'New York|US|New York', 'Paris|FR|Île-de-France'];

/** Lower-case ASCII letters only: "St. John's" → "stjohns", "São Paulo" → "saopaulo". */
const letters = (/** @type {string} */ text) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** Every zone CLDR names a city for: zone id → the city's Chinese name. */
function exemplarCities(/** @type {Record<string, unknown>} */ tree, /** @type {string} */ prefix = '') {
  /** @type {Map<string, string>} */
  const found = new Map();
  for (const [name, value] of Object.entries(tree)) {
    if (typeof value !== 'object' || value === null) continue;
    const zone = prefix === '' ? name : `${prefix}/${name}`;
    const city = /** @type {{ exemplarCity?: unknown }} */ (value).exemplarCity;
    if (typeof city === 'string') found.set(zone, city);
    else for (const [inner, innerCity] of exemplarCities(/** @type {Record<string, unknown>} */ (value), zone)) found.set(inner, innerCity);
  }
  return found;
}

/** CLDR's English name for a zone's city, else the zone's last part with spaces. */
function englishCity(/** @type {string} */ zone) {
  /** @type {any} */
  let node = english;
  for (const part of zone.split('/')) node = node?.[part];
  const city = node?.exemplarCity;
  return typeof city === 'string' ? city : (zone.split('/').at(-1) ?? '').replaceAll('_', ' ');
}

/** @type {Map<string, CityRecord[]>} */
const recordsByZone = new Map();
for (const record of cityRecords) {
  if (!record.timezone || record.iso2 === 'CN') continue;
  const list = recordsByZone.get(record.timezone) ?? [];
  list.push(record);
  recordsByZone.set(record.timezone, list);
}

/** @type {Record<string, string>} */
const names = {};
for (const [zone, chineseName] of exemplarCities(chinese)) {
  const wanted = letters(englishCity(zone));
  const candidates = (recordsByZone.get(zone) ?? []).filter(
    (record) => letters(record.city_ascii) === wanted || letters(record.city) === wanted,
  );
  if (candidates.length === 0) continue;
  const place = candidates.reduce((best, record) => (record.pop > best.pop ? record : best));
  names[`${place.city_ascii}|${place.iso2}|${place.province}`] = chineseName;
}

const missing = REQUIRED.filter((key) => !(key in names));
if (missing.length > 0) throw new Error(`No Chinese name for ${missing.join(', ')}.`);

const byKey = (/** @type {[string, unknown]} */ [a], /** @type {[string, unknown]} */ [b]) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = Object.fromEntries(Object.entries(names).sort(byKey));
writeFileSync(OUTPUT, `${JSON.stringify(sorted, null, 2)}\n`);
process.stdout.write(`${Object.keys(sorted).length} cities abroad named → ${OUTPUT}\n`);

/** @type {Record<string, [string, string]>} */
const zoneCities = {};
for (const [zone, chineseName] of exemplarCities(chinese)) zoneCities[zone] = [englishCity(zone), chineseName];
if (zoneCities['Asia/Shanghai']?.[1] !== '上海') throw new Error('CLDR no longer names Asia/Shanghai 上海.');
const zonesSorted = Object.fromEntries(Object.entries(zoneCities).sort(byKey));
writeFileSync(ZONE_OUTPUT, `${JSON.stringify(zonesSorted)}\n`.replaceAll('],"', '],\n"'));
process.stdout.write(`${Object.keys(zonesSorted).length} zones' cities named → ${ZONE_OUTPUT}\n`);
