import { message, type Message } from '../domain/shared/message';

/**
 * What went wrong when the database refused a write, as messages for the organiser. Every repository write is one
 * transaction, so a refused write changes nothing: what was saved before stays as it was.
 */

/** Dexie wraps the browser's error (`inner`), and bulk operations list theirs (`failures`). */
interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  failures?: unknown;
}

function causes(error: unknown, depth = 0): unknown[] {
  if (depth > 4 || typeof error !== 'object' || error === null) return [error];
  const { inner, failures } = error as ErrorLike;
  const nested = [
    ...(inner === undefined ? [] : causes(inner, depth + 1)),
    ...(Array.isArray(failures) ? failures.flatMap((failure) => causes(failure, depth + 1)) : []),
  ];
  return [error, ...nested];
}

/** Whether the write failed because the disk, or the space the browser allows this app, is full. */
export function isStorageFull(error: unknown): boolean {
  return causes(error).some(
    (cause) =>
      typeof cause === 'object' &&
      cause !== null &&
      ((cause as ErrorLike).name === 'QuotaExceededError' ||
        /quota|disk is full|no space/i.test(String((cause as ErrorLike).message ?? ''))),
  );
}

/** The notice to show when a save fails: its title and message. */
export function saveFailureMessage(error: unknown): { title: Message; message: Message } {
  if (isStorageFull(error)) {
    return { title: message('backups:saveFailure.fullTitle'), message: message('backups:saveFailure.full') };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { title: message('backups:saveFailure.title'), message: message('backups:saveFailure.other', { detail }) };
}
