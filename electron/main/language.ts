/**
 * The language of the desktop shell's own words (the application menu, the native dialogs' titles): the
 * interface's catalogues (src/i18n, the one part of the renderer's code main may import), in the operating
 * system's language on first run and, once the page has started, in the language the page shows.
 */
import type { i18n as I18n } from 'i18next';
import type { Language } from '../../src/i18n/catalogues';
import { createI18n, isLanguage } from '../../src/i18n/i18n';
import type { SetLanguageResult } from '../shared/ipc-contract';

/** Main's words, in the first of the system's preferred languages the interface speaks (else English). */
export function createMainI18n(systemLanguages: readonly string[]): I18n {
  return createI18n({ language: systemLanguages });
}

/**
 * The page says which language it shows: a language the interface speaks is applied, anything else refused
 * unread (the argument comes from the page, so it is checked before it is used), in `words`' language.
 */
export function setLanguage(requested: unknown, apply: (language: Language) => void, words: I18n): SetLanguageResult {
  if (!isLanguage(requested)) return { status: 'refused', message: words.t('files:platform.languageRefused') };
  apply(requested);
  return { status: 'set' };
}
