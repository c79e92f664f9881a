/**
 * When the app cannot open the data, it shows the recovery screen instead, which saves a copy of the data as it
 * is stored. The conditions are made in the page with plain IndexedDB, as another version of the app (or a
 * failing disk) would leave them. None logs a console error, so the fixture's check stays on: the app does not
 * open data it has recognised it cannot read, a failed upgrade is handled as a value, and Dexie reports a
 * blocked open and the closing of its connection with warnings.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TRIP = 'Liverpool City Region trade mission to China';

/*
 * What the scripts run in the page use of IndexedDB, declared for this file only: the e2e tests are compiled
 * with Node's types, without the DOM library, and the functions passed to evaluate run in the browser.
 */
interface PageRequest<T> {
  readonly result: T;
  readonly error: unknown;
  onupgradeneeded: (() => void) | null;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
  onblocked: (() => void) | null;
}
interface PageDatabase {
  close(): void;
  createObjectStore(name: string, options: { keyPath: string }): { add(value: unknown): unknown };
}
interface PageStore {
  readonly transaction: { readonly mode: string };
  put(...args: unknown[]): unknown;
}
declare const indexedDB: { open(name: string, version: number): PageRequest<PageDatabase> };
declare const window: { heldDatabase?: PageDatabase };
declare const IDBObjectStore: { prototype: PageStore };

interface CopyFile {
  format: string;
  schemaVersion: number;
  tables: Record<string, Record<string, unknown>[]>;
}

async function copyIn(download: Promise<Download>): Promise<{ name: string; copy: CopyFile }> {
  const file = await download;
  const text = await readFile(await file.path(), 'utf8');
  return { name: file.suggestedFilename(), copy: JSON.parse(text) as CopyFile };
}

/**
 * Upgrades the stored data as a later version of the app would: IndexedDB version 9990 (schema version 999),
 * with a table this version does not know. The running app's connection lets go when asked (Dexie closes on
 * `versionchange`), so the upgrade is not blocked.
 */
function upgradeAsLaterVersion(page: Page) {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('delegation-planner', 9990);
        request.onupgradeneeded = () => {
          request.result
            .createObjectStore('itineraries', { keyPath: 'id' })
            .add({ id: 'itinerary-1', title: 'Tianjin week, printed' });
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(new Error(String(request.error)));
        request.onblocked = () => reject(new Error('The running app did not let go of the data.'));
      }),
  );
}

test('data saved by a newer version shows the recovery screen, which saves a copy of the data as stored', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: TRIP })).toBeVisible();

  await upgradeAsLaterVersion(page);
  await page.reload();

  await expect(page.getByRole('heading', { name: 'This data is from a newer version', level: 1 })).toBeVisible();
  await expect(page.getByText('This data was saved by a newer version of Delegation Planner (data version 999)')).toBeVisible();
  await expect(page.getByText('Your data has not been changed.', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: 'Technical detail' }).click();
  await expect(page.getByText('The data is stored as version 999; this version of the app knows versions up to')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy of my data' }).click();
  const { name, copy } = await copyIn(download);

  expect(name).toMatch(/^Delegation Planner data \(version 999\) \d{4}-\d{2}-\d{2}\.json$/);
  expect(copy.format).toBe('delegation-planner-backup');
  expect(copy.schemaVersion).toBe(999);
  expect(copy.tables['itineraries']).toEqual([{ id: 'itinerary-1', title: 'Tianjin week, printed' }]);
  expect(copy.tables['trips']?.map((trip) => trip['name'])).toEqual([TRIP]);
  expect(copy.tables['engagements']?.length).toBeGreaterThan(0);
  await expect(page.getByRole('status').filter({ hasText: 'A copy of your data is saved' })).toBeVisible();

  // Nothing was changed by looking: the data is still at the later version after trying again.
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'This data is from a newer version', level: 1 })).toBeVisible();
});

test('another tab holding the data at an older version and not letting go shows why, and the app opens once it is closed', async ({
  page,
  context,
}) => {
  // A tab of an old version of the app (schema version 3) that ignores requests to let go of the data: a blank
  // page of the same site, so that it shares the site's storage without running today's app.
  await context.route('**/old-version-tab', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Old tab</title>' }));
  const oldTab = await context.newPage();
  await oldTab.goto('/old-version-tab');
  await oldTab.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('delegation-planner', 30);
        request.onupgradeneeded = () => request.result.createObjectStore('trips', { keyPath: 'id' });
        request.onsuccess = () => {
          // Kept open on purpose, with no versionchange handler: the connection does not close when asked.
          window.heldDatabase = request.result;
          resolve();
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
  );

  await page.goto('/');

  await expect(page.getByRole('heading', { name: 'Your data is in use in another window', level: 1 })).toBeVisible();
  await expect(page.getByText('Close the other Delegation Planner windows and tabs, then try again.')).toBeVisible();
  // The copy could not be read here: every open of the data waits behind the blocked one.
  await expect(page.getByRole('button', { name: 'Save a copy of my data' })).toHaveCount(0);

  await oldTab.close();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText('Plan your first delegation')).toBeVisible();
});

test('an upgrade that fails leaves the data at its version, and the recovery screen saves a copy of it', async ({ page, context }) => {
  // The data as version 3 of the app left it, written from a blank page of the same site.
  await context.route('**/version-3', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Version 3</title>' }));
  await page.goto('/version-3');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('delegation-planner', 30);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('trips', { keyPath: 'id' }).add({ id: 'trip-1', name: 'Tianjin autumn mission' });
          request.result.createObjectStore('memberships', { keyPath: 'id' }).add({ id: 'member-1', tripId: 'trip-1', personId: 'person-1' });
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
  );
  // The disk refuses every write of the upgrade to version 4 (which rewrites each membership), as a full or
  // failing disk would.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: PageStore, ...args: unknown[]) {
      if (this.transaction.mode === 'versionchange') throw new DOMException('The disk refused the write.', 'UnknownError');
      return put.apply(this, args);
    };
  });

  await page.goto('/');

  await expect(page.getByRole('heading', { name: 'Your data could not be updated', level: 1 })).toBeVisible();
  await expect(
    page.getByText('The app could not update your data to this version. Your data has not been changed: it is still stored as version 3.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Technical detail' }).click();
  await expect(page.getByText('UnknownError: The disk refused the write.', { exact: true })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy of my data' }).click();
  const { name, copy } = await copyIn(download);
  expect(name).toMatch(/^Delegation Planner data \(version 3\) \d{4}-\d{2}-\d{2}\.json$/);
  expect(copy.schemaVersion).toBe(3);
  expect(copy.tables).toEqual({
    trips: [{ id: 'trip-1', name: 'Tianjin autumn mission' }],
    memberships: [{ id: 'member-1', tripId: 'trip-1', personId: 'person-1' }],
  });
});
