/**
 * The change log's unit: one field of one record set to a value at a hybrid-logical-clock time, by whom. Every
 * write on this computer is recorded so (storage/change-log.ts); a record's history is read from it, and
 * copies of the data that have exchanged their changes merge them field by field, the latest clock winning,
 * so that every copy that has seen the same changes holds the same data, whatever order they came in.
 *
 * A new record is one change of the whole record (field CREATED); a deletion is one change of DELETED. Both
 * take part in the merge as fields do: a record exists when its latest creation is later than its latest
 * deletion, and then holds, field by field, the latest value set.
 */
import equal from 'fast-deep-equal';

/** The field of a change that created a record: its value is the whole record. */
export const CREATED = '*';
/** The field of a change that deleted a record: its value is null. */
export const DELETED = '-';

/** Fields that are bookkeeping rather than content: written with every change, never recorded on their own. */
export const UNTRACKED_FIELDS: ReadonlySet<string> = new Set(['updatedAt']);

export interface FieldChange {
  /** The clock time, then table, record and field: unique, and in time order. */
  id: string;
  /** When: a formatted hybrid timestamp (hybrid-logical-clock.ts), whose last part is the computer. */
  hlc: string;
  table: string;
  recordId: string;
  /** A field of the record, or CREATED or DELETED. */
  field: string;
  /** The field's new value; the whole record for CREATED; null for DELETED. */
  value: unknown;
  /** The field's value before, as this computer had it; absent for CREATED and for changes received. */
  previous?: unknown;
  /** The organiser's name as set in Settings on the computer that made it; empty when none was set. */
  organiser: string;
}

export type RecordValue = Record<string, unknown>;

/** The id of a change: sorts by time first. */
export function changeId(hlc: string, table: string, recordId: string, field: string): string {
  return `${hlc}|${table}|${recordId}|${field}`;
}

/** The fields `after` changes in `before`, with their old values; every field once, bookkeeping left out. */
export function changedFields(before: RecordValue, after: RecordValue): { field: string; value: unknown; previous: unknown }[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed: { field: string; value: unknown; previous: unknown }[] = [];
  for (const field of fields) {
    if (UNTRACKED_FIELDS.has(field)) continue;
    const value = after[field];
    const previous = before[field];
    if (!equal(value, previous)) changed.push({ field, value, previous });
  }
  return changed;
}

/** Per table and record, per field: the latest change seen, which is what the merged record holds. */
export type MergedState = Map<string, Map<string, Map<string, FieldChange>>>;

/**
 * Merges `changes` into `state` by last writer per field (by hybrid timestamp, ties impossible since each
 * computer's timestamps are its own). Commutative, associative and idempotent: any copies that have merged the
 * same changes, in any order and any number of times, hold the same state.
 */
export function mergeChanges(state: MergedState, changes: Iterable<FieldChange>): void {
  for (const change of changes) {
    let table = state.get(change.table);
    if (!table) state.set(change.table, (table = new Map()));
    let record = table.get(change.recordId);
    if (!record) table.set(change.recordId, (record = new Map()));
    const fields = change.field === CREATED ? [CREATED, ...Object.keys(change.value as RecordValue)] : [change.field];
    for (const field of fields) {
      if (UNTRACKED_FIELDS.has(field)) continue;
      const latest = record.get(field);
      if (!latest || latest.hlc < change.hlc) record.set(field, change);
    }
  }
}

/** The record a merged state holds: null when it was deleted after it was last created, or never created here. */
export function mergedRecord(fields: Map<string, FieldChange>): RecordValue | null {
  const created = fields.get(CREATED);
  const deleted = fields.get(DELETED);
  if (!created || (deleted && deleted.hlc > created.hlc)) return null;
  const record: RecordValue = {};
  for (const [field, change] of fields) {
    if (field === CREATED || field === DELETED) continue;
    const value = change.field === CREATED ? (change.value as RecordValue)[field] : change.value;
    if (value !== undefined) record[field] = value;
  }
  return record;
}
