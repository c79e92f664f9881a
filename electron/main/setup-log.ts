/**
 * Starts the log file (log-file.ts) for the desktop app and logs main's own uncaught errors into it. The page's
 * entries arrive through the IPC contract's one `log` function (ipc/log-entry.ts), never through electron-log's
 * own preload and channel: the page is sandboxed and isolated, and a channel that takes any text would let it
 * write anything into the file.
 */
import { pathToFileURL } from 'node:url';
import { app, ipcMain } from 'electron';
import log from 'electron-log/main';
import { errorLogEntry } from '../shared/log-entries';
import { type AppLog, createAppLog } from './log-file';
import { withRelativeStack } from './log-entry-check';

/** The channel electron-log listens on as soon as it is loaded, for renderers that load its preload. */
const ELECTRON_LOG_CHANNEL = '__ELECTRON_LOG__';

export interface MainLog extends AppLog {
  /** Where the app's own code is, which stack frames are made relative to. */
  readonly roots: readonly string[];
}

/**
 * Opens the log file, notes the start, and logs main's errors nobody caught. Call once, as early as can be;
 * `allowedOrigins` are the page's origins, which its stack frames are made relative to.
 */
export function setupLog(allowedOrigins: readonly string[]): MainLog {
  // Loading electron-log registers its channel; the app's page never uses it, so nothing may arrive by it.
  ipcMain.removeAllListeners(ELECTRON_LOG_CHANNEL);
  ipcMain.removeHandler(ELECTRON_LOG_CHANNEL);

  const appLog = createAppLog(log, app.getPath('userData'));
  const appPath = app.getAppPath();
  const roots = [pathToFileURL(appPath).href, appPath, ...allowedOrigins.map((origin) => `${origin}/`)];
  const logError = (error: unknown): void => appLog.write(withRelativeStack(errorLogEntry(error, 'main'), roots));
  // A monitor sees an uncaught exception without changing what happens next (Electron's dialog, and quitting).
  process.on('uncaughtExceptionMonitor', logError);
  // Electron's main only warns of a rejection nobody handled; listening takes that warning's place, so it is kept.
  process.on('unhandledRejection', (reason) => {
    logError(reason);
    console.error('Unhandled rejection:', reason);
  });
  appLog.write({ event: 'start', version: app.getVersion(), platform: process.platform, electron: process.versions.electron ?? '' });
  return { path: appLog.path, write: (entry) => appLog.write(entry), roots };
}
