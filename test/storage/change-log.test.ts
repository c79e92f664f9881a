/**
 * The change log (src/storage/change-log.ts): every write to the data recorded field by field, in the same
 * transaction, with a hybrid timestamp and who made it; nothing recorded for a write that fails, for an
 * upgrade, or for a restore.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/domain/files/backup';
import { CREATED, DELETED } from '../../src/domain/history/field-changes';
import { parseTimestamp } from '../../src/domain/history/hybrid-logical-clock';
import { buildSampleTrip } from '../../src/domain/trip/sample-trip';
import { tripToDraft } from '../../src/domain/trip/trip';
import { openDatabase } from '../../src/storage/database';
import { createRepositories } from '../../src/storage/repositories';
import { CURRENT_SCHEMA_VERSION } from '../../src/domain/schema/schema-history';
import { declareSchema } from '../../src/storage/schema';
import { aTripDraft } from '../builders/trip-draft';
import { sequentialClock } from './test-database';

const ADA = { node: 'ada0000000000001', organiser: 'Ada Organiser' };

function loggedDatabase(now: () => number = Date.now, indexedDB = new IDBFactory()) {
  const db = openDatabase('log', { indexedDB, IDBKeyRange, changeLog: { author: () => ADA, now } });
  return { db, repos: createRepositories(db, sequentialClock()) };
}

describe('the change log', () => {
  it('records a new trip as one creation, then an edit as the fields it changed, with the values before and after', async () => {
    const { db, repos } = loggedDatabase();
    const created = await repos.trips.create(aTripDraft().named('Tianjin mission').from('2016-11-07').to('2016-11-20').build());
    if (!created.ok) throw new Error('not created');
    const trip = created.value;
    await repos.trips.update(trip.id, { ...tripToDraft(trip), name: 'Liverpool City Region trade mission to China', notes: 'MoU in Beijing' });

    const history = await db.changes.where('[table+recordId]').equals(['trips', trip.id]).sortBy('id');
    expect(history.map((change) => change.field)).toEqual([CREATED, 'name', 'notes']);
    expect(history[0]!.value).toMatchObject({ name: 'Tianjin mission' });
    expect(history[1]).toMatchObject({ previous: 'Tianjin mission', value: 'Liverpool City Region trade mission to China', organiser: 'Ada Organiser' });
    // One save, one time: both fields share the edit's timestamp, made on Ada's computer, after the creation.
    expect(history[1]!.hlc).toBe(history[2]!.hlc);
    expect(history[0]!.hlc < history[1]!.hlc).toBe(true);
    expect(parseTimestamp(history[1]!.hlc)?.node).toBe(ADA.node);
    // Bookkeeping is not content: updatedAt changed too, and is not an entry.
    expect(history.some((change) => change.field === 'updatedAt')).toBe(false);
  });

  it('records a deletion with the record as it was, and an edit that changes nothing not at all', async () => {
    const { db, repos } = loggedDatabase();
    const created = await repos.trips.create(aTripDraft().named('Return visit').from('2017-05-01').to('2017-05-05').build());
    if (!created.ok) throw new Error('not created');
    await repos.trips.update(created.value.id, tripToDraft(created.value));
    expect(await db.changes.count()).toBe(1);
    await db.trips.delete(created.value.id);
    const last = (await db.changes.orderBy('id').last())!;
    expect(last).toMatchObject({ field: DELETED, value: null, previous: expect.objectContaining({ name: 'Return visit' }) });
  });

  it('keeps time order on this computer when its clock is set back', async () => {
    let now = Date.parse('2026-12-04T12:00:00Z');
    const { db, repos } = loggedDatabase(() => now);
    const created = await repos.trips.create(aTripDraft().named('A').from('2017-05-01').to('2017-05-05').build());
    if (!created.ok) throw new Error('not created');
    now -= 3_600_000;
    await repos.trips.update(created.value.id, { ...tripToDraft(created.value), name: 'B' });
    const [first, second] = await db.changes.orderBy('id').toArray();
    expect(second!.field).toBe('name');
    expect(first!.hlc < second!.hlc).toBe(true);
  });

  it('records nothing of a transaction that fails', async () => {
    const { db } = loggedDatabase();
    const bundle = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => crypto.randomUUID() });
    await expect(
      db.transaction('rw', db.trips, async () => {
        await db.trips.add(bundle.trip);
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await db.changes.count()).toBe(0);
    expect(await db.trips.count()).toBe(0);
  });

  it('starts afresh when a backup replaces the data, and records none of the restore', async () => {
    const { db, repos } = loggedDatabase();
    await repos.sample.load();
    expect(await db.changes.count()).toBeGreaterThan(0);
    const backup = parseBackup(await repos.backups.exportAll());
    if (!backup.ok) throw new Error('no backup');
    const restored = await repos.backups.restoreReplace(backup.value);
    expect(restored.ok).toBe(true);
    expect(await db.changes.count()).toBe(0);
  });

  it('version 8 and later open a version 7 database with every record kept and an empty log, and log the first edit after', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('log', { indexedDB, IDBKeyRange });
    declareSchema(old, 7);
    await old.open();
    const bundle = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => crypto.randomUUID() });
    await old.table('trips').add(bundle.trip);
    await old.table('people').bulkAdd(bundle.people);
    old.close();

    const { db, repos } = loggedDatabase(Date.now, indexedDB);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.trips.get(bundle.trip.id)).toEqual(bundle.trip);
    expect(await db.people.count()).toBe(bundle.people.length);
    expect(await db.changes.count()).toBe(0);
    await repos.trips.update(bundle.trip.id, { ...tripToDraft(bundle.trip), notes: 'Flights booked' });
    expect((await db.changes.toArray()).map((change) => change.field)).toEqual(['notes']);
  });

  it('version 9 opens a version 8 database with every record and its history kept, and empty team-sync tables', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('log', { indexedDB, IDBKeyRange });
    declareSchema(old, 8);
    await old.open();
    const bundle = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => crypto.randomUUID() });
    const hlc = '2026-12-04T09:00:00.000Z-0000-aaaaaaaaaaaaaaaa';
    const created = { id: `${hlc}|trips|${bundle.trip.id}|*`, hlc, table: 'trips', recordId: bundle.trip.id, field: '*', value: bundle.trip, organiser: 'Ada Brennan' };
    await old.table('trips').add(bundle.trip);
    await old.table('changes').add(created);
    old.close();

    const { db } = loggedDatabase(Date.now, indexedDB);
    await db.open();
    expect(db.verno).toBe(9);
    expect(await db.trips.get(bundle.trip.id)).toEqual(bundle.trip);
    expect(await db.changes.toArray()).toEqual([created]);
    expect(await db.syncState.count()).toBe(0);
    expect(await db.syncClashes.count()).toBe(0);
  });
});
