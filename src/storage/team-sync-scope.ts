/**
 * What the team shares: the directory, and trips one by one, chosen by any organiser, the latest choice winning.
 * Each change belongs to a scope (a trip's id, or the directory), found from its record; a scope shared anew is
 * sent whole, as the changes that decide it.
 */
import { CREATED, DELETED, changeId, type FieldChange, type RecordValue } from '../domain/history/field-changes';
import { formatTimestamp, nextTimestamp, parseTimestamp } from '../domain/history/hybrid-logical-clock';
import { TRIP_OWNED_TABLES, type StoredTableName } from '../domain/schema/schema-history';
import { DIRECTORY_SCOPE, isShared, SHARED_FIELD, SPACE_TABLE } from '../domain/sync/sync-log';
import { compactChanges } from '../domain/sync/sync-merge';
import type { ChangeAuthor } from './change-log';
import type { PlannerDatabase } from './database';
import { readSyncState, writeSyncState, type SyncState } from './team-sync-state';

/** Another window of the app may commit a change timed up to this long before the latest one sent. */
export const LATE_COMMIT_MS = 60_000;

/** The directory's tables: shared as one, with any shared trip (its people and partners live there). */
const DIRECTORY_TABLES = ['organisations', 'contacts', 'people'] as const satisfies readonly StoredTableName[];

/**
 * Shares a trip (by its id) or the directory with the team, or stops sharing it. Stopping keeps every copy of it
 * as it is, and sends none of its changes from then on. The choice goes out at the next sync.
 */
export async function chooseShared(
  context: { db: PlannerDatabase; spaceId: string; author: () => ChangeAuthor; now?: () => Date },
  scope: string,
  shared: boolean,
): Promise<void> {
  const { db, spaceId } = context;
  const who = context.author();
  const now = (context.now ?? (() => new Date()))();
  await db.transaction('rw', db.syncState, async () => {
    const state = await readSyncState(db, spaceId);
    const latest = Object.values(state.shares).reduce((max, choice) => (choice.hlc > max ? choice.hlc : max), state.sentUpTo);
    const hlc = formatTimestamp(nextTimestamp(parseTimestamp(latest), now.getTime(), who.node));
    const choice: FieldChange = { id: changeId(hlc, SPACE_TABLE, scope, SHARED_FIELD), hlc, table: SPACE_TABLE, recordId: scope, field: SHARED_FIELD, value: shared, organiser: who.organiser };
    const wasShared = isShared(state.shares, scope);
    state.shares[scope] = { hlc, shared, organiser: who.organiser };
    state.unsentChoices.push(choice);
    // Shared anew: everything it holds goes in the next segment, however long ago it was made.
    if (shared && !wasShared) state.toSendWhole = [...new Set([...state.toSendWhole, scope, DIRECTORY_SCOPE])];
    await writeSyncState(db, state);
  });
}

/** The scope (a trip's id, or the directory) of each change, found from the record or from its creation or deletion. */
export async function scopesOf(db: PlannerDatabase, changes: readonly FieldChange[]): Promise<Map<string, string | null>> {
  const scopes = new Map<string, string | null>();
  const byTable = new Map<string, FieldChange[]>();
  for (const change of changes) {
    const group = byTable.get(change.table);
    if (group) group.push(change);
    else byTable.set(change.table, [change]);
  }
  const directory: readonly string[] = DIRECTORY_TABLES;
  for (const [table, tableChanges] of byTable) {
    if (directory.includes(table)) {
      for (const change of tableChanges) scopes.set(change.id, DIRECTORY_SCOPE);
      continue;
    }
    if (table === 'trips') {
      for (const change of tableChanges) scopes.set(change.id, change.recordId);
      continue;
    }
    const ids = [...new Set(tableChanges.map((change) => change.recordId))];
    const records = (await db.table(table).bulkGet(ids)) as (RecordValue | undefined)[];
    const tripOf = new Map<string, string>();
    for (const [index, record] of records.entries()) if (typeof record?.['tripId'] === 'string') tripOf.set(ids[index]!, record['tripId']);
    const noteTrip = (change: FieldChange) => {
      const tripId = wholeRecordOf(change)?.['tripId'];
      if (typeof tripId === 'string') tripOf.set(change.recordId, tripId);
    };
    tableChanges.forEach(noteTrip);
    const unknown = ids.filter((id) => !tripOf.has(id));
    if (unknown.length > 0) {
      // Deleted since: the trip is in the record's creation or deletion, in the log.
      (await db.changes.where('[table+recordId]').anyOf(unknown.map((id) => [table, id])).toArray()).forEach(noteTrip);
    }
    for (const change of tableChanges) scopes.set(change.id, tripOf.get(change.recordId) ?? null);
  }
  return scopes;
}

