/**
 * Backing up the whole database: to a file the person keeps where they choose (a save dialog on the desktop, a
 * download in the browser), or as an automatic backup made now at their request. A backup copies the data and
 * never changes it; remembering when a file was last saved is the UI's (it lives outside the database).
 */
import { BACKUP_FILE_EXTENSION, backupFileName } from '../domain/files/backup-display';
import { err, ok, type Result } from '../domain/shared/result';
import type { Locale } from '../i18n/locale';
import type { AutomaticBackupInfo, BackupContent, Platform } from '../platform/platform';
import type { Repositories } from '../storage/repositories';
import { reasonOf, saveFile, type NotSaved } from './file-saving';
import { DONE, notSaved, refused, sizeOf, withOutcomeLogged } from './operation-log';

/** The save dialog's filter for backup files, named in the reader's words. */
export function backupFileFilters(locale: Locale) {
  return [{ name: locale.t('file.filter', { ns: 'backups' }), extensions: [BACKUP_FILE_EXTENSION] }];
}

export interface BackUpToFileNeeds {
  repositories: Pick<Repositories, 'backups'>;
  platform: Pick<Platform, 'saveFile' | 'log'>;
  /** The moment of the backup, a UTC instant: it names the file and is when the file was saved. */
  now: string;
  /** The computer's zone: the file name gives the time on this computer's clock. */
  zone: string;
  /** The reader's words, for the file's name and the save dialog. */
  locale: Locale;
}

/** A backup file saved: where, and when. */
export interface FileBackup {
  path: string;
  savedAt: string;
}

/** Saves a backup file of every trip, the directory and the settings where the person chooses; logs its size and outcome. */
export async function backUpToFile({ repositories, platform, now, zone, locale }: BackUpToFileNeeds): Promise<Result<FileBackup, NotSaved>> {
  let sizeBytes: number | null = null;
  return withOutcomeLogged(
    platform,
    { event: 'backup', what: 'file', sizeBytes: null },
    async (): Promise<Result<FileBackup, NotSaved>> => {
      try {
        const content = await repositories.backups.exportAll();
        sizeBytes = sizeOf(content);
        const saved = await saveFile(platform, {
          suggestedName: backupFileName(now, zone, locale.t('file.name', { ns: 'backups' })),
          content,
          filters: backupFileFilters(locale),
        });
        return saved.ok ? ok({ path: saved.value.path, savedAt: now }) : saved;
      } catch (error) {
        return err({ kind: 'failed', reason: reasonOf(error) });
      }
    },
    (result) => (result.ok ? { ...DONE, sizeBytes } : notSaved(result.error)),
  );
}

/** Why no automatic backup was made: this platform keeps none, or it could not save one. */
export type AutomaticBackupNotMade = { kind: 'unavailable' } | { kind: 'failed'; reason: string };

export interface BackUpNowNeeds {
  repositories: Pick<Repositories, 'backups'>;
  platform: Pick<Platform, 'automaticBackups' | 'log'>;
  /** The text of the backup, made off the page's thread where it can be; the repository's export unless given. */
  exportAll?: () => Promise<BackupContent>;
  onProgress?: (stage: BackUpStage) => void;
}

/** Where a backup has got to, for a progress bar: reading the tables (so many of so many), then saving. */
export type BackUpStage = { stage: 'reading'; tablesRead: number; tables: number } | { stage: 'saving' };

/**
 * Makes an automatic backup now, at the person's request (Back up now); the platform stamps its time. Its size and
 * outcome are logged.
 */
export function backUpNow({ repositories, platform, exportAll, onProgress }: BackUpNowNeeds): Promise<Result<AutomaticBackupInfo, AutomaticBackupNotMade>> {
  return withOutcomeLogged(
    platform,
    { event: 'backup', what: 'manual', sizeBytes: null },
    async (): Promise<Result<AutomaticBackupInfo, AutomaticBackupNotMade>> => {
      const automatic = platform.automaticBackups;
      if (!automatic) return err({ kind: 'unavailable' });
      try {
        const content = await (exportAll ? exportAll() : repositories.backups.exportAll());
        onProgress?.({ stage: 'saving' });
        const saved = await automatic.save({ content, reason: 'manual' });
        return saved.status === 'saved' ? ok(saved.backup) : err({ kind: 'failed', reason: saved.message });
      } catch (error) {
        return err({ kind: 'failed', reason: reasonOf(error) });
      }
    },
    (result) =>
      result.ok
        ? { ...DONE, sizeBytes: result.value.sizeBytes }
        : result.error.kind === 'unavailable'
          ? refused('nothing-to-do')
          : notSaved(result.error),
  );
}
