/**
 * Backups of the whole database, and restoring one. A backup is read in one transaction over every table, so
 * it is one consistent moment; a restore writes in one transaction, so it happens entirely or not at all: if
 * any record is refused, the database is as it was. Only parsed backups (see parseBackup) come in here.
 *
 * Nothing but Dexie is awaited inside a transaction: awaiting anything else ends it (PrematureCommitError).
 */
import { createBackup, serializeBackup, type Backup, type BackupTables } from '../domain/files/backup';
import type { FileApp } from '../domain/files/file-envelope';
import { STORED_TABLES, type StoredTableName } from '../domain/schema/schema-history';
import { message, type Message } from '../domain/shared/message';
import { err, ok, type Result } from '../domain/shared/result';
import type { Clock } from './clock';
import type { PlannerDatabase } from './database';

/** The app that writes backups; a test keeps the version equal to package.json's. */
export const APP_IDENTITY: FileApp = { name: 'Delegation Planner', version: '0.1.0' };

export type RestoreCounts = Record<StoredTableName, number>;

export interface BackupRepository {
  /** Every table as it is now, read in one transaction. */
  readAll(): Promise<BackupTables>;
  /** The text of a backup file of the whole database. */
  exportAll(): Promise<string>;
  /** Replaces everything in the database with the backup's records; on any failure nothing changes. */
  restoreReplace(backup: Backup): Promise<Result<RestoreCounts, Message>>;
  /**
   * Adds the backup's records to the database, replacing those with the same id (the same key for settings);
   * records not in the backup stay. On any failure nothing changes.
   */
  restoreMerge(backup: Backup): Promise<Result<RestoreCounts, Message>>;
  /** Removes every record of every table, in one transaction. */
  eraseAll(): Promise<Result<void, Message>>;
  /** How many records each table holds now, for comparing with a backup before restoring it. */
  countAll(): Promise<RestoreCounts>;
  /** Whether the database holds anything a person made: a trip, a person, an organisation. */
  hasData(): Promise<boolean>;
}

export function createBackupRepository(db: PlannerDatabase, clock: Clock, app: FileApp = APP_IDENTITY): BackupRepository {
  const tableOf = (name: StoredTableName) => db.table(name);
  const everyTable = () => STORED_TABLES.map(tableOf);
  const countsOf = (backup: Backup) =>
    Object.fromEntries(STORED_TABLES.map((name) => [name, backup.tables[name].length])) as RestoreCounts;

  async function readAll(): Promise<BackupTables> {
    return db.transaction('r', everyTable(), async () => {
      const rows = await Promise.all(STORED_TABLES.map((name) => tableOf(name).toArray()));
      return Object.fromEntries(STORED_TABLES.map((name, index) => [name, rows[index]])) as unknown as BackupTables;
    });
  }

  async function write(backup: Backup, mode: 'replace' | 'merge'): Promise<Result<RestoreCounts, Message>> {
    try {
      await db.transaction('rw', everyTable(), async () => {
        if (mode === 'replace') {
          for (const name of STORED_TABLES) await tableOf(name).clear();
        }
        for (const name of STORED_TABLES) {
          const rows = backup.tables[name] as unknown[];
          if (rows.length === 0) continue;
          if (mode === 'replace') await tableOf(name).bulkAdd(rows);
          else await tableOf(name).bulkPut(rows);
        }
      });
      return ok(countsOf(backup));
    } catch (error) {
      return err(message('backups:stored.notRestored', { reason: reasonOf(error) }));
    }
  }

  return {
    readAll,
    async exportAll() {
      const tables = await readAll();
      return serializeBackup(createBackup(app, clock.now(), tables));
    },
    restoreReplace: (backup) => write(backup, 'replace'),
    restoreMerge: (backup) => write(backup, 'merge'),
    async eraseAll() {
      try {
        await db.transaction('rw', everyTable(), async () => {
          for (const table of everyTable()) await table.clear();
        });
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
