/** Messages put into each language's words: facts written the reader's way, plurals by the reader's rules. */
import { describe, expect, it } from 'vitest';
import { day, listOf, message } from '../../../src/domain/shared/message';
import { formatDay, formatDateRange, formatDateWithYear, formatList, compareText } from '../../../src/i18n/format';
import { createI18n, languageFor } from '../../../src/i18n/i18n';
import { inChinese, inEnglish } from '../../builders/words';

describe('words for messages', () => {
  it('fill a sentence with counts by each language’s plural rules', () => {
    expect(inEnglish(message('common:count.people', { count: 1 }))).toBe('1 person');
    expect(inEnglish(message('common:count.people', { count: 17 }))).toBe('17 people');
    expect(inChinese(message('common:count.people', { count: 17 }))).toBe('17人');
  });

  it('write days, lists and inner messages the reader’s way', () => {
    expect(formatDay('2026-03-13', 'en')).toBe('Fri 13 Mar');
    expect(formatDay('2026-03-13', 'zh-CN')).toBe('3月13日 周五');
    expect(formatList(['Kunming', 'Tianjin', 'Beijing'], 'en')).toBe('Kunming, Tianjin and Beijing');
    expect(formatList(['昆明', '天津', '北京'], 'zh-CN')).toBe('昆明、天津和北京');
    expect(formatDateRange('2026-11-12', '2026-11-18', 'en')).toMatch(/^12\s?–\s?18 Nov 2026$/);
    expect(formatDateRange('2026-11-12', '2026-11-18', 'zh-CN')).toBe('2026年11月12日至18日');
    expect(inEnglish(message('common:time.homeTime', { time: '09:00' }))).toBe('09:00 home time');
    expect(inChinese(message('common:duration.hoursMinutes', { hours: 2, minutes: 15 }))).toBe('2小时15分钟');
    const journey = message('common:time.homeTime', { time: listOf(['09:00', day('2026-03-13')]) });
    expect(inEnglish(journey)).toBe('09:00 and Fri 13 Mar home time');
    expect(inChinese(journey)).toBe('出发地时间09:00和3月13日 周五');
  });

  it('write September "Sep" in English, as the other months, whatever the runtime’s Intl data says', () => {
    expect(formatDay('2026-09-12', 'en')).toBe('Sat 12 Sep');
    expect(formatDateWithYear('2027-09-14', 'en')).toBe('14 Sep 2027');
    expect(formatDateRange('2026-09-28', '2026-10-02', 'en')).toBe('28 Sep – 2 Oct 2026');
    expect(formatDateRange('2026-09-08', '2026-09-09', 'en')).toBe('8–9 Sep 2026');
    expect(formatDay('2026-09-12', 'zh-CN')).toBe('9月12日 周六');
  });

  it('sort Chinese names by pinyin, and English ones alphabetically', () => {
    expect(['王伟', '陈静', '李娜', '张敏'].sort(compareText('zh-CN'))).toEqual(['陈静', '李娜', '王伟', '张敏']);
    expect(['Qingdao', 'beijing', 'Tianjin'].sort(compareText('en'))).toEqual(['beijing', 'Qingdao', 'Tianjin']);
  });

  it('start in the language the person prefers: any Chinese as Simplified Chinese, else English', () => {
    expect(languageFor(['zh-TW', 'en-US'])).toBe('zh-CN');
    expect(languageFor(['zh'])).toBe('zh-CN');
    expect(languageFor(['en-US', 'zh-CN'])).toBe('en');
    expect(languageFor(['fr-FR'])).toBe('en');
    expect(createI18n({ language: ['zh-HK'] }).language).toBe('zh-CN');
  });

  it('fall back to English words for a key the Chinese catalogue lacks, except when strict', () => {
    const missing: string[] = [];
    const strict = createI18n({ language: 'zh-CN', strict: true, onMissingKey: (_language, key) => missing.push(key) });
    const lenient = createI18n({ language: 'zh-CN' });
    const t = (instance: typeof strict, key: string) => (instance.t as (key: string) => string)(key);
    expect(t(lenient, 'common:no.such.key')).toBe('no.such.key');
    t(strict, 'common:no.such.key');
    expect(missing).toEqual(['common:no.such.key']);
  });
});
