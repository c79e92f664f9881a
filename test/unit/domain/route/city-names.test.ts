/** A city of the route in the reader's language: its Chinese name from its local script or the gazetteer. */
import { describe, expect, it } from 'vitest';
import { chineseCityName, homeClockPlace, placeOf, zonePlace } from '../../../../src/domain/route/city-names';
import { message } from '../../../../src/domain/shared/message';
import { inChinese, inEnglish } from '../../../builders/words';
import { localeOf } from '../../../../src/i18n/locale';
import { testI18n } from '../../../builders/words';

const city = (name: string, country: string, nameLocal = '') => ({ name, country, nameLocal });

describe('a city’s name in Chinese', () => {
  it('is its local name in China, and the gazetteer’s name abroad, whenever the city was planned', () => {
    expect(chineseCityName(city('Qingdao', 'CN', '青岛'))).toBe('青岛');
    expect(chineseCityName(city('London', 'GB'))).toBe('伦敦');
    expect(chineseCityName(city('Toronto', 'CA'))).toBe('多伦多');
    expect(chineseCityName(city('San Francisco', 'US'))).toBe('旧金山');
    expect(chineseCityName(city('Boston', 'US'))).toBe('波士顿');
    expect(chineseCityName(city('Tel Aviv-Yafo', 'IL'))).toBe('特拉维夫');
    expect(chineseCityName(city('Liverpool', 'GB'))).toBe('利物浦');
    expect(chineseCityName(city('Shenzhen', 'CN'))).toBe('深圳');
    // London, Ontario is not 伦敦: a name is looked up within its country.
    expect(chineseCityName(city('London', 'CA'))).toBeNull();
    expect(chineseCityName(city('Middlesbrough', 'GB'))).toBeNull();
  });

  it('is what a Chinese reader reads in sentences and on screens, with the other name beside it', () => {
    const said = message('checks:finding.outsideCityDates', {
      title: '签约仪式',
      day: { date: '2017-11-08' },
      city: placeOf(city('Boston', 'US')),
      from: { date: '2017-11-06' },
      to: { date: '2017-11-07' },
    });
    expect(inEnglish(said)).toContain('in Boston');
    expect(inChinese(said)).toContain('波士顿');
    expect(inChinese(said)).not.toContain('Boston');
    const chinese = localeOf(testI18n('zh-CN'), 'zh-CN');
    const english = localeOf(testI18n('en'), 'en');
    expect([chinese.city(city('London', 'GB')), chinese.cityBeside(city('London', 'GB'))]).toEqual(['伦敦', 'London']);
    expect([english.city(city('London', 'GB')), english.cityBeside(city('London', 'GB'))]).toEqual(['London', '伦敦']);
    expect([chinese.city(city('Tianjin', 'CN', '天津')), chinese.cityBeside(city('Tianjin', 'CN', '天津'))]).toEqual(['天津', 'Tianjin']);
    expect([chinese.city(city('Middlesbrough', 'GB')), chinese.cityBeside(city('Middlesbrough', 'GB'))]).toEqual(['Middlesbrough', '']);
  });
});

describe('the city a clock is named after', () => {
  it('names a zone by its city in both languages, whichever name of the zone the computer uses', () => {
    expect(zonePlace('America/Los_Angeles')).toEqual({ place: 'Los Angeles', chinese: '洛杉矶' });
    expect(zonePlace('Asia/Shanghai')).toEqual({ place: 'Shanghai', chinese: '上海' });
    expect(zonePlace('Asia/Kolkata')).toEqual({ place: 'Kolkata', chinese: '加尔各答' });
    expect(zonePlace('Asia/Calcutta')).toEqual({ place: 'Kolkata', chinese: '加尔各答' });
    expect(zonePlace('Europe/Kyiv').chinese).toBe('基辅');
  });

  it('calls a zone with no city by its own name', () => {
    expect(zonePlace('UTC')).toEqual({ place: 'UTC' });
  });

  it('names the home clock by the trip’s home city, so that Shenzhen is not called Shanghai', () => {
    const shenzhen = { name: 'Shenzhen', country: 'CN' };
    expect(homeClockPlace({ homeZone: 'Asia/Shanghai', home: shenzhen })).toEqual({ place: 'Shenzhen', chinese: '深圳' });
    expect(homeClockPlace({ homeZone: 'Asia/Shanghai', home: null })).toEqual({ place: 'Shanghai', chinese: '上海' });
    expect(inChinese(message('common:placeName', { name: homeClockPlace({ homeZone: 'Europe/London', home: null }) }))).toBe('伦敦');
  });
});
