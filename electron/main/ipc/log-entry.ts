/**
 * The page's one way into the log file: an entry from the app's own window, checked by log-entry-check.ts, is
 * written; anything else is refused unread and unwritten, so another frame cannot fill the file or put words in it.
 */
import type { IpcMainInvokeEvent } from 'electron';
import type { LogEntryResult } from '../../shared/ipc-contract';
import type { LogEntry } from '../../shared/log-entries';
import { checkPageLogEntry, type LogEntryCheckDeps } from '../log-entry-check';
import { UNTRUSTED_SENDER_MESSAGE } from './trusted-sender';

export interface LogEntryDeps extends LogEntryCheckDeps {
  /** The check every IPC handler runs first: the message comes from the app's own window. */
  isTrusted(event: IpcMainInvokeEvent): boolean;
  write(entry: LogEntry): void;
}

/** Writes the page's entry to the log file, or says why it was refused. */
export function logPageEntry(event: IpcMainInvokeEvent, raw: unknown, deps: LogEntryDeps): LogEntryResult {
  if (!deps.isTrusted(event)) return { status: 'refused', message: UNTRUSTED_SENDER_MESSAGE };
  const checked = checkPageLogEntry(raw, deps);
  if (checked.status === 'refused') return checked;
  deps.write(checked.entry);
  return { status: 'logged' };
}
