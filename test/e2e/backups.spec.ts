/**
 * Backups, as an organiser uses them: back up to a file, erase everything, restore the file and find every
 * trip, person and organisation back (the second backup holds the same records as the first); a broken file
 * refused with a message that says where, changing nothing; the automatic backup taken before an erase,
 * merged back from the list, and the merge undone.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createTrip } from './steps';

const TRIP = 'Liverpool City Region trade mission to China';

interface BackupFile {
  format: string;
  schemaVersion: number;
  createdAt: string;
  tables: Record<string, { id?: string; key?: string }[]>;
}

async function backupIn(download: Promise<Download>): Promise<{ path: string; name: string; backup: BackupFile }> {
  const file = await download;
  const path = await file.path();
  return { path, name: file.suggestedFilename(), backup: JSON.parse(await readFile(path, 'utf8')) as BackupFile };
}

/** Every table's records, each table sorted by key, so two backups of the same data compare equal. */
function recordsOf(backup: BackupFile) {
  const key = (row: { id?: string; key?: string }) => row.id ?? row.key ?? '';
  return Object.fromEntries(
    Object.entries(backup.tables).map(([table, rows]) => [table, [...rows].sort((a, b) => key(a).localeCompare(key(b)))]),
  );
}

async function sampleAndSecondTrip(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: TRIP })).toBeVisible();
  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  await createTrip(page, 'Chengdu return visit', '12/05/2017', '16/05/2017');
}

