import type { Message } from './message';

/** Expected failures travel as values, not exceptions, so callers cannot forget to handle them. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** Errors of a form or record, one message per field that is wrong. */
export type FieldMessages<T> = Partial<Record<keyof T & string, Message>>;

export function hasErrors<T>(errors: FieldMessages<T>): boolean {
  return Object.keys(errors).length > 0;
}
