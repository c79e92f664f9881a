/**
 * A roster import that meets a full disk: the organiser is told that nothing was imported and why, the Import
 * button stops spinning so they can try again once there is space, and the trip is as it was.
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { addCity, createTrip } from './steps';

const rosterFile = fileURLToPath(new URL('../fixtures/rosters/registration-form.csv', import.meta.url));

/** The page's IndexedDB store, as far as the full disk below needs it. */
interface PageStore {
  readonly name: string;
  put(...args: unknown[]): unknown;
}
declare const IDBObjectStore: { prototype: PageStore };
declare const window: { diskFull?: boolean };

test('a roster import on a full disk says nothing was imported because storage is full, and can be tried again', async ({ page }) => {
  test.setTimeout(120_000);
  // Once the disk is full, every write of a person is refused as IndexedDB refuses it: QuotaExceededError.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: PageStore, ...args: unknown[]) {
      if (window.diskFull && this.name === 'people') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.goto('/');
  await createTrip(page, 'Northern Ireland innovation mission to China', '5 Nov 2027', '12 Nov 2027');
  await page.getByRole('tab', { name: 'Route' }).click();
  await addCity(page, 'Beijing', /^Beijing/, '5 Nov 2027', '8 Nov 2027');
  await addCity(page, 'Shanghai', /^Shanghai/, '8 Nov 2027', '12 Nov 2027');
  await page.getByRole('tab', { name: 'People' }).click();

  await page.getByRole('button', { name: 'Import CSV' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Import a roster from CSV' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a CSV file' }).click();
  await (await chooser).setFiles(rosterFile);
  await expect(dialog.getByText('4 people will be imported, 1 row has problems and will be left out')).toBeVisible();

  await page.evaluate(() => {
    window.diskFull = true;
  });
  const importButton = dialog.getByRole('button', { name: 'Import 4 people' });
  await importButton.click();

  await expect(dialog.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toContainText(
    'This computer’s storage is full, so nothing was imported. Free some space on the disk, then import the file again.',
  );
  await expect(importButton).toBeEnabled();
  await expect(importButton).not.toHaveAttribute('data-loading');

  // With space again, the same import goes through.
  await page.evaluate(() => {
    window.diskFull = false;
  });
  await importButton.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: /People \(4\)/ })).toBeVisible();
});
