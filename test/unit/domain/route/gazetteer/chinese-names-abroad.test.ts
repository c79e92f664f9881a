/**
 * The Chinese names of cities abroad that scripts/gazetteer/build-chinese-names-abroad.mjs takes from CLDR's
 * exemplar cities: the shipped file has the cities delegations go to, each joined to the right place.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import namesAbroad from '../../../../../src/domain/route/gazetteer/chinese-city-names-abroad.json';
import { loadGazetteer } from '../../../../../src/domain/route/gazetteer/load';

describe('Chinese names of cities abroad, from CLDR', () => {
  // The shipped gazetteer is a large chunk of data: read it once, with time to spare on a busy machine.
  beforeAll(async () => {
    await loadGazetteer();
  }, 30_000);

  it.each([
    ['London|GB|Westminster', '伦敦'],
    ['Toronto|CA|Ontario', '多伦多'],
    ['New York|US|New York', '纽约'],
    ['Los Angeles|US|California', '洛杉矶'],
    ['Vancouver|CA|British Columbia', '温哥华'],
    ['Jerusalem|IL|Jerusalem', '耶路撒冷'],
    ['Tokyo|JP|Tokyo', '东京'],
    ['Hong Kong|HK|', '香港'],
  ])('names %s %s', (key, chinese) => {
    expect((namesAbroad as Record<string, string>)[key]).toBe(chinese);
  });

  it('holds some hundreds of cities, none of them in mainland China', () => {
    const keys = Object.keys(namesAbroad);
    expect(keys.length).toBeGreaterThan(200);
    expect(keys.filter((key) => key.split('|')[1] === 'CN')).toEqual([]);
  });

  it('gives the name to the zone’s own city, not another of that name: London, Ontario has none', async () => {
    const gazetteer = await loadGazetteer();
    const londons = gazetteer.search('London', 8).filter((place) => place.name === 'London');
    expect(londons.find((place) => place.country === 'GB')?.nameZh).toBe('伦敦');
    expect(londons.find((place) => place.country === 'CA')?.nameZh).toBe('');
  });

  it('finds a city abroad by its Chinese name', async () => {
    const gazetteer = await loadGazetteer();
    expect(gazetteer.search('温哥华')[0]).toMatchObject({ name: 'Vancouver', country: 'CA' });
  });
});
