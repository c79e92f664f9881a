/**
 * The automatic backups folder, `<userData>/Backups`: backups the app makes by itself on a timer, before
 * quitting, and before a restore or an erase replaces the data. They live outside IndexedDB on purpose, so a
 * database that is damaged, cleared or wrongly restored can be brought back.
 *
 * The page names a backup only by its file name, and only a name `parseAutomaticBackupFileName` accepts that
 * is listed in the folder is ever read: the page cannot reach any other file. Main picks every name it writes.
 * Each backup is written atomically, and the keeping rule of electron/shared/automatic-backups.ts is applied
 * after each one. Saves run one at a time, so two never prune each other's files. A temporary file an atomic
 * write left behind (the app stopped between writing and renaming) is removed when the folder is next listed or
 * saved into, once it is old enough that no write can still be making it. Every outcome is a value.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import type { TFunction } from 'i18next';
import nodePath from 'node:path';
import { z } from 'zod';
import {
  automaticBackupFileName,
  backupsToRemove,
  parseAutomaticBackupFileName,
} from '../shared/automatic-backups';
import {
  AUTOMATIC_BACKUP_REASONS,
  type AutomaticBackupContent,
  type AutomaticBackupInfo,
  type ListAutomaticBackupsResult,
  type OpenExternalResult,
  type ReadAutomaticBackupResult,
  type SaveAutomaticBackupRequest,
  type SaveAutomaticBackupResult,
} from '../shared/ipc-contract';
import { describeInvalidArgument } from './ipc/invalid-argument';
import { isTemporaryFileName, writeFileAtomically } from './ipc/save-file';
import { pathInside } from './ipc/save-files-to-folder';
import { MAX_FILE_NAME_LENGTH } from './plain-file-name';

/** The folder's name inside the app's data folder. Persisted in users' data folders: do not rename. */
export const AUTOMATIC_BACKUPS_FOLDER_NAME = 'Backups';

/**
 * Far above any delegation's database, and well below the longest string V8 can hold (about 512 M characters),
 * so a backup that was saved can always be read back as one string.
 */
export const MAX_AUTOMATIC_BACKUP_BYTES = 256 * 1024 * 1024;

/**
 * How old a temporary file must be before it is taken for one a crash left: a backup of the largest database is
 * written in seconds, so one this old is no write in progress.
 */
export const LEFTOVER_TEMPORARY_FILE_AGE_MS = 60 * 60 * 1000;

const isJsonSpace = (byte: number) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/** A backup is one JSON object; anything else is a page bug, or a backup cut short. */
function looksLikeJsonObject(content: AutomaticBackupContent): boolean {
  if (typeof content === 'string') return content.trimStart().startsWith('{') && content.trimEnd().endsWith('}');
  let first = 0;
  while (first < content.length && isJsonSpace(content[first]!)) first += 1;
  let last = content.length - 1;
  while (last > first && isJsonSpace(content[last]!)) last -= 1;
  return last > first && content[first] === 0x7b && content[last] === 0x7d;
}

/** The size of a backup file with this content. */
export function backupByteLength(content: AutomaticBackupContent): number {
  return typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
}

/** A backup's content as the page sends it: its text, or its bytes in UTF-8. */
export const automaticBackupContentSchema = z
  .union([z.string().max(MAX_AUTOMATIC_BACKUP_BYTES), z.instanceof(Uint8Array)])
  .refine(looksLikeJsonObject, 'must be a backup: one JSON object')
  .refine((content) => backupByteLength(content) <= MAX_AUTOMATIC_BACKUP_BYTES, 'is larger than 256 MB');

export const saveAutomaticBackupRequestSchema = z
  .object({
    content: automaticBackupContentSchema,
    reason: z.enum(AUTOMATIC_BACKUP_REASONS),
  })
  .strict() satisfies z.ZodType<SaveAutomaticBackupRequest>;

const backupIdSchema = z
  .string()
  .max(MAX_FILE_NAME_LENGTH)
  .refine((id) => parseAutomaticBackupFileName(id) !== null, 'is not the name of an automatic backup');

export interface AutomaticBackupsDeps {
  /** `<userData>/Backups`; made when the first backup is saved or the folder is shown. */
  folder: string;
  /** The names in a folder; rejects with the code ENOENT when there is no such folder. */
  readDir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ size: number; mtimeMs: number; isFile(): boolean }>;
  readFile(path: string): Promise<string>;
  writeFileAtomically(path: string, content: AutomaticBackupContent): Promise<void>;
  remove(path: string): Promise<void>;
  /** Makes the folder and any missing parent; nothing when it is there. */
  makeFolder(path: string): Promise<void>;
  now(): Date;
  /** Main's words for what went wrong (the `files` catalogue), in the page's language at the moment asked. */
  words(): TFunction<'files'>;
}

export interface AutomaticBackups {
  readonly folder: string;
  /** The backups in the folder, newest first; none when the folder is not there yet. */
  list(): Promise<ListAutomaticBackupsResult>;
  /** Validates the page's request, writes a new backup, then removes those the keeping rule lets go. */
  save(request: unknown): Promise<SaveAutomaticBackupResult>;
  /** The text of the backup named `id`, which must be an automatic backup's name listed in the folder. */
  read(id: unknown): Promise<ReadAutomaticBackupResult>;
  /** Makes the folder if need be and opens it with `openFolder`, which resolves to an error message or ''. */
  show(openFolder: (path: string) => Promise<string>): Promise<OpenExternalResult>;
}

