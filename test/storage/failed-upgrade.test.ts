/**
 * When the app cannot open the data, it says why and changes nothing: an upgrade that fails leaves every record
 * at the old version, data from a newer app is not touched, and a copy of the data as stored can be saved and
 * later restored by a working app.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { inChinese, inEnglish } from '../builders/words';
import { BACKUP_FORMAT, parseBackup } from '../../src/domain/files/backup';
import { buildSampleTrip } from '../../src/domain/trip/sample-trip';
import { openDatabase, type DatabaseOptions, type PlannerDatabase } from '../../src/storage/database';
import { openPlannerDatabase, type OpenResult } from '../../src/storage/database-open';
import { exportStoredData, readStoredVersion } from '../../src/storage/raw-export';
import { databaseHash } from './database-hash';
import { freshRepositories, sequentialClock } from './test-database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../src/domain/schema/schema-history';

const NAME = 'delegation-planner';
const LATEST = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!;

function opened(result: OpenResult) {
  if (result.status !== 'open') throw new Error(`Expected the database to open: ${result.kind}, ${inEnglish(result.message)}`);
  return result;
}

/** The IndexedDB version on disk, read without opening it through Dexie. */
function versionOnDisk(indexedDB: IDBFactory, name = NAME): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(version);
    };
    request.onerror = () => reject(request.error);
  });
}

/** Today's schema history plus one more version whose upgrade changes a trip and then fails. */
function withFailingNextVersion(name: string, options: DatabaseOptions): PlannerDatabase {
  const db = openDatabase(name, options);
  db.version(CURRENT_SCHEMA_VERSION + 1)
    .stores(LATEST.stores)
    .upgrade(async (tx) => {
      await tx.table('trips').toCollection().modify({ name: 'Changed by the failing upgrade' });
      throw new Error('the next version’s upgrade failed part-way');
    });
  return db;
}

/** A database at the current version holding the sample trip, an acknowledgement and a setting. */
async function currentDatabaseWithRecords(indexedDB: IDBFactory) {
  const { repositories, db } = opened(await openPlannerDatabase({ indexedDB, IDBKeyRange, clock: sequentialClock() }));
  await repositories.sample.load();
  const [trip] = await db.trips.toArray();
  await db.acknowledgements.add({ id: 'ack-1', tripId: trip!.id, conflictId: 'c-1', fingerprint: 'f', note: 'Fine.', acknowledgedAt: trip!.updatedAt });
  await db.settings.put({ key: 'calendarFolder', value: { id: 'folder-1', label: 'Calendars' } });
  const hash = await databaseHash(db);
  const counts = Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.count()])));
  db.close();
  return { hash, counts };
}

/** A whole sample trip as version 1 stored it: trips had no `home` (v2), no buffer (v3), no acknowledgements. */
async function version1Database(indexedDB: IDBFactory): Promise<void> {
  const db = new Dexie(NAME, { indexedDB, IDBKeyRange });
  db.version(1).stores(SCHEMA_HISTORY[0]!.stores);
  await db.open();
  let counter = 0;
  const bundle = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `v1-${++counter}` });
  const { home: _home, conflictBufferMinutes: _buffer, ...trip } = bundle.trip;
  const memberships = bundle.memberships.map(({ calendarExportedEvents: _events, ...membership }) => membership);
  await db.transaction('rw', db.tables, async () => {
    await db.table('trips').add(trip);
    await db.table('stops').bulkAdd(bundle.stops);
    await db.table('segments').bulkAdd(bundle.segments);
    await db.table('accommodations').bulkAdd(bundle.accommodations);
    await db.table('organisations').bulkAdd(bundle.organisations);
    await db.table('contacts').bulkAdd(bundle.contacts);
    await db.table('people').bulkAdd(bundle.people);
    await db.table('memberships').bulkAdd(memberships);
    await db.table('engagements').bulkAdd(bundle.engagements);
    await db.table('followUps').bulkAdd(bundle.followUps);
    await db.table('settings').put({ key: 'lastTripId', value: trip.id });
  });
  db.close();
}

describe('opening the data when an upgrade fails', () => {
  it('reports the failed upgrade and leaves every record at the old version, readable by today’s code', async () => {
    const indexedDB = new IDBFactory();
    const before = await currentDatabaseWithRecords(indexedDB);

    const result = await openPlannerDatabase({ indexedDB, IDBKeyRange, createDatabase: withFailingNextVersion });

    expect(result).toMatchObject({
      status: 'failed',
      kind: 'upgrade-failed',
      storedVersion: CURRENT_SCHEMA_VERSION,
      appVersion: CURRENT_SCHEMA_VERSION + 1,
    });
    expect(result.status === 'failed' && inEnglish(result.message)).toContain('the next version’s upgrade failed part-way');
    expect(await versionOnDisk(indexedDB)).toBe(CURRENT_SCHEMA_VERSION * 10);

    const { db } = opened(await openPlannerDatabase({ indexedDB, IDBKeyRange }));
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await databaseHash(db)).toBe(before.hash);
    const counts = Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.count()])));
    expect(counts).toEqual(before.counts);
    expect((await db.trips.toArray()).map((trip) => trip.name)).not.toContain('Changed by the failing upgrade');
    db.close();
  });

  it('a second attempt after a failed upgrade fails the same way, still changing nothing', async () => {
    const indexedDB = new IDBFactory();
    const before = await currentDatabaseWithRecords(indexedDB);
    await openPlannerDatabase({ indexedDB, IDBKeyRange, createDatabase: withFailingNextVersion });

    const again = await openPlannerDatabase({ indexedDB, IDBKeyRange, createDatabase: withFailingNextVersion });

    expect(again).toMatchObject({ status: 'failed', kind: 'upgrade-failed', storedVersion: CURRENT_SCHEMA_VERSION });
    const { db } = opened(await openPlannerDatabase({ indexedDB, IDBKeyRange }));
    expect(await databaseHash(db)).toBe(before.hash);
    db.close();
  });
});

