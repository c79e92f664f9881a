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
import { DONE, notSaved, refused, withOutcomeLogged } from './operation-log';
import type { UndoableChange } from './undoable-change';

export type RestoreMode = 'replace' | 'merge';

/** Where a restore has got to, for a progress bar: keeping the data as it is, then writing the backup's records. */
export type RestoreStage = { stage: 'keeping' } | { stage: 'writing'; written: number; records: number };

export interface RestoreNeeds extends KeepCurrentDataNeeds {
  repositories: Pick<Repositories, 'backups' | 'captureChanges'>;
  onProgress?: (stage: RestoreStage) => void;
}

export interface Restored {
  mode: RestoreMode;
  /** The records the backup held, table by table. */
  counts: RestoreCounts;
  /** Where the data as it was is kept; null for a merge, which keeps nothing first. */
  kept: KeptData | null;
  change: UndoableChange;
}

/** Restores `backup` into the database by `mode`; the outcome is logged, with how many records the backup held. */
export function restoreBackup(needs: RestoreNeeds, backup: Backup, mode: RestoreMode): Promise<Result<Restored, DataNotReplaced>> {
  return withOutcomeLogged(needs.platform, { event: 'restore', mode, records: 0 }, () => restore(needs, backup, mode), (result) => {
    if (result.ok) return { ...DONE, records: Object.values(result.value.counts).reduce((sum, count) => sum + count, 0) };
    if (result.error.kind === 'refused') return refused('refused', result.error.reason);
    // The data as it was could not be kept, so nothing was replaced: cancelled by the person, or not written.
    const ending = notSaved(result.error.notKept);
    return ending.outcome === 'cancelled' ? ending : { ...ending, problem: 'not-kept' };
  });
}

async function restore(needs: RestoreNeeds, backup: Backup, mode: RestoreMode): Promise<Result<Restored, DataNotReplaced>> {
  const { repositories, onProgress } = needs;
  const onWritten = onProgress && ((written: number, records: number) => onProgress({ stage: 'writing', written, records }));
  if (mode === 'merge') {
    const captured = await repositories.captureChanges(() => repositories.backups.restoreMerge(backup, onWritten));
    if (!captured.value.ok) return err({ kind: 'refused', reason: captured.value.error, kept: null });
    return ok({ mode, counts: captured.value.value, kept: null, change: captured });
  }
  onProgress?.({ stage: 'keeping' });
  const keeping = await keepCurrentData(needs);
  if (!keeping.ok) return err({ kind: 'not-kept', notKept: keeping.error });
  const kept = keeping.value;
  // The replace reads the records it replaces itself, in its own transaction, for its undo: no capture around it.
  const replaced = await repositories.backups.restoreReplace(backup, onWritten);
  if (!replaced.ok) return err({ kind: 'refused', reason: replaced.error, kept });
  return ok({ mode, counts: replaced.value.counts, kept, change: replaced.value.change });
}
