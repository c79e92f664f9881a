/**
 * What the app writes into its log file, the one a person may send when something goes wrong. Every entry is
 * one of a closed set of events whose fields are kinds, counts, durations, sizes and codes: there is no field
 * for free text, so a name, a passport number, a note, a file's name or a folder cannot be put into one. Main
 * refuses an entry from the page that is not of this shape (log-entry-check.ts). The words are read by whoever
 * reads the log, not by the app: they may be added to, but an entry's meaning should not change.
 */
import { AUTOMATIC_BACKUP_REASONS } from './ipc-contract';

/** Files read into the database. */
export const LOGGED_IMPORTS = ['roster', 'calendar', 'trip-file'] as const;
export type LoggedImport = (typeof LOGGED_IMPORTS)[number];

/** Files written from the database for people to keep, send or print. */
export const LOGGED_EXPORTS = [
  'calendar',
  'calendars',
  'book',
  'books',
  'trip-file',
  'roster-csv',
  'follow-ups-csv',
  'invitation-list',
  'rooming-list',
] as const;
export type LoggedExport = (typeof LOGGED_EXPORTS)[number];

/** A backup file saved where the person chose, or an automatic backup, by why it was made. */
export const LOGGED_BACKUPS = ['file', ...AUTOMATIC_BACKUP_REASONS] as const;
export type LoggedBackup = (typeof LOGGED_BACKUPS)[number];

export const LOGGED_RESTORES = ['replace', 'merge'] as const;
export type LoggedRestore = (typeof LOGGED_RESTORES)[number];

/**
 * How an operation ended: done; cancelled by the person; refused (the input or the database said no, and
 * nothing changed); failed (something went wrong that should not have).
 */
export const LOGGED_OUTCOMES = ['done', 'cancelled', 'refused', 'failed'] as const;
export type LoggedOutcome = (typeof LOGGED_OUTCOMES)[number];

/** Why an operation did not end as done, as a code rather than the sentence the person read. */
export const LOGGED_PROBLEMS = [
  /** The disk or the browser's storage is full. */
  'storage-full',
  /** The file was too large to be read. */
  'too-large',
  /** The file is not of the kind expected, or is damaged. */
  'unreadable',
  /** There was nothing to do: nobody or no event chosen, no automatic backups on this platform. */
  'nothing-to-do',
  /** The database refused the change (a rule of the data), and wrote nothing. */
  'refused',
  /** The record the operation was for is no longer there. */
  'gone',
  /** The data as it was could not be kept first, so nothing was replaced. */
  'not-kept',
  /** The folder chosen before must be chosen again. */
  'unknown-folder',
  /** The platform could not write the file. */
  'write-failed',
  /** An exception the operation did not expect; its name and stack are in an error entry of their own. */
  'exception',
] as const;
export type LoggedProblem = (typeof LOGGED_PROBLEMS)[number];

/** What every operation's entry says of how it went. */
interface OperationOutcome {
  outcome: LoggedOutcome;
  /** Null when the operation ended as done. */
  problem: LoggedProblem | null;
  /**
   * The code of the message the person read (`namespace:key` of the catalogues), without the facts it named:
   * main keeps it only when the catalogues hold it.
   */
  messageCode: string | null;
  /** Whole milliseconds from the person's click (or the timer) to the outcome. */
  durationMs: number;
}

export interface ImportLogEntry extends OperationOutcome {
  event: 'import';
  what: LoggedImport;
  /** Records written (people, engagements, a trip's records); 0 when none were. */
  records: number;
}

export interface RestoreLogEntry extends OperationOutcome {
  event: 'restore';
  mode: LoggedRestore;
  /** Records the backup held, when it was restored. */
  records: number;
}

export interface BackupLogEntry extends OperationOutcome {
  event: 'backup';
  what: LoggedBackup;
  /** The backup's size; null when none was made. */
  sizeBytes: number | null;
}

export interface ExportLogEntry extends OperationOutcome {
  event: 'export';
  what: LoggedExport;
  /** Files written (one delegate's calendar is 1; every delegate's book is one per delegate). */
  files: number;
  /** Their size together, where it is known before they are handed to the platform; else null. */
  sizeBytes: number | null;
}

/**
 * An error nobody caught. An exception's message can hold data (a name it failed on, a path under the home
 * folder), so only its name and where it happened are kept: the stack's frames, with paths made relative.
 */
export interface ErrorLogEntry {
  event: 'error';
  /** Where it happened. */
  process: 'main' | 'renderer';
  /** The error's class, such as `TypeError` or `QuotaExceededError`. */
  name: string;
  /** A system error's code, such as `ENOSPC`, else null. */
  code: string | null;
  /** The stack's frames, `at function (file:line:column)`, the message line left out. */
  stack: string[];
}

/** The app started: which version on which system, so the entries after it can be read against the code. */
export interface StartLogEntry {
  event: 'start';
  version: string;
  platform: string;
  electron: string;
}

/** What the page may send main to be logged. */
export type PageLogEntry = ImportLogEntry | RestoreLogEntry | BackupLogEntry | ExportLogEntry | ErrorLogEntry;

/** Everything the log file holds. */
export type LogEntry = PageLogEntry | StartLogEntry;

/** The most a page's entry may weigh, as JSON: a long stack is cut, never a reason to send megabytes. */
export const MAX_LOG_ENTRY_CHARS = 8_000;
/** The most frames of a stack kept. */
export const MAX_STACK_FRAMES = 30;

/** An error's name and code as logged: a word of at most 60 letters, digits and underscores, or none. */
const ERROR_WORD = /^[A-Za-z][A-Za-z0-9_]{0,59}$/;

/**
 * The entry for an error nobody caught, built where it was thrown. The message is left out on purpose: it is
 * written for a developer from whatever the code had in hand (a person's name it failed on, a file under the
 * home folder), so it may hold personal data. The stack keeps its frames only, never its first line, which
 * repeats the message (and, for a message of many lines, every line that is not a frame).
 */
export function errorLogEntry(error: unknown, process: ErrorLogEntry['process']): ErrorLogEntry {
  const { name, code, stack } = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  return {
    event: 'error',
    process,
    name: typeof name === 'string' && ERROR_WORD.test(name) ? name : 'Error',
    code: typeof code === 'string' && ERROR_WORD.test(code) ? code : null,
    stack:
      typeof stack === 'string'
        ? stack
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line.startsWith('at '))
            .slice(0, MAX_STACK_FRAMES)
        : [],
  };
}
