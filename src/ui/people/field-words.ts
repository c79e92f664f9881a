/** A form's field messages in the reader's words, as Mantine's form shows errors. */
import type { Message } from '../../domain/shared/message';
import type { FieldMessages } from '../../domain/shared/result';
import type { Locale } from '../shared/locale';

export function wordFields<T>(errors: FieldMessages<T>, locale: Pick<Locale, 'word'>): Partial<Record<keyof T & string, string>> {
  const entries = Object.entries(errors) as [keyof T & string, Message | undefined][];
  return Object.fromEntries(entries.flatMap(([field, said]) => (said ? [[field, locale.word(said)]] : []))) as Partial<
    Record<keyof T & string, string>
  >;
}
