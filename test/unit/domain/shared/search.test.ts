import { describe, expect, it } from 'vitest';
import { matchesSearch, searchForm, searchMatcher } from '../../../../src/domain/shared/search';
import { compareByFamilyName, inFamilyNameOrder } from '../../../../src/domain/people/name-order';
import { personMatches } from '../../../../src/domain/people/person-rules';
import { organisationMatches, NO_DIRECTORY_FILTERS } from '../../../../src/domain/directory/organisation';
import { compareText } from '../../../../src/i18n/format';

describe('searching names in Chinese and pinyin', () => {
  it.each(['qingdao', 'Qingdao', 'QINGDAO', '青岛', '青', 'qing dao', 'qd', 'Qīngdǎo'])(
    '"%s" finds 青岛',
    (query) => {
      expect(matchesSearch(query, ['青岛'])).toBe(true);
    },
  );

  it('finds the same city by its English name, its Chinese name or its pinyin', () => {
    const city = ['Qingdao', '青岛'];
    for (const query of ['qingdao', 'Qingdao', '青岛']) expect(matchesSearch(query, city)).toBe(true);
  });

  it('does not find a name by letters its pinyin does not have', () => {
    expect(matchesSearch('beijing', ['青岛'])).toBe(false);
    expect(matchesSearch('qx', ['青岛'])).toBe(false);
  });

  it('needs every word of the query, each in any of the texts', () => {
    expect(matchesSearch('zhang shenzhen', ['张伟', '深圳市科技创新委员会'])).toBe(true);
    expect(matchesSearch('zhang tianjin', ['张伟', '深圳市科技创新委员会'])).toBe(false);
  });

  it('reads a family name as a surname: 曾 is zeng, 单 is shan', () => {
    expect(matchesSearch('zeng', ['曾文'])).toBe(true);
    expect(matchesSearch('shan', ['单雪'])).toBe(true);
  });

  it('reads words as words: 重庆 is chongqing, 长沙 is changsha', () => {
    expect(matchesSearch('chongqing', ['重庆'])).toBe(true);
    expect(matchesSearch('changsha', ['长沙'])).toBe(true);
  });

  it('keeps Latin text folded as before: case, accents and full-width letters aside', () => {
    expect(matchesSearch('zurich', ['Zürich'])).toBe(true);
    expect(matchesSearch('abc', ['ＡＢＣ Ltd'])).toBe(true);
    expect(searchForm('Sensor City')).toBe('sensor city');
  });

  it('a blank query matches everything', () => {
    expect(matchesSearch('  ', ['anything'])).toBe(true);
  });

  it('finds a person and an organisation by pinyin', () => {
    const person = { name: 'Zhang Wei', nameLocal: '张伟', email: '', organisationName: '深圳湾创新中心' };
    expect(personMatches(person as never, 'shenzhen')).toBe(true);
    expect(personMatches(person as never, '张伟')).toBe(true);
    const organisation = {
      name: 'Shenzhen Bay Innovation Centre',
      nameLocal: '深圳湾创新中心',
      sector: '',
      city: '深圳',
      tags: [],
      archived: false,
      type: 'other',
      country: 'CN',
    };
    expect(organisationMatches(organisation as never, 'szw', NO_DIRECTORY_FILTERS)).toBe(true);
    expect(organisationMatches(organisation as never, 'chuangxin', NO_DIRECTORY_FILTERS)).toBe(true);
  });

  it('turns 20,000 names into pinyin once: searching them again takes a fraction of that', () => {
    const names = Array.from({ length: 20_000 }, (_, index) => `深圳交流活动第${index}场`);
    let started = performance.now();
    for (const name of names) searchForm(name);
    const converting = performance.now() - started;
    started = performance.now();
    const matches = searchMatcher('shenzhen 9999');
    const found = names.filter((name) => matches([name]));
    const searching = performance.now() - started;
    expect(found).toEqual(['深圳交流活动第9999场', '深圳交流活动第19999场']);
    expect(searching).toBeLessThan(converting / 2);
    // Converting 20,000 names takes a second or two; a busy machine gets time to spare.
  }, 60_000);
});

describe('names in the reader’s order', () => {
  const names = ['王芳', '陈静', 'Anderson', '张伟', '李娜'];

  it('sorts Chinese names by pinyin in a Chinese list', () => {
    const ordered = inFamilyNameOrder(names, (name) => name, compareText('zh-CN'));
    const chinese = ordered.filter((name) => /\p{Script=Han}/u.test(name));
    expect(chinese).toEqual(['陈静', '李娜', '王芳', '张伟']);
  });

  it('compares by family name with the comparison it is given', () => {
    expect(compareByFamilyName('陈静', '王芳', compareText('zh-CN'))).toBeLessThan(0);
    expect(compareByFamilyName('Councillor Phil Davies', 'Joe Anderson')).toBeGreaterThan(0);
  });
});
