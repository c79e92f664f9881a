/**
 * Backups of the whole database, and restoring one. A backup is read in one transaction over every table, so
 * it is one consistent moment; a restore writes in one transaction, so it happens entirely or not at all: if
 * any record is refused, the database is as it was. Only parsed backups (see parseBackup) come in here.
 *
 * Nothing but Dexie is awaited inside a transaction: awaiting anything else ends it (PrematureCommitError).
 */
import { createBackup, serializeBackup, type Backup, type BackupTables } from '../domain/files/backup';
import type { FileApp } from '../domain/files/file-envelope';
import { LOCAL_TABLES, STORED_TABLES, type StoredTableName } from '../domain/schema/schema-history';
import { message, type Message } from '../domain/shared/message';
import { err, ok, type Result } from '../domain/shared/result';
import type { IndexableType } from 'dexie';
import type { CapturedChange } from './change-capture';
import { withoutChangeLog } from './change-log';
import type { Clock } from './clock';
import type { PlannerDatabase } from './database';

/** The app that writes backups; a test keeps the version equal to package.json's. */
export const APP_IDENTITY: FileApp = { name: 'Delegation Planner', version: '0.1.0' };

export type RestoreCounts = Record<StoredTableName, number>;

/** Told how many records of how many have been written so far. */
export type WriteProgress = (written: number, records: number) => void;

/** A replace that was made: the records the backup held, and how to put the data back as it was before it. */
export interface Replaced {
  counts: RestoreCounts;
  change: Pick<CapturedChange<unknown>, 'touched' | 'revert'>;
}

/**
 * Records written or read per request: each is a short task, and between them the page paints and answers
 * input while the transaction carries on (awaiting Dexie keeps a transaction open).
 */
export const RECORDS_PER_REQUEST = 250;
/** Records read per request: reading one costs the page less than writing it. */
const RECORDS_PER_READ = 1_000;

export interface BackupRepository {
  /** The database's name in IndexedDB, for reading it elsewhere (a worker) as stored. */
  readonly databaseName: string;
  /** Every table as it is now, read in one transaction. */
  readAll(): Promise<BackupTables>;
  /** The text of a backup file of the whole database. */
  exportAll(): Promise<string>;
  /**
   * Replaces everything in the database with the backup's records, in one transaction; on any failure nothing
   * changes. The records it replaces are read in the same transaction, so the replace can be undone exactly:
   * no change capture (which would read them once more, record by record) is needed around it.
   */
  restoreReplace(backup: Backup, onWritten?: WriteProgress): Promise<Result<Replaced, Message>>;
  /**
   * Adds the backup's records to the database, replacing those with the same id (the same key for settings);
   * records not in the backup stay. On any failure nothing changes.
   */
  restoreMerge(backup: Backup, onWritten?: WriteProgress): Promise<Result<RestoreCounts, Message>>;
  /** Removes every record of every table, in one transaction. */
  eraseAll(): Promise<Result<void, Message>>;
  /** How many records each table holds now, for comparing with a backup before restoring it. */
  countAll(): Promise<RestoreCounts>;
  /** Whether the database holds anything a person made: a trip, a person, an organisation. */
  hasData(): Promise<boolean>;
}

type AnyTables = Partial<Record<StoredTableName, readonly unknown[]>>;

