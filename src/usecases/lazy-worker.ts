/**
 * A Web Worker behind comlink, started when first needed, for the use cases that move long work off the page
 * (reading and writing backups, writing every delegate's calendars). A worker that fails to load or crashes
 * marks workers unavailable, and its callers do the same work on the page instead; a cancelled job stops the
 * worker, and the next job starts a new one.
 */
import { wrap, type Remote } from 'comlink';

export interface StartedWorker<Work> {
  remote: Remote<Work>;
  stop(): void;
  /** Rejects when the worker fails (it did not load, or it crashed). */
  failed: Promise<never>;
}

export interface LazyWorker<Work> {
  /** The running worker, started on the first call; null where none can start or one has failed. */
  get(): StartedWorker<Work> | null;
  /** The running worker if one has been started, without starting one. */
  running(): StartedWorker<Work> | null;
  /** Stops `running` (the running worker when not given); the next `get` starts a new one. */
  stop(running?: StartedWorker<Work>): void;
  /** Whether no worker can be used: none could start, or one failed. */
  unavailable(): boolean;
}

/** `start` makes the worker (null: no worker, all on the page); `what` names it in the error of its failure. */
export function lazyWorker<Work>(start: (() => Worker) | null, what: string): LazyWorker<Work> {
  let started: StartedWorker<Work> | null = null;
  let unavailable = start === null;
  return {
    get() {
      if (unavailable || !start) return null;
      if (started) return started;
      try {
        const instance = start();
        const failed = new Promise<never>((_, reject) => {
          instance.addEventListener('error', (event) => {
            event.preventDefault();
            unavailable = true;
            started = null;
            instance.terminate();
            reject(new Error(`The ${what} worker failed.`));
          });
        });
        failed.catch(() => undefined);
        started = { remote: wrap<Work>(instance), stop: () => instance.terminate(), failed };
        return started;
      } catch {
        unavailable = true;
        return null;
      }
    },
    running: () => started,
    stop(running = started ?? undefined) {
      running?.stop();
      if (started === running) started = null;
    },
    unavailable: () => unavailable,
  };
}

/** A job given up on: what `cancelledBy` rejects with. */
export class Cancelled extends Error {}

/** A promise that rejects with Cancelled when `signal` aborts (and never settles without one). */
export function cancelledBy(signal: AbortSignal | undefined): Promise<never> {
  const aborted = new Promise<never>((_, reject) => signal?.addEventListener('abort', () => reject(new Cancelled()), { once: true }));
  aborted.catch(() => undefined);
  return aborted;
}
