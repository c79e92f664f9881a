/**
 * Organisers on several computers share trips through one team space (src/storage/team-sync.ts), here a space in
 * memory (the WebDAV server and the synced folder are tested against the real server in test/integration): what
 * one shares the others get; edits to different fields are all kept; an edit of one field on two computers apart
 * is settled by clock and listed with the value that lost; a new member starts from a snapshot; and any number of
 * computers, syncing and disconnecting in any order, end with the same data.
 */
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { newTeamFile, importTeamKey } from '../../src/domain/sync/team-key';
import { openDatabase, type PlannerDatabase } from '../../src/storage/database';
import { createRepositories } from '../../src/storage/repositories';
import { syncTeamSpace, type TeamSyncContext } from '../../src/storage/team-sync';
import { chooseShared } from '../../src/storage/team-sync-scope';
import { clashesToReview, forgetTeamSpace, readSyncState } from '../../src/storage/team-sync-state';
import { memorySpace, type MemorySpace } from '../builders/memory-space';
import { aCityRecord } from '../builders/route-records';
import { aTripDraft } from '../builders/trip-draft';
import { canonical } from './database-hash';
import { sequentialClock } from './test-database';

const SPACE_ID = 'test-space';
let keyOnce: Promise<CryptoKey> | null = null;
/** One key for the whole file: deriving it (PBKDF2) is what is slow, and is tested on its own. */
function teamKey(): Promise<CryptoKey> {
  keyOnce ??= newTeamFile('correct horse battery staple', 1_000).then(({ key }) => importTeamKey(key));
  return keyOnce;
}

let computers = 0;
interface Computer {
  node: string;
  organiser: string;
  db: PlannerDatabase;
  repos: ReturnType<typeof createRepositories>;
  context: TeamSyncContext;
  sync(): ReturnType<typeof syncTeamSpace>;
}

async function computer(node: string, organiser: string, space: MemorySpace, now: () => number, snapshotEvery?: number): Promise<Computer> {
  const author = () => ({ node, organiser });
  const db = openDatabase(`team-${++computers}`, { indexedDB: new IDBFactory(), IDBKeyRange, changeLog: { author, now } });
  const clock = sequentialClock();
  const repos = createRepositories(db, { now: clock.now, newId: () => `${node.slice(0, 4)}-${clock.newId()}` });
  const context: TeamSyncContext = { db, files: space, key: await teamKey(), spaceId: SPACE_ID, author, now: () => new Date(now()), ...(snapshotEvery ? { snapshotEvery } : {}) };
  return { node, organiser, db, repos, context, sync: () => syncTeamSpace(context) };
}

/** The data the computers must agree on: every table but this computer's own, bookkeeping (updatedAt) left out. */
async function dataOf(db: PlannerDatabase): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of ['trips', 'stops', 'organisations', 'people']) {
    const rows = (await db.table(table).orderBy(':id').toArray()) as Record<string, unknown>[];
    tables[table] = rows.map(({ updatedAt: _updatedAt, ...row }) => row);
  }
  return canonical(tables);
}

async function aSharedTrip(owner: Computer, name = 'Liverpool City Region trade mission to China'): Promise<string> {
  const created = await owner.repos.trips.create(aTripDraft().named(name).from('2016-11-06').to('2016-11-20').build());
  if (!created.ok) throw new Error('trip not created');
  await chooseShared(owner.context, created.value.id, true);
  return created.value.id;
}

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const C = 'cccccccccccccccc';

