/**
 * The page's side of the finding worker (record-finding.worker.ts): people and engagements of every trip found
 * as the organiser types in the command palette, read and searched off the page's thread. Where no worker can
 * be started (tests, a runtime without module workers, a worker that fails to load), the same work runs on the
 * page.
 *
 * The page tells the worker of every change to what can be found, as it is saved: the message goes before any
 * search asked for after the save, so no search answers from records read before it.
 */
import type { FoundRecord, TripRepository } from '../storage/trip-repository';
import { lazyWorker } from './lazy-worker';
import { createRecordFinding, type RecordFindingWorker } from './record-finding';

export interface RecordFinder {
  /** Starts the worker, so that its code is loaded by the first search (the palette opened). */
  warm(): void;
  /** Reads the records now, for the search about to come (the organiser started typing). */
  prepare(): void;
  /** The people (at most `limit`), then the engagements (as many), whose names hold `text`, ignoring case. */
  find(text: string, limit: number): Promise<FoundRecord[]>;
  /** Calls `listener` when what can be found has changed, to search again; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

/**
 * The finder of the database `databaseName`, whose trips are `trips`; `start` is given for tests (null: no
 * worker, all on the page).
 */
export function createRecordFinder(
  trips: Pick<TripRepository, 'findableRecords' | 'onFindableChange'>,
  databaseName: string,
  start: (() => Worker) | null = defaultStart(),
): RecordFinder {
  const workers = lazyWorker<RecordFindingWorker>(start, 'finding');
  const onPage = createRecordFinding(() => trips.findableRecords());
  const listeners = new Set<() => void>();

  trips.onFindableChange(() => {
    onPage.changed();
    void workers.running()?.remote.changed(databaseName);
    for (const listener of listeners) listener();
  });

  return {
    warm() {
      workers.get();
    },

    prepare() {
      const running = workers.get();
      if (running) void Promise.race([running.remote.prepare(databaseName), running.failed]).catch(() => undefined);
      else onPage.prepare();
    },

    async find(text, limit) {
      const running = workers.get();
      if (running) {
        try {
          return await Promise.race([running.remote.find(databaseName, text, limit), running.failed]);
        } catch (error) {
          if (!workers.unavailable()) throw error;
          // The worker failed to load or crashed: search on the page instead.
        }
      }
      return onPage.find(text, limit);
    },

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function defaultStart(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('./record-finding.worker.ts', import.meta.url), { type: 'module', name: 'finding' });
}
