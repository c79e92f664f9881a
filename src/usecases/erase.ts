/**
 * Erasing all data, for example before handing the computer on: only once the data as it is has been kept (see
 * keep-current-data.ts), and captured, so the erase can be undone.
 */
import { err, ok, type Result } from '../domain/shared/result';
import type { Repositories } from '../storage/repositories';
import { keepCurrentData, type DataNotReplaced, type KeepCurrentDataNeeds, type KeptData } from './keep-current-data';
import type { UndoableChange } from './undoable-change';

export interface EraseNeeds extends KeepCurrentDataNeeds {
  repositories: Pick<Repositories, 'backups' | 'captureChanges'>;
}

export interface Erased {
  kept: KeptData;
  change: UndoableChange;
}

/** Removes every record of every table, after keeping a copy. */
export async function eraseAllData(needs: EraseNeeds): Promise<Result<Erased, DataNotReplaced>> {
  const keeping = await keepCurrentData(needs);
  if (!keeping.ok) return err({ kind: 'not-kept', notKept: keeping.error });
  const captured = await needs.repositories.captureChanges(() => needs.repositories.backups.eraseAll());
  if (!captured.value.ok) return err({ kind: 'refused', reason: captured.value.error, kept: keeping.value });
  return ok({ kept: keeping.value, change: captured });
}
