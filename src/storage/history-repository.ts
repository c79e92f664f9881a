/** The change log read back: a record's history, and the log kept to a bounded period. */
import type { FieldChange } from '../domain/history/field-changes';
import type { PlanTableName } from '../domain/files/trip-import-plan';
import type { PlannerDatabase } from './database';

/** How long changes are kept: a mission is planned over months, and its history matters while it is. */
export const HISTORY_KEPT_DAYS = 400;

export interface HistoryRepository {
  /** The changes of one record, newest first, at most `limit` of them. */
  ofRecord(table: PlanTableName, recordId: string, limit?: number): Promise<FieldChange[]>;
  /** Forgets changes made before `now` less HISTORY_KEPT_DAYS; says how many went. */
  prune(now: Date): Promise<number>;
}

export function createHistoryRepository(db: PlannerDatabase): HistoryRepository {
  return {
    ofRecord(table, recordId, limit = 200) {
      // The log is written below Dexie's live-query tracking (change-log.ts). So a live history follows the
      // record, which every logged change writes, and reads the log in a transaction of its own, which Dexie's
      // live-query cache does not answer from what it read before.
      return db.transaction('r', [db.table(table), db.changes], async () => {
        await db.table(table).get(recordId);
        const changes = await db.changes.where('[table+recordId]').equals([table, recordId]).toArray();
        return changes.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)).slice(0, limit);
      });
    },
    prune(now) {
      // Ids begin with the change's time, so the old ones are a range of the primary key.
      const before = new Date(now.getTime() - HISTORY_KEPT_DAYS * 86_400_000).toISOString();
      return db.changes.where('id').below(before).delete();
    },
  };
}
