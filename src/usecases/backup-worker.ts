/**
 * The page's side of the backup worker (backup-work.worker.ts): reading a backup file and making the text of a
 * backup of the whole database, off the page's thread, with their progress. Where no worker can be started
 * (tests, a runtime without module workers, a worker that fails to load), the same work runs on the page.
 *
 * Reading can be cancelled until it is done: the worker is stopped, and nothing has been written.
 */
import { proxy, type Remote } from 'comlink';
import type { Backup, BackupProblem, ReadingProgress } from '../domain/files/backup';
import { err, ok, type Result } from '../domain/shared/result';
import type { BackupRepository } from '../storage/backup-repository';
import type { BackupContent } from '../platform/platform';
import { addPart, createBackupWork, emptyTables, type BackupWork } from './backup-work';
import { cancelledBy, Cancelled, lazyWorker } from './lazy-worker';

/** A backup read and checked, or why it was refused, or that the person cancelled the reading. */
export type BackupRead = Result<Backup, BackupProblem> | { ok: false; error: 'cancelled' };

export interface BackupWorker {
  /** Starts the worker now, so that it is ready when a backup is read or made (its code takes a moment to load). */
  warm(): void;
  /** Reads and checks a backup file; `signal` cancels it. */
  readBackup(source: Blob | string, options?: { onProgress?: ReadingProgress; signal?: AbortSignal }): Promise<BackupRead>;
  /**
   * The whole database as the text of a backup file, read off the page's thread; where that cannot be done, read
   * by `backups` on the page.
   */
  exportAll(backups: Pick<BackupRepository, 'exportAll' | 'databaseName'>, onTableRead?: (read: number, tables: number) => void): Promise<BackupContent>;
}

/** The backup worker, started when first needed; `start` is given for tests (null: no worker, all on the page). */
export function createBackupWorker(start: (() => Worker) | null = defaultStart()): BackupWorker {
  const workers = lazyWorker<BackupWork>(start, 'backup');
  const worker = workers.get;
  const onPage = createBackupWork();

  /** Stops the worker (a cancel): a new one is started for the next job. */
  const stop = () => workers.stop();

  async function readOn(work: Remote<BackupWork> | BackupWork, source: Blob | string, onProgress: ReadingProgress | undefined, until: <T>(p: Promise<T>) => Promise<T>): Promise<Result<Backup, BackupProblem>> {
    const outcome = await until(Promise.resolve(work.read(source, onProgress)));
    if (!outcome.ok) return err(outcome.problem);
    const tables = emptyTables();
    for (let index = 0; index < outcome.parts; index += 1) addPart(tables, await until(Promise.resolve(work.part(index))));
    return ok({ ...outcome.header, tables });
  }

  return {
    warm() {
      worker();
    },

    async readBackup(source, { onProgress, signal } = {}) {
      if (signal?.aborted) return { ok: false, error: 'cancelled' };
      const running = worker();
      const aborted = cancelledBy(signal);
      try {
        if (running) {
          const until = <T,>(promise: Promise<T>) => Promise.race([promise, aborted, running.failed]);
          try {
            return await readOn(running.remote, source, onProgress && proxy(onProgress), until);
          } catch (error) {
            if (error instanceof Cancelled || !workers.unavailable()) throw error;
            // The worker failed to load or crashed: read on the page instead.
          }
        }
        const until = <T,>(promise: Promise<T>) => Promise.race([promise, aborted]);
        return await readOn(onPage, source, onProgress, until);
      } catch (error) {
        if (error instanceof Cancelled) {
          stop();
          return { ok: false, error: 'cancelled' };
        }
        throw error;
      }
    },

    async exportAll(backups, onTableRead) {
      const running = worker();
      if (running) {
        try {
          const file = await Promise.race([running.remote.exportStored(backups.databaseName, onTableRead && proxy(onTableRead)), running.failed]);
          if (file !== null) return file;
        } catch {
          // Read on the page below.
        }
      }
      return backups.exportAll();
    },
  };
}

function defaultStart(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('./backup-work.worker.ts', import.meta.url), { type: 'module', name: 'backups' });
}
