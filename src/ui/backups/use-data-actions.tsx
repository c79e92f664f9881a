/**
 * The actions that copy or replace the whole database, as the person sees them: back up to a file, back up now,
 * restore (replace or merge), erase. The steps are use cases (src/usecases); here they are turned into
 * notifications, undo offers and the words of the dialogs, and the backup status is brought up to date.
 */
import { notifications } from '@mantine/notifications';
import { useCallback, useMemo } from 'react';
import type { Backup } from '../../domain/files/backup';
import { countInWords } from '../../domain/files/backup-display';
import { err, ok, type Result } from '../../domain/shared/result';
import { backUpNow as backUpNowUseCase, backUpToFile as backUpToFileUseCase } from '../../usecases/back-up';
import { eraseAllData } from '../../usecases/erase';
import type { NotSaved } from '../../usecases/file-saving';
import type { DataNotReplaced, KeptData } from '../../usecases/keep-current-data';
import { restoreBackup, type RestoreMode } from '../../usecases/restore';
import { usePlatform, useRepositories } from '../shared/context';
import { revertOf, useOfferUndo } from '../shared/undo';
import { computerZone } from '../shared/computer-zone';
import { useBackupStatus, type BackupStatus } from './backup-status';

/** Where the data as it was is kept, in words after the action's own; nothing when there was nothing to keep. */
function keptInWords(kept: KeptData | null): string {
  if (!kept || kept.kind === 'nothing-to-keep') return '';
  return kept.kind === 'automatic-backup'
    ? ' The data as it was is kept in the automatic backups.'
    : ` The data as it was is saved in ${kept.path}.`;
}

function notKeptInWords(notKept: NotSaved): string {
  return notKept.kind === 'failed'
    ? `The current data could not be saved first (${notKept.reason}), so nothing was changed.`
    : 'The current data was not saved first, so nothing was changed.';
}

/** The backup status learns of the copy kept, whether or not the action then went on. */
async function noteKept(status: BackupStatus, kept: KeptData | null): Promise<void> {
  if (kept?.kind === 'automatic-backup') await status.refresh();
  if (kept?.kind === 'file') status.recordFileBackup(kept.savedAt);
}

/** Why a restore or an erase did not happen, in the words of its dialog; notes the copy kept before a refusal. */
async function notReplacedInWords(status: BackupStatus, failure: DataNotReplaced): Promise<string> {
  if (failure.kind === 'not-kept') return notKeptInWords(failure.notKept);
  await noteKept(status, failure.kept);
  return failure.reason;
}

export function useDataActions() {
  const repositories = useRepositories();
  const platform = usePlatform();
  const offerUndo = useOfferUndo();
  const status = useBackupStatus();

  const needs = useCallback(
    () => ({ repositories, platform, now: new Date().toISOString(), zone: computerZone() }),
    [repositories, platform],
  );

  /** Saves a backup file where the person chooses (desktop) or downloads it (web); true once it is saved. */
  const backUpToFile = useCallback(async (): Promise<boolean> => {
    const saved = await backUpToFileUseCase(needs());
    if (saved.ok) {
      status.recordFileBackup(saved.value.savedAt);
      notifications.show({ color: 'teal', title: 'Backup saved', message: `Every trip and the directory are in ${saved.value.path}.` });
      return true;
    }
    if (saved.error.kind === 'failed') {
      notifications.show({ color: 'red', title: 'The backup was not saved', message: saved.error.reason });
    }
    return false;
  }, [needs, status]);

  /** Saves an automatic backup now, at the person's request. */
  const backUpNow = useCallback(async (): Promise<void> => {
    const made = await backUpNowUseCase({ repositories, platform });
    if (!made.ok && made.error.kind === 'unavailable') return;
    await status.refresh();
    if (made.ok) notifications.show({ color: 'teal', message: 'Backed up.' });
    else if (made.error.kind === 'failed') notifications.show({ color: 'red', title: 'The backup was not saved', message: made.error.reason });
  }, [platform, repositories, status]);

  const restore = useCallback(
    async (backup: Backup, mode: RestoreMode): Promise<Result<void, string>> => {
      const restored = await restoreBackup(needs(), backup, mode);
      if (!restored.ok) return err(await notReplacedInWords(status, restored.error));
      const { counts, kept, change } = restored.value;
      await noteKept(status, kept);
      const what = [countInWords('trips', counts.trips), countInWords('people', counts.people), countInWords('organisations', counts.organisations)].join(', ');
      offerUndo({
        message: `${mode === 'replace' ? 'Restored' : 'Merged'} the backup: ${what}.${keptInWords(kept)}`,
        undo: revertOf(change),
        undoneMessage: 'The data is back as it was before the restore.',
      });
      return ok(undefined);
    },
    [needs, status, offerUndo],
  );

  const eraseAll = useCallback(async (): Promise<Result<void, string>> => {
    const erased = await eraseAllData(needs());
    if (!erased.ok) return err(await notReplacedInWords(status, erased.error));
    await noteKept(status, erased.value.kept);
    offerUndo({
      message: `Erased all data.${keptInWords(erased.value.kept)}`,
      undo: revertOf(erased.value.change),
      undoneMessage: 'The data is back.',
    });
    return ok(undefined);
  }, [needs, status, offerUndo]);

  return useMemo(() => ({ backUpToFile, backUpNow, restore, eraseAll }), [backUpToFile, backUpNow, restore, eraseAll]);
}
