/** Screens of backups: the Backups screen with its automatic backups, a restore's preview, and a trip import. */
import { readFile, writeFile } from 'node:fs/promises';
import { test, type Page } from '@playwright/test';

const out = 'docs/screenshots';

async function shoot(page: Page, name: string, fullPage = false) {
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage });
}

test('screens of backups', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' }).waitFor();
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const tripFile = await (await exported).path();

  await page.getByRole('link', { name: 'Backups', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up to a file…' }).click();
  const backupPath = await (await download).path();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await page.getByRole('table', { name: 'Automatic backups' }).waitFor();
  await shoot(page, 'backups', true);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await (await chooser).setFiles(backupPath);
  await page.getByRole('dialog', { name: 'Restore from a backup' }).waitFor();
  await shoot(page, 'backups-restore');
  await page.keyboard.press('Escape');

  // A colleague's copy with one engagement moved: the import says what changes.
  const file = JSON.parse(await readFile(tripFile, 'utf8')) as { tables: { engagements: Record<string, unknown>[] } };
  const moved = file.tables.engagements[0]!;
  moved['title'] = `${String(moved['title'])} (moved)`;
  moved['updatedAt'] = new Date().toISOString();
  const changed = `${tripFile}.changed.json`;
  await writeFile(changed, JSON.stringify(file));
  const tripChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a trip file…' }).click();
  await (await tripChooser).setFiles(changed);
  await page.getByRole('dialog', { name: 'Import a trip' }).waitFor();
  await shoot(page, 'backups-trip-import');
});
