/**
 * When main asks the page for an automatic backup. The data lives in the page's IndexedDB, so only the page
 * can make a backup; main asks for one on a timer while the app runs and once before the app quits or its
 * window closes, then saves the answer into the automatic backups folder.
 *
 * Leaving is held, never blocked: the first `before-quit` (or a window's first `close`) is prevented, the page
 * is asked, and the app quits (or the window closes) once the backup is saved, the page answered that it has
 * none, or {@link LEAVING_ANSWER_WAIT_MS} passed without an answer. With no window to ask it goes at once.
 * Asking to quit again while the backup is being made quits at once: the person's way out if it hangs. A
 * backup cut off that way leaves no half-written file, since backups are written atomically.
 */
import { z } from 'zod';
import { AUTOMATIC_BACKUP_INTERVAL_MS } from '../shared/automatic-backups';
import type {
  AutomaticBackupContent,
  AutomaticBackupReason,
  BackupRequest,
  SaveAutomaticBackupRequest,
  SaveAutomaticBackupResult,
} from '../shared/ipc-contract';
import { automaticBackupContentSchema } from './automatic-backups';

/** How long quitting waits for the page's backup. */
export const LEAVING_ANSWER_WAIT_MS = 10_000;
/** How long quitting waits for that backup to be written, once the page gave it. */
export const LEAVING_SAVE_WAIT_MS = 30_000;
/**
 * After starting, when the newest automatic backup is older than the interval (or there is none), one is made
 * this soon, rather than a whole interval later: a person who opens the app for an hour at a time would
 * otherwise get a backup only when quitting.
 */
export const CATCH_UP_DELAY_MS = 2 * 60_000;
/** A timed request not answered by then is given up: the page may be busy, or not listening. */
export const SCHEDULED_ANSWER_WAIT_MS = 2 * 60_000;

export interface Preventable {
  preventDefault(): void;
}

export interface Timers {
  /** Calls `callback` every `ms`; returns a function that stops it. */
  every(ms: number, callback: () => void): () => void;
  /** Calls `callback` once after `ms`; returns a function that cancels it. */
  after(ms: number, callback: () => void): () => void;
}

export const nodeTimers: Timers = {
  every(ms, callback) {
    const handle = setInterval(callback, ms);
    return () => clearInterval(handle);
  },
  after(ms, callback) {
    const handle = setTimeout(callback, ms);
    return () => clearTimeout(handle);
  },
};

export interface BackupSchedulerDeps {
  timers: Timers;
  /** Sends the request to the app's window; false when there is no window (or page) to ask. */
  send(request: BackupRequest): boolean;
  save(request: SaveAutomaticBackupRequest): Promise<SaveAutomaticBackupResult>;
  /** Quits the app for real; the `before-quit` this causes is let through. */
  quit(): void;
  newRequestId(): string;
  /** When the newest automatic backup was made (an ISO instant), or null when there is none. */
  newestBackupAt(): Promise<string | null>;
  /** For the developer's log: a backup that was asked for and not saved. */
  warn(message: string): void;
}

export interface BackupScheduler {
  /** Starts asking every AUTOMATIC_BACKUP_INTERVAL_MS. */
  start(): void;
  stop(): void;
  /** The page's answer, as received on the backupResponse channel from the app's own page: validated here. */
  receiveResponse(payload: unknown): void;
  /** For `app.on('before-quit')`. */
  beforeQuit(event: Preventable): void;
  /** For the window's `close`: holds it once per window until a backup is made, then closes it. */
  beforeWindowClose(window: { close(): void }, event: Preventable): void;
}

const backupResponseSchema = z
  .object({
    requestId: z.string().min(1).max(100),
    content: automaticBackupContentSchema.nullable(),
  })
  .strict();

