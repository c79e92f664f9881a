/**
 * When the data was last backed up, for the indicator in the sidebar and the Backups screen, and the answer to
 * the platform's requests for an automatic backup (on a timer; before quitting on the desktop).
 *
 * A backup file saved by hand is remembered in this browser profile's local storage, not in the database: a
 * backup must not change the data it copies.
 */
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AutomaticBackupInfo, ListAutomaticBackupsResult } from '../../platform';
import { usePlatform, useRepositories } from '../shared/context';
import { backupWorker } from './backup-worker';

const LAST_FILE_BACKUP_KEY = 'delegation-planner:last-backup-file-at';
const REFRESH_MS = 5 * 60_000;

export interface BackupStatus {
  /**
   * When a backup file was last saved (a UTC instant), or null. Automatic backups do not count: they live on
   * this computer (in the browser, in the site's storage), so they do not protect against losing it.
   */
  lastFileBackupAt: string | null;
  /** The automatic backups, newest first; null where the platform keeps none or they could not be listed. */
  automatic: AutomaticBackupInfo[] | null;
  /** Why the automatic backups could not be listed, if they could not. */
  automaticProblem: string | null;
  /** Reads the list again (after a backup was saved or restored). */
  refresh(): Promise<void>;
  /** Remembers that a backup file was saved just now. */
  recordFileBackup(atUtc: string): void;
}

const BackupStatusContext = createContext<BackupStatus | null>(null);

function readLastFileBackup(): string | null {
  try {
    return localStorage.getItem(LAST_FILE_BACKUP_KEY);
  } catch {
    return null;
  }
}

export function BackupStatusProvider({ children }: { children: ReactNode }) {
  const platform = usePlatform();
  const repositories = useRepositories();
  const automaticBackups = platform.automaticBackups;
  const [lastFileAt, setLastFileAt] = useState<string | null>(readLastFileBackup);
  const [automatic, setAutomatic] = useState<AutomaticBackupInfo[] | null>(null);
  const [automaticProblem, setAutomaticProblem] = useState<string | null>(null);

  const apply = useCallback((result: ListAutomaticBackupsResult) => {
    if (result.status === 'listed') {
      setAutomatic(result.backups);
      setAutomaticProblem(null);
    } else {
      setAutomaticProblem(result.message);
    }
  }, []);

  const refresh = useCallback(async () => {
    if (automaticBackups) apply(await automaticBackups.list());
  }, [automaticBackups, apply]);

  useEffect(() => {
    if (!automaticBackups) return undefined;
    let current = true;
    const load = () =>
      void automaticBackups.list().then((result) => {
        if (current) apply(result);
      });
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [automaticBackups, apply]);

  useEffect(() => {
    if (!automaticBackups) return undefined;
    return automaticBackups.onBackupRequest(async () => {
      try {
        // Read and written out as text off the page's thread: this backup was not asked for, so it must not freeze the page.
        const content = await backupWorker.exportAll(repositories.backups);
        // The platform saves it after this returns; read the list once it is likely there.
        setTimeout(() => void refresh(), 2_000);
        return content;
      } catch {
        return null;
      }
    });
  }, [automaticBackups, repositories, refresh]);

  const recordFileBackup = useCallback((atUtc: string) => {
    try {
      localStorage.setItem(LAST_FILE_BACKUP_KEY, atUtc);
    } catch {
      // Without local storage the indicator forgets it on reload; the backup itself is saved.
    }
    setLastFileAt(atUtc);
  }, []);

  const value = useMemo<BackupStatus>(
    () => ({ lastFileBackupAt: lastFileAt, automatic, automaticProblem, refresh, recordFileBackup }),
    [automatic, automaticProblem, lastFileAt, refresh, recordFileBackup],
  );

  return <BackupStatusContext value={value}>{children}</BackupStatusContext>;
}

export function useBackupStatus(): BackupStatus {
  const status = use(BackupStatusContext);
  if (!status) throw new Error('useBackupStatus needs a BackupStatusProvider.');
  return status;
}

