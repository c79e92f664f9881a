/** A form's errors from the domain (a message per field) in the reader's words, as Mantine's form shows them. */
import type { Message } from '../../domain/shared/message';
import type { Locale } from '../shared/locale';

export function wordedErrors(
  locale: Locale,
  errors: Readonly<Partial<Record<string, Message | string | undefined>>>,
): Record<string, string> {
  const worded: Record<string, string> = {};
  for (const [field, said] of Object.entries(errors)) if (said) worded[field] = locale.word(said);
  return worded;
}
