/** The team space as the interface reaches it: syncing, what is shared, and the clashes to review. */
import { TRACKED_TABLES, type StoredTableName } from '../domain/schema/schema-history';
import type { Clock } from './clock';
import type { PlannerDatabase } from './database';
import { syncTeamSpace, type SyncReport, type SyncStage, type TeamConnection } from './team-sync';
import { chooseShared, waitingChanges } from './team-sync-scope';
import { clashesToReview, forgetTeamSpace, readSyncState, type StoredClash, type SyncState } from './team-sync-state';

export interface ClashForReview extends StoredClash {
  /** The record's name (or title) now; null when it has none, or is gone. */
  recordName: string | null;
}

/** The field a record of each table is known by in a list. */
const NAME_FIELDS = ['name', 'title', 'description'] as const;

export interface TeamRepository {
  /** This computer's state in the space (how far it has read, the team's choices, the last sync). */
  state(spaceId: string): Promise<SyncState>;
  /** How many of this computer's changes wait to be sent. */
  waiting(spaceId: string, node: string): Promise<number>;
  sync(connection: TeamConnection, onStage?: (stage: SyncStage) => void): Promise<SyncReport>;
  /** Shares a trip (by id) or the directory with the team, or stops sharing it; sent at the next sync. */
  share(connection: Pick<TeamConnection, 'spaceId' | 'author'>, scope: string, shared: boolean): Promise<void>;
  /** Forgets the space here: the data stays, as it is. */
  forget(): Promise<void>;
  /** The clashes not reviewed yet, newest first, each with the name of its record as it is now. */
  clashes(): Promise<ClashForReview[]>;
  /** Keeps what the sync kept. */
  markReviewed(id: string): Promise<void>;
  /**
   * Puts the value that lost back, as a new change the next sync sends (so it wins everywhere), and marks the
   * clash reviewed; `gone` when the record is no longer here.
   */
  restoreLost(clash: StoredClash): Promise<'restored' | 'gone'>;
}

export function createTeamRepository(db: PlannerDatabase, clock: Clock): TeamRepository {
  return {
    state: (spaceId) => readSyncState(db, spaceId),
    waiting: (spaceId, node) => waitingChanges(db, spaceId, node),
    sync: (connection, onStage) => syncTeamSpace({ ...connection, db }, onStage),
    share: (connection, scope, shared) => chooseShared({ db, ...connection }, scope, shared),
    forget: () => forgetTeamSpace(db),
    clashes: () =>
      db.transaction('r', [db.syncClashes, ...new Set(TRACKED_TABLES.map((name) => db.table(name)))], async () => {
        const clashes = await clashesToReview(db);
        return Promise.all(
          clashes.map(async (clash) => {
            const record = (await db.table(clash.table).get(clash.recordId)) as Record<string, unknown> | undefined;
            const name = NAME_FIELDS.map((field) => record?.[field]).find((value): value is string => typeof value === 'string' && value !== '');
            return { ...clash, recordName: name ?? null };
          }),
        );
      }),
    async markReviewed(id) {
      await db.syncClashes.update(id, { reviewedAt: clock.now() });
    },
    restoreLost(clash) {
      const table = db.table(clash.table as StoredTableName);
      return db.transaction('rw', table, db.syncClashes, async () => {
        const record = (await table.get(clash.recordId)) as Record<string, unknown> | undefined;
        await db.syncClashes.update(clash.id, { reviewedAt: clock.now() });
        if (!record) return 'gone';
        const changes: Record<string, unknown> = { [clash.field]: clash.lost.value };
        if ('updatedAt' in record) changes['updatedAt'] = clock.now();
        await table.update(clash.recordId, changes);
        return 'restored';
      });
    },
  };
}
