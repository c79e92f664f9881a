/**
 * Main's check of what goes into the log file. The page is trusted with nothing: an entry it sends must be one
 * of the closed set of electron/shared/log-entries.ts, every field of the kind declared there and no other
 * field, or it is refused whole. What cannot be checked by its shape is reduced: a message code the catalogues
 * do not hold is dropped, and a stack frame keeps its function and its place in the app's own files, with any
 * other path cut to its file's name, so no folder under the home folder (a user's name, a client's name) is
 * written. Main's own errors pass through the same reduction.
 */
import { z } from 'zod';
import {
  type ErrorLogEntry,
  LOGGED_BACKUPS,
  LOGGED_EXPORTS,
  LOGGED_IMPORTS,
  LOGGED_OUTCOMES,
  LOGGED_PROBLEMS,
  LOGGED_RESTORES,
  type LogEntry,
  MAX_LOG_ENTRY_CHARS,
  MAX_STACK_FRAMES,
  type PageLogEntry,
} from '../shared/log-entries';
import { describeInvalidArgument } from './ipc/invalid-argument';

/** The longest stack frame kept; a longer one is cut. */
export const MAX_FRAME_CHARS = 300;

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const word = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,59}$/);

const outcomeFields = {
  outcome: z.enum(LOGGED_OUTCOMES),
  problem: z.enum(LOGGED_PROBLEMS).nullable(),
  messageCode: z.string().max(200).nullable(),
  durationMs: count,
};

/** Every kind of entry the page may send; `z.strictObject` refuses any field not named here. */
export const pageLogEntrySchema = z.discriminatedUnion('event', [
  z.strictObject({ event: z.literal('import'), what: z.enum(LOGGED_IMPORTS), records: count, ...outcomeFields }),
  z.strictObject({ event: z.literal('restore'), mode: z.enum(LOGGED_RESTORES), records: count, ...outcomeFields }),
  z.strictObject({ event: z.literal('backup'), what: z.enum(LOGGED_BACKUPS), sizeBytes: count.nullable(), ...outcomeFields }),
  z.strictObject({
    event: z.literal('export'),
    what: z.enum(LOGGED_EXPORTS),
    files: count,
    sizeBytes: count.nullable(),
    ...outcomeFields,
  }),
  z.strictObject({
    event: z.literal('error'),
    // The page speaks only for itself: an entry claiming to come from main is refused.
    process: z.literal('renderer'),
    name: word,
    code: word.nullable(),
    stack: z.array(z.string().regex(/^at /)).max(MAX_STACK_FRAMES),
  }),
]) satisfies z.ZodType<PageLogEntry>;

/** A place in a frame: relative to the root it is under, else only its last part (a file's name and line). */
function relativeLocation(location: string, roots: readonly string[]): string {
  for (const root of roots) {
    if (root !== '' && location.startsWith(root)) return location.slice(root.length).replace(/^[\\/]+/, '');
  }
  return location.split(/[\\/]/).pop() ?? '';
}

/**
 * A stack frame, `at function (place:line:column)` or `at place:line:column`, with its place made relative: under
 * one of `roots` (the app's own folder and addresses) it loses the root; any other path or address is cut to its
 * last part. A place may hold spaces (a folder named for a client), so it is taken whole from the brackets.
 */
export function relativeFrame(frame: string, roots: readonly string[]): string {
  const withPlace = /^at (.*?) \((.*)\)$/.exec(frame);
  const [fn, place] = withPlace ? [withPlace[1] ?? '', withPlace[2] ?? ''] : ['', frame.replace(/^at /, '')];
  const relativePlace = /[\\/]/.test(place) ? relativeLocation(place, roots) : place;
  const relativeFn = /[\\/]/.test(fn) ? relativeLocation(fn, roots) : fn;
  return (relativeFn === '' ? `at ${relativePlace}` : `at ${relativeFn} (${relativePlace})`).slice(0, MAX_FRAME_CHARS);
}

/** An error entry whose stack says where in the app, never where on this computer. */
export function withRelativeStack(entry: ErrorLogEntry, roots: readonly string[]): ErrorLogEntry {
  return { ...entry, stack: entry.stack.slice(0, MAX_STACK_FRAMES).map((frame) => relativeFrame(frame, roots)) };
}

export interface LogEntryCheckDeps {
  /** Whether the catalogues hold a message code, such as `people:import.refused.storageFull`. */
  isMessageCode(code: string): boolean;
  /** The app's own folders and addresses, which stack frames are made relative to. */
  roots: readonly string[];
}

export type LogEntryCheck = { status: 'accepted'; entry: LogEntry } | { status: 'refused'; message: string };

/** The page's entry as it may be written, or why it may not. */
export function checkPageLogEntry(raw: unknown, deps: LogEntryCheckDeps): LogEntryCheck {
  let size: number;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    // Structured clone carries cycles and values JSON cannot write; no entry of the contract has them.
    return { status: 'refused', message: 'Refused: the log entry is not plain data.' };
  }
  if (size > MAX_LOG_ENTRY_CHARS) return { status: 'refused', message: `Refused: a log entry is at most ${MAX_LOG_ENTRY_CHARS} characters.` };
  const parsed = pageLogEntrySchema.safeParse(raw);
  if (!parsed.success) return { status: 'refused', message: describeInvalidArgument(parsed.error) };
  const entry = parsed.data;
  if (entry.event === 'error') return { status: 'accepted', entry: withRelativeStack(entry, deps.roots) };
  const messageCode = entry.messageCode !== null && deps.isMessageCode(entry.messageCode) ? entry.messageCode : null;
  return { status: 'accepted', entry: { ...entry, messageCode } };
}
