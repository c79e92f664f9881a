/**
 * The log file a person can send when something goes wrong: `<userData>/logs/main.log`, written by electron-log
 * in main only. It holds the entries of electron/shared/log-entries.ts, one JSON object a line after the time
 * and level, and nothing else: every entry is built from kinds, counts, durations, sizes and codes, and the
 * page's are checked by main before they are written (log-entry-check.ts).
 *
 * It rotates: past {@link MAX_LOG_FILE_BYTES} the file becomes `main.old.log` (replacing the one before) and a
 * new one starts, so the log never holds more than about twice that.
 */
import nodePath from 'node:path';
import type { NodeLogger } from 'electron-log';
import type { LogEntry } from '../shared/log-entries';

/** The folder inside the app's data folder, and the file's name. Told to people in the README: do not rename. */
export const LOG_FOLDER_NAME = 'logs';
export const LOG_FILE_NAME = 'main.log';
/** About ten thousand entries: weeks of use, and small enough to attach to an e-mail with the old file. */
export const MAX_LOG_FILE_BYTES = 1024 * 1024;

/** Where the log file is, in the app's data folder `userData`. */
export function logFilePath(userData: string): string {
  return nodePath.join(userData, LOG_FOLDER_NAME, LOG_FILE_NAME);
}

/** Writes entries to the log file. */
export interface AppLog {
  /** The log file's path, for Help ▸ Show log file. */
  readonly path: string;
  write(entry: LogEntry): void;
}

/**
 * Points `logger` at the log file in `userData`, rotating it, and turns off its transports that would send
 * entries anywhere but the file and the console a developer starts the app from, such as the page's developer
 * tools (ipc) and a server (remote).
 */
export function createAppLog(logger: NodeLogger, userData: string): AppLog {
  const path = logFilePath(userData);
  const { file } = logger.transports;
  file.resolvePathFn = () => path;
  file.maxSize = MAX_LOG_FILE_BYTES;
  file.level = 'info';
  // Outside Electron the ipc transport does not exist; any that does besides these two is turned off.
  for (const [name, transport] of Object.entries(logger.transports)) {
    if (name !== 'file' && name !== 'console' && transport) transport.level = false;
  }
  return {
    path,
    write(entry) {
      const line = JSON.stringify(entry);
      if (entry.event === 'error') logger.error(line);
      else logger.info(line);
    },
  };
}
