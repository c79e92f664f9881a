/**
 * The suite runs on computers set to English and to Chinese (`npm run test:unit` runs it under LANG=zh_CN too):
 * nothing the app writes may follow the computer's language instead of the one chosen in the app. This test
 * says which run this is, so that the Chinese run cannot silently be an English one.
 */
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/i18n/format';
import { inChinese, inEnglish } from '../../builders/words';
import { message } from '../../../src/domain/shared/message';

const computerLanguage = new Intl.DateTimeFormat().resolvedOptions().locale;
const chineseComputer = (process.env.LC_ALL ?? process.env.LANG ?? '').startsWith('zh');

describe(`on a computer whose language is ${computerLanguage}`, () => {
  it('the computer has the language the run asked for', () => {
    if (chineseComputer) expect(computerLanguage).toMatch(/^zh/);
    else expect(computerLanguage).not.toMatch(/^zh/);
  });

  it('English days and sentences stay English, Chinese ones Chinese, whatever the computer speaks', () => {
    expect(formatDay('2016-11-12', 'en')).toBe('Sat 12 Nov');
    expect(formatDay('2016-11-12', 'zh-CN')).toBe('11月12日 周六');
    expect(inEnglish(message('common:count.people', { count: 2000 }))).toBe('2,000 people');
    expect(inChinese(message('common:count.people', { count: 2000 }))).toBe('2,000人');
    // A count already written out is left as it is, never read as a number again ("NaN people").
    expect(inEnglish(message('backups:count.trips', { count: 2000, n: '2,000' }))).toBe('2,000 trips');
  });
});
