/**
 * `npm run bench:browser`, beside app.bench.ts: the team sync in Chromium, through a real WebDAV server (Apache
 * with mod_dav, started here, allowing the page's origin), beside raw IndexedDB in the same run. A 400-engagement
 * trip (test/builders/large-dataset.ts) is shared by one organiser and read by a new member at their first sync;
 * then ten changes are sent and received. The engine runs in the page as the web build runs it, built by Vite
 * from the app's sources for a page of the app's origin (sync-page.ts): the team screens, which will start a
 * sync by hand, are not part of this measure. BENCH_RUNS runs (five unless told), each in a fresh profile and a
 * fresh folder of the server. Nothing is asserted about time; a sync that does not go through fails the run.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test } from '@playwright/test';
import { build } from 'vite';
import { generateDataset } from '../builders/large-dataset';
import { startWebDavServer } from '../support/webdav-server';
import type { SyncBenchWindow, SyncSample } from './sync-page';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SYNC_PAGE_PATH = '/__bench/sync.html';
const SYNC_SCRIPT_PATH = '/__bench/sync.js';
const USER = 'organiser';
const PASSWORD = 'team-secret';
/** The tables a trip's records are in: what the member's first sync writes, and the baseline with it. */
const TRIP_TABLES = ['trips', 'stops', 'segments', 'accommodations', 'memberships', 'engagements', 'followUps', 'acknowledgements', 'rooms', 'resources', 'assignments'];

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const seconds = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

/** The page's script: sync-page.ts and the app's modules it imports, as one file. */
async function syncScript(): Promise<string> {
  const built = await build({
    configFile: false,
    logLevel: 'warn',
    build: { write: false, minify: true, lib: { entry: path.resolve('test/bench-browser/sync-page.ts'), formats: ['es'], fileName: 'sync' } },
  });
  const outputs = (Array.isArray(built) ? built : [built]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap((one) => one.output).find((file) => file.type === 'chunk');
  if (!chunk?.code) throw new Error('The sync page did not build.');
  return chunk.code;
}

test('the team sync of a 400-engagement trip, beside raw IndexedDB', async ({ browser, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const server = await startWebDavServer({ users: { [USER]: PASSWORD }, corsOrigins: [origin] });
  try {
    const script = await syncScript();
    const dataset = generateDataset({ trips: 1, people: 40, engagementsPerTrip: 400, membersPerTrip: 40 });
    const [trip] = dataset.trips;
    const tables: Record<string, unknown[]> = { people: dataset.people, organisations: dataset.organisations };
    for (const table of TRIP_TABLES) tables[table] = table === 'trips' ? [trip!.trip] : (trip as unknown as Record<string, unknown[]>)[table]!;
    console.log(`Trip: ${TRIP_TABLES.reduce((sum, table) => sum + tables[table]!.length, 0).toLocaleString('en')} records (${tables['engagements']!.length} engagements); ${RUNS} runs; server ${server.url}.`);

    const rows = new Map<string, { app: SyncSample[]; raw: number[] }>();
    const record = (name: string, app: SyncSample, raw?: number) => {
      const row = rows.get(name) ?? { app: [], raw: [] };
      row.app.push(app);
      if (raw !== undefined) row.raw.push(raw);
      rows.set(name, row);
    };

    for (let run = 1; run <= RUNS; run += 1) {
      const context = await browser.newContext({ permissions: ['local-network-access'] });
      await context.route(`**${SYNC_PAGE_PATH}`, (route) =>
        route.fulfill({ contentType: 'text/html', body: `<!doctype html><meta charset="utf-8"><title>Team sync</title><script type="module" src="${SYNC_SCRIPT_PATH}"></script>` }),
      );
      await context.route(`**${SYNC_SCRIPT_PATH}`, (route) => route.fulfill({ contentType: 'text/javascript', body: script }));
      const page = await context.newPage();
      page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
      await page.goto(SYNC_PAGE_PATH);
      await page.waitForFunction(() => (window as unknown as Partial<SyncBenchWindow>).__sync !== undefined);
      const folder = `run-${run}`;
      mkdirSync(path.join(server.root, folder));
      const setUp = { url: `${server.url}${folder}/`, username: USER, password: PASSWORD, tables, tripId: trip!.trip.id };

      const shared = await page.evaluate((setUp) => (window as unknown as SyncBenchWindow).__sync.share(setUp as never), setUp);
      record('share the trip: its first sending', shared);
      const joined = await page.evaluate(() => (window as unknown as SyncBenchWindow).__sync.join());
      const counts = await page.evaluate(() => (window as unknown as SyncBenchWindow).__sync.counts());
      if (counts['engagements'] !== 400) throw new Error(`The member has ${counts['engagements']} engagements, not 400.`);
      const rawJoin = await page.evaluate(({ read, tables }) => (window as unknown as SyncBenchWindow).__sync.raw(read, tables), { read: joined.read!, tables: TRIP_TABLES });
      record('a new member’s first sync (400 engagements)', joined, rawJoin);

      const sent = await page.evaluate(() => (window as unknown as SyncBenchWindow).__sync.sendTen());
      record('send 10 changes', sent);
      const received = await page.evaluate(() => (window as unknown as SyncBenchWindow).__sync.receive());
      if (received.report!.received !== 10) throw new Error(`The member received ${received.report!.received} changes, not 10.`);
      const rawTen = await page.evaluate(({ read, tables }) => (window as unknown as SyncBenchWindow).__sync.raw(read, tables, true), { read: received.read!, tables: TRIP_TABLES });
      record('receive 10 changes', received, rawTen);
      await context.close();
      const stages = (sample: SyncSample) => Object.entries(sample.stages!).map(([stage, ms]) => `${stage} ${seconds(ms)}`).join(', ');
      console.log(`Run ${run} of ${RUNS} done: first sync ${seconds(joined.ms)} (${stages(joined)}), 10 changes ${seconds(received.ms)} (${stages(received)}).`);
    }

    console.log(`\nMedians of ${RUNS} runs (min–max), Chromium, WebDAV on loopback, ${new Date().toISOString()}`);
    console.table(
      [...rows].map(([name, row]) => {
        const app = row.app.map((sample) => sample.ms);
        const base = row.raw.length ? median(row.raw) : null;
        return {
          'team sync': name,
          app: `${seconds(median(app))} (${seconds(Math.min(...app))}–${seconds(Math.max(...app))})`,
          'raw baseline': base === null ? '' : seconds(base),
          ratio: base === null ? '' : `${(median(app) / base).toFixed(1)}×`,
          'longest task': seconds(Math.max(0, ...row.app.flatMap((sample) => sample.longTasks))),
          'blocked (sum of long tasks)': seconds(median(row.app.map((sample) => sample.longTasks.reduce((sum, task) => sum + task, 0)))),
        };
      }),
    );
  } finally {
    await server.dispose();
  }
});
