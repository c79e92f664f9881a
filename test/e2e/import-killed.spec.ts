/// <reference lib="dom" />
/**
 * A big roster import killed while it writes: the whole browser, every one of its processes at once, as when it
 * crashes or is killed, at a random moment of the import's write, three times over, each time started again on the
 * same profile, so that what it finds is what IndexedDB kept. Each time the import is either all there (every
 * person with their place on the trip) or not there at all, everything stored before it is as it was, and the app
 * opens as usual: the trips list, then the trip, without a console error.
 *
 * The moments are random and can be replayed: the test prints (to stderr, as the lint allows) its seed and each
 * delay, and FAULT_SEED=<seed> runs it again with the same moments, each the same part of the write's time.
 */
import { randomInt } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, watchConsole } from './fixtures';
import { createTrip } from './steps';

/** People in each import: enough that writing them takes the browser several hundred milliseconds, or seconds on a busy machine. */
const PEOPLE = 500;
// Three: each kill and start again takes half a minute on a busy machine, and the seed replays any of them.
const KILLS = 3;
const SAMPLE_TRIP = 'Liverpool City Region trade mission to China';

type Stage = 'writing' | 'committed';
type StoredRecord = Record<string, unknown>;
type Tables = Record<string, StoredRecord[]>;

interface Roster {
  path: string;
  /** The people of the file as they should be stored, by email. */
  people: Map<string, Pick<StoredRecord, 'name' | 'email' | 'organisationName' | 'jobTitle' | 'dietary'>>;
}

/** A registration form of PEOPLE new delegates, their emails at `domain`. */
async function rosterFile(path: string, domain: string): Promise<Roster> {
  const given = ['Aoife', 'Marcus', 'Na', 'Ciarán', 'Hannah', 'Wei', 'Priya', 'Tomás', 'Grace', 'Oluwaseun'];
  const family = ['Brennan', 'Hale', 'Li', 'Ó Dónaill', 'McAllister', 'Zhang', 'Patel', 'Byrne', 'Okafor', 'Walsh'];
  const people = Array.from({ length: PEOPLE }, (_, index) => ({
    name: `${given[index % given.length]} ${family[Math.floor(index / given.length) % family.length]}`,
    email: `delegate.${index + 1}@${domain}`,
    organisationName: `Partner organisation ${(index % 40) + 1}`,
    jobTitle: 'Export manager',
    dietary: index % 3 === 0 ? 'Vegetarian' : '',
  }));
  const lines = people.map((person) => [person.name, person.email, person.organisationName, person.jobTitle, 'Delegate', person.dietary].join(','));
  await writeFile(path, ['Full name,E-mail,Organisation,Job title,Role,Dietary requirements', ...lines].join('\n'));
  return { path, people: new Map(people.map((person) => [person.email, person])) };
}

/** Every record of every table, read with plain IndexedDB in one transaction, as the browser stored them. */
async function storedTables(page: Page): Promise<Tables> {
  // Passed as JSON text: thousands of records cross to the test far faster as text than as objects.
  const json = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('delegation-planner');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const database = request.result;
          const names = [...database.objectStoreNames];
          const transaction = database.transaction(names, 'readonly');
          const tables: Record<string, unknown[]> = {};
          for (const name of names) {
            const read = transaction.objectStore(name).getAll();
            read.onsuccess = () => {
              tables[name] = read.result;
            };
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(JSON.stringify(tables));
          };
          transaction.onerror = () => reject(new Error(String(transaction.error)));
        };
      }),
  );
  return JSON.parse(json) as Tables;
}

/**
 * Checks that the import of `roster` into the trip `tripId` is all there or not at all, and that everything else
 * is as it was `before`. Returns whether the import is there.
 */
