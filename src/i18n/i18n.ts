/**
 * One i18next instance per window (and one per test that reads words): the catalogues are bundled, so it is
 * ready the moment it is made, before the first paint.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { catalogues, DEFAULT_NAMESPACE, LANGUAGES, NAMESPACES, type Language } from './catalogues';
import { formatNumber } from './format';

export interface I18nOptions {
  /** A language the interface speaks, or the person's preferred tags ('zh-TW', 'en-US') to choose from. */
  language: Language | readonly string[];
  /**
   * Strict: a key without words in the language is reported, not filled from English. Tests and the e2e runs
   * use it; a person's app falls back to English rather than show a key.
   */
  strict?: boolean;
  /** Called with each key that has no words in the language (in strict mode, including Chinese keys English has). */
  onMissingKey?: (language: string, key: string) => void;
}

export function createI18n({ language, strict = false, onMissingKey }: I18nOptions): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: typeof language === 'string' ? language : undefined,
    resources: catalogues,
    ns: NAMESPACES,
    defaultNS: DEFAULT_NAMESPACE,
    supportedLngs: [...LANGUAGES],
    // 'zh-TW' and 'zh' read as 'zh-CN' (the one Chinese the catalogues have), 'en-US' as 'en'.
    nonExplicitSupportedLngs: false,
    load: 'currentOnly',
    fallbackLng: strict ? false : 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    returnEmptyString: false,
    initAsync: false,
    saveMissing: onMissingKey !== undefined,
    missingKeyHandler: (languages, namespace, key) => onMissingKey?.(languages.join(','), `${namespace}:${key}`),
  });
  // `{{count, number}}`: the reader's digit grouping ("2,000 people"); a value that is not a number (a count
  // already written out) is left as it is rather than read as NaN.
  instance.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
    typeof value === 'number' ? formatNumber(value, isLanguage(lng) ? lng : 'en') : String(value),
  );
  if (typeof language !== 'string') void instance.changeLanguage(languageFor(language));
  return instance;
}

/** The interface language for a person's preferred languages, best first: Chinese of any kind, else English. */
export function languageFor(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
  }
  return 'en';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The instance's language as one the catalogues have. */
export function languageOf(instance: I18n): Language {
  const current = instance.resolvedLanguage ?? instance.language;
  return isLanguage(current) ? current : 'en';
}
