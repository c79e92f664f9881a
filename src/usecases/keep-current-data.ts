/**
 * Keeping the data as it is before something replaces it (a restore that replaces, an erase): as an automatic
 * backup where the platform keeps them, or else as a file the person saves. The replacing action goes on only
 * once the copy is kept: a person who cancels the save, or a platform that cannot write it, stops it with
 * nothing changed. A database that holds nothing a person made needs no copy.
 */
import { backupFileName } from '../domain/files/backup-display';
import type { Message } from '../domain/shared/message';
import { err, ok, type Result } from '../domain/shared/result';
import type { AutomaticBackupInfo, BackupContent, Platform } from '../platform/platform';
import type { Repositories } from '../storage/repositories';
import type { Locale } from '../i18n/locale';
import { backupFileFilters } from './back-up';
import { saveFile, type NotSaved } from './file-saving';
import { DONE, notSaved, sizeOf, withOutcomeLogged } from './operation-log';

/** Where the data as it was is kept, or that there was nothing to keep. */
export type KeptData =
  | { kind: 'nothing-to-keep' }
  | { kind: 'automatic-backup'; backup: AutomaticBackupInfo }
  | { kind: 'file'; path: string; savedAt: string };

/** Why an action that replaces the data did not: the data could not be kept first, or the change was refused. */
export type DataNotReplaced =
  | { kind: 'not-kept'; notKept: NotSaved }
  /** `kept` is where the data was kept before the refusal (null when the action keeps nothing, as a merge). */
  | { kind: 'refused'; reason: Message; kept: KeptData | null };

export interface KeepCurrentDataNeeds {
  repositories: Pick<Repositories, 'backups'>;
  platform: Pick<Platform, 'saveFile' | 'automaticBackups' | 'log'>;
  /** The moment, a UTC instant: it names the file when one is saved. */
  now: string;
  /** The computer's zone, for the file's name. */
  zone: string;
  /** The reader's words, for the file's name and the save dialog. */
  locale: Locale;
  /**
   * The text of a backup of the data as it is, made off the page's thread where it can be (a BackupWorker's
   * exportAll); the repository's own export on the page unless given.
   */
  exportAll?: () => Promise<BackupContent>;
}

/** Keeps a copy of the data as it is: an automatic backup, or, where none can be made, a file; each attempt is logged. */
export async function keepCurrentData({ repositories, platform, now, zone, locale, exportAll }: KeepCurrentDataNeeds): Promise<Result<KeptData, NotSaved>> {
  if (!(await repositories.backups.hasData())) return ok({ kind: 'nothing-to-keep' });
  const content = await (exportAll ? exportAll() : repositories.backups.exportAll());
  const automatic = platform.automaticBackups;
  if (automatic) {
    const saved = await withOutcomeLogged(
      platform,
      { event: 'backup', what: 'before-restore', sizeBytes: null },
      () => automatic.save({ content, reason: 'before-restore' }),
      (result) => (result.status === 'saved' ? { ...DONE, sizeBytes: result.backup.sizeBytes } : notSaved({ kind: 'failed', reason: result.message })),
    );
    if (saved.status === 'saved') return ok({ kind: 'automatic-backup', backup: saved.backup });
    // An automatic backup that failed is not the end: the person can still keep a file.
  }
  const text = typeof content === 'string' ? content : await content.text();
  const saved = await withOutcomeLogged(
    platform,
    { event: 'backup', what: 'file', sizeBytes: null },
    () =>
      saveFile(platform, {
        suggestedName: backupFileName(now, zone, locale.t('file.keptName', { ns: 'backups' })),
        content: text,
        filters: backupFileFilters(locale),
      }),
    (result) => (result.ok ? { ...DONE, sizeBytes: sizeOf(text) } : notSaved(result.error)),
  );
  return saved.ok ? ok({ kind: 'file', path: saved.value.path, savedAt: now }) : err(saved.error);
}
