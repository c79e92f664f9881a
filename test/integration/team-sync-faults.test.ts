/**
 * The team sync against a real WebDAV server (Apache with mod_dav, started here) when something is wrong: a
 * colleague's log cut off, damaged, replaced by an older file, gone, written by a newer version or with another
 * key, making a record invalid, or timed by a clock far ahead, is skipped whole and named (by computer and
 * organiser), nothing of it is applied, and a third organiser's changes still arrive in the same sync; a server
 * that is down, hangs, refuses the password or the write, or is full, even between a segment and the summary
 * that lists it, fails the sync and changes nothing here, and everything that waited reaches the others once it
 * answers again. And two organisers who worked a week apart on one trip end with the same data and the same
 * list of clashes, the list found here from their logs independently.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import equal from 'fast-deep-equal';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeId, type FieldChange } from '../../src/domain/history/field-changes';
import { formatTimestamp } from '../../src/domain/history/hybrid-logical-clock';
import { segmentPath, summaryPath } from '../../src/domain/sync/sync-log';
import { importTeamKey, newTeamFile, open, seal } from '../../src/domain/sync/team-key';
import { createWebDavFiles } from '../../src/platform/webdav-files';
import { openDatabase, type PlannerDatabase } from '../../src/storage/database';
import { createRepositories } from '../../src/storage/repositories';
import { syncTeamSpace, type SyncReport, type TeamSyncContext } from '../../src/storage/team-sync';
import { chooseShared } from '../../src/storage/team-sync-scope';
import { clashesToReview, readSyncState, type LogProblemKind } from '../../src/storage/team-sync-state';
import { aCityRecord } from '../builders/route-records';
import { aTripDraft } from '../builders/trip-draft';
import { canonical, databaseHash } from '../storage/database-hash';
import { sequentialClock } from '../storage/test-database';
import { startWebDavServer, webdavInstalled, type WebDavServer } from '../support/webdav-server';

const installed = webdavInstalled();
/** On CI a missing server fails the tests; elsewhere they are skipped, and the suite's name says why. */
const skip = !installed.ok && !process.env.CI;
const USER = 'organiser';
const PASSWORD = 'team-secret';
const SPACE_ID = 'fault-space';
const ADA = 'aaaaaaaaaaaaaaaa';
const LI = 'bbbbbbbbbbbbbbbb';
const BEN = 'cccccccccccccccc';
const TWIN = 'dddddddddddddddd';
const FIVE_MINUTES = 5 * 60_000;

let server: WebDavServer;
let key: CryptoKey;
let spaces = 0;
let databases = 0;

interface Space {
  url: string;
  /** The space's folder on the server's disk. */
  folder: string;
}

/** A folder of its own on the server for each test, so no test reads another's logs. */
function newSpace(): Space {
  const name = `space-${++spaces}`;
  mkdirSync(join(server.root, name));
  return { url: `${server.url}${name}/`, folder: join(server.root, name) };
}

interface Computer {
  node: string;
  organiser: string;
  db: PlannerDatabase;
  context: TeamSyncContext;
  sync(): Promise<SyncReport>;
}

/** A computer with its own database, reaching the space with `password` (the right one unless given). */
function computer(node: string, organiser: string, space: Space, now: () => number, connection: { password?: string; timeoutMs?: number } = {}): Computer {
  const author = () => ({ node, organiser });
  const db = openDatabase(`faults-${++databases}`, { indexedDB: new IDBFactory(), IDBKeyRange, changeLog: { author, now } });
  const files = createWebDavFiles({ url: space.url, username: USER, password: connection.password ?? PASSWORD }, { timeoutMs: connection.timeoutMs ?? 5_000 });
  const context: TeamSyncContext = { db, files, key, spaceId: SPACE_ID, author, now: () => new Date(now()) };
  return { node, organiser, db, context, sync: () => syncTeamSpace(context) };
}

/** The same computer reaching the space another way (the password corrected, a longer wait). */
function reconnected(one: Computer, space: Space, connection: { password?: string; timeoutMs?: number } = {}): Computer {
  const files = createWebDavFiles({ url: space.url, username: USER, password: connection.password ?? PASSWORD }, { timeoutMs: connection.timeoutMs ?? 5_000 });
  const context = { ...one.context, files };
  return { ...one, context, sync: () => syncTeamSpace(context) };
}

