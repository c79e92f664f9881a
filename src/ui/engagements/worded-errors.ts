/** A form's field messages in the reader's words, as Mantine's form shows errors. */
import type { Message } from '../../domain/shared/message';
import type { Locale } from '../shared/locale';

export function wordedErrors(locale: Locale, errors: Partial<Record<string, Message>>): Record<string, string> {
  const worded: Record<string, string> = {};
  for (const [field, said] of Object.entries(errors)) if (said) worded[field] = locale.word(said);
  return worded;
}