/** The whole record a creation or a deletion (made here) carries; undefined for a change of one field. */
function wholeRecordOf(change: FieldChange): RecordValue | undefined {
  const whole = change.field === CREATED ? change.value : change.field === DELETED ? change.previous : undefined;
  return (whole ?? undefined) as RecordValue | undefined;
}

/** The current records of a scope, by table. */
async function recordsOf(db: PlannerDatabase, scope: string): Promise<[string, RecordValue[]][]> {
  if (scope === DIRECTORY_SCOPE) return Promise.all(DIRECTORY_TABLES.map(async (table) => [table, (await db.table(table).toArray()) as RecordValue[]] as [string, RecordValue[]]));
  const trip = (await db.trips.get(scope)) as RecordValue | undefined;
  const owned = await Promise.all(
    TRIP_OWNED_TABLES.map(async (table) => [table, (await db.table(table).where('tripId').equals(scope).toArray()) as RecordValue[]] as [string, RecordValue[]]),
  );
  return [['trips', trip ? [trip] : []], ...owned];
}

/**
 * Everything a scope holds, as the changes that decide it: its records' logged changes compacted, and, for a
 * record whose creation the log no longer reaches (made before the log, or pruned), its creation as it is now,
 * timed at the clock's start so that every logged change of it still wins.
 */
export async function wholeScope(db: PlannerDatabase, scope: string, node: string, organiser: string): Promise<FieldChange[]> {
  const changes: FieldChange[] = [];
  const origin = formatTimestamp({ millis: 0, counter: 0, node });
  for (const [table, records] of await recordsOf(db, scope)) {
    if (records.length === 0) continue;
    const logged = await db.changes.where('[table+recordId]').anyOf(records.map((record) => [table, String(record['id'])])).toArray();
    const created = new Set(logged.filter((change) => change.field === CREATED).map((change) => change.recordId));
    for (const record of records) {
      const recordId = String(record['id']);
      if (!created.has(recordId)) changes.push({ id: changeId(origin, table, recordId, CREATED), hlc: origin, table, recordId, field: CREATED, value: record, organiser });
    }
    changes.push(...logged);
  }
  return compactChanges(changes).map(withoutPrevious);
}

/** A change as it is sent: what it was before is this computer's own business. */
export function withoutPrevious(change: FieldChange): FieldChange {
  const { previous: _previous, ...sent } = change;
  return sent;
}

/** This computer's changes not sent yet, oldest first (those of another window committed late among them). */
export async function unsentChanges(db: PlannerDatabase, state: SyncState, node: string): Promise<FieldChange[]> {
  const sent = parseTimestamp(state.sentUpTo);
  const from = sent ? new Date(sent.millis - LATE_COMMIT_MS).toISOString() : '';
  const recently = new Set(state.recentlySent);
  // Ids first, then only the stretch holding this computer's own: one that mostly reads its colleagues' changes
  // holds many more of theirs, whole records among them, than it has to send.
  const ids = (await db.changes.where('id').above(from).primaryKeys()) as string[];
  const own = ids.filter((id) => id.slice(0, id.indexOf('|')).endsWith(node) && !recently.has(id));
  if (own.length === 0) return [];
  const ownIds = new Set(own);
  const candidates = await db.changes.where('id').between(own[0]!, own.at(-1)!, true, true).toArray();
  return candidates.filter((change) => ownIds.has(change.id));
}

/** How many of this computer's changes wait to be sent to the team (an estimate for the sidebar: changes, not records). */
export async function waitingChanges(db: PlannerDatabase, spaceId: string, node: string): Promise<number> {
  const state = await readSyncState(db, spaceId);
  const unsent = (await unsentChanges(db, state, node)).filter((change) => change.hlc > state.sentUpTo);
  const scopes = await scopesOf(db, unsent);
  const shared = unsent.filter((change) => {
    const scope = scopes.get(change.id);
    return scope !== undefined && scope !== null && isShared(state.shares, scope);
  });
  return shared.length + state.unsentChoices.length + state.toSendWhole.length;
}