async function aSharedTrip(owner: Computer): Promise<string> {
  const repos = createRepositories(owner.db, { ...sequentialClock(), newId: () => `trip-${owner.node.slice(0, 4)}` });
  const created = await repos.trips.create(aTripDraft().named('Liverpool City Region trade mission to China').from('2016-11-06').to('2016-11-20').build());
  if (!created.ok) throw new Error('trip not created');
  await chooseShared(owner.context, created.value.id, true);
  await owner.db.stops.put(aCityRecord('kunming', 0, '2016-11-06', '2016-11-09', { tripId: created.value.id, name: 'Kunming' }));
  await owner.db.stops.put(aCityRecord('beijing', 1, '2016-11-12', '2016-11-15', { tripId: created.value.id, name: 'Beijing' }));
  return created.value.id;
}

/** The data the computers must agree on, bookkeeping (updatedAt) left out. */
async function dataOf(db: PlannerDatabase): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of ['trips', 'stops', 'organisations', 'people']) {
    const rows = (await db.table(table).orderBy(':id').toArray()) as Record<string, unknown>[];
    tables[table] = rows.map(({ updatedAt: _updatedAt, ...row }) => row);
  }
  return canonical(tables);
}

function ok(report: SyncReport): SyncReport {
  if (report.status !== 'synced') throw new Error(`sync failed: ${JSON.stringify(report.failure)}\n${server.log()}`);
  return report;
}