function expectWholeImportOrNone(before: Tables, after: Tables, roster: Roster, tripId: unknown): boolean {
  const imported = after['people']!.filter((person) => roster.people.has(String(person['email'])));
  expect([0, PEOPLE], 'people of the import in the database: all or none').toContain(imported.length);
  const ids = new Set(imported.map((person) => person['id']));
  const memberships = after['memberships']!.filter((membership) => ids.has(membership['personId']));
  expect(
    imported.map(({ name, email, organisationName, jobTitle, dietary }) => ({ name, email, organisationName, jobTitle, dietary })),
    'each person of the import as the file gives them',
  ).toEqual(imported.map((person) => roster.people.get(String(person['email']))));
  const delegates = new Set(
    memberships.filter((membership) => membership['tripId'] === tripId && membership['role'] === 'delegate').map((membership) => membership['personId']),
  );
  expect(
    imported.filter((person) => !delegates.has(person['id'])).map((person) => person['email']),
    'people of the import who are not on the trip as delegates',
  ).toEqual([]);
  expect(memberships.length, 'places of the import on trips, one for each person').toBe(imported.length);

  // The change log holds the import's records, one creation each, in the same transaction: all or none too.
  const importedRecords = new Set([...ids, ...memberships.map((membership) => membership['id'])]);
  const logged = after['changes']!.filter((change) => importedRecords.has(change['recordId']));
  expect(logged.length, 'changes logged for the import: one for each person and place, or none').toBe(2 * imported.length);

  // The import touches nothing else but the trip's time of change.
  const there = imported.length > 0;
  const tripBefore = before['trips']!.find((trip) => trip['id'] === tripId)!;
  const rest: Tables = {
    ...after,
    people: after['people']!.filter((person) => !ids.has(person['id'])),
    memberships: after['memberships']!.filter((membership) => !ids.has(membership['personId'])),
    changes: after['changes']!.filter((change) => !importedRecords.has(change['recordId'])),
    trips: after['trips']!.map((trip) => (there && trip['id'] === tripId ? { ...trip, updatedAt: tripBefore['updatedAt'] } : trip)),
  };
  expect(rest, 'everything stored before the import, as it was').toEqual(before);
  return there;
}

/**
 * Resolves once every process of the process group `group` has ended. The browser's own process ends first; its
 * storage process can still be closing the database's files, and a browser started on the profile meanwhile
 * would find them locked.
 */
async function groupEnded(group: number): Promise<void> {
  for (;;) {
    try {
      process.kill(-group, 0);
    } catch {
      return;
    }
    await sleep(10);
  }
}

/** Numbers in [0, 1) from `seed`, the same for the same seed (a linear congruential generator). */
function randomFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

// Chromium, started again after such a kill, now and then finds its IndexedDB files damaged (LevelDB: "checksum
// mismatch") and deletes the whole database, and the app opens empty on its first-run screen: about one run in
// seven here, never a partial import. That loss is the browser's, not a torn transaction: the app tells the
// organiser, and where to restore from (checked below), but cannot prevent it. A run that meets it runs again,
// and its failure (the notice, the trips that are gone, the seed and the moment of the kill) stays in the report.
test.describe.configure({ retries: 2 });

