/**
 * Automatic backups in the browser, kept in the site's private file system (OPFS). They are cleared with the
 * site's data, so they guard against a mistaken restore or erase, not against the browser losing everything:
 * the screen says so and recommends a backup file too. The same file names and keeping rule as the desktop
 * (electron/shared/automatic-backups.ts), so both list the same way.
 *
 * The browser has no "before quit": backups are made on a timer while the app is open, and once soon after
 * it opens when the newest one is older than the interval.
 */
import {
  AUTOMATIC_BACKUP_INTERVAL_MS,
  automaticBackupFileName,
  backupsToRemove,
  parseAutomaticBackupFileName,
} from '../../electron/shared/automatic-backups';
import type { AutomaticBackupInfo } from '../../electron/shared/ipc-contract';
import type { i18n as I18n } from 'i18next';
import type { AutomaticBackupSave, AutomaticBackups } from './platform';

const FOLDER_NAME = 'automatic-backups';
/** After opening, wait before the first backup, so it does not slow the start. */
const FIRST_BACKUP_DELAY_MS = 60_000;

/**
 * The browser's automatic backups, or null where it has no private file system that can be written to. Its
 * failures are worded by `words`, in the interface's language.
 */
export function createWebAutomaticBackups(words: I18n): AutomaticBackups | null {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.getDirectory !== 'function') return null;
  if (typeof FileSystemFileHandle === 'undefined' || !('createWritable' in FileSystemFileHandle.prototype)) return null;

  const folder = async () => (await storage.getDirectory()).getDirectoryHandle(FOLDER_NAME, { create: true });

  async function list(): Promise<AutomaticBackupInfo[]> {
    const directory = await folder();
    const backups: AutomaticBackupInfo[] = [];
    for await (const [name, handle] of directory.entries()) {
      const parsed = parseAutomaticBackupFileName(name);
      if (!parsed || handle.kind !== 'file') continue;
      const file = await (handle as FileSystemFileHandle).getFile();
      backups.push({ id: name, createdAt: parsed.createdAt, reason: parsed.reason, sizeBytes: file.size });
    }
    return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async function save(request: AutomaticBackupSave) {
    const createdAt = new Date();
    const id = automaticBackupFileName(createdAt, request.reason);
    const directory = await folder();
    const handle = await directory.getFileHandle(id, { create: true });
    const writable = await handle.createWritable();
    try {
      // A Blob is written as it is; text a slice at a time: encoding 18 MB of text at once is a long pause of the page.
      if (typeof request.content === 'string') for (const slice of textSlices(request.content)) await writable.write(slice);
      else await writable.write(request.content);
      await writable.close();
    } catch (error) {
      // An unclosed writable leaves the old (here: empty) file; remove it so no broken backup is listed.
      await writable.abort().catch(() => undefined);
      await directory.removeEntry(id).catch(() => undefined);
      throw error;
    }
    const removed = backupsToRemove(await list(), createdAt);
    for (const name of removed) await directory.removeEntry(name).catch(() => undefined);
    const backup: AutomaticBackupInfo = {
      id,
      createdAt: createdAt.toISOString(),
      reason: request.reason,
      sizeBytes: (await handle.getFile()).size,
    };
    return { backup, removed };
  }

  return {
    async list() {
      try {
        return { status: 'listed', folder: 'browser storage', backups: await list() };
      } catch (error) {
        return { status: 'failed', message: words.t('backups:automatic.failed.notListed', { reason: reasonOf(error) }) };
      }
    },
    async save(request) {
      try {
        return { status: 'saved', ...(await save(request)) };
      } catch (error) {
        return { status: 'failed', message: words.t('backups:automatic.failed.notSaved', { reason: reasonOf(error) }) };
      }
    },
    async read(id) {
      if (parseAutomaticBackupFileName(id) === null) return { status: 'failed', message: words.t('backups:automatic.failed.noSuchBackup') };
      try {
        const handle = await (await folder()).getFileHandle(id);
        return { status: 'read', content: await (await handle.getFile()).text() };
      } catch (error) {
        return { status: 'failed', message: words.t('backups:automatic.failed.notRead', { reason: reasonOf(error) }) };
      }
    },
    showFolder: null,
    onBackupRequest(makeBackup) {
      const backUp = async () => {
        const content = await makeBackup('scheduled').catch(() => null);
        if (content !== null) await save({ content, reason: 'scheduled' }).catch(() => undefined);
      };
      const first = setTimeout(() => {
        void list()
          .then((backups) => {
            const newest = backups[0];
            if (!newest || Date.now() - Date.parse(newest.createdAt) >= AUTOMATIC_BACKUP_INTERVAL_MS) return backUp();
            return undefined;
          })
          .catch(() => undefined);
      }, FIRST_BACKUP_DELAY_MS);
      const timer = setInterval(() => void backUp(), AUTOMATIC_BACKUP_INTERVAL_MS);
      return () => {
        clearTimeout(first);
        clearInterval(timer);
      };
    },
  };
}

/** Characters written at a time. */
const SLICE_LENGTH = 1 << 20;

/**
 * The text in slices of about {@link SLICE_LENGTH} characters, none ending between the two halves of a character
 * outside the Basic Multilingual Plane (a split pair would be written as two replacement characters).
 */
export function* textSlices(text: string, length: number = SLICE_LENGTH): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + length, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end += 1;
    yield text.slice(start, end);
    start = end;
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return 'there is not enough storage space.';
  return error instanceof Error ? error.message : String(error);
}