describe.skipIf(skip)(installed.ok ? 'team sync through a WebDAV server that fails' : `team sync through a WebDAV server that fails (skipped: ${installed.why})`, () => {
  beforeAll(async () => {
    server = await startWebDavServer({ users: { [USER]: PASSWORD } });
    key = await importTeamKey((await newTeamFile('correct horse battery staple', 1_000)).key);
  });
  afterAll(() => server?.dispose());

  describe('a colleague’s log that is not as it should be', () => {
    /**
     * Ada, Li and Ben share a trip. Ben changes the Beijing stop's notes and the trip's, and `spoil` then spoils
     * that segment of his log (his second); Ada changes Kunming's. Li syncs: the spoilt log is named and nothing of it applied, the good one
     * is. Li's twin, who synced before the spoilt log was there, shows what Li's data should be.
     */
    async function refusedLog(
      kind: LogProblemKind,
      spoil: (space: Space, bad: Computer) => Promise<void> | void,
      /** How far ahead Ben's clock is when he makes the changes that go wrong. */
      clocks: { bad?: number } = {},
    ): Promise<void> {
      let tick = Date.parse('2026-12-04T09:00:00Z');
      const space = newSpace();
      const now = () => (tick += 1000);
      const ada = computer(ADA, 'Ada Brennan', space, now);
      let ahead = 0;
      const ben = computer(BEN, 'Ben Okafor', space, () => now() + ahead);
      const li = computer(LI, '李娜', space, now);
      const twin = computer(TWIN, '李娜', space, now);
      const tripId = await aSharedTrip(ada);
      ok(await ada.sync());
      ok(await ben.sync());
      // Ben's first change: his log, with his name, is known to the others before the one that goes wrong.
      await ben.db.stops.update('kunming', { nameLocal: '昆明' });
      ok(await ben.sync());
      for (const one of [li, twin]) ok(await one.sync());
      expect(await li.db.stops.get('kunming')).toMatchObject({ nameLocal: '昆明' });

      await ada.db.stops.update('kunming', { notes: 'Meet the Yunnan trade office at 10:00' });
      ok(await ada.sync());
      ok(await twin.sync());
      ahead = clocks.bad ?? 0;
      await ben.db.stops.update('beijing', { notes: 'Forged: visit cancelled' });
      await ben.db.trips.update(tripId, { notes: 'Forged: everyone fly home' });
      ok(await ben.sync());
      await spoil(space, ben);

      const before = await databaseHash(li.db);
      const report = ok(await li.sync());

      expect(report.problems).toEqual([expect.objectContaining({ node: BEN, organiser: 'Ben Okafor', kind })]);
      expect(await li.db.stops.get('kunming')).toMatchObject({ notes: 'Meet the Yunnan trade office at 10:00' });
      expect(await li.db.stops.get('beijing')).toMatchObject({ notes: '' });
      expect(await li.db.trips.get(tripId)).toMatchObject({ notes: '' });
      expect(await databaseHash(li.db)).not.toBe(before);
      expect(await databaseHash(li.db)).toBe(await databaseHash(twin.db));
      expect((await li.db.changes.filter((change) => change.hlc.endsWith(BEN)).toArray()).map((change) => change.field)).toEqual(['nameLocal']);
      expect((await readSyncState(li.db, SPACE_ID)).problems).toEqual(report.problems);
    }

    const segmentFile = (space: Space, node: string) => join(space.folder, segmentPath(node, 2));

    it('skips a segment cut off on the disk', async () => {
      await refusedLog('unreadable', (space, bad) => {
        const whole = readFileSync(segmentFile(space, bad.node));
        writeFileSync(segmentFile(space, bad.node), whole.subarray(0, Math.floor(whole.length / 2)));
      });
    });

    it('skips a segment with bytes changed', async () => {
      await refusedLog('unreadable', (space, bad) => {
        const bytes = readFileSync(segmentFile(space, bad.node));
        for (const at of [20, 40, bytes.length - 1]) bytes[at] = bytes[at]! ^ 0xff;
        writeFileSync(segmentFile(space, bad.node), bytes);
      });
    });

    it('skips an older segment copied over a newer one', async () => {
      await refusedLog('unreadable', (space, bad) => {
        writeFileSync(segmentFile(space, bad.node), readFileSync(join(space.folder, segmentPath(bad.node, 1))));
      });
    });

    it('skips a log whose segment is gone from the disk', async () => {
      await refusedLog('gap', (space, bad) => rmSync(segmentFile(space, bad.node)));
    });

    it('skips a segment a newer version of the app wrote', async () => {
      await refusedLog('newer-version', async (space, bad) => {
        const path = segmentPath(bad.node, 2);
        const segment = (await open(key, path, readFileSync(segmentFile(space, bad.node)))) as Record<string, unknown>;
        writeFileSync(segmentFile(space, bad.node), await seal(key, path, { ...segment, version: 2, moreToCome: 'a field this version does not know' }));
      });
    });

    it('skips a log whose summary a newer version of the app wrote', async () => {
      await refusedLog('newer-version', async (space, bad) => {
        const path = summaryPath(bad.node);
        const file = join(space.folder, path);
        const summary = (await open(key, path, readFileSync(file))) as Record<string, unknown>;
        writeFileSync(file, await seal(key, path, { ...summary, version: 2 }));
      });
    });

    it('skips a segment written with another team key', async () => {
      const otherKey = await importTeamKey((await newTeamFile('an attacker who guessed wrong', 1_000)).key);
      await refusedLog('unreadable', async (space, bad) => {
        const path = segmentPath(bad.node, 2);
        const hlc = formatTimestamp({ millis: Date.parse('2026-12-04T09:10:00Z'), counter: 0, node: bad.node });
        const forged: FieldChange = {
          id: changeId(hlc, 'stops', 'kunming', 'notes'),
          hlc,
          table: 'stops',
          recordId: 'kunming',
          field: 'notes',
          value: 'Forged',
          organiser: bad.organiser,
        };
        const genuine = (await open(key, path, readFileSync(segmentFile(space, bad.node)))) as { changes: FieldChange[] };
        writeFileSync(segmentFile(space, bad.node), await seal(otherKey, path, { version: 1, node: bad.node, seq: 2, changes: [...genuine.changes, forged] }));
      });
    });

    it('skips a segment that would make a record invalid, and keeps a colleague’s change of the same record', async () => {
      await refusedLog('damaged', async (space, bad) => {
        const path = segmentPath(bad.node, 2);
        const genuine = (await open(key, path, readFileSync(segmentFile(space, bad.node)))) as { changes: FieldChange[] };
        const last = genuine.changes.at(-1)!;
        // Ada changed Kunming's notes meanwhile: only what Ben sent makes the record what it may not be.
        const hlc = formatTimestamp({ millis: Date.parse(last.hlc.slice(0, 24)) + 1, counter: 0, node: bad.node });
        const invalid: FieldChange = { id: changeId(hlc, 'stops', 'kunming', 'arrivalDate'), hlc, table: 'stops', recordId: 'kunming', field: 'arrivalDate', value: 42, organiser: bad.organiser };
        writeFileSync(segmentFile(space, bad.node), await seal(key, path, { ...genuine, changes: [...genuine.changes, invalid] }));
      });
    });

    it('skips the changes of a computer whose clock is more than five minutes ahead', async () => {
      await refusedLog('clock-ahead', () => undefined, { bad: FIVE_MINUTES + 60_000 });
    });
  });

  describe('a server that fails', () => {
    /**
     * Ada and Li share a trip; Ada changes it while `fault` has the server fail. Her sync fails with `problem`,
     * and neither her data nor what she knows of the space changes. Once `mend` has it answer again, she sends
     * everything that waited and Li gets it.
     */
    async function failedSync(
      problem: string,
      fault: (space: Space, ada: Computer) => Promise<Computer> | Computer,
      mend: (space: Space, ada: Computer) => Promise<Computer> | Computer,
    ): Promise<void> {
      let tick = Date.parse('2026-12-04T09:00:00Z');
      const space = newSpace();
      const now = () => (tick += 1000);
      let ada = computer(ADA, 'Ada Brennan', space, now);
      const li = computer(LI, '李娜', space, now);
      const tripId = await aSharedTrip(ada);
      ok(await ada.sync());
      ok(await li.sync());
      await ada.db.trips.update(tripId, { notes: 'Banquet at 19:00' });
      await ada.db.stops.update('beijing', { nameLocal: '北京' });

      const hash = await databaseHash(ada.db);
      const { lastAttemptAt: _attempt, failure: _failure, ...known } = await readSyncState(ada.db, SPACE_ID);
      ada = await fault(space, ada);
      const report = await ada.sync();
      expect(report).toMatchObject({ status: 'failed', failure: { problem }, sent: 0 });
      expect(await databaseHash(ada.db)).toBe(hash);
      const state = await readSyncState(ada.db, SPACE_ID);
      expect(state).toMatchObject({ ...known, failure: { problem } });

      ada = await mend(space, ada);
      ok(await ada.sync());
      expect((await readSyncState(ada.db, SPACE_ID)).failure).toBeNull();
      expect(ok(await li.sync()).received).toBeGreaterThanOrEqual(2);
      expect(await li.db.trips.get(tripId)).toMatchObject({ notes: 'Banquet at 19:00' });
      expect(await li.db.stops.get('beijing')).toMatchObject({ nameLocal: '北京' });
    }

    it('changes nothing while the server is down, and sends all once it is back', async () => {
      await failedSync(
        'unreachable',
        async (_space, ada) => {
          await server.stop();
          return ada;
        },
        async (_space, ada) => {
          await server.restart();
          return ada;
        },
      );
    });

    it('gives up on a server that does not answer, and sends all once it does', async () => {
      await failedSync(
        'timeout',
        (space, ada) => {
          server.pause();
          return reconnected(ada, space, { timeoutMs: 500 });
        },
        (space, ada) => {
          server.resume();
          return reconnected(ada, space);
        },
      );
    });

    it('changes nothing when the password is refused (401), and sends all with the right one', async () => {
      await failedSync(
        'unauthorised',
        (space, ada) => reconnected(ada, space, { password: 'last year’s password' }),
        (space, ada) => reconnected(ada, space),
      );
    });

    it('changes nothing when writing is forbidden (403), and sends all once it is allowed', async () => {
      await failedSync(
        'forbidden',
        (_space, ada) => {
          server.answerWith({ status: 403, methods: ['PUT', 'MKCOL', 'DELETE'] });
          return ada;
        },
        (_space, ada) => {
          server.answerNormally();
          return ada;
        },
      );
    });

    it('loses nothing when the disk fills between a segment and the summary that lists it', async () => {
      await failedSync(
        'full',
        (space, ada) => {
          // The segment is written; the summary, which alone makes it read, is refused.
          const files = createWebDavFiles({ url: space.url, username: USER, password: PASSWORD });
          const context: TeamSyncContext = {
            ...ada.context,
            files: {
              ...files,
              write: (path, content) =>
                path.endsWith('summary.dps') ? Promise.resolve({ ok: false, failure: { problem: 'full', status: 507, detail: `PUT ${path}: 507` } }) : files.write(path, content),
            },
          };
          return { ...ada, context, sync: () => syncTeamSpace(context) };
        },
        (space, ada) => reconnected(ada, space),
      );
    });

    it('loses nothing when the answer to a written summary never comes', async () => {
      await failedSync(
        'timeout',
        (space, ada) => {
          // The summary reaches the server, but its answer does not reach this computer.
          const files = createWebDavFiles({ url: space.url, username: USER, password: PASSWORD });
          const context: TeamSyncContext = {
            ...ada.context,
            files: {
              ...files,
              write: async (path, content) => {
                const written = await files.write(path, content);
                return written.ok && path.endsWith('summary.dps') ? { ok: false, failure: { problem: 'timeout', status: null, detail: `PUT ${path}: no answer` } } : written;
              },
            },
          };
          return { ...ada, context, sync: () => syncTeamSpace(context) };
        },
        (space, ada) => reconnected(ada, space),
      );
    });

    it('changes nothing when the server is full (507), and sends all once there is room', async () => {
      await failedSync(
        'full',
        (_space, ada) => {
          server.answerWith({ status: 507, methods: ['PUT', 'MKCOL'] });
          return ada;
        },
        (_space, ada) => {
          server.answerNormally();
          return ada;
        },
      );
    });
  });

  describe('two organisers a week apart', () => {
    /** The same random edits on every run: a small linear congruential generator. */
    function randomFrom(seed: number): () => number {
      let state = seed;
      return () => {
        state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
        return state / 2 ** 31;
      };
    }

    const EDITS: ({ table: 'trips'; field: 'notes' | 'purpose'; values: readonly string[] } | { table: 'stops'; field: 'notes' | 'nameLocal'; values: readonly string[] })[] = [
      { table: 'trips', field: 'notes', values: ['Banquet at 19:00', 'Banquet at 19:30', 'No banquet', ''] },
      { table: 'trips', field: 'purpose', values: ['Trade', 'Investment', 'Education'] },
      { table: 'stops', field: 'notes', values: ['Hotel near the station', 'Hotel near the venue', 'Check visas', ''] },
      { table: 'stops', field: 'nameLocal', values: ['北京', '北京市', '首都'] },
    ];

    /** The last change of each field an organiser made since `since`, by table, record and field. */
    async function finalChanges(db: PlannerDatabase, node: string, since: string): Promise<Map<string, FieldChange>> {
      const own = (await db.changes.where('id').above(since).toArray()).filter((change) => change.hlc.endsWith(node)).sort((a, b) => (a.hlc < b.hlc ? -1 : 1));
      return new Map(own.map((change) => [JSON.stringify([change.table, change.recordId, change.field]), change]));
    }

    it('end with the same data after hundreds of changes each to one trip, and both list every clash', async () => {
      let tick = Date.parse('2026-12-04T09:00:00Z');
      const space = newSpace();
      const ada = computer(ADA, 'Ada Brennan', space, () => tick);
      // Li's clock runs three minutes fast.
      const li = computer(LI, '李娜', space, () => tick + 3 * 60_000);
      const tripId = await aSharedTrip(ada);
      const stops = ['kunming', 'beijing'];
      for (const [index, id] of ['chongqing', 'tianjin', 'qingdao'].entries()) {
        await ada.db.stops.put(aCityRecord(id, index + 2, '2016-11-15', '2016-11-18', { tripId, name: id }));
        stops.push(id);
      }
      ok(await ada.sync());
      ok(await li.sync());
      ok(await ada.sync());
      expect(await dataOf(li.db)).toBe(await dataOf(ada.db));
      const since = new Date(tick + 10 * 60_000).toISOString();
      tick += 10 * 60_000 + 1;

      // A week offline: each makes 300 changes, half an hour apart on average, interleaved in time.
      const random = randomFrom(20);
      for (let edit = 0; edit < 600; edit += 1) {
        tick += Math.floor(random() * 2_000_000) + 1;
        const who = random() < 0.5 ? ada : li;
        const edit = EDITS[Math.floor(random() * EDITS.length)]!;
        const value = edit.values[Math.floor(random() * edit.values.length)]!;
        if (edit.table === 'trips') await who.db.trips.update(tripId, edit.field === 'notes' ? { notes: value } : { purpose: value });
        else await who.db.stops.update(stops[Math.floor(random() * stops.length)]!, edit.field === 'notes' ? { notes: value } : { nameLocal: value });
      }
      tick += 60_000;

      // Fields both changed, apart, to different final values: the later change kept, the other listed as lost.
      const adas = await finalChanges(ada.db, ADA, since);
      const lis = await finalChanges(li.db, LI, since);
      const expected: unknown[] = [];
      for (const [field, mine] of adas) {
        const theirs = lis.get(field);
        if (!theirs || equal(mine.value, theirs.value)) continue;
        const [kept, lost] = mine.hlc > theirs.hlc ? [mine, theirs] : [theirs, mine];
        expected.push({ table: kept.table, recordId: kept.recordId, field: kept.field, kept: kept.value, lost: lost.value, lostBy: lost.organiser });
      }
      expect(expected.length).toBeGreaterThan(5);

      ok(await ada.sync());
      ok(await li.sync());
      ok(await ada.sync());

      expect(await dataOf(li.db)).toBe(await dataOf(ada.db));
      const byField = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
      for (const one of [ada, li]) {
        const listed = (await clashesToReview(one.db)).map((clash) => ({
          table: clash.table,
          recordId: clash.recordId,
          field: clash.field,
          kept: clash.kept.value,
          lost: clash.lost.value,
          lostBy: clash.lost.organiser,
        }));
        expect(listed.sort(byField)).toEqual([...expected].sort(byField));
      }
    });
  });
});