test('a big roster import killed at a random moment of its write, three times, is all there or not at all, and the app opens as usual', async ({
  playwright,
  launchOptions,
  baseURL,
  locale,
  timezoneId,
  viewport,
  consoleErrors,
}, testInfo) => {
  // Four starts of the browser and four imports of PEOPLE people: well over a minute on a busy two-core machine.
  test.setTimeout(300_000);
  const seed = Number(process.env['FAULT_SEED'] ?? randomInt(2_147_483_648));
  const random = randomFrom(seed);
  console.warn(`FAULT_SEED=${seed}`);

  const profile = testInfo.outputPath('profile');
  /** Told when a transaction first writes a person, and when it commits. */
  let onWrite: ((stage: Stage) => void) | undefined;

  /** Starts the browser on the profile, with a page watched for console errors, and the id of its process group. */
  async function startBrowser(): Promise<{ context: BrowserContext; page: Page; group: number }> {
    const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, locale, timezoneId, viewport });
    const { processInfo } = await (await context.browser()!.newBrowserCDPSession()).send('SystemInfo.getProcessInfo');
    // Playwright starts the browser as the leader of a process group of its own (on Linux and macOS), which its
    // renderer, GPU, network and storage processes join.
    const group = processInfo.find((info) => info.type === 'browser')!.id;
    await context.exposeFunction('reportWrite', (stage: Stage) => onWrite?.(stage));
    // Tells the test when a transaction first writes a person and when it commits. It only watches: every put
    // goes on to IndexedDB as it came.
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      const watched = new WeakSet<IDBTransaction>();
      const report = (stage: Stage) => void (window as unknown as { reportWrite: (stage: Stage) => Promise<void> }).reportWrite(stage);
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'people' && !watched.has(this.transaction)) {
          watched.add(this.transaction);
          report('writing');
          this.transaction.addEventListener('complete', () => report('committed'));
        }
        return put.apply(this, args);
      };
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await watchConsole(page, consoleErrors);
    return { context, page, group };
  }

  /**
   * Imports `roster` into the trip on screen. Returns once the import has begun writing: when it began (a
   * Date.now() time) and a promise of when it commits.
   */
  async function startImport(page: Page, roster: Roster): Promise<{ began: number; commits: Promise<number> }> {
    await page.getByRole('tab', { name: 'People' }).click();
    await page.getByRole('button', { name: 'Import CSV' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Import a roster from CSV' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose a CSV file' }).click();
    await (await chooser).setFiles(roster.path);
    await expect(dialog.getByText(`${PEOPLE.toLocaleString('en-GB')} people will be imported`)).toBeVisible();
    const reached = new Map<Stage, (time: number) => void>();
    const began = new Promise<number>((resolve) => reached.set('writing', resolve));
    const commits = new Promise<number>((resolve) => reached.set('committed', resolve));
    onWrite = (stage) => reached.get(stage)?.(Date.now());
    await dialog.getByRole('button', { name: `Import ${PEOPLE.toLocaleString('en-GB')} people` }).click();
    return { began: await began, commits };
  }

  // Before: the sample trip with a first roster imported whole, which times how long writing one takes here, and
  // a trip of its own for each import to go into, so that no trip page shows more than one.
  let { context, page, group } = await startBrowser();
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: SAMPLE_TRIP })).toBeVisible();
  const timed = await startImport(page, await rosterFile(testInfo.outputPath('roster-0.csv'), 'mission-0.example'));
  const writeTakes = (await timed.commits) - timed.began;
  await expect(page.getByRole('dialog', { name: 'Import a roster from CSV' })).toBeHidden();
  console.warn(`Writing ${PEOPLE} people takes ${writeTakes} ms here.`);
  const trips = Array.from({ length: KILLS }, (_, index) => `Northern Powerhouse export mission ${index + 1}`);
  for (const trip of trips) {
    await page.getByRole('link', { name: 'Trips', exact: true }).click();
    await createTrip(page, trip, '5 Nov 2027', '12 Nov 2027');
  }
  let stored = await storedTables(page);

  for (const [index, trip] of trips.entries()) {
    const kill = index + 1;
    const tripId = stored['trips']!.find((record) => record['name'] === trip)!['id'];
    const roster = await rosterFile(testInfo.outputPath(`roster-${kill}.csv`), `mission-${kill}.example`);
    await page.getByRole('link', { name: 'Trips', exact: true }).click();
    await page.getByRole('link', { name: trip, exact: true }).click();
    const delay = Math.round(random() * writeTakes);
    const write = await startImport(page, roster);
    await sleep(delay);
    const closed = context.waitForEvent('close');
    process.kill(-group, 'SIGKILL');
    await closed;
    await groupEnded(group);
    const reported = await Promise.race([write.commits.then(() => 'had reported'), sleep(0, 'had not reported')]);

    ({ context, page, group } = await startBrowser());
    await page.goto('/');
    // Read once the app has opened the database (and upgraded it, were it new), not beside its opening.
    await expect(page.getByRole('heading', { name: 'Trips', level: 2 })).toBeVisible();
    const after = await storedTables(page);
    // Chromium deletes a database whose files it finds damaged when it starts ("IndexedDB recovering from a
    // corrupted (and deleted) database" in its log): the app says so to the organiser, and the test says so
    // plainly, rather than as a difference of every record.
    if (after['trips']!.length === 0) await expect(page.getByText('Your data was damaged, and the browser discarded it')).toBeVisible();
    expect(after['trips']?.length, `trips after the restart (FAULT_SEED=${seed}, kill ${kill}, ${delay} ms into the write)`).toBe(
      stored['trips']!.length,
    );
    const there = expectWholeImportOrNone(stored, after, roster, tripId);
    console.warn(`Kill ${kill}: ${delay} ms into the write (the page ${reported} its commit); the import is ${there ? 'all there' : 'not there'}.`);
    await expect(page.getByRole('link', { name: SAMPLE_TRIP, exact: true })).toBeVisible();
    await page.getByRole('link', { name: trip, exact: true }).click();
    await expect(page.getByRole('heading', { name: trip })).toBeVisible();
    // The trip's page lists every participant, which takes a busy machine a while when the import is there.
    const participants = `Participants (${there ? PEOPLE.toLocaleString('en-GB') : 0})`;
    await expect(page.getByRole('heading', { name: participants })).toBeVisible({ timeout: 30_000 });
    stored = after;
  }
  await context.close();
});
