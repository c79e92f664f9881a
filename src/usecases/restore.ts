/**
 * Restoring a backup, in one of two ways: replace (the data as it is is kept first, and nothing is replaced when
 * it cannot be) or merge (the backup's records go over those with the same id; nothing is kept first, as nothing
 * is removed). Either way the restore is captured, so it can be undone.
 */
import type { Backup } from '../domain/files/backup';
import { err, ok, type Result } from '../domain/shared/result';
import type { RestoreCounts } from '../storage/backup-repository';
import type { Repositories } from '../storage/repositories';
import { keepCurrentData, type DataNotReplaced, type KeepCurrentDataNeeds, type KeptData } from './keep-current-data';
import type { UndoableChange } from './undoable-change';

export type RestoreMode = 'replace' | 'merge';

export interface RestoreNeeds extends KeepCurrentDataNeeds {
  repositories: Pick<Repositories, 'backups' | 'captureChanges'>;
}

export interface Restored {
  mode: RestoreMode;
  /** The records the backup held, table by table. */
  counts: RestoreCounts;
  /** Where the data as it was is kept; null for a merge, which keeps nothing first. */
  kept: KeptData | null;
  change: UndoableChange;
}

/** Restores `backup` into the database by `mode`. */
export async function restoreBackup(needs: RestoreNeeds, backup: Backup, mode: RestoreMode): Promise<Result<Restored, DataNotReplaced>> {
  const { repositories } = needs;
  let kept: KeptData | null = null;
  if (mode === 'replace') {
    const keeping = await keepCurrentData(needs);
    if (!keeping.ok) return err({ kind: 'not-kept', notKept: keeping.error });
    kept = keeping.value;
  }
  const captured = await repositories.captureChanges(() =>
    mode === 'replace' ? repositories.backups.restoreReplace(backup) : repositories.backups.restoreMerge(backup),
  );
  if (!captured.value.ok) return err({ kind: 'refused', reason: captured.value.error, kept });
  return ok({ mode, counts: captured.value.value, kept, change: captured });
}
