/**
 * The page's errors nobody caught (a script's, or a promise rejected with no one to handle it) go to the log
 * through the platform, as an error entry: the error's name and stack frames, never its message, which may hold
 * what the code had in hand (electron/shared/log-entries.ts says why). The browser's console still shows them.
 */
import { errorLogEntry } from '../../electron/shared/log-entries';
import type { Platform } from './platform';

/** Logs every error `page` (the window) reports as uncaught from now on. */
export function logUncaughtErrors(page: EventTarget, platform: Pick<Platform, 'log'>): void {
  page.addEventListener('error', (event) => platform.log(errorLogEntry('error' in event ? event.error : undefined, 'renderer')));
  page.addEventListener('unhandledrejection', (event) =>
    platform.log(errorLogEntry('reason' in event ? event.reason : undefined, 'renderer')),
  );
}
