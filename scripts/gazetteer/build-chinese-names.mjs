/**
 * Builds src/domain/route/gazetteer/chinese-city-names.json: the Chinese name of each Chinese city in city-timezones
 * that is a provincial-level, prefecture-level or county-level city (市) of China's administrative divisions.
 *
 * Re-run after upgrading city-timezones or china-area-data, then review and commit the JSON:
 *
 *   node scripts/gazetteer/build-chinese-names.mjs
 *
 * city-timezones names places in English (pinyin, or a conventional spelling such as "Harbin"), with an English
 * province; china-area-data names the divisions in Chinese, with no pinyin. The join turns the Chinese names into
 * toneless pinyin (pinyin-pro, build time only), finds each English province among the Chinese ones by that pinyin,
 * and matches a place's `city_ascii` or `city` spelling, within its province:
 *   - exactly, against any reading of a provincial-level, prefecture-level or county-level city (喀什 reads
 *     "kashi" as well as the everyday "kashen");
 *   - at one letter's difference, against provincial-level and prefecture-level cities only, so that spellings such
 *     as "Shenyeng" (沈阳), "Harbin" (哈尔滨) and "Lhasa" (拉萨) find their city. A near match is refused when a
 *     county, district or banner of the province has exactly that pinyin ("Qingan" is 庆安县, not 宁安市), and
 *     county-level cities are never matched loosely: there are too many of them for one letter to tell apart.
 * A place with two equally good candidates of the same level is left without a name rather than guessed.
 * Places that are counties or districts rather than cities (Changping, Huangyan) get no Chinese name.
 *
 * The run fails if a city the product's users travel to most lost its name, so a data upgrade cannot quietly
 * drop them.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import process from 'node:process';
import { pinyin } from 'pinyin-pro';

const require = createRequire(import.meta.url);
const OUTPUT = fileURLToPath(new URL('../../src/domain/route/gazetteer/chinese-city-names.json', import.meta.url));

/** @typedef {{ city: string; city_ascii: string; province: string; iso2: string }} CityRecord */
/** @typedef {{ code: string; name: string; key: string }} Province */
/**
 * A city of the divisions: `key` is its pinyin as usually read, `readings` every pinyin its characters allow.
 * @typedef {{ name: string; key: string; readings: Set<string>; level: 0 | 1 | 2 }} Candidate  level 0 provincial, 1 prefecture, 2 county
 */

/** @type {CityRecord[]} */
const cityRecords = require('city-timezones/data/cityMap.json');
/** Division code → { child code → Chinese name }; "86" holds the provinces. @type {Record<string, Record<string, string>>} */
const divisions = require('china-area-data/data.json');

/**
 * Provinces whose usual romanisation is not their plain pinyin: Shaanxi keeps its extra "a" to differ from
 * Shanxi (both are "shanxi" in toneless pinyin), and Natural Earth spells Inner Mongolia in Mongolian.
 */
const PROVINCE_SPELLINGS = { 陕西: 'shaanxi', 内蒙古: 'neimongol' };

/** Natural Earth, and so city-timezones, has no Qinghai: it files Xining, Golmud and Yushu under Gansu. */
const ALSO_FILED_UNDER = { Gansu: ['Qinghai'] };

/**
 * Cities that must keep a Chinese name; keys as in the output. city-timezones' only Taizhou is Jiangsu's (泰州);
 * Zhejiang's Taizhou (台州) appears in it only as its districts and county-level city (Jiaojing, Huangyan, Linhai):
 * src/domain/route/gazetteer/places-the-data-lacks.ts adds it.
 */
const REQUIRED = [
  'Beijing|Beijing',
  'Shanghai|Shanghai',
  'Tianjin|Tianjin',
  'Chongqing|Chongqing',
  'Kunming|Yunnan',
  'Qingdao|Shandong',
  'Chengdu|Sichuan',
  'Shenzhen|Guangdong',
  'Guangzhou|Guangdong',
  'Taizhou|Jiangsu',
  'Wuhan|Hubei',
  'Xian|Shaanxi',
  'Hangzhou|Zhejiang',
  'Nanjing|Jiangsu',
  'Xining|Gansu',
];

/** Lower-case ASCII letters only: "Xi'an" → "xian", "Ürümqi" → "urumqi", "lü" → "lu". */
const letters = (/** @type {string} */ text) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** Toneless pinyin of a Chinese name as usually read, as letters only. */
const pinyinOf = (/** @type {string} */ han) => letters(pinyin(han, { toneType: 'none', type: 'array' }).join(''));

/**
 * Every toneless pinyin the characters of a name allow. Place names keep old readings that a word-based
 * converter misses: 喀什 is "kashi", not the everyday "kashen".
 */
