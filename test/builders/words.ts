/**
 * Words for tests: a domain message read in English or Chinese through the real catalogues, strictly (a key
 * without words in that language throws, rather than showing the key or falling back to English).
 */
import type { i18n as I18n } from 'i18next';
import type { Message } from '../../src/domain/shared/message';
import type { Language } from '../../src/i18n/catalogues';
import { createI18n } from '../../src/i18n/i18n';
import { wordMessage } from '../../src/i18n/words';

const instances = new Map<Language, I18n>();

export function testI18n(language: Language): I18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = createI18n({
      language,
      strict: true,
      onMissingKey: (lng, key) => {
        throw new Error(`No ${lng} words for ${key}`);
      },
    });
    instances.set(language, instance);
  }
  return instance;
}

/** A message (or plain text) as an English reader sees it. */
export function inEnglish(said: Message | string): string {
  return wordMessage(testI18n('en').getFixedT('en'), 'en', said);
}

/** A message (or plain text) as a Chinese reader sees it. */
export function inChinese(said: Message | string): string {
  return wordMessage(testI18n('zh-CN').getFixedT('zh-CN'), 'zh-CN', said);
}

/** Every message of a record of them (field errors) in English, by field. */
export function allInEnglish<K extends string>(messages: Partial<Record<K, Message | string>>): Partial<Record<K, string>> {
  return Object.fromEntries(
    Object.entries(messages).map(([field, said]) => [field, inEnglish(said as Message | string)]),
  ) as Partial<Record<K, string>>;
}
