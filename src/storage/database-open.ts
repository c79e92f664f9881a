/**
 * Opens the database before the app shows anything, and says in a value (never an exception) why it could not.
 *
 * An upgrade runs in IndexedDB's version-change transaction: if any upgrade step fails, the whole transaction
 * is aborted and the data stays exactly as it was, at the old version. The app then shows the recovery screen
 * instead of running on a database it could not open.
 *
 * A database stored by a newer version of the app is recognised before Dexie touches it: Dexie 4 would open it
 * anyway at its stored version, and, if a table this version declares is missing, add it by raising the
 * version itself, which changes data this version does not understand.
 */
import { message as messageOf, type Message } from '../domain/shared/message';
import { type Clock, systemClock } from './clock';
import { type DatabaseOptions, DATABASE_NAME, openDatabase, type PlannerDatabase } from './database';
import { readStoredVersion, schemaVersionOf } from './raw-export';
import { createRepositories, type Repositories } from './repositories';

export type OpenFailureKind =
  /** An upgrade step failed; the data is unchanged, at its stored version. */
  | 'upgrade-failed'
  /** The data was stored by a newer version of the app, which this version cannot read. */
  | 'newer-version'
  /** There is no storage, or the browser refused to open it. */
  | 'unavailable'
  /** Another window or tab holds the data at an older version and does not let go of it. */
  | 'blocked';

export interface OpenFailure {
  status: 'failed';
  kind: OpenFailureKind;
  /** The technical detail, for the person who fixes it: the error's own words, or a message where the app knows what happened. */
  message: Message | string;
  /** The schema version the data is stored as, when it is known. */
  storedVersion?: number;
  /** The newest schema version this app knows. */
  appVersion: number;
}

export type OpenResult =
  | {
      status: 'open';
      db: PlannerDatabase;
      repositories: Repositories;
      /** The browser had discarded the stored data as damaged: the app opened on an empty database. */
      discarded: boolean;
    }
  | OpenFailure;

export interface OpenPlannerOptions extends DatabaseOptions {
  name?: string;
  clock?: Clock;
  /** For tests: makes the database to open (by default openDatabase, with the shipped schema history). */
  createDatabase?: (name: string, options: DatabaseOptions) => PlannerDatabase;
}

/** Opens the database and its repositories, or says why it could not. Never throws. */
export async function openPlannerDatabase(options: OpenPlannerOptions = {}): Promise<OpenResult> {
  try {
    return await open(options);
  } catch (error) {
    // Nothing above is expected to throw; this keeps the promise made to start.tsx if something does.
    return { status: 'failed', kind: 'unavailable', message: describe(error), appVersion: 0 };
  }
}

async function open(options: OpenPlannerOptions): Promise<OpenResult> {
  const name = options.name ?? DATABASE_NAME;
  const databaseOptions: DatabaseOptions = {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    ...(options.changeLog ? { changeLog: options.changeLog } : {}),
  };
  const stored = { name, ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}) };
  const db = (options.createDatabase ?? openDatabase)(name, databaseOptions);
  // The newest version declared, before opening: what Dexie will upgrade to.
  const appVersion = db.verno;
  const failure = (kind: OpenFailureKind, message: Message | string, storedVersion: number | null = null): OpenFailure => ({
    status: 'failed',
    kind,
    message,
    appVersion,
    ...(storedVersion !== null ? { storedVersion } : {}),
  });

  let discarded = false;
  const before = await readStoredVersion({ ...stored, onDiscarded: () => (discarded = true) });
  if (!before.ok) return failure('unavailable', before.error.message);
  if (before.value !== null && before.value > appVersion) {
    return failure(
      'newer-version',
      messageOf('backups:stored.newerVersion', { storedVersion: before.value, appVersion }),
      before.value,
    );
  }

  // IndexedDB keeps a blocked open waiting, without end, for the other connection to close.
  const whenBlocked = new Promise<{ blockedBy: number }>((resolve) => {
    db.on('blocked', (event) => resolve({ blockedBy: event.oldVersion }));
  });

  let outcome: 'open' | { blockedBy: number };
  try {
    outcome = await Promise.race([db.open().then(() => 'open' as const), whenBlocked]);
  } catch (error) {
    db.close();
    const after = await readStoredVersion(stored);
    const storedVersion = after.ok ? after.value : before.value;
    return failure(kindOf(error, before.value, appVersion), describe(error), storedVersion);
  }

  if (outcome !== 'open') {
    // Stops waiting: the other window may keep the data for as long as it is open. "Try again" opens afresh.
    db.close();
    return failure(
      'blocked',
      messageOf('backups:stored.blocked', { appVersion, heldVersion: schemaVersionOf(outcome.blockedBy) }),
      before.value,
    );
  }

  return { status: 'open', db, repositories: createRepositories(db, options.clock ?? systemClock), discarded };
}

/**
 * Why the open failed. An error during an upgrade carries the name of whatever the upgrade step threw (or
 * AbortError), not always Dexie's UpgradeError, so a failure while the stored version is older than the app's is
 * an upgrade that failed, whatever its name.
 */
function kindOf(error: unknown, storedVersion: number | null, appVersion: number): OpenFailureKind {
  const names = namesOf(error);
  if (names.includes('VersionError')) return 'newer-version';
  if (names.includes('UpgradeError')) return 'upgrade-failed';
  if (storedVersion !== null && storedVersion > 0 && storedVersion < appVersion) return 'upgrade-failed';
  return 'unavailable';
}

/** The error's name and those of the errors Dexie wrapped in it. */
function namesOf(error: unknown, depth = 0): string[] {
  if (depth > 4 || typeof error !== 'object' || error === null) return [];
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  return [...(typeof name === 'string' ? [name] : []), ...namesOf(inner, depth + 1)];
}

/** The error in one text; Dexie appends the errors it wraps to its message, often repeating the same line. */
function describe(error: unknown): string {
  let text = String(error);
  if (typeof error === 'object' && error !== null) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    if (typeof message === 'string') text = typeof name === 'string' ? `${name}: ${message}` : message;
  }
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return [...new Set(lines)].join('\n');
}
