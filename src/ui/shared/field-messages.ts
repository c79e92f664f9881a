/**
 * A form's errors from the domain (one message per field) in the reader's words, as the form library shows them
 * beside each field. Worded when the form is checked: an error already showing keeps its words until the next
 * check, even if the language is switched in between.
 */
import type { Message } from '../../domain/shared/message';
import type { Locale } from '../../i18n/locale';

export function wordFieldMessages<K extends string>(
  locale: Locale,
  messages: Partial<Record<K, Message | string>>,
): Partial<Record<K, string>> {
  const worded: Partial<Record<K, string>> = {};
  for (const [field, said] of Object.entries(messages) as [K, Message | string | undefined][]) {
    if (said !== undefined) worded[field] = locale.word(said);
  }
  return worded;
}
