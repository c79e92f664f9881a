/**
 * What went wrong when the database refused a write, in words for the organiser. Every repository write is one
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

/** The message to show when a save fails. */
export function saveFailureMessage(error: unknown): { title: string; message: string } {
  if (isStorageFull(error)) {
    return {
      title: 'Not saved: this computer’s storage is full',
      message:
        'Nothing already saved was lost or changed. Free some disk space (or delete a trip you no longer need, after backing it up), then try again.',
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    title: 'Not saved',
    message: `The change could not be stored (${detail}). Nothing already saved was changed.`,
  };
}
