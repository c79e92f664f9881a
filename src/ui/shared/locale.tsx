/**
 * The interface's language: chosen once from the operating system's languages, switched in Settings without a
 * restart, and remembered on this computer. `useLocale` gives every screen the reader's ways with words:
 * messages from the domain, days, numbers, lists and the order names sort in.
 */
import type { i18n as I18n } from 'i18next';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../i18n/catalogues';
import { createI18n, isLanguage, languageFor, languageOf } from '../../i18n/i18n';
import { localeOf, type Locale } from '../../i18n/locale';

export type { Locale };
import { usePlatform } from './context';

/** Where this computer remembers the language a person chose. Persisted: do not rename. */
export const LANGUAGE_STORAGE_KEY = 'delegation-planner:language';
/** Set by the e2e tests: keys without words are reported (console error), not filled from English. */
export const STRICT_LANGUAGE_KEY = 'delegation-planner:strict-catalogues';

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The language to start in: the one chosen here before, else the operating system's (through the browser's). */
export function startingLanguage(): Language {
  const remembered = readStorage(LANGUAGE_STORAGE_KEY);
  if (isLanguage(remembered)) return remembered;
  return languageFor(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/** The window's i18next instance, in the starting language. */
export function createWindowI18n(): I18n {
  const strict = readStorage(STRICT_LANGUAGE_KEY) === '1';
  return createI18n({
    language: startingLanguage(),
    strict,
    onMissingKey: strict ? (language, key) => console.error(`Missing catalogue words: ${language} ${key}`) : undefined,
  });
}

interface LanguageChoice {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageChoice | null>(null);
const LocaleContext = createContext<Locale | null>(null);

export function LanguageProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  const platform = usePlatform();
  const [language, setCurrent] = useState<Language>(() => languageOf(i18n));
  useEffect(() => {
    document.documentElement.lang = language;
    platform.setLanguage(language);
  }, [language, platform]);
  const setLanguage = useCallback(
    (next: Language) => {
      try {
        localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
      } catch {
        // Not remembered (storage refused); the switch still happens.
      }
      void i18n.changeLanguage(next);
      setCurrent(next);
    },
    [i18n],
  );
  const choice = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  // One Locale for the whole window, made again only when the language changes: a list of hundreds of rows
  // each asking for it must not each build one (and its collator and formatters).
  const locale = useMemo(() => localeOf(i18n, language), [i18n, language]);
  return (
    <I18nextProvider i18n={i18n}>
      <LanguageContext value={choice}>
        <LocaleContext value={locale}>{children}</LocaleContext>
      </LanguageContext>
    </I18nextProvider>
  );
}

export function useLanguage(): LanguageChoice {
  const choice = use(LanguageContext);
  if (!choice) throw new Error('useLanguage needs a LanguageProvider.');
  return choice;
}

/** The reader's ways with words, for the current language; the same object until the language changes. */
export function useLocale(): Locale {
  const locale = use(LocaleContext);
  if (!locale) throw new Error('useLocale needs a LanguageProvider.');
  return locale;
}