describe('a team space', () => {
  it('brings a trip one organiser shares to another, with her name on its history', async () => {
    let tick = Date.parse('2026-12-04T09:00:00Z');
    const space = memorySpace();
    const ada = await computer(A, 'Ada Brennan', space, () => (tick += 1000));
    const li = await computer(B, '李娜', space, () => (tick += 1000));
    await ada.db.organisations.put({
      id: 'org-zhengxin',
      name: 'Zhengxin Group',
      nameLocal: '正信集团',
      type: 'company',
      sector: 'Logistics',
      city: 'Kunming',
      country: 'CN',
      website: '',
      address: '',
      addressLocal: '',
      notes: '',
      tags: [],
      archived: false,
      sample: false,
      createdAt: '2026-12-04T09:00:00.000Z',
      updatedAt: '2026-12-04T09:00:00.000Z',
    });
    const tripId = await aSharedTrip(ada);
    await ada.db.stops.put(aCityRecord('kunming', 0, '2016-11-06', '2016-11-09', { tripId, name: 'Kunming', nameLocal: '昆明' }));
    const unshared = await ada.repos.trips.create(aTripDraft().named('Internal budget planning').build());
    if (!unshared.ok) throw new Error('not created');

    expect(await ada.sync()).toMatchObject({ status: 'synced', problems: [] });
    expect(await li.sync()).toMatchObject({ status: 'synced', problems: [] });

    expect((await li.db.trips.toArray()).map((trip) => trip.name)).toEqual(['Liverpool City Region trade mission to China']);
    expect(await li.db.stops.get('kunming')).toMatchObject({ name: 'Kunming', nameLocal: '昆明' });
    expect(await li.db.organisations.get('org-zhengxin')).toMatchObject({ nameLocal: '正信集团' });
    const history = await li.db.changes.where('[table+recordId]').equals(['stops', 'kunming']).toArray();
    expect(history.map((change) => change.organiser)).toEqual(['Ada Brennan']);
    // The server administrator sees no name of anything.
    const everything = [...space.contents.values()].map((bytes) => new TextDecoder('latin1').decode(bytes)).join('\n');
    expect(everything).not.toMatch(/Liverpool|Kunming|Zhengxin|Ada/);
  });

  it('keeps both organisers’ changes to different fields, and lists the one field both changed with the value that lost', async () => {
    let tick = Date.parse('2026-12-04T09:00:00Z');
    const space = memorySpace();
    const ada = await computer(A, 'Ada Brennan', space, () => (tick += 1000));
    const li = await computer(B, '李娜', space, () => (tick += 1000));
    const tripId = await aSharedTrip(ada);
    await ada.db.stops.put(aCityRecord('beijing', 0, '2016-11-12', '2016-11-15', { tripId, name: 'Beijing' }));
    await ada.sync();
    await li.sync();

    // Both offline: each changes a field of their own, and both the same one.
    await ada.db.stops.update('beijing', { notes: 'MoU signing at the Great Hall' });
    await li.db.stops.update('beijing', { nameLocal: '北京' });
    await ada.db.stops.update('beijing', { departureDate: '2016-11-16' });
    await li.db.stops.update('beijing', { departureDate: '2016-11-14' });

    await ada.sync();
    await li.sync();
    await ada.sync();

    for (const one of [ada, li]) {
      expect(await one.db.stops.get('beijing')).toMatchObject({ notes: 'MoU signing at the Great Hall', nameLocal: '北京', departureDate: '2016-11-14' });
      const clashes = await clashesToReview(one.db);
      expect(clashes).toHaveLength(1);
      expect(clashes[0]).toMatchObject({
        table: 'stops',
        recordId: 'beijing',
        field: 'departureDate',
        tripId,
        kept: { value: '2016-11-14', organiser: '李娜' },
        lost: { value: '2016-11-16', organiser: 'Ada Brennan' },
      });
    }
    expect(await dataOf(ada.db)).toBe(await dataOf(li.db));
  });

  it('does not call a change made after reading a colleague’s a clash', async () => {
    let tick = Date.parse('2026-12-04T09:00:00Z');
    const space = memorySpace();
    const ada = await computer(A, 'Ada Brennan', space, () => (tick += 1000));
    const li = await computer(B, '李娜', space, () => (tick += 1000));
    const tripId = await aSharedTrip(ada);
    await ada.sync();
    await li.sync();
    await ada.db.trips.update(tripId, { notes: 'Banquet at 19:00' });
    await ada.sync();
    await li.sync();
    await li.db.trips.update(tripId, { notes: 'Banquet at 19:30' });
    await li.sync();
    await ada.sync();
    expect((await ada.db.trips.get(tripId))?.notes).toBe('Banquet at 19:30');
    expect(await clashesToReview(ada.db)).toEqual([]);
    expect(await clashesToReview(li.db)).toEqual([]);
  });

  it('lets a new member start from a snapshot rather than every segment, and removes segments it covers', async () => {
    let tick = Date.parse('2026-12-04T09:00:00Z');
    const space = memorySpace();
    const ada = await computer(A, 'Ada Brennan', space, () => (tick += 1000), 3);
    const tripId = await aSharedTrip(ada);
    for (let day = 10; day < 20; day += 1) {
      await ada.db.trips.update(tripId, { notes: `Draft ${day}`, endDate: `2016-11-${day}` });
      await ada.sync();
    }
    const segments = [...space.contents.keys()].filter((path) => /\/\d{8}\.dps$/.test(path));
    expect(segments.length).toBeLessThan(10);
    space.reads.length = 0;
    const newcomer = await computer(C, 'Ben Okafor', space, () => (tick += 1000));
    expect(await newcomer.sync()).toMatchObject({ status: 'synced', problems: [] });
    expect(space.reads.filter((path) => path.includes('snapshot-'))).toHaveLength(1);
    expect(space.reads.filter((path) => /\/\d{8}\.dps$/.test(path)).length).toBeLessThan(3);
    expect(await dataOf(newcomer.db)).toBe(await dataOf(ada.db));
  });

  it('leaves everything as it was when the space cannot be reached, and sends it all when it can', async () => {
    let tick = Date.parse('2026-12-04T09:00:00Z');
    const space = memorySpace();
    const ada = await computer(A, 'Ada Brennan', space, () => (tick += 1000));
    const li = await computer(B, '李娜', space, () => (tick += 1000));
    const tripId = await aSharedTrip(ada);
    space.failing = { problem: 'unreachable', status: null, detail: 'offline' };
    expect(await ada.sync()).toMatchObject({ status: 'failed', failure: { problem: 'unreachable' } });
    expect(space.contents.size).toBe(0);
    space.failing = null;
    expect(await ada.sync()).toMatchObject({ status: 'synced' });
    await li.sync();
    expect(await li.db.trips.get(tripId)).toBeDefined();
  });

  it('keeps a trip shared while a sync runs, and sends it at the next', async () => {
    let tick = Date.parse('2026-12-04T09:00:00Z');
    const space = memorySpace();
    const ada = await computer(A, 'Ada Brennan', space, () => (tick += 1000));
    const li = await computer(B, '李娜', space, () => (tick += 1000));
    await aSharedTrip(ada, 'Liverpool mission');
    await ada.sync();
    const created = await ada.repos.trips.create(aTripDraft().named('Shenzhen delegation').build());
    if (!created.ok) throw new Error('not created');
    // The organiser shares a trip while a sync (started by the timer) is under way.
    const running = ada.sync();
    await chooseShared(ada.context, created.value.id, true);
    await running;
    expect((await readSyncState(ada.db, SPACE_ID)).shares[created.value.id]?.shared).toBe(true);
    await ada.sync();
    await li.sync();
    expect((await li.db.trips.toArray()).map((trip) => trip.name).sort()).toEqual(['Liverpool mission', 'Shenzhen delegation']);
  });

  it('stops sending a trip once it is unshared, and every copy keeps what it has', async () => {
    let tick = Date.parse('2026-12-04T09:00:00Z');
    const space = memorySpace();
    const ada = await computer(A, 'Ada Brennan', space, () => (tick += 1000));
    const li = await computer(B, '李娜', space, () => (tick += 1000));
    const tripId = await aSharedTrip(ada);
    await ada.sync();
    await li.sync();
    await chooseShared(li.context, tripId, false);
    await li.sync();
    await ada.sync();
    await ada.db.trips.update(tripId, { notes: 'Only for Ada now' });
    await ada.sync();
    await li.sync();
    expect(await li.db.trips.get(tripId)).toMatchObject({ name: 'Liverpool City Region trade mission to China', notes: '' });
  });
});

