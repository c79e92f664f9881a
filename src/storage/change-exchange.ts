/**
 * Exchanging changes between copies of the data: what this copy has changed, and merging in what another copy
 * changed, field by field, the latest hybrid timestamp winning (domain/history/field-changes.ts mergeChanges).
 * Copies that have received each other's changes hold the same records, whatever order the changes came in, and
 * however often. This is what a trip file import and a team sync between organisers build on.
 */
import {
  CREATED,
  mergeChanges,
  mergedRecord,
  type FieldChange,
  type MergedState,
  type RecordValue,
} from '../domain/history/field-changes';
import { parseTimestamp } from '../domain/history/hybrid-logical-clock';
import { TRACKED_TABLES } from '../domain/schema/schema-history';
import { receiveClock, withoutChangeLog } from './change-log';
import type { PlannerDatabase } from './database';

/** The changes this copy holds, oldest first; after `since` (a change's hlc) when given. */
export function changesSince(db: PlannerDatabase, since: string | null = null): Promise<FieldChange[]> {
  // Ids start with the timestamp; the last character after every hlc with this prefix is '|'.
  return since === null ? db.changes.orderBy('id').toArray() : db.changes.where('id').above(`${since}|~`).toArray();
}

export interface ApplyOptions {
  /** Shown each record's changes, those held here and those new to it, inside the transaction (to find clashes). */
  inspect?(here: readonly FieldChange[], fresh: readonly FieldChange[]): void;
  /**
   * Whether a merged record may be stored: a reason it may not, or null. A reason throws a RefusedMergeError
   * naming the changes that made the record, and nothing of the whole call is stored.
   */
  check?(table: string, record: RecordValue): string | null;
  /**
   * Who sent each change. When a merged record is refused and several sent changes of it, the error names only
   * the changes of those whose changes alone make it what it may not be (all, when only the mix of them does).
   */
  sourceOf?(change: FieldChange): string;
}

/** A merge refused by `check`: nothing was stored. */
export class RefusedMergeError extends Error {
  constructor(
    readonly table: string,
    readonly recordId: string,
    readonly reason: string,
    /** The new changes of the record: whoever made them sent the record as it may not be. */
    readonly changes: readonly FieldChange[],
  ) {
    super(`A merged ${table} record ${recordId} was refused: ${reason}.`);
    this.name = 'RefusedMergeError';
  }
}

/**
 * Merges changes made on another copy into this one, in one transaction: each record they touch becomes what
 * its changes here and there, together, say; the changes join this copy's log as they were made. A record
 * here that the log does not reach back to (made before the log, or its history pruned) counts as created
 * before any change. Changes this copy already has are skipped.
 */
export async function applyReceivedChanges(
  db: PlannerDatabase,
  received: readonly FieldChange[],
  options: ApplyOptions = {},
): Promise<{ records: number }> {
  const tracked: readonly string[] = TRACKED_TABLES;
  const usable = received.filter((change) => tracked.includes(change.table) && parseTimestamp(change.hlc) !== null);
  if (usable.length === 0) return { records: 0 };
  const tables = [...new Set(usable.map((change) => change.table))];
  let records = 0;
  await withoutChangeLog(db, () =>
    db.transaction('rw', [...tables.map((name) => db.table(name)), db.changes], async () => {
      // The ids held between the first and the last received, in one request and without their values: asking
      // for each received change by itself held the page still for as long as a first sync's hundreds took.
      const ids = usable.map((change) => change.id).sort();
      const known = new Set(await db.changes.where(':id').between(ids[0]!, ids.at(-1)!, true, true).primaryKeys());
      const fresh = usable.filter((change) => !known.has(change.id));
      const byRecord = groupByRecord(fresh);
      const keys = [...byRecord.values()].map(([first]) => [first!.table, first!.recordId]);
      // Read at once, not record by record: a first sync brings hundreds of records, and each read waits its turn.
      const current = new Map<string, RecordValue>();
      for (const table of tables) {
        const ids = keys.filter(([name]) => name === table).map(([, id]) => id!);
        const rows = (await db.table(table).bulkGet(ids)) as (RecordValue | undefined)[];
        rows.forEach((row, index) => {
          if (row) current.set(recordKey(table, ids[index]!), row);
        });
      }
      const logged = groupByRecord(keys.length > 0 ? await db.changes.where('[table+recordId]').anyOf(keys).toArray() : []);
      const puts = new Map<string, RecordValue[]>();
      const deletes = new Map<string, string[]>();
      for (const [key, changes] of byRecord) {
        const { table, recordId } = changes[0]!;
        const here = logged.get(key) ?? [];
        const held = current.get(key);
        options.inspect?.(here, changes);
        const record = mergedWith(table, recordId, held, here, changes);
        if (record === null) {
          if (held) deletes.set(table, [...(deletes.get(table) ?? []), recordId]);
        } else {
          const refusal = options.check?.(table, record) ?? null;
          if (refusal !== null) throw new RefusedMergeError(table, recordId, refusal, toBlame(table, recordId, held, here, changes, options));
          const list = puts.get(table);
          if (list) list.push(record);
          else puts.set(table, [record]);
        }
        records += 1;
        // Written as it goes, a batch at a time: each write lets the page paint, so merging hundreds of records
        // does not hold it still.
        if (records % WRITE_BATCH === 0) await write(db, puts, deletes);
      }
      await write(db, puts, deletes);
      await db.changes.bulkPut(fresh);
    }),
  );
  const latest = usable.reduce((max, change) => (change.hlc > max ? change.hlc : max), '');
  receiveClock(db, latest);
  return { records };
}

