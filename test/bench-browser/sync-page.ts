/**
 * The team sync in the page, for team-sync.bench.ts: the app's own engine (storage/team-sync.ts) and WebDAV
 * client (platform/webdav-files.ts), built from the app's sources by Vite for this page and served from the
 * app's origin, so that the page reaches the WebDAV server as the web build does (its own requests, with CORS).
 * Two organisers in one page, each with a database of their own: Ada, who shares the trip, and a new member.
 * Beside each sync, the baseline: the same files fetched and the same records written with raw IndexedDB.
 *
 * Each function returns the milliseconds from its call to the frame painted after it, and the long tasks meanwhile.
 */
import { importTeamKey, newTeamFile } from '../../src/domain/sync/team-key';
import type { SpaceFiles } from '../../src/domain/sync/space-files';
import { createWebDavFiles } from '../../src/platform/webdav-files';
import { openDatabase, type PlannerDatabase } from '../../src/storage/database';
import { syncTeamSpace, type SyncReport, type TeamSyncContext } from '../../src/storage/team-sync';
import { chooseShared } from '../../src/storage/team-sync-scope';

export interface SyncSample {
  ms: number;
  longTasks: number[];
  report?: SyncReport;
  /** The files the sync read, for the baseline to fetch the same. */
  read?: string[];
  /** Milliseconds in each stage of the sync (reading, applying, sending): where the time goes. */
  stages?: Record<string, number>;
}

export interface SyncSetUp {
  url: string;
  username: string;
  password: string;
  /** The data of the trip to share (and of the people in it), by table. */
  tables: Record<string, Record<string, unknown>[]>;
  tripId: string;
}

export interface SyncBenchWindow {
  __sync: {
    /** Ada's database filled and the trip shared; her first sync, which sends it. */
    share(setUp: SyncSetUp): Promise<SyncSample>;
    /** The new member's first sync: the whole trip. */
    join(): Promise<SyncSample>;
    /** Ada changes ten engagements and sends them. */
    sendTen(): Promise<SyncSample>;
    /** The member's sync that brings the ten. */
    receive(): Promise<SyncSample>;
    /**
     * The baseline: GET of the files `paths` and one raw IndexedDB transaction writing the member's records of
     * `tables` (only the ten Ada changed, when `changedOnly`).
     */
    raw(paths: string[], tables: string[], changedOnly?: boolean): Promise<number>;
    /** Records the member holds, by table. */
    counts(): Promise<Record<string, number>>;
  };
}

const SPACE_ID = 'bench-space';
const ADA = { node: 'aaaaaaaaaaaaaaaa', organiser: 'Ada Brennan' };
const MEMBER = { node: 'bbbbbbbbbbbbbbbb', organiser: '李娜' };

const painted = () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

/** Times `act` to the frame painted after it, with the long tasks that began meanwhile. */
async function timed<T>(act: () => Promise<T>): Promise<{ ms: number; longTasks: number[]; value: T }> {
  const before = longTasks.length;
  const start = performance.now();
  const value = await act();
  const end = await painted();
  // Long tasks are reported after they end: a moment more, for the last of them.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { ms: end - start, longTasks: longTasks.slice(before).map((task) => task.duration), value };
}

/** The space's files, noting what is read. */
function noting(files: SpaceFiles, read: string[]): SpaceFiles {
  return {
    list: (folder) => files.list(folder),
    read: (path) => {
      read.push(path);
      return files.read(path);
    },
    write: (path, content) => files.write(path, content),
    remove: (path) => files.remove(path),
  };
}

let connection: { setUp: SyncSetUp; key: CryptoKey } | null = null;
const databases = new Map<string, PlannerDatabase>();
let clock = Date.now();
/** The engagements Ada changed last. */
let changed: string[] = [];

function contextOf(who: typeof ADA, read: string[] = []): TeamSyncContext {
  if (!connection) throw new Error('share() first');
  const { setUp, key } = connection;
  const author = () => who;
  let db = databases.get(who.node);
  if (!db) {
    db = openDatabase(`bench-sync-${who.node}`, { changeLog: { author, now: () => (clock += 1) } });
    databases.set(who.node, db);
  }
  const files = noting(createWebDavFiles({ url: setUp.url, username: setUp.username, password: setUp.password }), read);
  return { db, files, key, spaceId: SPACE_ID, author, now: () => new Date(clock) };
}

async function syncSample(who: typeof ADA): Promise<SyncSample> {
  const read: string[] = [];
  const context = contextOf(who, read);
  const stages: Record<string, number> = {};
  let stage = { name: 'starting', at: performance.now() };
  const { ms, longTasks: tasks, value: report } = await timed(async () => {
    const report = await syncTeamSpace(context, (name) => {
      stages[stage.name] = performance.now() - stage.at;
      stage = { name, at: performance.now() };
    });
    stages[stage.name] = performance.now() - stage.at;
    return report;
  });
  if (report.status !== 'synced' || report.problems.length > 0) throw new Error(`The sync did not go through: ${JSON.stringify(report)}`);
  return { ms, longTasks: tasks, report, read, stages };
}

const request = <T,>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

const sync: SyncBenchWindow['__sync'] = {
  async share(setUp) {
    for (const name of [ADA.node, MEMBER.node]) await request(indexedDB.deleteDatabase(`bench-sync-${name}`));
    await request(indexedDB.deleteDatabase('bench-sync-raw'));
    connection = { setUp, key: await importTeamKey((await newTeamFile('correct horse battery staple', 1_000)).key) };
    const ada = contextOf(ADA);
    for (const [table, rows] of Object.entries(setUp.tables)) await ada.db.table(table).bulkPut(rows);
    await chooseShared(ada, setUp.tripId, true);
    return syncSample(ADA);
  },
  join: () => syncSample(MEMBER),
  async sendTen() {
    const { db } = contextOf(ADA);
    const engagements = (await db.table('engagements').where('tripId').equals(connection!.setUp.tripId).limit(10).toArray()) as { id: string }[];
    changed = engagements.map((engagement) => engagement.id);
    for (const [index, id] of changed.entries()) await db.table('engagements').update(id, { notes: `Changed ${index} at ${clock}` });
    return syncSample(ADA);
  },
  receive: () => syncSample(MEMBER),
  async raw(paths, tables, changedOnly) {
    const { db } = contextOf(MEMBER);
    const records: Record<string, unknown[]> = {};
    for (const table of tables) {
      const rows = (await db.table(table).toArray()) as { id: string }[];
      records[table] = changedOnly ? rows.filter((row) => changed.includes(row.id)) : rows;
    }
    const { setUp } = connection!;
    const authorization = `Basic ${btoa(`${setUp.username}:${setUp.password}`)}`;
    const start = performance.now();
    for (const path of paths) await (await fetch(new URL(path, setUp.url), { headers: { authorization }, cache: 'no-store' })).arrayBuffer();
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open('bench-sync-raw', 1);
      opening.onupgradeneeded = () => {
        for (const table of tables) opening.result.createObjectStore(table, { keyPath: 'id' });
      };
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
    const transaction = raw.transaction(tables, 'readwrite');
    for (const table of tables) for (const record of records[table]!) transaction.objectStore(table).put(record);
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    raw.close();
    return (await painted()) - start;
  },
  async counts() {
    const { db } = contextOf(MEMBER);
    const counts: Record<string, number> = {};
    for (const table of db.tables) counts[table.name] = await table.count();
    return counts;
  },
};

(window as unknown as SyncBenchWindow).__sync = sync;
