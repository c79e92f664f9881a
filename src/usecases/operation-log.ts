/**
 * Logging how an import, restore, backup or export ended, for the log a person can send when something goes
 * wrong (Platform.log). Each use case says what it did in counts and sizes; this module times it and words the
 * ending in the log's closed set of outcomes and problems. Nothing the person typed or chose (a name, a file's
 * name, a folder) is ever put into an entry: the entries have no field that could hold it.
 */
import {
  errorLogEntry,
  type LoggedExport,
  type LoggedOutcome,
  type LoggedProblem,
  type PageLogEntry,
} from '../../electron/shared/log-entries';
import type { Message } from '../domain/shared/message';
import type { Platform, SaveFileResult } from '../platform/platform';
import { isStorageFull } from '../storage/storage-errors';
import type { NotSaved } from './file-saving';

/** How an operation ended, in the log's words. */
export interface Ending {
  outcome: LoggedOutcome;
  problem: LoggedProblem | null;
  messageCode: string | null;
}

/** What an operation's entry says before it ends: what it is, and its counts as they stand at the start. */
export type EntryStart = PageLogEntry extends infer Entry
  ? Entry extends { durationMs: number }
    ? Omit<Entry, keyof Ending | 'durationMs'>
    : never
  : never;

/** How an operation ended, with the counts it reached. */
export type EntryEnd = Ending & { records?: number; files?: number; sizeBytes?: number | null };

export const DONE: Ending = { outcome: 'done', problem: null, messageCode: null };

/** Refused with nothing changed: `problem` says why, and `reason` is the message the person read, if any. */
export function refused(problem: LoggedProblem, reason?: Message): Ending {
  return { outcome: 'refused', problem, messageCode: reason?.code ?? null };
}

/** A file not saved: the person cancelled, or the platform could not write it. */
export function notSaved(why: NotSaved): Ending {
  return why.kind === 'cancelled' ? { outcome: 'cancelled', problem: null, messageCode: null } : { outcome: 'failed', problem: 'write-failed', messageCode: null };
}

/** The UTF-8 size of a file's content, as it is written. */
export function sizeOf(content: string | Uint8Array): number {
  return typeof content === 'string' ? new Blob([content]).size : content.byteLength;
}

/**
 * Runs `operation` and logs how it ended: `start`, with what `describe` says of the result and the time it took.
 * An exception is logged as a failure, with an error entry of its own (its name and stack), and thrown on: the
 * caller still decides what the person is told.
 */
export async function withOutcomeLogged<T>(
  platform: Pick<Platform, 'log'>,
  start: EntryStart,
  operation: () => Promise<T>,
  describe: (result: T) => EntryEnd,
): Promise<T> {
  const started = performance.now();
  // The fields of `start` and of the ending together make one entry of the contract; main checks it again.
  const log = (end: EntryEnd) => platform.log({ ...start, ...end, durationMs: Math.round(performance.now() - started) } as PageLogEntry);
  try {
    const result = await operation();
    log(describe(result));
    return result;
  } catch (error) {
    platform.log(errorLogEntry(error, 'renderer'));
    log(threw(error));
    throw error;
  }
}

/**
 * Saves a file a screen made itself (a briefing book's PDF, the follow-ups or a rooming list as CSV) through `save`,
 * and logs the outcome as an export of `what`, of `sizeBytes` where it is known.
 */
export function withFileSaveLogged(
  platform: Pick<Platform, 'log'>,
  what: LoggedExport,
  sizeBytes: number | null,
  save: () => Promise<SaveFileResult>,
): Promise<SaveFileResult> {
  return withOutcomeLogged(platform, { event: 'export', what, files: 0, sizeBytes: null }, save, (result) => {
    if (result.status === 'saved') return { ...DONE, files: 1, sizeBytes };
    return notSaved(result.status === 'cancelled' ? { kind: 'cancelled' } : { kind: 'failed', reason: result.message });
  });
}

/** The ending of an operation that threw: the disk was full, or something unexpected. */
export function threw(error: unknown): Ending {
  return { outcome: 'failed', problem: isStorageFull(error) ? 'storage-full' : 'exception', messageCode: null };
}
