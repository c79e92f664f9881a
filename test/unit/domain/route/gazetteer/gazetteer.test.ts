import cityMap from 'city-timezones/data/cityMap.json';
import { describe, expect, it } from 'vitest';
import { createGazetteer, type Place } from '../../../../../src/domain/route/gazetteer/gazetteer';
import chineseCityNames from '../../../../../src/domain/route/gazetteer/chinese-city-names.json';
import { loadGazetteer, placeFromCityTimezones, placesFromCityTimezones } from '../../../../../src/domain/route/gazetteer/load';
import { PLACES_THE_DATA_LACKS } from '../../../../../src/domain/route/gazetteer/places-the-data-lacks';
import { isValidTimeZone } from '../../../../../src/domain/shared/time';

/** A place for tests of ranking rules; the shipped data is used everywhere else. */
function aPlace(name: string, overrides: Partial<Place> = {}): Place {
  return {
    name,
    nameLocal: '',
    nameZh: '',
    country: 'GB',
    countryName: 'United Kingdom',
    province: '',
    timeZone: 'Europe/London',
    latitude: 51.5,
    longitude: -0.1,
    population: 1000,
    ...overrides,
  };
}

const describePlace = (place: Place) => `${place.name}, ${place.province}, ${place.country}`;

describe('the shipped gazetteer', () => {
  it('finds Tianjin in China on Beijing time, with its Chinese name and where it is', async () => {
    const [tianjin] = (await loadGazetteer()).search('Tianjin');
    expect(tianjin).toMatchObject({ name: 'Tianjin', nameLocal: '天津', country: 'CN', timeZone: 'Asia/Shanghai' });
    expect(tianjin?.latitude).toBeCloseTo(39.1, 0);
    expect(tianjin?.longitude).toBeCloseTo(117.2, 0);
  });

  it('gives Kunming the zone Asia/Shanghai, not the legacy name Asia/Chongqing the data uses', async () => {
    const [kunming] = (await loadGazetteer()).search('Kunming');
    expect(kunming).toMatchObject({ name: 'Kunming', nameLocal: '昆明', timeZone: 'Asia/Shanghai' });
  });

  it('finds London in Britain before London, Ontario', async () => {
    const results = (await loadGazetteer()).search('London');
    expect(results[0]).toMatchObject({ name: 'London', country: 'GB', timeZone: 'Europe/London' });
    expect(results.map(describePlace)).toContain('London, Ontario, CA');
  });

  it('finds both Liverpools, the more populous British one first', async () => {
    const results = (await loadGazetteer()).search('liverpool');
    expect(results[0]).toMatchObject({ name: 'Liverpool', country: 'GB' });
    expect(results.filter((place) => place.name === 'Liverpool').map((place) => place.country)).toEqual(['GB', 'CA']);
  });

  it('ignores accents, whichever side has them', async () => {
    const gazetteer = await loadGazetteer();
    expect(gazetteer.search('zurich')[0]).toMatchObject({ name: 'Zürich', country: 'CH', timeZone: 'Europe/Zurich' });
    expect(gazetteer.search('ZÜRICH')[0]?.name).toBe('Zürich');
    expect(gazetteer.search('sao paulo')[0]).toMatchObject({ country: 'BR', timeZone: 'America/Sao_Paulo' });
    expect(gazetteer.search('São Paulo')[0]).toMatchObject({ country: 'BR', timeZone: 'America/Sao_Paulo' });
    expect(gazetteer.search('montreal')[0]?.name).toBe('Montréal');
  });

  it('finds Xi’an however the apostrophe is typed', async () => {
    const gazetteer = await loadGazetteer();
    for (const query of ['Xian', "Xi'an", 'Xi’an']) {
      expect(gazetteer.search(query)[0], query).toMatchObject({ nameLocal: '西安', timeZone: 'Asia/Shanghai' });
    }
  });

  it('narrows "Taizhou, China" to the Chinese Taizhous, the larger (Zhejiang’s) first', async () => {
    const results = (await loadGazetteer()).search('Taizhou, China');
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]).toMatchObject({ name: 'Taizhou', nameLocal: '台州', province: 'Zhejiang', country: 'CN' });
    expect(results[1]).toMatchObject({ name: 'Taizhou', nameLocal: '泰州', province: 'Jiangsu', country: 'CN' });
    expect(results.every((place) => place.country === 'CN')).toBe(true);
  });

  it('narrows Portland by country code, country name or state', async () => {
    const gazetteer = await loadGazetteer();
    for (const query of ['Portland, US', 'Portland, United States', 'portland, usa']) {
      const results = gazetteer.search(query);
      expect(results.map(describePlace), query).toEqual(['Portland, Oregon, US', 'Portland, Maine, US']);
    }
    expect(gazetteer.search('Portland, Maine').map(describePlace)).toEqual(['Portland, Maine, US']);
    expect(gazetteer.search('Portland, Australia').map(describePlace)).toEqual(['Portland, Victoria, AU']);
    expect(gazetteer.search('London, UK')[0]).toMatchObject({ name: 'London', country: 'GB' });
  });

  it('finds Qingdao from the first letters of its name', async () => {
    const results = (await loadGazetteer()).search('Qing');
    expect(results.map((place) => place.name)).toContain('Qingdao');
    expect(results.every((place) => place.name.toLowerCase().startsWith('qing'))).toBe(true);
  });

  it('finds a city from the start of any word of its name', async () => {
    const results = (await loadGazetteer()).search('york');
    expect(results.map(describePlace)).toContain('New York, New York, US');
  });

  it('finds Tianjin from its Chinese name', async () => {
    const [tianjin] = (await loadGazetteer()).search('天津');
    expect(tianjin).toMatchObject({ name: 'Tianjin', country: 'CN' });
  });

  it('names the cities delegations visit most in Chinese', async () => {
    const gazetteer = await loadGazetteer();
    const expected = {
      Kunming: '昆明',
      Chongqing: '重庆',
      Tianjin: '天津',
      Beijing: '北京',
      Qingdao: '青岛',
      Shanghai: '上海',
      Chengdu: '成都',
      Shenzhen: '深圳',
      Guangzhou: '广州',
      Wuhan: '武汉',
      Hangzhou: '杭州',
      Nanjing: '南京',
      Harbin: '哈尔滨',
      Xining: '西宁',
    };
    for (const [name, local] of Object.entries(expected)) {
      expect(gazetteer.search(`${name}, CN`)[0], name).toMatchObject({ name, nameLocal: local });
    }
  });

  it('gives a Chinese name only to Chinese cities', async () => {
    const gazetteer = await loadGazetteer();
    expect(gazetteer.search('Taipei')[0]).toMatchObject({ country: 'TW', nameLocal: '' });
    expect(gazetteer.search('London')[0]?.nameLocal).toBe('');
  });

  it('finds nothing for nonsense, an empty query or punctuation alone', async () => {
    const gazetteer = await loadGazetteer();
    expect(gazetteer.search('xqzvbnmwq')).toEqual([]);
    expect(gazetteer.search('')).toEqual([]);
    expect(gazetteer.search('   ')).toEqual([]);
    expect(gazetteer.search(', China')).toEqual([]);
    expect(gazetteer.search("'-.")).toEqual([]);
  });

  it('returns ten places unless asked for another number', async () => {
    const gazetteer = await loadGazetteer();
    expect(gazetteer.search('san')).toHaveLength(10);
    expect(gazetteer.search('san', 3)).toHaveLength(3);
    expect(gazetteer.search('san', 0)).toEqual([]);
  });

  it('never lists a place twice, even where the data has a city twice', async () => {
    const gazetteer = await loadGazetteer();
    for (const query of ['a', 'san', 'bandar lampung', 'portland']) {
      const results = gazetteer.search(query, 500).map(describePlace);
      expect(new Set(results).size, query).toBe(results.length);
    }
    expect(gazetteer.search('Bandar Lampung', 10)).toHaveLength(1);
  });

  it('holds thousands of places, every one on a zone a meeting can be scheduled in', async () => {
    const places = placesFromCityTimezones(cityMap, chineseCityNames);
    expect(places.length).toBeGreaterThan(7000);
    // Bandar Lampung is listed twice; Zhejiang's Taizhou is added.
    expect((await loadGazetteer()).size).toBe(places.length - 1 + PLACES_THE_DATA_LACKS.length);
    const zones = [...new Set(places.map((place) => place.timeZone))];
    expect(zones.filter((zone) => !isValidTimeZone(zone))).toEqual([]);
    expect(zones.filter((zone) => ['Asia/Chongqing', 'Asia/Harbin', 'Asia/Kashgar'].includes(zone))).toEqual([]);
  });

  it('survives a hundred random searches', async ({ annotate }) => {
    const gazetteer = await loadGazetteer();
    const alphabet = "abcdefghijklmnopqrstuvwxyzéüøß天津上海 ,.'-";
    let seed = 20_270_301;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const started = performance.now();
    for (let i = 0; i < 100; i++) {
      const length = 1 + Math.floor(random() * 8);
      const query = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const results = gazetteer.search(query, 1 + Math.floor(random() * 20));
      expect(Array.isArray(results)).toBe(true);
    }
    const perSearch = (performance.now() - started) / 100;
    // Measured for the log only: a timing assertion would fail on a busy machine, not on slow code.
    await annotate(`${gazetteer.size} places, ${perSearch.toFixed(3)} ms a search`, 'timing');
  });

  it('loads once and shares the gazetteer', async () => {
    expect(await loadGazetteer()).toBe(await loadGazetteer());
  });
});

