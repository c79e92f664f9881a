/** A form's errors, as the domain gives them (a message per field), in the reader's words for the form to show. */
import type { Message } from '../../domain/shared/message';
import type { FieldMessages } from '../../domain/shared/result';
import type { Locale } from '../../i18n/locale';

export function fieldWords<T>(errors: FieldMessages<T>, locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries<Message | undefined>(errors).flatMap(([field, said]) => (said ? [[field, locale.word(said)]] : [])),
  );
}
