/**
 * The actions that copy or replace the whole database, as the person sees them: back up to a file, back up now,
 * restore (replace or merge), erase. The steps are use cases (src/usecases); here they are turned into
 * notifications, undo offers and the words of the dialogs, and the backup status is brought up to date.
 */
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../domain/files/backup';
import type { Message } from '../../domain/shared/message';
import { err, ok, type Result } from '../../domain/shared/result';
import { backUpNow as backUpNowUseCase, backUpToFile as backUpToFileUseCase, type BackUpStage } from '../../usecases/back-up';
import { eraseAllData } from '../../usecases/erase';
import { removeTripsCalendars, type TripCalendars } from '../../usecases/calendar-removal';
import type { NotSaved } from '../../usecases/file-saving';
import type { DataNotReplaced, KeptData } from '../../usecases/keep-current-data';
import { restoreBackup, type RestoreMode, type RestoreStage } from '../../usecases/restore';
import { backupWorker } from './backup-worker';
import { usePlatform, useRepositories } from '../shared/context';
import { revertOf, useOfferUndo } from '../shared/undo';
import { computerZone } from '../shared/computer-zone';
import { useLocale } from '../shared/locale';
import { useBackupStatus, type BackupStatus } from './backup-status';

/** What was done, then where the data as it was is kept; only what was done when there was nothing to keep. */
function withKept(t: TFunction<'backups'>, done: string, kept: KeptData | null): string {
  if (!kept || kept.kind === 'nothing-to-keep') return done;
  const where =
    kept.kind === 'automatic-backup' ? t('actions.keptInAutomatic') : t('actions.keptInFile', { path: kept.path });
  return t('actions.thenKept', { done, kept: where });
}

function notKeptInWords(t: TFunction<'backups'>, notKept: NotSaved): string {
  return notKept.kind === 'failed'
    ? t('actions.notKeptFailed', { reason: notKept.reason })
    : t('actions.notKept');
}

/** The backup status learns of the copy kept, whether or not the action then went on. */
async function noteKept(status: BackupStatus, kept: KeptData | null): Promise<void> {
  if (kept?.kind === 'automatic-backup') await status.refresh();
  if (kept?.kind === 'file') status.recordFileBackup(kept.savedAt);
}

/** Why a restore or an erase did not happen, in the words of its dialog; notes the copy kept before a refusal. */
async function notReplacedInWords(t: TFunction<'backups'>, status: BackupStatus, failure: DataNotReplaced): Promise<Message | string> {
  if (failure.kind === 'not-kept') return notKeptInWords(t, failure.notKept);
  await noteKept(status, failure.kept);
  return failure.reason;
}

export function useDataActions() {
  const repositories = useRepositories();
  const platform = usePlatform();
  const offerUndo = useOfferUndo();
  const status = useBackupStatus();
  const locale = useLocale();
  const { t } = useTranslation('backups');
  const { t: tCalendars } = useTranslation('calendars');

  const needs = useCallback(
    () => ({
      repositories,
      platform,
      now: new Date().toISOString(),
      zone: computerZone(),
      locale,
      // The data as it is is read and written out as text off the page's thread.
      exportAll: () => backupWorker.exportAll(repositories.backups),
    }),
    [repositories, platform, locale],
  );

  /** Saves a backup file where the person chooses (desktop) or downloads it (web); true once it is saved. */
  const backUpToFile = useCallback(async (): Promise<boolean> => {
    const saved = await backUpToFileUseCase(needs());
    if (saved.ok) {
      status.recordFileBackup(saved.value.savedAt);
      notifications.show({
        color: 'teal',
        title: t('actions.saved'),
        message: t('actions.savedWhere', { path: saved.value.path }),
      });
      return true;
    }
    if (saved.error.kind === 'failed') {
      notifications.show({ color: 'red', title: t('actions.notSaved'), message: saved.error.reason });
    }
    return false;
  }, [needs, status, t]);

  /** Saves an automatic backup now, at the person's request, telling `onProgress` how far it has got. */
  const backUpNow = useCallback(async (onProgress?: (stage: BackUpStage) => void): Promise<void> => {
    const made = await backUpNowUseCase({
      repositories,
      platform,
      exportAll: () => backupWorker.exportAll(repositories.backups, (tablesRead, tables) => onProgress?.({ stage: 'reading', tablesRead, tables })),
      ...(onProgress ? { onProgress } : {}),
    });
    if (!made.ok && made.error.kind === 'unavailable') return;
    await status.refresh();
    if (made.ok) notifications.show({ color: 'teal', message: t('actions.backedUp') });
    else if (made.error.kind === 'failed') {
      notifications.show({ color: 'red', title: t('actions.notSaved'), message: made.error.reason });
    }
  }, [platform, repositories, status, t]);

  const restore = useCallback(
    async (backup: Backup, mode: RestoreMode, onProgress?: (stage: RestoreStage) => void): Promise<Result<void, Message | string>> => {
      const restored = await restoreBackup({ ...needs(), ...(onProgress ? { onProgress } : {}) }, backup, mode);
      if (!restored.ok) return err(await notReplacedInWords(t, status, restored.error));
      const { counts, kept, change } = restored.value;
      await noteKept(status, kept);
      const counted = (n: number) => ({ count: n, n });
      const what = t('count.restored', {
        trips: t('count.trips', counted(counts.trips)),
        people: t('count.people', counted(counts.people)),
        organisations: t('count.organisations', counted(counts.organisations)),
      });
      const done = mode === 'replace' ? t('actions.restored', { what }) : t('actions.merged', { what });
      offerUndo({
        message: withKept(t, done, kept),
        undo: revertOf(change),
        undoneMessage: t('actions.restoreUndone'),
      });
      return ok(undefined);
    },
    [needs, status, offerUndo, t],
  );

  const eraseAll = useCallback(async (calendars: readonly TripCalendars[] = []): Promise<Result<void, Message | string>> => {
    // Calendars first: erasing forgets the records that name them on the server.
    if (calendars.length > 0) {
      const { left } = await removeTripsCalendars({ repositories, platform }, calendars);
      if (left.length > 0) {
        notifications.show({
          color: 'red',
          autoClose: false,
          title: tCalendars('removal.leftTitle', { count: left.length }),
          message: tCalendars('removal.left', { count: left.length, names: locale.list(left.map((calendar) => calendar.name).filter(Boolean)) }),
        });
      }
    }
    const erased = await eraseAllData(needs());
    if (!erased.ok) return err(await notReplacedInWords(t, status, erased.error));
    await noteKept(status, erased.value.kept);
    offerUndo({
      message: withKept(t, t('actions.erased'), erased.value.kept),
      undo: revertOf(erased.value.change),
      undoneMessage: t('actions.eraseUndone'),
    });
    return ok(undefined);
  }, [needs, status, offerUndo, t, tCalendars, repositories, platform, locale]);

  return useMemo(() => ({ backUpToFile, backUpNow, restore, eraseAll }), [backUpToFile, backUpNow, restore, eraseAll]);
}