export function createBackupRepository(db: PlannerDatabase, clock: Clock, app: FileApp = APP_IDENTITY): BackupRepository {
  const tableOf = (name: StoredTableName) => db.table(name);
  const everyTable = () => STORED_TABLES.map(tableOf);
  const countsOf = (backup: Backup) =>
    Object.fromEntries(STORED_TABLES.map((name) => [name, backup.tables[name].length])) as RestoreCounts;
  const recordsIn = (tables: AnyTables) => STORED_TABLES.reduce((sum, name) => sum + (tables[name]?.length ?? 0), 0);

  async function readAll(): Promise<BackupTables> {
    return db.transaction('r', everyTable(), async () => {
      const rows = await Promise.all(STORED_TABLES.map((name) => tableOf(name).toArray()));
      return Object.fromEntries(STORED_TABLES.map((name, index) => [name, rows[index]])) as unknown as BackupTables;
    });
  }

  /** Every record of a table in key order, a request at a time; inside a transaction. */
  async function readInParts(name: StoredTableName): Promise<unknown[]> {
    const table = tableOf(name);
    const keyPath = table.schema.primKey.keyPath as string;
    const rows: unknown[] = [];
    let last: IndexableType | undefined;
    for (;;) {
      const part: Record<string, IndexableType>[] =
        last === undefined
          ? await table.orderBy(':id').limit(RECORDS_PER_READ).toArray()
          : await table.where(':id').above(last).limit(RECORDS_PER_READ).toArray();
      for (const row of part) rows.push(row);
      if (part.length < RECORDS_PER_READ) return rows;
      last = part[part.length - 1]![keyPath];
    }
  }

  /** Writes every table's rows a request at a time (added after a clear, put for a merge); inside a transaction. */
  async function writeInParts(tables: AnyTables, mode: 'add' | 'put', onWritten?: WriteProgress): Promise<void> {
    const records = recordsIn(tables);
    let written = 0;
    onWritten?.(0, records);
    // Two parts in flight: the database writes one while the page hands it the next, and each part is handed over
    // in a task of its own (the one before it is still being written when it has been).
    let previous: Promise<unknown> | null = null;
    for (const name of STORED_TABLES) {
      const rows = tables[name] ?? [];
      for (let start = 0; start < rows.length; start += RECORDS_PER_REQUEST) {
        const part = rows.slice(start, start + RECORDS_PER_REQUEST);
        const writing = (mode === 'add' ? tableOf(name).bulkAdd(part) : tableOf(name).bulkPut(part)).then(() => {
          written += part.length;
          onWritten?.(written, records);
        });
        // Should the one before fail, this one's failure (the same aborted transaction) is not reported on its own.
        writing.catch(() => undefined);
        if (previous) await previous;
        previous = writing;
      }
    }
    if (previous) await previous;
  }

  /** Clears every table and adds `tables`' rows, in one transaction; returns the rows there were before. */
  async function replaceEverything(tables: AnyTables, onWritten?: WriteProgress): Promise<AnyTables> {
    const before: Partial<Record<StoredTableName, unknown[]>> = {};
    // The data is replaced, not edited: its history starts afresh (change-log.ts).
    await withoutChangeLog(db, () =>
      db.transaction('rw', [...everyTable(), db.changes], async () => {
        for (const name of STORED_TABLES) before[name] = await readInParts(name);
        for (const name of STORED_TABLES) await tableOf(name).clear();
        await db.changes.clear();
        await writeInParts(tables, 'add', onWritten);
      }),
    );
    return before;
  }

  async function restoreReplace(backup: Backup, onWritten?: WriteProgress): Promise<Result<Replaced, Message>> {
    try {
      const before = await replaceEverything(backup.tables, onWritten);
      const revert = async (): Promise<Result<void, Message>> => {
        try {
          await replaceEverything(before);
          return ok(undefined);
        } catch (error) {
          return err(message('backups:stored.notUndone', { reason: error instanceof Error ? error.message : String(error) }));
        }
      };
      return ok({ counts: countsOf(backup), change: { touched: recordsIn(before) + recordsIn(backup.tables), revert } });
    } catch (error) {
      return err(message('backups:stored.notRestored', { reason: reasonOf(error) }));
    }
  }

  async function restoreMerge(backup: Backup, onWritten?: WriteProgress): Promise<Result<RestoreCounts, Message>> {
    try {
      // Records come back from a backup as they were, which the log does not record (change-log.ts).
      await withoutChangeLog(db, () => db.transaction('rw', everyTable(), () => writeInParts(backup.tables, 'put', onWritten)));
      return ok(countsOf(backup));
    } catch (error) {
      return err(message('backups:stored.notRestored', { reason: reasonOf(error) }));
    }
  }

  return {
    databaseName: db.name,
    readAll,
    async exportAll() {
      const tables = await readAll();
      return serializeBackup(createBackup(app, clock.now(), tables));
    },
    restoreReplace,
    restoreMerge,
    async eraseAll() {
      try {
        // This computer's own tables go too: the change log, and its copies of the trips it exchanged, which
        // hold the same personal data.
        const erased = [...everyTable(), ...LOCAL_TABLES.map((name) => db.table(name))];
        await withoutChangeLog(db, () =>
          db.transaction('rw', erased, async () => {
            for (const table of erased) await table.clear();
          }),
        );
        return ok(undefined);
      } catch (error) {
        return err(message('backups:stored.notErased', { reason: reasonOf(error) }));
      }
    },
    async countAll() {
      const counts = await db.transaction('r', everyTable(), () => Promise.all(STORED_TABLES.map((name) => tableOf(name).count())));
      return Object.fromEntries(STORED_TABLES.map((name, index) => [name, counts[index]])) as RestoreCounts;
    },
    async hasData() {
      const counts = await Promise.all([db.trips.count(), db.people.count(), db.organisations.count()]);
      return counts.some((count) => count > 0);
    },
  };
}

/** Why a write failed: a full disk is named as such (Dexie reports it as QuotaExceededError), else the error's own words. */
function reasonOf(error: unknown): Message | string {
  const name = error instanceof Error ? error.name : '';
  const inner = error instanceof Error && 'inner' in error && error.inner instanceof Error ? error.inner.name : '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return message('backups:stored.full');
  }
  return error instanceof Error ? error.message : String(error);
}