export function createBackupScheduler(deps: BackupSchedulerDeps): BackupScheduler {
  /** Requests waiting for the page's answer, by id; each settles once, with the text or null. */
  const waiting = new Map<string, (content: AutomaticBackupContent | null) => void>();
  let stopTimer: (() => void) | null = null;
  let cancelCatchUp: (() => void) | null = null;
  let scheduledInFlight = false;
  /** 'leaving' from the first held `before-quit` until the app quits. */
  let state: 'running' | 'leaving' = 'running';
  let leavingBackup: Promise<void> | null = null;
  const heldWindows = new WeakSet<object>();

  function ask(reason: AutomaticBackupReason, waitMs: number): Promise<AutomaticBackupContent | null> {
    const requestId = deps.newRequestId();
    return new Promise((resolve) => {
      let cancelWait = (): void => undefined;
      const settle = (content: AutomaticBackupContent | null): void => {
        if (!waiting.delete(requestId)) return;
        cancelWait();
        resolve(content);
      };
      waiting.set(requestId, settle);
      cancelWait = deps.timers.after(waitMs, () => {
        deps.warn(`No ${reason} backup: the window did not answer within ${waitMs / 1000} s.`);
        settle(null);
      });
      let sent: boolean;
      try {
        sent = deps.send({ requestId, reason });
      } catch {
        sent = false;
      }
      if (!sent) settle(null);
    });
  }

  async function saveAnswer(content: AutomaticBackupContent, reason: AutomaticBackupReason): Promise<void> {
    const result = await deps.save({ content, reason }).catch((error: unknown) => ({
      status: 'failed' as const,
      message: error instanceof Error ? error.message : String(error),
    }));
    if (result.status === 'failed') deps.warn(`The ${reason} backup was not saved: ${result.message}`);
  }

  async function scheduledBackup(): Promise<void> {
    // A page still busy with the last request is not asked again.
    if (scheduledInFlight || state !== 'running') return;
    scheduledInFlight = true;
    try {
      const content = await ask('scheduled', SCHEDULED_ANSWER_WAIT_MS);
      if (content !== null) await saveAnswer(content, 'scheduled');
    } finally {
      scheduledInFlight = false;
    }
  }

  /** One backup before leaving, shared by a window's close and a quit that come together. */
  function backUpBeforeLeaving(): Promise<void> {
    leavingBackup ??= (async () => {
      const content = await ask('quit', LEAVING_ANSWER_WAIT_MS);
      if (content === null) return;
      let cancelWait = (): void => undefined;
      const timedOut = new Promise<void>((resolve) => {
        cancelWait = deps.timers.after(LEAVING_SAVE_WAIT_MS, () => {
          deps.warn(`The quit backup was still being written after ${LEAVING_SAVE_WAIT_MS / 1000} s.`);
          resolve();
        });
      });
      await Promise.race([saveAnswer(content, 'quit'), timedOut]);
      cancelWait();
    })().finally(() => {
      leavingBackup = null;
    });
    return leavingBackup;
  }

  async function catchUp(): Promise<void> {
    const newest = await deps.newestBackupAt().catch(() => null);
    const age = newest === null ? Number.POSITIVE_INFINITY : Date.now() - Date.parse(newest);
    if (!(age < AUTOMATIC_BACKUP_INTERVAL_MS)) await scheduledBackup();
  }

  function stop(): void {
    stopTimer?.();
    stopTimer = null;
    cancelCatchUp?.();
    cancelCatchUp = null;
  }

  return {
    start() {
      if (stopTimer !== null || state !== 'running') return;
      stopTimer = deps.timers.every(AUTOMATIC_BACKUP_INTERVAL_MS, () => void scheduledBackup());
      cancelCatchUp = deps.timers.after(CATCH_UP_DELAY_MS, () => {
        cancelCatchUp = null;
        void catchUp();
      });
    },

    stop,

    receiveResponse(payload) {
      const parsed = backupResponseSchema.safeParse(payload);
      if (!parsed.success) {
        deps.warn('A backup answer from the window was not valid, and was ignored.');
        return;
      }
      // An answer to no request (late, or asked twice) settles nothing.
      waiting.get(parsed.data.requestId)?.(parsed.data.content);
    },

    beforeQuit(event) {
      if (state !== 'running') return;
      state = 'leaving';
      event.preventDefault();
      stop();
      void backUpBeforeLeaving()
        .catch(() => undefined)
        .then(() => deps.quit());
    },

    beforeWindowClose(window, event) {
      if (state !== 'running' || heldWindows.has(window)) return;
      heldWindows.add(window);
      event.preventDefault();
      void backUpBeforeLeaving()
        .catch(() => undefined)
        .then(() => window.close());
    },
  };
}
