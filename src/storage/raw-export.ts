/**
 * The database as it is stored on disk, read with plain IndexedDB: no Dexie and no declared version, so
 * nothing here can start an upgrade, create a table or change a record. This is how data is saved when the
 * app cannot open it (an upgrade failed, or a newer version of the app stored it): the copy is a backup file
 * of the stored schema version, which parseBackup upgrades when a working app restores it.
 *
 * Dexie stores its version N as IndexedDB version N × 10 (a version it patched itself may be one more), so the
 * stored schema version is the IndexedDB version divided by ten, rounded down.
 */
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '../domain/files/backup';
import type { FileApp } from '../domain/files/file-envelope';
import { message, type Message } from '../domain/shared/message';
import { err, ok, type Result } from '../domain/shared/result';
import { APP_IDENTITY } from './backup-repository';
import { DATABASE_NAME } from './database';

export interface StoredDatabaseOptions {
  name?: string;
  /** For tests: an isolated IndexedDB implementation. */
  indexedDB?: IDBFactory;
  /** When the copy is made, as an ISO instant; now unless given. */
  now?: () => string;
  /** Told each time a table has been read: how many of how many. */
  onTableRead?: (read: number, tables: number) => void;
  /**
   * Told when there is no stored data because the browser discarded it: Chromium, finding its files damaged
   * (after a crash or a kill mid-write, say), deletes the whole database and says so once, on the next open,
   * with `dataLoss: 'total'` on the upgrade event (a field of Chromium's own, absent elsewhere).
   */
  onDiscarded?: () => void;
}

/** A copy of the stored data, as the text of a backup file. */
export interface StoredExport {
  text: string;
  /** The schema version the data is stored as. */
  schemaVersion: number;
  /** How many records each stored table holds, by table name. */
  counts: Record<string, number>;
}

/** Why the stored data could not be read, as a message for the organiser. */
export interface StoredReadProblem {
  kind: 'missing' | 'unavailable';
  message: Message;
}

/** The IndexedDB version as a schema version: Dexie's version N is stored as N × 10. */
export function schemaVersionOf(indexedDBVersion: number): number {
  return Math.floor(indexedDBVersion / 10);
}

/**
 * Opens the stored database without a version, so at whatever version it has. A database that does not exist
 * would be created by such an open: that is aborted in `upgradeneeded` (the only time it fires for an open
 * without a version), so nothing is created and the answer is `missing`.
 */
function openAsStored(options: StoredDatabaseOptions): Promise<Result<IDBDatabase, StoredReadProblem>> {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  if (!factory) {
    return Promise.resolve(err({ kind: 'unavailable', message: message('backups:stored.noIndexedDB') }));
  }
  return new Promise((resolve) => {
    let missing = false;
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(options.name ?? DATABASE_NAME);
    } catch (error) {
      resolve(err({ kind: 'unavailable', message: message('backups:stored.notOpened', { reason: describe(error) }) }));
      return;
    }
    request.onupgradeneeded = (event) => {
      missing = true;
      if ((event as IDBVersionChangeEvent & { dataLoss?: string }).dataLoss === 'total') options.onDiscarded?.();
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab upgrading or deleting the database must not wait for this reader.
      db.onversionchange = () => db.close();
      resolve(ok(db));
    };
    request.onerror = (event) => {
      // Handled here: without this the abort of a missing database is reported as an uncaught error.
      event.preventDefault();
      resolve(
        err(
          missing
            ? { kind: 'missing', message: message('backups:stored.nothingStored') }
            : { kind: 'unavailable', message: message('backups:stored.notOpened', { reason: describe(request.error) }) },
        ),
      );
    };
  });
}

/** The schema version the data is stored as, or null when there is no stored database. */
export async function readStoredVersion(options: StoredDatabaseOptions = {}): Promise<Result<number | null, StoredReadProblem>> {
  const opened = await openAsStored(options);
  if (!opened.ok) return opened.error.kind === 'missing' ? ok(null) : opened;
  const version = opened.value.version;
  opened.value.close();
  return ok(schemaVersionOf(version));
}

/**
 * Every stored table, read in one readonly transaction, as the text of a backup file of the stored schema
 * version. A table the app does not know (from a newer version) is kept under its own name. A table whose
 * keys are not part of its records (none of this app's) is kept as `{ key, value }` pairs, so no key is lost.
 */
export async function exportStoredData(options: StoredDatabaseOptions = {}): Promise<Result<StoredExport, StoredReadProblem>> {
  const opened = await openAsStored(options);
  if (!opened.ok) return opened;
  const db = opened.value;
  try {
    const tables = await readEveryStore(db, options.onTableRead);
    const schemaVersion = schemaVersionOf(db.version);
    const createdAt = options.now?.() ?? new Date().toISOString();
    return ok({
      text: JSON.stringify(storedBackup(APP_IDENTITY, createdAt, schemaVersion, tables)),
      schemaVersion,
      counts: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])),
    });
  } catch (error) {
    return err({ kind: 'unavailable', message: message('backups:stored.notRead', { reason: describe(error) }) });
  } finally {
    db.close();
  }
}

/**
 * The backup envelope (the same keys, in the same order, as createBackup in src/domain/files/backup.ts writes)
 * around tables of any schema version, which that module's typed Backup cannot hold.
 */
interface StoredBackup {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  app: FileApp;
  schemaVersion: number;
  createdAt: string;
  tables: Record<string, unknown[]>;
}

function storedBackup(app: FileApp, createdAt: string, schemaVersion: number, tables: Record<string, unknown[]>): StoredBackup {
  return { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, app, schemaVersion, createdAt, tables };
}

function readEveryStore(db: IDBDatabase, onTableRead?: (read: number, tables: number) => void): Promise<Record<string, unknown[]>> {
  const names = Array.from(db.objectStoreNames);
  if (names.length === 0) return Promise.resolve({});
  return new Promise((resolve, reject) => {
    const tables: Record<string, unknown[]> = {};
    let read = 0;
    const transaction = db.transaction(names, 'readonly');
    for (const name of names) {
      const store = transaction.objectStore(name);
      if (store.keyPath !== null) {
        const request = store.getAll();
        request.onsuccess = () => {
          tables[name] = request.result;
          read += 1;
          onTableRead?.(read, names.length);
        };
      } else {
        const rows: unknown[] = [];
        tables[name] = rows;
        const request = store.openCursor();
        request.onsuccess = () => {
          const cursor = request.result;
          if (!cursor) {
            read += 1;
            onTableRead?.(read, names.length);
            return;
          }
          rows.push({ key: cursor.key, value: cursor.value });
          cursor.continue();
        };
      }
    }
    transaction.oncomplete = () => resolve(Object.fromEntries(names.map((name) => [name, tables[name] ?? []])));
    transaction.onerror = () => reject(transaction.error ?? new Error('the read was refused'));
    transaction.onabort = () => reject(transaction.error ?? new Error('the read was stopped'));
  });
}

function describe(error: unknown): string {
  if (error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException)) {
    return `${error.name}: ${error.message}`;
  }
  return String(error);
}
