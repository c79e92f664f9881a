/**
 * The change log: every write to the data, through whichever repository or method, is recorded field by field
 * in the `changes` table (domain/history/field-changes.ts), in the same transaction as the write itself, so the
 * log and the data can never disagree. A record's history is read from it, and it is what copies of the data
 * exchange and merge.
 *
 * Like change-capture.ts it sits in Dexie's DBCore middleware stack, below every repository. It adds `changes`
 * to every read-write transaction, as Dexie.Observable adds its `_changes` table: a repository's transaction
 * names only the tables it means to write, and cannot forget the log.
 *
 * Not recorded:
 * - schema upgrades (they change the shape of data, not its content);
 * - what runs inside `withoutChangeLog`: a restore or an erase (the whole data replaced by a backup, or gone,
 *   which starts the history afresh) and changes received from another copy (logged as they were made there).
 *
 * All the fields of one transaction share one hybrid timestamp: a save is one entry in a record's history.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Dexie, Middleware } from 'dexie';
import { changedFields, changeId, CREATED, DELETED, type FieldChange, type RecordValue } from '../domain/history/field-changes';
import { formatTimestamp, nextTimestamp, parseTimestamp, receiveTimestamp, type HybridTimestamp } from '../domain/history/hybrid-logical-clock';
import { CHANGE_LOG_TABLE, TRACKED_TABLES } from '../domain/schema/schema-history';
import { keysOf } from './change-capture';

/** Who makes the changes on this computer. */
export interface ChangeAuthor {
  /** The computer: sixteen hexadecimal digits, made once (hybrid-logical-clock.ts newNode). */
  node: string;
  /** The organiser's name as set in Settings; empty when none is. */
  organiser: string;
}

/** For tests and for data opened without a computer of its own: a fixed node and no name. */
export const ANONYMOUS_AUTHOR: ChangeAuthor = { node: '0000000000000000', organiser: '' };

export interface ChangeLogOptions {
  author?: () => ChangeAuthor;
  now?: () => number;
}

const suspended = new WeakMap<Dexie, number>();
/** Per database, the latest timestamp made or received here. */
const clocks = new WeakMap<Dexie, { last: HybridTimestamp | null; author: () => ChangeAuthor; now: () => number }>();
const tracked: ReadonlySet<string> = new Set(TRACKED_TABLES);

/** Runs `change` without recording it in the log (see the header for what that is for). */
export async function withoutChangeLog<T>(db: Dexie, change: () => Promise<T>): Promise<T> {
  suspended.set(db, (suspended.get(db) ?? 0) + 1);
  try {
    return await change();
  } finally {
    suspended.set(db, (suspended.get(db) ?? 1) - 1);
  }
}

/** Installs the logging middleware; call before the database opens (openDatabase does). */
export function installChangeLog(db: Dexie, options: ChangeLogOptions = {}): void {
  const clock = { last: null as HybridTimestamp | null, author: options.author ?? (() => ANONYMOUS_AUTHOR), now: options.now ?? Date.now };
  clocks.set(db, clock);
  // One timestamp per transaction: every field a save writes is one entry of the history.
  const timestamps = new WeakMap<DBCoreTransaction, { hlc: string; organiser: string }>();
  const stampOf = (trans: DBCoreTransaction) => {
    let stamp = timestamps.get(trans);
    if (!stamp) {
      const who = clock.author();
      clock.last = nextTimestamp(clock.last, clock.now(), who.node);
      stamp = { hlc: formatTimestamp(clock.last), organiser: who.organiser };
      timestamps.set(trans, stamp);
    }
    return stamp;
  };

  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'change-log',
    // Below change-capture (-10): the log's own writes are not part of a change that undo puts back.
    level: -20,
    create: (down) => ({
      ...down,
      transaction(stores, mode, transactionOptions) {
        const withLog =
          mode === 'readwrite' && !stores.includes(CHANGE_LOG_TABLE) && stores.some((store) => tracked.has(store))
            ? [...stores, CHANGE_LOG_TABLE]
            : stores;
        return down.transaction(withLog, mode, transactionOptions);
      },
      table: (name) => {
        const table = down.table(name);
        if (!tracked.has(name)) return table;
        return {
          ...table,
          async mutate(request) {
            if ((suspended.get(db) ?? 0) > 0 || isUpgrade(request.trans)) return table.mutate(request);
            const keys = await keysOf(table, request);
            if (keys.length === 0) return table.mutate(request);
            const before = request.type === 'add' ? [] : await table.getMany({ trans: request.trans, keys });
            const result = await table.mutate(request);
            const after = isDeletion(request) ? [] : await table.getMany({ trans: request.trans, keys });
            const changes = changesOf(name, keys, before, after, () => stampOf(request.trans));
            if (changes.length > 0) await down.table(CHANGE_LOG_TABLE).mutate({ type: 'put', trans: request.trans, values: changes });
            return result;
          },
        } satisfies DBCoreTable;
      },
    }),
  };
  db.use(middleware);
}

function isUpgrade(trans: DBCoreTransaction): boolean {
  return (trans as unknown as { mode?: string }).mode === 'versionchange';
}

function isDeletion(request: DBCoreMutateRequest): boolean {
  return request.type === 'delete' || request.type === 'deleteRange';
}

function changesOf(
  table: string,
  keys: readonly unknown[],
  before: readonly unknown[],
  after: readonly unknown[],
  stamp: () => { hlc: string; organiser: string },
): FieldChange[] {
  const changes: FieldChange[] = [];
  const add = (recordId: string, field: string, value: unknown, previous?: unknown) => {
    const { hlc, organiser } = stamp();
    changes.push({ id: changeId(hlc, table, recordId, field), hlc, table, recordId, field, value, ...(previous !== undefined ? { previous } : {}), organiser });
  };
  for (const [index, key] of keys.entries()) {
    const recordId = String(key);
    const old = before[index] as RecordValue | undefined;
    const now = after[index] as RecordValue | undefined;
    if (!old && now) add(recordId, CREATED, now);
    else if (old && !now) add(recordId, DELETED, null, old);
    else if (old && now) for (const { field, value, previous } of changedFields(old, now)) add(recordId, field, value, previous);
  }
  return changes;
}

/** This copy's clock after receiving a change made at `hlc` elsewhere: what it changes next sorts after it. */
export function receiveClock(db: Dexie, hlc: string): void {
  const clock = clocks.get(db);
  const remote = parseTimestamp(hlc);
  if (!clock || !remote) return;
  clock.last = receiveTimestamp(clock.last, remote, clock.now(), clock.author().node);
}