type Step =
  | { kind: 'edit'; who: number; trip: number; field: 'name' | 'notes' | 'endDate'; value: number }
  | { kind: 'city'; who: number; trip: number; city: number; nights: number }
  | { kind: 'drop-city'; who: number; city: number }
  | { kind: 'sync'; who: number }
  | { kind: 'disconnect'; who: number };

const aStep: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), who: fc.nat(2), trip: fc.nat(1), field: fc.constantFrom('name' as const, 'notes' as const, 'endDate' as const), value: fc.nat(5) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('city' as const), who: fc.nat(2), trip: fc.nat(1), city: fc.nat(3), nights: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop-city' as const), who: fc.nat(2), city: fc.nat(3) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync' as const), who: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('disconnect' as const), who: fc.nat(2) }) },
);

const CITY_NAMES = ['Kunming', 'Chongqing', 'Tianjin', 'Qingdao'];

describe('three computers syncing through one space', () => {
  it('converge to identical data, whatever they change, and whenever they sync or disconnect', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(aStep, { minLength: 5, maxLength: 30 }), fc.array(fc.integer({ min: -3_000, max: 3_000 }), { minLength: 3, maxLength: 3 }), async (steps, skews) => {
        let tick = Date.parse('2026-12-04T09:00:00Z');
        const space = memorySpace();
        const nodes = [A, B, C];
        const team = await Promise.all(nodes.map((node, index) => computer(node, `Organiser ${index}`, space, () => (tick += 11) + skews[index]!, 4)));
        const trips = [await aSharedTrip(team[0]!, 'Liverpool mission'), await aSharedTrip(team[0]!, 'Shenzhen delegation')];
        await team[0]!.sync();
        for (const member of team.slice(1)) await member.sync();

        for (const step of steps) {
          const member = team[step.who]!;
          if (step.kind === 'edit') {
            const trip = trips[step.trip]!;
            if (!(await member.db.trips.get(trip))) continue;
            const value = step.field === 'endDate' ? `2016-11-${String(20 + step.value)}` : `${step.field} ${step.value} by ${step.who}`;
            await member.db.trips.update(trip, step.field === 'name' ? { name: value } : step.field === 'notes' ? { notes: value } : { endDate: value });
          } else if (step.kind === 'city') {
            const id = `city-${step.city}`;
            await member.db.stops.put(aCityRecord(id, step.city, '2016-11-06', `2016-11-${String(6 + step.nights).padStart(2, '0')}`, { tripId: trips[step.trip]!, name: CITY_NAMES[step.city]! }));
          } else if (step.kind === 'drop-city') {
            await member.db.stops.delete(`city-${step.city}`);
          } else if (step.kind === 'sync') {
            await member.sync();
          } else {
            // Disconnected and connected again: it reads the space afresh, as a new member does.
            await forgetTeamSpace(member.db);
          }
        }

        // At last everyone syncs, twice round, and all hold the same.
        for (let round = 0; round < 2; round += 1) for (const member of team) expect((await member.sync()).status).toBe('synced');
        const data = await Promise.all(team.map((member) => dataOf(member.db)));
        expect(data[1]).toBe(data[0]);
        expect(data[2]).toBe(data[0]);
        for (const member of team) member.db.close();
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
