/**
 * Puts the domain's messages (a code and its facts) into the reader's words. Facts are written the reader's
 * way first (days, lists, messages within the message), then the catalogue's sentence is filled with them.
 */
import type { TFunction } from 'i18next';
import type { Message, MessageValue } from '../domain/shared/message';
import { formatDateWithYear, formatDay, formatList, formatLongDate } from './format';
import type { Language } from './catalogues';

/**
 * A message in the words of `t` (fixed to `language`); a plain string (data, or text from before codes) as it
 * is.
 */
export function wordMessage(t: TFunction, language: Language, said: Message | string): string {
  if (typeof said === 'string') return said;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(said.params ?? {})) values[name] = wordValue(t, language, value);
  // Codes are data here, typed where they are made (and every one is checked against the catalogues by a test).
  return (t as (key: string, options: Record<string, unknown>) => string)(said.code, values);
}

function wordValue(t: TFunction, language: Language, value: MessageValue): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('date' in value) {
    return value.style === 'long' ? formatLongDate(value.date, language) : value.style === 'year' ? formatDateWithYear(value.date, language) : formatDay(value.date, language);
  }
  if ('place' in value) return language === 'zh-CN' && value.chinese ? value.chinese : value.place;
  if ('list' in value) return formatList(value.list.map((item) => String(wordValue(t, language, item))), language);
  return wordMessage(t, language, value);
}