describe('opening data that this version cannot open', () => {
  it('data stored by a newer version is reported as such and not touched, not even given the tables it lacks', async () => {
    const indexedDB = new IDBFactory();
    const newer = (CURRENT_SCHEMA_VERSION + 1) * 10;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(NAME, newer);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('itineraries', { keyPath: 'id' }).add({ id: 'it-1', title: 'Tianjin week' });
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });

    const result = await openPlannerDatabase({ indexedDB, IDBKeyRange });

    expect(result).toMatchObject({ status: 'failed', kind: 'newer-version', storedVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(result.status === 'failed' && inEnglish(result.message)).toBe(
      `The data is stored as version ${CURRENT_SCHEMA_VERSION + 1}; this version of the app knows versions up to ${CURRENT_SCHEMA_VERSION}.`,
    );
    expect(await versionOnDisk(indexedDB)).toBe(newer);
    const exported = await exportStoredData({ indexedDB });
    if (!exported.ok) throw new Error(inEnglish(exported.error.message));
    expect(JSON.parse(exported.value.text)).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION + 1,
      tables: { itineraries: [{ id: 'it-1', title: 'Tianjin week' }] },
    });
    expect(Object.keys(exported.value.counts)).toEqual(['itineraries']);
  });

  it('data upgraded by a newer version of the app is reported as newer, with its version', async () => {
    const indexedDB = new IDBFactory();
    const later = openDatabase(NAME, { indexedDB, IDBKeyRange });
    later.version(CURRENT_SCHEMA_VERSION + 2).stores(LATEST.stores);
    await later.open();
    later.close();

    expect(await openPlannerDatabase({ indexedDB, IDBKeyRange })).toMatchObject({
      status: 'failed',
      kind: 'newer-version',
      storedVersion: CURRENT_SCHEMA_VERSION + 2,
    });
  });

  it('another window that holds the data at an older version and does not let go blocks the open', async () => {
    const indexedDB = new IDBFactory();
    const holder = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(NAME, 30);
      request.onupgradeneeded = () => request.result.createObjectStore('trips', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });

    const result = await openPlannerDatabase({ indexedDB, IDBKeyRange });

    expect(result).toMatchObject({ status: 'failed', kind: 'blocked', storedVersion: 3 });
    expect(result.status === 'failed' && inChinese(result.message)).toMatch(/^打开版本\d+时，被另一个持有版本3的连接阻止。$/);
    holder.close();
  });

  it('a browser that refuses storage is reported as unavailable', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('IndexedDB is disabled.', 'InvalidStateError');
      },
    } as unknown as IDBFactory;

    const result = await openPlannerDatabase({ indexedDB: refusing, IDBKeyRange });

    expect(result).toMatchObject({ status: 'failed', kind: 'unavailable' });
    expect(result.status === 'failed' && inEnglish(result.message)).toBe(
      'The stored data could not be opened: InvalidStateError: IndexedDB is disabled.',
    );
    expect(result.status === 'failed' && inChinese(result.message)).toBe('已存储的数据未能打开：InvalidStateError: IndexedDB is disabled.');
  });

  it('a computer with no data yet opens an empty database at the current version', async () => {
    const indexedDB = new IDBFactory();
    const { db } = opened(await openPlannerDatabase({ indexedDB, IDBKeyRange }));
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.trips.count()).toBe(0);
    db.close();
  });
});

describe('a copy of the data as it is stored', () => {
  it('of a version 1 database parses as a backup and restores to the same data that upgrading it in place gives', async () => {
    const indexedDB = new IDBFactory();
    await version1Database(indexedDB);

    const exported = await exportStoredData({ indexedDB, now: () => '2026-11-21T09:00:00.000Z' });
    if (!exported.ok) throw new Error(inEnglish(exported.error.message));
    expect(await versionOnDisk(indexedDB)).toBe(10);
    const document = JSON.parse(exported.value.text) as Record<string, unknown>;
    expect(document).toMatchObject({ format: BACKUP_FORMAT, formatVersion: 1, schemaVersion: 1, createdAt: '2026-11-21T09:00:00.000Z' });
    expect(exported.value.schemaVersion).toBe(1);
    const backup = parseBackup(exported.value.text);
    if (!backup.ok) throw new Error(inEnglish(backup.error.message));

    const target = freshRepositories();
    expect((await target.repos.backups.restoreReplace(backup.value)).ok).toBe(true);
    const { db: inPlace } = opened(await openPlannerDatabase({ indexedDB, IDBKeyRange }));

    expect(await inPlace.trips.count()).toBe(1);
    expect(await databaseHash(target.db)).toBe(await databaseHash(inPlace));
    inPlace.close();
  });

  it('of the current version holds every table, record for record', async () => {
    const indexedDB = new IDBFactory();
    const before = await currentDatabaseWithRecords(indexedDB);

    const exported = await exportStoredData({ indexedDB });
    if (!exported.ok) throw new Error(inEnglish(exported.error.message));

    expect(exported.value.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(exported.value.counts).toEqual(before.counts);
  });

  it('is refused, creating nothing, when there is no stored data', async () => {
    const indexedDB = new IDBFactory();

    const exported = await exportStoredData({ indexedDB });

    expect(exported).toMatchObject({ ok: false, error: { kind: 'missing' } });
    expect(!exported.ok && inEnglish(exported.error.message)).toBe('There is no stored data on this computer.');
    expect(await readStoredVersion({ indexedDB })).toEqual({ ok: true, value: null });
    expect(await indexedDB.databases()).toEqual([]);
  });
});
