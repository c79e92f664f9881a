/**
 * What the gazetteer adds to the shipped data so that the cities delegations name are found by the names they
 * use: places the data lacks (Natural Earth has Jiangsu's Taizhou 泰州 but Zhejiang's Taizhou 台州 only as
 * its districts Huangyan and Linhai), and the names Chinese partners write for cities outside mainland China
 * (旧金山 for San Francisco) where CLDR's exemplar cities have none. Each is checked by
 * test/unit/domain/route/gazetteer/seed-cities.test.ts.
 */
import type { Place } from './gazetteer';

/** Places the shipped data does not have, with the coordinates of their city government. */
export const PLACES_THE_DATA_LACKS: readonly Place[] = [
  {
    name: 'Taizhou',
    nameLocal: '台州',
    nameZh: '台州',
    country: 'CN',
    countryName: 'China',
    province: 'Zhejiang',
    timeZone: 'Asia/Shanghai',
    latitude: 28.6561,
    longitude: 121.4208,
    // A round figure for its three urban districts, only to rank it among places of the same name: it is the
    // larger of the two Taizhous (the data gives Jiangsu's 612,356).
    population: 1_000_000,
  },
];

/**
 * Chinese names of cities abroad that CLDR's exemplar cities (chinese-city-names-abroad.json) lack, because no time
 * zone is named after them, for the cities delegations in the seeds travel to; keyed as `name|country|province`
 * in the data. `zh` is the name in Chinese, `searched` other names people search by. Hong Kong's Chinese name is
 * its own name in its own script, so it is also the place's local name.
 */
export const CHINESE_NAMES_ABROAD: Readonly<Record<string, { local?: string; zh?: string; searched?: readonly string[] }>> = {
  'Hong Kong|HK|': { local: '香港' },
  'Liverpool|GB|Merseyside': { zh: '利物浦' },
  'San Francisco|US|California': { zh: '旧金山', searched: ['三藩市'] },
  'Boston|US|Massachusetts': { zh: '波士顿' },
  'Seattle|US|Washington': { zh: '西雅图' },
  'Tel Aviv-Yafo|IL|Tel Aviv': { zh: '特拉维夫' },
  'Nice|FR|Provence-Alpes-Côte-d\'Azur': { zh: '尼斯' },
  'Barcelona|ES|Cataluña': { zh: '巴塞罗那' },
};

/** The shipped places with the ones the data lacks and the Chinese names of cities abroad CLDR lacks. */
export function withPlacesTheDataLacks(places: readonly Place[]): Place[] {
  return [
    ...places.map((place) => {
      const names = CHINESE_NAMES_ABROAD[`${place.name}|${place.country}|${place.province}`];
      if (!names) return place;
      return {
        ...place,
        nameLocal: names.local ?? place.nameLocal,
        nameZh: names.zh ?? names.local ?? place.nameZh,
        ...(names.searched ? { otherNames: names.searched } : {}),
      };
    }),
    ...PLACES_THE_DATA_LACKS,
  ];
}