/** Records merged between writes. */
const WRITE_BATCH = 100;

/** Stores the merged records and removes the deleted ones, and forgets them. */
async function write(db: PlannerDatabase, puts: Map<string, RecordValue[]>, deletes: Map<string, string[]>): Promise<void> {
  for (const [table, rows] of puts) await db.table(table).bulkPut(rows);
  for (const [table, ids] of deletes) await db.table(table).bulkDelete(ids);
  puts.clear();
  deletes.clear();
}

/** The record its changes here and those received make, updatedAt included; null when they delete it. */
function mergedWith(table: string, recordId: string, held: RecordValue | undefined, here: readonly FieldChange[], changes: readonly FieldChange[]): RecordValue | null {
  const state: MergedState = new Map();
  if (held) mergeChanges(state, [baseline(table, recordId, held)]);
  mergeChanges(state, [...here, ...changes]);
  const merged = mergedRecord(state.get(table)!.get(recordId)!);
  return merged === null ? null : withUpdatedAt(merged, held, changes);
}

/** The received changes of a refused record to blame: those of each sender whose changes alone are refused, or all. */
function toBlame(
  table: string,
  recordId: string,
  held: RecordValue | undefined,
  here: readonly FieldChange[],
  changes: readonly FieldChange[],
  options: ApplyOptions,
): readonly FieldChange[] {
  const { sourceOf, check } = options;
  if (!sourceOf || !check) return changes;
  const bySource = new Map<string, FieldChange[]>();
  for (const change of changes) bySource.set(sourceOf(change), [...(bySource.get(sourceOf(change)) ?? []), change]);
  if (bySource.size < 2) return changes;
  const blamed = [...bySource.values()].filter((own) => {
    const record = mergedWith(table, recordId, held, here, own);
    return record !== null && check(table, record) !== null;
  });
  return blamed.length > 0 ? blamed.flat() : changes;
}

function recordKey(table: string, recordId: string): string {
  return JSON.stringify([table, recordId]);
}

/** Changes by the record they change, in the order given. */
function groupByRecord(changes: readonly FieldChange[]): Map<string, FieldChange[]> {
  const byRecord = new Map<string, FieldChange[]>();
  for (const change of changes) {
    const key = recordKey(change.table, change.recordId);
    const list = byRecord.get(key);
    if (list) list.push(change);
    else byRecord.set(key, [change]);
  }
  return byRecord;
}

/** A record as this copy holds it, as if created before any change: every change of it wins over it. */
function baseline(table: string, recordId: string, record: RecordValue): FieldChange {
  return { id: '', hlc: '', table, recordId, field: CREATED, value: record, organiser: '' };
}

/** updatedAt is bookkeeping the merge leaves out: a record that has one was last updated by its latest change. */
function withUpdatedAt(merged: RecordValue, current: RecordValue | undefined, changes: readonly FieldChange[]): RecordValue {
  const created = changes.find((change) => change.field === CREATED)?.value as RecordValue | undefined;
  if (!(current && 'updatedAt' in current) && !(created && 'updatedAt' in created)) return merged;
  const latest = parseTimestamp(changes.reduce((max, change) => (change.hlc > max ? change.hlc : max), ''));
  return latest ? { ...merged, updatedAt: new Date(latest.millis).toISOString() } : merged;
}