async function openBackups(page: Page) {
  await page.getByRole('link', { name: 'Backups', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Backups', level: 2 })).toBeVisible();
}

async function backUp(page: Page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up to a file…' }).click();
  return backupIn(download);
}

async function chooseBackupFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await (await chooser).setFiles(path);
}

async function eraseAll(page: Page) {
  await page.getByRole('button', { name: 'Erase all data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase all data?' });
  await expect(dialog.getByRole('button', { name: 'Erase all data' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Type ERASE to confirm' }).fill('ERASE');
  await dialog.getByRole('button', { name: 'Erase all data' }).click();
  await expect(dialog).toBeHidden();
}

test('an organiser backs up, erases everything, restores the file and finds every trip, person and organisation back', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await sampleAndSecondTrip(page);
  await openBackups(page);
  await expect(page.getByTestId('last-backup')).toHaveText('No backup file saved yet.');

  const first = await backUp(page);
  expect(first.name).toMatch(/^Delegation Planner backup \d{4}-\d{2}-\d{2} \d{4}\.json$/);
  expect(first.backup.format).toBe('delegation-planner-backup');
  expect(first.backup.schemaVersion).toBe(9);
  expect(first.backup.tables['trips']).toHaveLength(2);
  expect(first.backup.tables['people']).toHaveLength(20);
  await expect(page.getByTestId('last-backup')).toContainText('Last backup file: just now');

  await eraseAll(page);
  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Plan your first delegation' })).toBeVisible();
  await page.getByRole('link', { name: 'Directory', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Organisations' })).toBeHidden();

  await openBackups(page);
  await chooseBackupFile(page, first.path);
  const preview = page.getByRole('dialog', { name: 'Restore from a backup' });
  const holds = preview.getByRole('table', { name: 'What the backup holds' });
  // What the backup holds, beside what the app holds now: nothing, after the erase.
  await expect(holds.getByRole('row', { name: 'Trips 2 0' })).toBeVisible();
  await expect(holds.getByRole('row', { name: 'People 20 0' })).toBeVisible();
  await expect(preview.getByRole('list', { name: 'Trips in the backup' })).toContainText('Chengdu return visit');
  await preview.getByRole('button', { name: 'Replace all data' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByText(/Restored the backup: 2 trips, 20 people/)).toBeVisible();

  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  await expect(page.getByRole('row', { name: new RegExp(TRIP) })).toBeVisible();
  await expect(page.getByRole('row', { name: /Chengdu return visit/ })).toBeVisible();
  await page.getByRole('row', { name: new RegExp(TRIP) }).getByRole('link').first().click();
  await page.getByRole('tab', { name: 'People' }).click();
  await expect(page.getByRole('row', { name: /Joe Anderson/ })).toBeVisible();

  await openBackups(page);
  const second = await backUp(page);
  expect(recordsOf(second.backup)).toEqual(recordsOf(first.backup));
});

test('a backup cut short, or holding a broken record, is refused with a message that says where, and nothing changes', async ({
  page,
}) => {
  await sampleAndSecondTrip(page);
  await openBackups(page);
  const good = await backUp(page);
  const text = await readFile(good.path, 'utf8');

  const cutShort = join(tmpdir(), `cut-short-${Date.now()}.json`);
  await writeFile(cutShort, text.slice(0, Math.floor(text.length / 2)));
  await chooseBackupFile(page, cutShort);
  const refusal = page.getByRole('alert').filter({ hasText: 'cannot be restored' });
  await expect(refusal).toContainText('ends part-way through');
  await expect(refusal).toContainText('Your data has not changed.');
  await expect(page.getByRole('dialog', { name: 'Restore from a backup' })).toBeHidden();

  const broken = JSON.parse(text) as BackupFile & { tables: { trips: Record<string, unknown>[] } };
  broken.tables.trips[0]!['startDate'] = '31/02/2027';
  const brokenPath = join(tmpdir(), `broken-record-${Date.now()}.json`);
  await writeFile(brokenPath, JSON.stringify(broken));
  await chooseBackupFile(page, brokenPath);
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be restored' })).toContainText(/trips, record 1 .*field "startDate"/);

  const after = await backUp(page);
  expect(recordsOf(after.backup)).toEqual(recordsOf(good.backup));
});

test('after an erase, the automatic backup taken just before it is merged back from the list, and the merge can be undone', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await sampleAndSecondTrip(page);
  await openBackups(page);
  await eraseAll(page);

  const list = page.getByRole('table', { name: 'Automatic backups' });
  const beforeErase = list.getByRole('row', { name: /Before a restore or erase/ });
  await expect(beforeErase).toHaveCount(1);
  await beforeErase.getByRole('button', { name: /Restore the backup of/ }).click();
  const preview = page.getByRole('dialog', { name: 'Restore from a backup' });
  await expect(preview.getByRole('table', { name: 'What the backup holds' }).getByRole('row', { name: 'Trips 2 0' })).toBeVisible();
  await preview.getByRole('radio', { name: 'Merge the backup into the data' }).check();
  await preview.getByRole('button', { name: 'Merge into the data' }).click();
  await expect(preview).toBeHidden();

  const notice = page.getByRole('alert').filter({ hasText: 'Merged the backup: 2 trips, 20 people' });
  await expect(notice).toBeVisible();
  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  await expect(page.getByRole('row', { name: /Chengdu return visit/ })).toBeVisible();

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('The data is back as it was before the restore.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Plan your first delegation' })).toBeVisible();
});

test('a colleague’s newer copy of a trip, imported from its file, updates the trip here and says what changed first', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: TRIP })).toBeVisible();

  const exportTrip = async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    return { path: await file.path(), name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
  };
  const older = await exportTrip();
  expect(older.name).toBe(`${TRIP}.trip.json`);
  const parsed = JSON.parse(older.text) as { format: string; tables: Record<string, unknown[]> };
  expect(parsed.format).toBe('delegation-planner-trip');
  expect(parsed.tables['people']).toHaveLength(20);

  await page.getByRole('button', { name: 'Edit trip' }).click();
  const form = page.getByRole('dialog', { name: 'Edit trip' });
  await form.getByRole('textbox', { name: 'Purpose' }).fill('Trade, investment and university partnerships in six cities.');
  await form.getByRole('button', { name: 'Save trip' }).click();
  await expect(form).toBeHidden();
  const newer = await exportTrip();

  // This computer has only the older copy: the trip is deleted here, then the older file imported.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete trip' }).click();
  await expect(page.getByRole('heading', { name: 'Plan your first delegation' })).toBeVisible();
  await openBackups(page);

  const importFile = async (path: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a trip file…' }).click();
    await (await chooser).setFiles(path);
    return page.getByRole('dialog', { name: 'Import a trip' });
  };
  let dialog = await importFile(older.path);
  await expect(dialog.getByText('New trip', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Import trip' }).click();
  await expect(page.getByRole('heading', { name: TRIP })).toBeVisible();
  await expect(page.getByText('Trade, investment and university partnerships')).toBeHidden();

  await openBackups(page);
  dialog = await importFile(newer.path);
  await expect(dialog.getByText('Update of a trip that is here')).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'What the import changes' })).toContainText(/purpose/i);
  await dialog.getByRole('button', { name: 'Update trip' }).click();
  await expect(page.getByRole('heading', { name: TRIP })).toBeVisible();
  await expect(page.getByText('Trade, investment and university partnerships in six cities.')).toBeVisible();

  // Importing the same copy again has nothing to do.
  await openBackups(page);
  dialog = await importFile(newer.path);
  await expect(dialog.getByText('Nothing to import')).toBeVisible();
});
