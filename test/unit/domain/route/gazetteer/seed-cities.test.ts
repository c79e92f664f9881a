/**
 * Every city the seed articles (the news stories the product comes from, /work/shared/seeds) name, found by its
 * English name and by its Chinese name. Not cities, so not here: Wirral and Merseyside (a borough and a county
 * around Liverpool), Sophia Antipolis, Zhangjiang and Taizhou Bay New Area (a technology park and districts),
 * Silicon Valley, and "Evelyn", which the Shenzhen article lists among its seven centres but names no city we
 * could identify.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../../../src/domain/route/gazetteer/load';

/** English name as the articles write it, Chinese name, and the place it must be. */
const SEED_CITIES: readonly [english: string, chinese: string, country: string, province: string][] = [
  // Sensor City and the Liverpool City Region delegation.
  ['Liverpool', '利物浦', 'GB', 'Merseyside'],
  ['Tianjin', '天津', 'CN', 'Tianjin'],
  ['Beijing', '北京', 'CN', 'Beijing'],
  ['Kunming', '昆明', 'CN', 'Yunnan'],
  ['Chongqing', '重庆', 'CN', 'Chongqing'],
  ['Qingdao', '青岛', 'CN', 'Shandong'],
  ['Shanghai', '上海', 'CN', 'Shanghai'],
  ['Hong Kong', '香港', 'HK', ''],
  ['Chengdu', '成都', 'CN', 'Sichuan'],
  // Shenzhen's overseas innovation centres.
  ['Shenzhen', '深圳', 'CN', 'Guangdong'],
  ['San Francisco', '旧金山', 'US', 'California'],
  ['Boston', '波士顿', 'US', 'Massachusetts'],
  ['Seattle', '西雅图', 'US', 'Washington'],
  ['London', '伦敦', 'GB', 'Westminster'],
  ['Tel Aviv', '特拉维夫', 'IL', 'Tel Aviv'],
  ['Toronto', '多伦多', 'CA', 'Ontario'],
  // The China-UK innovation centre.
  ['Taizhou', '台州', 'CN', 'Zhejiang'],
  // Chengdu's partnership of technology parks.
  ['Nice', '尼斯', 'FR', "Provence-Alpes-Côte-d'Azur"],
  ['Barcelona', '巴塞罗那', 'ES', 'Cataluña'],
  ["Xi'an", '西安', 'CN', 'Shaanxi'],
];

describe('the cities the seed articles name', () => {
  // The shipped gazetteer is a large chunk of data: read it once, with time to spare on a busy machine.
  beforeAll(async () => {
    await loadGazetteer();
  }, 30_000);

  it.each(SEED_CITIES)('finds %s by its English name and as %s', async (english, chinese, country, province) => {
    const gazetteer = await loadGazetteer();
    const isIt = (place: { country: string; province: string }) => place.country === country && place.province === province;
    expect(gazetteer.search(english, 8).some(isIt), english).toBe(true);
    expect(gazetteer.search(chinese, 8).filter(isIt), chinese).toHaveLength(1);
    expect(gazetteer.search(chinese, 8)[0], `${chinese} first`).toMatchObject({ country, province });
    expect(gazetteer.search(english, 8).find(isIt)?.nameZh, `${english} in Chinese`).toBe(chinese);
  });

  it('names cities abroad in Chinese without making Chinese their local name: 伦敦 is London, written in Latin', async () => {
    const gazetteer = await loadGazetteer();
    for (const [english, chinese] of [
      ['San Francisco', '旧金山'],
      ['Boston', '波士顿'],
      ['London', '伦敦'],
      ['Toronto', '多伦多'],
      ['Tel Aviv', '特拉维夫'],
    ] as const) {
      expect(gazetteer.search(english, 1)[0]).toMatchObject({ nameZh: chinese, nameLocal: '' });
    }
  });

  it('finds both Taizhous by their name, told apart by province, and each by its own Chinese name', async () => {
    const gazetteer = await loadGazetteer();
    const taizhous = gazetteer.search('Taizhou', 8).filter((place) => place.name === 'Taizhou');
    expect(taizhous.map((place) => `${place.nameLocal} ${place.province}`).sort()).toEqual(['台州 Zhejiang', '泰州 Jiangsu']);
    expect(gazetteer.search('台州')[0]).toMatchObject({ name: 'Taizhou', province: 'Zhejiang', timeZone: 'Asia/Shanghai' });
    expect(gazetteer.search('泰州')[0]).toMatchObject({ name: 'Taizhou', province: 'Jiangsu' });
    expect(gazetteer.search('Taizhou, Zhejiang')).toEqual([expect.objectContaining({ nameLocal: '台州' })]);
    expect(gazetteer.search('Taizhou, Jiangsu')).toEqual([expect.objectContaining({ nameLocal: '泰州' })]);
  });

  it('puts Zhejiang’s Taizhou where it is, on the coast south of Ningbo', async () => {
    const [taizhou] = (await loadGazetteer()).search('台州');
    expect(taizhou?.latitude).toBeCloseTo(28.7, 0);
    expect(taizhou?.longitude).toBeCloseTo(121.4, 0);
  });
});
