import { describe, expect, it } from 'vitest';
import { createMainI18n, setLanguage } from '../../../electron/main/language';
import type { Language } from '../../../src/i18n/catalogues';

describe('the desktop shell\'s language', () => {
  it('starts in the operating system\'s language when the interface speaks it', () => {
    expect(createMainI18n(['zh-Hans-CN', 'en-GB']).language).toBe('zh-CN');
    expect(createMainI18n(['en-US']).language).toBe('en');
    expect(createMainI18n(['de-DE', 'zh-CN']).language).toBe('zh-CN');
  });

  it('starts in English when the system names no language the interface speaks', () => {
    expect(createMainI18n(['fr-FR', 'de-DE']).language).toBe('en');
    expect(createMainI18n([]).language).toBe('en');
  });

  it('follows the page: its words change with the language the page says it shows', () => {
    const i18n = createMainI18n(['en-GB']);
    expect(setLanguage('zh-CN', (language) => void i18n.changeLanguage(language), i18n)).toEqual({ status: 'set' });
    expect(i18n.t('menu:file')).toBe('文件');
  });

  it.each<unknown>(['fr', 'zh', 'ZH-CN', '', null, 42, { language: 'en' }, ['en']])(
    'refuses %j, unapplied',
    (requested) => {
      const applied: Language[] = [];
      expect(setLanguage(requested, (language) => applied.push(language), createMainI18n(['en']))).toEqual({
        status: 'refused',
        message: expect.stringMatching(/^Refused/),
      });
      expect(applied).toEqual([]);
    },
  );
});
