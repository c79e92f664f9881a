/**
 * Findings in the reader's words. A finding's message is worded once per language and kept with it, so a
 * search that reads thousands of findings words each only once, and a list re-rendered words none again.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Finding } from '../../domain/checks/finding';
import { checkRuleKey } from '../../domain/checks/finding-wording';
import type { CheckRule } from '../../domain/checks/finding';
import type { Message } from '../../domain/shared/message';
import type { Language } from '../../i18n/catalogues';
import { useLocale, type Locale } from '../shared/locale';

const worded = new Map<Language, WeakMap<Message, string>>();

/** A finding's message in `locale`'s words, worded on first asking. */
export function wordFinding(locale: Locale, finding: Finding): string {
  let cache = worded.get(locale.language);
  if (!cache) {
    cache = new WeakMap();
    worded.set(locale.language, cache);
  }
  const said = finding.message;
  let words = cache.get(said);
  if (words === undefined) {
    words = locale.word(said);
    cache.set(said, words);
  }
  return words;
}

/** What a rule is called: "Double booking", "时间冲突". */
export function ruleName(t: TFunction<'checks'>, rule: CheckRule): string {
  return t(checkRuleKey(rule));
}

/** Words findings in the current language. */
export function useFindingWords(): { locale: Locale; words: (finding: Finding) => string; rule: (rule: CheckRule) => string } {
  const locale = useLocale();
  const { t } = useTranslation('checks');
  return useMemo(
    () => ({ locale, words: (finding: Finding) => wordFinding(locale, finding), rule: (rule: CheckRule) => ruleName(t, rule) }),
    [locale, t],
  );
}