function readingsOf(/** @type {string} */ han) {
  let readings = new Set(['']);
  for (const character of han) {
    const choices = new Set(pinyin(character, { toneType: 'none', type: 'array', multiple: true }).map(letters));
    readings = new Set([...readings].flatMap((prefix) => [...choices].map((choice) => prefix + choice)));
  }
  readings.add(pinyinOf(han));
  return readings;
}

/** @param {string} a @param {string} b */
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** @type {Province[]} */
const provinces = Object.entries(divisions['86']).map(([code, name]) => {
  const core = name.replace(/(壮族|回族|维吾尔)?自治区$|省$|市$/, '');
  return { code, name, key: PROVINCE_SPELLINGS[/** @type {keyof typeof PROVINCE_SPELLINGS} */ (core)] ?? pinyinOf(core) };
});

/** The Chinese province of a city-timezones province ("Xinjiang Uygur" → 新疆维吾尔自治区); throws if unclear. */
function provinceOf(/** @type {string} */ english) {
  const key = letters(english);
  const matches = provinces.filter((province) => key.startsWith(province.key));
  if (matches.length !== 1) throw new Error(`Province "${english}" matches ${matches.length} divisions.`);
  return matches[0];
}

/** The provinces whose cities a city-timezones province holds: its own, and any it holds besides. */
const provincesOf = (/** @type {string} */ english) => [
  provinceOf(english),
  ...(ALSO_FILED_UNDER[/** @type {keyof typeof ALSO_FILED_UNDER} */ (english)] ?? []).map(provinceOf),
];

/** Provincial, prefecture-level and county-level cities of the provinces, and the pinyin of their other counties. */
function unitsOf(/** @type {Province[]} */ searched) {
  /** @type {Candidate[]} */
  const cities = [];
  /** @type {Set<string>} */
  const otherUnits = new Set();
  const add = (/** @type {string} */ name, /** @type {0 | 1 | 2} */ level) => {
    const core = name.slice(0, -1);
    if (name.endsWith('市')) cities.push({ name: core, key: pinyinOf(core), readings: readingsOf(core), level });
    else if (level === 2 && /[县区旗]$/.test(name)) for (const reading of readingsOf(core)) otherUnits.add(reading);
  };
  for (const province of searched) {
    add(province.name, 0);
    for (const [prefectureCode, prefecture] of Object.entries(divisions[province.code] ?? {})) {
      add(prefecture, 1);
      for (const county of Object.values(divisions[prefectureCode] ?? {})) add(county, 2);
    }
  }
  return { cities, otherUnits };
}

/** @type {Map<string, ReturnType<typeof unitsOf>>} */
const unitsByProvince = new Map();
function unitsFor(/** @type {string} */ english) {
  const known = unitsByProvince.get(english);
  if (known) return known;
  const units = unitsOf(provincesOf(english));
  unitsByProvince.set(english, units);
  return units;
}

/** The Chinese name of a city-timezones Chinese city, or null when no city matches clearly. */
function chineseName(/** @type {CityRecord} */ record) {
  const { cities, otherUnits } = unitsFor(record.province);
  const spellings = [...new Set([letters(record.city_ascii), letters(record.city)])];
  const exact = cities.filter((city) => spellings.some((spelling) => city.readings.has(spelling)));
  if (exact.length > 0) return unambiguous(exact);

  if (spellings.some((spelling) => otherUnits.has(spelling))) return null;
  const looseSpellings = spellings.filter((spelling) => spelling.length >= 5);
  const near = cities.filter(
    (city) => city.level < 2 && looseSpellings.some((spelling) => editDistance(spelling, city.key) === 1),
  );
  return near.length > 0 ? unambiguous(near) : null;
}

/** The name of the highest-level candidate, or null when two different cities tie at that level. */
function unambiguous(/** @type {Candidate[]} */ candidates) {
  const top = Math.min(...candidates.map((city) => city.level));
  const names = new Set(candidates.filter((city) => city.level === top).map((city) => city.name));
  return names.size === 1 ? [...names][0] : null;
}

const chineseCities = cityRecords.filter((record) => record.iso2 === 'CN');
/** @type {Record<string, string>} */
const names = {};
for (const record of chineseCities) {
  const name = chineseName(record);
  if (name === null) continue;
  const key = `${record.city_ascii}|${record.province}`;
  if (key in names && names[key] !== name) throw new Error(`Two cities share the key ${key}.`);
  names[key] = name;
}

const missing = REQUIRED.filter((key) => !(key in names));
if (missing.length > 0) throw new Error(`No Chinese name for ${missing.join(', ')}.`);

const sorted = Object.fromEntries(Object.entries(names).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(OUTPUT, `${JSON.stringify(sorted, null, 2)}\n`);
process.stdout.write(`${Object.keys(sorted).length} of ${chineseCities.length} Chinese cities named → ${OUTPUT}\n`);