describe('gazetteer ranking', () => {
  it('puts an exact name before a more populous place whose name only starts with it', () => {
    const gazetteer = createGazetteer([
      aPlace('Yorkshire Town', { population: 5_000_000 }),
      aPlace('York', { population: 200_000 }),
    ]);
    expect(gazetteer.search('york').map((place) => place.name)).toEqual(['York', 'Yorkshire Town']);
  });

  it('orders places of the same name by population', () => {
    const gazetteer = createGazetteer([
      aPlace('Springfield', { country: 'US', province: 'Ohio', population: 60_000 }),
      aPlace('Springfield', { country: 'US', province: 'Illinois', population: 120_000 }),
    ]);
    expect(gazetteer.search('springfield').map((place) => place.province)).toEqual(['Illinois', 'Ohio']);
  });

  it('matches the start of words, not the middle of them', () => {
    const gazetteer = createGazetteer([aPlace('Hamburg'), aPlace('Bad Homburg')]);
    expect(gazetteer.search('burg')).toEqual([]);
    expect(gazetteer.search('homb').map((place) => place.name)).toEqual(['Bad Homburg']);
  });
});

describe('city-timezones records', () => {
  const record = {
    city: 'Kunming',
    city_ascii: 'Kunming',
    lat: 25.07,
    lng: 102.68,
    pop: 1_977_337.5,
    country: 'China',
    iso2: 'CN',
    province: 'Yunnan',
    timezone: 'Asia/Chongqing',
  };

  it('become places on the canonical zone, with the joined Chinese name', () => {
    expect(placeFromCityTimezones(record, { 'Kunming|Yunnan': '昆明' })).toEqual({
      name: 'Kunming',
      nameLocal: '昆明',
      nameZh: '昆明',
      country: 'CN',
      countryName: 'China',
      province: 'Yunnan',
      timeZone: 'Asia/Shanghai',
      latitude: 25.07,
      longitude: 102.68,
      population: 1_977_338,
    });
  });

  it('take a city abroad’s Chinese name from the names abroad, leaving its local name empty', () => {
    const london = { ...record, city: 'London', city_ascii: 'London', iso2: 'GB', country: 'United Kingdom', province: 'Westminster', timezone: 'Europe/London' };
    expect(placeFromCityTimezones(london, {}, { 'London|GB|Westminster': '伦敦' })).toMatchObject({
      name: 'London',
      nameLocal: '',
      nameZh: '伦敦',
    });
  });

  it('are left out when they have no zone or no country', () => {
    expect(placeFromCityTimezones({ ...record, timezone: null }, {})).toBeNull();
    expect(placeFromCityTimezones({ ...record, timezone: 'UTC+8' }, {})).toBeNull();
    expect(placeFromCityTimezones({ ...record, iso2: -99, country: 'Atlantis' }, {})).toBeNull();
  });

  it('give Kosovo the code XK, which Natural Earth leaves out', () => {
    const pristina = { ...record, city: 'Pristina', iso2: -99, country: 'Kosovo', timezone: 'Europe/Belgrade' };
    expect(placeFromCityTimezones(pristina, {})).toMatchObject({ country: 'XK', countryName: 'Kosovo' });
  });
});
