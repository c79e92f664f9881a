/**
 * The actions that copy or replace the whole database: back up to a file, restore (replace or merge), erase.
 * Anything that replaces data first saves the current data (an automatic backup, or a file where the platform
 * keeps none), and every change is offered for undo, so no mistake here costs the organiser their data.
 */
import { notifications } from '@mantine/notifications';
import { useCallback, useMemo } from 'react';
import type { Backup } from '../../domain/files/backup';
import { backupFileName, BACKUP_FILE_EXTENSION, countInWords } from '../../domain/files/backup-display';
import { err, ok, type Result } from '../../domain/shared/result';
import { usePlatform, useRepositories } from '../shared/context';
import { revertOf, useOfferUndo } from '../shared/undo';
import { computerZone, useBackupStatus } from './backup-status';

export type RestoreMode = 'replace' | 'merge';

const JSON_FILTERS = [{ name: 'Delegation Planner backup', extensions: [BACKUP_FILE_EXTENSION] }];

export function useDataActions() {
  const repositories = useRepositories();
  const platform = usePlatform();
  const offerUndo = useOfferUndo();
  const status = useBackupStatus();

  /** Saves a backup file where the person chooses (desktop) or downloads it (web). */
  const backUpToFile = useCallback(async (): Promise<boolean> => {
    try {
      const content = await repositories.backups.exportAll();
      const now = new Date().toISOString();
      const result = await platform.saveFile({
        suggestedName: backupFileName(now, computerZone()),
        content,
        filters: JSON_FILTERS,
      });
      if (result.status === 'saved') {
        status.recordFileBackup(now);
        notifications.show({ color: 'teal', title: 'Backup saved', message: `Every trip and the directory are in ${result.path}.` });
        return true;
      }
      if (result.status === 'failed') {
        notifications.show({ color: 'red', title: 'The backup was not saved', message: result.message });
      }
      return false;
    } catch (error) {
      notifications.show({ color: 'red', title: 'The backup was not saved', message: messageOf(error) });
      return false;
    }
  }, [repositories, platform, status]);

  /** Saves an automatic backup now, at the person's request. */
  const backUpNow = useCallback(async (): Promise<void> => {
    const automatic = platform.automaticBackups;
    if (!automatic) return;
    const result = await automatic.save({ content: await repositories.backups.exportAll(), reason: 'manual' });
    await status.refresh();
    if (result.status === 'saved') notifications.show({ color: 'teal', message: 'Backed up.' });
    else notifications.show({ color: 'red', title: 'The backup was not saved', message: result.message });
  }, [platform, repositories, status]);

  /**
   * Keeps a copy of the data as it is, before something replaces it: as an automatic backup, or else as a file.
   * Nothing to keep when the database holds nothing a person made.
   */
  const keepCurrentData = useCallback(async (): Promise<Result<string | null, string>> => {
    if (!(await repositories.backups.hasData())) return ok(null);
    const content = await repositories.backups.exportAll();
    const automatic = platform.automaticBackups;
    if (automatic) {
      const saved = await automatic.save({ content, reason: 'before-restore' });
      if (saved.status === 'saved') {
        await status.refresh();
        return ok('The data as it was is kept in the automatic backups.');
      }
    }
    const now = new Date().toISOString();
    const saved = await platform.saveFile({
      suggestedName: backupFileName(now, computerZone(), 'Delegation Planner before restore'),
      content,
      filters: JSON_FILTERS,
    });
    if (saved.status === 'saved') {
      status.recordFileBackup(now);
      return ok(`The data as it was is saved in ${saved.path}.`);
    }
    return err(
      saved.status === 'failed'
        ? `The current data could not be saved first (${saved.message}), so nothing was changed.`
        : 'The current data was not saved first, so nothing was changed.',
    );
  }, [repositories, platform, status]);

  const restore = useCallback(
    async (backup: Backup, mode: RestoreMode): Promise<Result<void, string>> => {
      let kept: string | null = null;
      if (mode === 'replace') {
        const keeping = await keepCurrentData();
        if (!keeping.ok) return keeping;
        kept = keeping.value;
      }
      const captured = await repositories.captureChanges(() =>
        mode === 'replace' ? repositories.backups.restoreReplace(backup) : repositories.backups.restoreMerge(backup),
      );
      if (!captured.value.ok) return err(captured.value.error);
      const counts = captured.value.value;
      const what = [countInWords('trips', counts.trips), countInWords('people', counts.people), countInWords('organisations', counts.organisations)].join(', ');
      offerUndo({
        message: `${mode === 'replace' ? 'Restored' : 'Merged'} the backup: ${what}.${kept ? ` ${kept}` : ''}`,
        undo: revertOf(captured),
        undoneMessage: 'The data is back as it was before the restore.',
      });
      return ok(undefined);
    },
    [repositories, keepCurrentData, offerUndo],
  );

  const eraseAll = useCallback(async (): Promise<Result<void, string>> => {
    const keeping = await keepCurrentData();
    if (!keeping.ok) return keeping;
    const captured = await repositories.captureChanges(() => repositories.backups.eraseAll());
    if (!captured.value.ok) return err(captured.value.error);
    offerUndo({
      message: `Erased all data.${keeping.value ? ` ${keeping.value}` : ''}`,
      undo: revertOf(captured),
      undoneMessage: 'The data is back.',
    });
    return ok(undefined);
  }, [repositories, keepCurrentData, offerUndo]);

  return useMemo(
    () => ({ backUpToFile, backUpNow, restore, eraseAll, keepCurrentData }),
    [backUpToFile, backUpNow, restore, eraseAll, keepCurrentData],
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
