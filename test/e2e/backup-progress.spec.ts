/**
 * Restoring a large backup through the Backups screen shows its stages as it goes (reading, checking the times,
 * writing the records) and then the restored data; cancelling while the backup is still being read leaves the
 * data as it was. The backup holds 15 trips of 400 engagements: large enough that each stage is seen.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The full-size dataset's backup file (test/bench-browser/dataset.ts), of the size asked. */
interface LargeBackup {
  path: string;
  records: number;
}
type DatasetSize = { trips: number; people: number; engagementsPerTrip: number; membersPerTrip: number };

/**
 * Loaded by a path in a variable: the dataset is built with the domain's own types and builders, which this
 * project's type-check (tsconfig.node.json, Node-side code only) does not take in; Playwright's loader runs it.
 */
async function largeBackup(size?: DatasetSize): Promise<LargeBackup> {
  const dataset = '../bench-browser/dataset';
  const { fullSizeBackup } = (await import(dataset)) as { fullSizeBackup: (size?: DatasetSize) => LargeBackup };
  return fullSizeBackup(size);
}

const SAMPLE_TRIP = 'Liverpool City Region trade mission to China';
let backup: LargeBackup;

test.beforeAll(async () => {
  backup = await largeBackup({ trips: 15, people: 600, engagementsPerTrip: 400, membersPerTrip: 40 });
});

async function chooseBackupFile(page: Page) {
  await page.getByRole('link', { name: 'Backups', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await (await chooser).setFiles(backup.path);
}

type LinesWindow = { __linesSeen: Set<string> };

/** From now on, keeps every line of text any dialog shows, however briefly. */
async function keepDialogLines(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = ((window as unknown as LinesWindow).__linesSeen = new Set<string>());
    new MutationObserver(() => {
      for (const dialog of document.querySelectorAll<HTMLElement>('[role="dialog"]')) {
        for (const line of dialog.innerText.split('\n')) seen.add(line.trim());
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

async function dialogLinesSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as LinesWindow).__linesSeen]);
}

test('a large backup restored into an empty database shows reading, checking and writing as it goes, then the trips it held', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Plan your first delegation' })).toBeVisible();

  await chooseBackupFile(page);
  const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
  const records = backup.records.toLocaleString('en-GB');
  await expect(dialog.getByText(new RegExp(`^Checking [\\d,]+ times in ${records} records…$`))).toBeVisible();
  await expect(dialog.getByRole('progressbar', { name: 'Progress of the restore' })).toBeVisible();

  await expect(dialog.getByRole('table', { name: 'What the backup holds' }).getByRole('row', { name: 'Trips 15 0' })).toBeVisible({ timeout: 60_000 });
  // The count written changes a few times a second, too quickly for a look now and then (on a busy computer the
  // writing is over between two): every line the dialog shows meanwhile is kept, to read afterwards.
  await keepDialogLines(page);
  await dialog.getByRole('button', { name: 'Replace all data' }).click();
  await expect.poll(() => dialogLinesSeen(page)).toEqual(
    expect.arrayContaining([`Writing ${records} records…`, expect.stringMatching(new RegExp(`^[\\d,]+ of ${records} written$`))]),
  );

  await expect(page.getByRole('alert').filter({ hasText: 'Restored the backup: 15 trips, 600 people' })).toBeVisible({ timeout: 120_000 });
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  await expect(page.getByRole('row', { name: /Mission 7/ })).toBeVisible();
});

test('cancelling while a backup is being read closes the dialog and leaves the data as it was', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: SAMPLE_TRIP })).toBeVisible();

  await chooseBackupFile(page);
  const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
  await expect(dialog.getByText('Nothing has been changed yet: cancelling now leaves the data as it is.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // The reading was stopped: no preview comes afterwards, and the data is as it was.
  await page.waitForTimeout(3_000);
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  await expect(page.getByRole('row', { name: new RegExp(SAMPLE_TRIP) })).toBeVisible();
  await expect(page.getByRole('row', { name: /Mission \d/ })).toHaveCount(0);
});
