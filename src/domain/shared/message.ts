/**
 * What the domain says to a person, as a code and the facts it names, never as a sentence: the interface's
 * catalogues hold the words, in each language (src/i18n). A code is `namespace:key` in those catalogues, and a
 * unit test reads every code written here against both of them.
 *
 * Facts are kept as facts: a date is an `IsoDate` to be written the reader's way ("Sat 12 Nov", "11月12日 周六"),
 * a list stays a list to be joined with the reader's "and", a count stays a number for the reader's plural rules.
 * A fact that is itself worded (a journey, a group of people) is a message of its own.
 */
import type { IsoDate } from './date-arithmetic';

export interface Message {
  readonly code: string;
  readonly params?: MessageParams;
}

export type MessageParams = Readonly<Record<string, MessageValue>>;

/** A fact in a message. Strings are data (names, titles, clock times) and are shown as they are. */
export type MessageValue = string | number | Message | DateValue | ListValue | PlaceValue;

/** A calendar day, written in the reader's language: short "Sat 12 Nov", long "Saturday 12 November 2026", year "12 Nov 2026". */
export interface DateValue {
  readonly date: IsoDate;
  readonly style?: 'short' | 'long' | 'year';
}

/** A place by its name, and its name in Chinese where known: "London" / "伦敦". */
export interface PlaceValue {
  readonly place: string;
  readonly chinese?: string;
}

/** Items joined the reader's way: "A, B and C", "A、B和C". */
export interface ListValue {
  readonly list: readonly MessageValue[];
}

export function message(code: string, params?: MessageParams): Message {
  return params === undefined ? { code } : { code, params };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}

/** A day as a fact of a message. */
export const day = (date: IsoDate, style: DateValue['style'] = 'short'): DateValue => ({ date, style });

/** A list as a fact of a message. */
export const listOf = (items: readonly MessageValue[]): ListValue => ({ list: items });
