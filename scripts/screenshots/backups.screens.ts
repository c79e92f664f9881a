/** Screens of backups: the Backups screen with its automatic backups, a restore's preview, and a trip import. */
import { readFile, writeFile } from 'node:fs/promises';
import { test, type Page } from '@playwright/test';

const out = 'docs/screenshots';

async function shoot(page: Page, name: string, fullPage = false) {
  // Notifications of the steps before close by themselves; the screen is shown without them.
  await expectNoNotifications(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage });
}

async function expectNoNotifications(page: Page) {
  for (let tries = 0; tries < 30 && (await page.locator('.mantine-Notification-root').count()) > 0; tries++) {
    await page.waitForTimeout(500);
  }
}

test('screens of backups', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' }).waitFor();
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const tripDownload = await exported;
  const tripFile = `/tmp/${tripDownload.suggestedFilename()}`;
  await tripDownload.saveAs(tripFile);

  await page.getByRole('link', { name: 'Backups', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up to a file…' }).click();
  const backupDownload = await download;
  const backupPath = `/tmp/${backupDownload.suggestedFilename()}`;
  await backupDownload.saveAs(backupPath);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await page.getByRole('table', { name: 'Automatic backups' }).waitFor();
  await shoot(page, 'backups', true);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await (await chooser).setFiles(backupPath);
  // The dialog opens as the file is read; the preview follows once it is checked.
  await page.getByRole('dialog', { name: 'Restore from a backup' }).getByRole('table', { name: 'What the backup holds' }).waitFor();
  await shoot(page, 'backups-restore');
  await page.keyboard.press('Escape');

  // A colleague's copy with one engagement moved: the import says what changes.
  const file = JSON.parse(await readFile(tripFile, 'utf8')) as { tables: { engagements: Record<string, unknown>[] } };
  const moved = file.tables.engagements[0]!;
  moved['title'] = `${String(moved['title'])} (moved)`;
  moved['updatedAt'] = new Date().toISOString();
  const changed = `/tmp/Liverpool mission from a colleague.trip.json`;
  await writeFile(changed, JSON.stringify(file));
  const tripChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a trip file…' }).click();
  await (await tripChooser).setFiles(changed);
  await page.getByRole('dialog', { name: 'Import a trip' }).waitFor();
  await shoot(page, 'backups-trip-import');
});
