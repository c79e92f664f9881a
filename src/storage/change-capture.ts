/**
 * Undo for changes of many records at once (an import, a restore that merges): while a change is captured,
 * every write to any table first records how the records it touches were before (or that they were not
 * there). Reverting puts exactly those records back, in one transaction, and removes the ones the change added.
 *
 * It sits in Dexie's DBCore middleware stack, below every repository, so an operation needs no bookkeeping of
 * its own and cannot forget a table: whatever it writes, through whichever method, is recorded. Only the first
 * state of a record counts, so a record written twice is put back as it was before both.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Dexie, Middleware } from 'dexie';
import equal from 'fast-deep-equal';
import { message, type Message } from '../domain/shared/message';
import { err, ok, type Result } from '../domain/shared/result';

/** Per table, per primary key: the record before the change, or undefined if it was not there. */
type Before = Map<string, Map<unknown, unknown>>;

const activeCaptures = new WeakMap<Dexie, Set<Before>>();

function capturesOf(db: Dexie): Set<Before> {
  let set = activeCaptures.get(db);
  if (!set) {
    set = new Set();
    activeCaptures.set(db, set);
  }
  return set;
}

/** Installs the recording middleware; call before the database opens (openDatabase does). */
export function installChangeCapture(db: Dexie): void {
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'change-capture',
    // Below Dexie's own middlewares, next to IndexedDB: the reads it makes need none of their context (the
    // live-query cache looks for a transaction in its zone, which an awaited read here does not carry).
    level: -10,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          async mutate(request) {
            const captures = capturesOf(db);
            if (captures.size > 0) await recordBefore(table, request, captures);
            return table.mutate(request);
          },
        };
      },
    }),
  };
  db.use(middleware);
}

async function recordBefore(table: DBCoreTable, request: DBCoreMutateRequest, captures: Set<Before>): Promise<void> {
  const keys = await keysOf(table, request);
  if (keys.length === 0) return;
  const records: unknown[] = await table.getMany({ trans: request.trans, keys });
  for (const capture of captures) {
    let forTable = capture.get(table.name);
    if (!forTable) {
      forTable = new Map();
      capture.set(table.name, forTable);
    }
    for (const [index, key] of keys.entries()) {
      if (!forTable.has(key)) forTable.set(key, records[index]);
    }
  }
}

/** The primary keys a write touches, whatever its kind (a range deletion is asked for its keys). */
export async function keysOf(table: DBCoreTable, request: DBCoreMutateRequest): Promise<unknown[]> {
  if (request.type === 'deleteRange') {
    const found = await table.query({ trans: request.trans, values: false, query: { index: table.schema.primaryKey, range: request.range } });
    return found.result;
  }
  if (request.type === 'delete') return request.keys;
  const keys = new Set<unknown>(request.keys ?? []);
  if (request.type === 'put') for (const key of request.updates?.keys ?? []) keys.add(key);
  const extractKey = table.schema.primaryKey.extractKey;
  if (!request.keys && extractKey) for (const value of request.values) keys.add(extractKey(value));
  return [...keys].filter((key) => key !== undefined);
}

/** A captured change: how many records it touched, and how to put them back. */
export interface CapturedChange<T> {
  value: T;
  /** Records written, added or removed by the change. */
  touched: number;
  /**
   * Puts back what the change did, in one transaction, field by field: a field changed since (in another window,
   * or by a later edit) keeps its newer value, a record added and changed since stays, and one removed and made
   * again since is not replaced. Never overwrites what was done after the change.
   */
  revert(): Promise<Result<void, Message>>;
}

/**
 * Runs `change`, recording the state before of every record it writes, and after it the state it left. Other
 * writes made while it runs are recorded too (they would be undone with it), so keep captures to one operation
 * the person just asked for.
 */
export async function captureChanges<T>(db: Dexie, change: () => Promise<T>): Promise<CapturedChange<T>> {
  const before: Before = new Map();
  const captures = capturesOf(db);
  captures.add(before);
  let value: T;
  try {
    value = await change();
  } finally {
    captures.delete(before);
  }
  const after = await statesOf(db, before);
  let touched = 0;
  for (const records of before.values()) touched += records.size;
  return { value, touched, revert: () => revert(db, before, after) };
}

/** The records `before` names, as they are now. */
async function statesOf(db: Dexie, before: Before): Promise<Before> {
  const states: Before = new Map();
  const tables = [...before.keys()].map((name) => db.table(name));
  if (tables.length === 0) return states;
  await db.transaction('r', tables, async () => {
    for (const [name, records] of before) {
      const keys = [...records.keys()];
      const now = await db.table(name).bulkGet(keys as never[]);
      states.set(name, new Map(keys.map((key, index) => [key, now[index]])));
    }
  });
  return states;
}

async function revert(db: Dexie, before: Before, after: Before): Promise<Result<void, Message>> {
  const tables = [...before.keys()].map((name) => db.table(name));
  if (tables.length === 0) return ok(undefined);
  try {
    await db.transaction('rw', tables, async () => {
      for (const [name, records] of before) {
        const table = db.table(name);
        const keys = [...records.keys()];
        const now = await table.bulkGet(keys as never[]);
        const removed: unknown[] = [];
        const restored: unknown[] = [];
        for (const [index, key] of keys.entries()) {
          const wanted = revertedRecord(records.get(key), after.get(name)?.get(key), now[index]);
          if (wanted === 'remove') removed.push(key);
          else if (wanted !== 'keep') restored.push(wanted);
        }
        if (removed.length > 0) await table.bulkDelete(removed as never[]);
        if (restored.length > 0) await table.bulkPut(restored);
      }
    });
    return ok(undefined);
  } catch (error) {
    return err(message('backups:stored.notUndone', { reason: error instanceof Error ? error.message : String(error) }));
  }
}

type Row = Record<string, unknown>;

/** What undoing a change makes of one record: it as it was, removed, or kept as it is now. */
function revertedRecord(was: unknown, left: unknown, now: unknown): Row | 'remove' | 'keep' {
  if (was === undefined) return now !== undefined && equal(now, left) ? 'remove' : 'keep';
  if (left === undefined) return now === undefined ? (was as Row) : 'keep';
  if (now === undefined) return 'keep';
  const [before, after, current] = [was as Row, left as Row, now as Row];
  const record: Row = { ...current };
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (equal(before[field], after[field]) || !equal(current[field], after[field])) continue;
    if (before[field] === undefined) delete record[field];
    else record[field] = before[field];
  }
  return record;
}