export function createAutomaticBackups(deps: AutomaticBackupsDeps): AutomaticBackups {
  const { folder } = deps;
  let pendingSave: Promise<unknown> = Promise.resolve();

  /** The names in the folder; none when it is not there yet. */
  async function names(): Promise<string[]> {
    try {
      return await deps.readDir(folder);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }

  /** Removes the temporary files among `present` that a crash left; one that cannot be removed is tried next time. */
  async function removeLeftoverTemporaryFiles(present: readonly string[]): Promise<void> {
    const now = deps.now().getTime();
    await Promise.all(
      present.filter(isTemporaryFileName).map(async (name) => {
        const path = nodePath.join(folder, name);
        const details = await deps.stat(path).catch(() => null);
        if (details === null || !details.isFile() || now - details.mtimeMs < LEFTOVER_TEMPORARY_FILE_AGE_MS) return;
        await deps.remove(path).catch(() => undefined);
      }),
    );
  }

  async function list(): Promise<ListAutomaticBackupsResult> {
    let found: (AutomaticBackupInfo | null)[];
    try {
      const present = await names();
      await removeLeftoverTemporaryFiles(present);
      found = await Promise.all(
        present.map(async (id) => {
          const parsed = parseAutomaticBackupFileName(id);
          if (parsed === null) return null;
          // A file removed meanwhile, or a folder someone gave a backup's name, is simply not listed.
          const details = await deps.stat(nodePath.join(folder, id)).catch(() => null);
          if (details === null || !details.isFile()) return null;
          return { id, createdAt: parsed.createdAt, reason: parsed.reason, sizeBytes: details.size };
        }),
      );
    } catch (error) {
      return { status: 'failed', message: deps.words()('platform.backupsNotListed', { folder, reason: errorMessage(error) }) };
    }
    const backups = found.filter((backup) => backup !== null).sort(newestFirst);
    return { status: 'listed', folder, backups };
  }

  async function saveNow(request: SaveAutomaticBackupRequest): Promise<SaveAutomaticBackupResult> {
    let backup: AutomaticBackupInfo;
    let others: string[];
    try {
      await deps.makeFolder(folder);
      others = await names();
      let createdAt = deps.now();
      let id = automaticBackupFileName(createdAt, request.reason);
      // Two backups in one millisecond (or a clock put back): never replace one that is there.
      while (others.includes(id)) {
        createdAt = new Date(createdAt.getTime() + 1);
        id = automaticBackupFileName(createdAt, request.reason);
      }
      await deps.writeFileAtomically(nodePath.join(folder, id), request.content);
      backup = {
        id,
        createdAt: createdAt.toISOString(),
        reason: request.reason,
        sizeBytes: backupByteLength(request.content),
      };
    } catch (error) {
      return { status: 'failed', message: deps.words()('platform.backupNotSaved', { folder, reason: errorMessage(error) }) };
    }

    await removeLeftoverTemporaryFiles(others);
    const dated = [backup, ...others.flatMap((id) => datedBackup(id))];
    const removed: string[] = [];
    for (const id of backupsToRemove(dated, new Date(backup.createdAt))) {
      if (id === backup.id) continue;
      // A backup that cannot be removed now (open elsewhere, say) is tried again after the next one.
      const removedNow = await deps.remove(nodePath.join(folder, id)).then(
        () => true,
        () => false,
      );
      if (removedNow) removed.push(id);
    }
    return { status: 'saved', backup, removed };
  }

  return {
    folder,
    list,

    save(request) {
      const parsed = saveAutomaticBackupRequestSchema.safeParse(request);
      if (!parsed.success) return Promise.resolve({ status: 'failed', message: describeInvalidArgument(parsed.error) });
      const result = pendingSave.then(() => saveNow(parsed.data));
      pendingSave = result.catch(() => undefined);
      return result;
    },

    async read(id) {
      const parsed = backupIdSchema.safeParse(id);
      if (!parsed.success) return { status: 'failed', message: describeInvalidArgument(parsed.error) };
      const path = pathInside(folder, parsed.data);
      try {
        if (path === null || !(await names()).includes(parsed.data)) {
          return { status: 'failed', message: deps.words()('platform.noSuchBackup', { name: parsed.data }) };
        }
        return { status: 'read', content: await deps.readFile(path) };
      } catch (error) {
        return { status: 'failed', message: deps.words()('platform.backupNotRead', { name: parsed.data, reason: errorMessage(error) }) };
      }
    },

    async show(openFolder) {
      try {
        await deps.makeFolder(folder);
        const problem = await openFolder(folder);
        if (problem !== '') return { status: 'refused', message: deps.words()('platform.folderNotOpened', { folder, reason: problem }) };
      } catch (error) {
        return { status: 'refused', message: deps.words()('platform.folderNotOpened', { folder, reason: errorMessage(error) }) };
      }
      return { status: 'opened' };
    },
  };
}

/** The automatic backups in `folder` on this computer's disk, their failures in `words`. */
export function automaticBackupsOnDisk(folder: string, words: () => TFunction<'files'>): AutomaticBackups {
  return createAutomaticBackups({
    folder,
    words,
    readDir: (path) => readdir(path),
    stat: (path) => stat(path),
    readFile: (path) => readFile(path, 'utf8'),
    writeFileAtomically,
    remove: (path) => rm(path),
    makeFolder: async (path) => {
      await mkdir(path, { recursive: true });
    },
    now: () => new Date(),
  });
}

function datedBackup(id: string): { id: string; createdAt: string }[] {
  const parsed = parseAutomaticBackupFileName(id);
  return parsed === null ? [] : [{ id, createdAt: parsed.createdAt }];
}

function newestFirst(a: AutomaticBackupInfo, b: AutomaticBackupInfo): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
