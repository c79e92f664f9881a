/**
 * From an empty database: the organiser builds the six-city route, imports the 20-person roster a
 * registration form produced, moves one person to join at Beijing, and that person's own programme starts
 * in Beijing. The exported roster says the same.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { addCity, createTrip } from './steps';

const roster = fileURLToPath(new URL('../fixtures/rosters/liverpool-clean.csv', import.meta.url));

test('an imported roster member set to join at Beijing has a programme that starts in Beijing', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('/');
  await createTrip(page, 'Liverpool City Region trade mission to China', '5 Nov 2016', '19 Nov 2016');
  await page.getByRole('tab', { name: 'Route' }).click();
  await addCity(page, 'Kunming', /^Kunming/, '6 Nov 2016', '9 Nov 2016');
  await addCity(page, 'Chongqing', /^Chongqing/, '9 Nov 2016', '11 Nov 2016');
  await addCity(page, 'Tianjin', /^Tianjin/, '11 Nov 2016', '13 Nov 2016');
  await addCity(page, 'Beijing', /^Beijing/, '13 Nov 2016', '15 Nov 2016');
  await addCity(page, 'Qingdao', /^Qingdao/, '15 Nov 2016', '17 Nov 2016');
  await addCity(page, 'Shanghai', /^Shanghai/, '17 Nov 2016', '19 Nov 2016');

  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Import CSV' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Import a roster from CSV' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a CSV file' }).click();
  await (await chooser).setFiles(roster);
  await expect(dialog.getByRole('table', { name: 'People to import' })).toContainText('Joe Anderson');
  // One passport expiry, 09/05/2028, reads either way: the import asks.
  await dialog.getByRole('radio', { name: 'Day first: 09/05/2028 is 9 May 2028' }).check();
  await dialog.getByRole('button', { name: 'Import 20 people' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: /People \(20\)/ })).toBeVisible();

  await page.getByRole('button', { name: 'Actions for Ellen Cutler' }).click();
  await page.getByRole('menuitem', { name: 'Change part of the route or role' }).click();
  const membership = page.getByRole('dialog', { name: 'Ellen Cutler on this trip' });
  await membership.getByRole('combobox', { name: 'Joins at' }).click();
  await page.getByRole('option', { name: 'Beijing', exact: true }).click();
  await membership.getByRole('button', { name: 'Save' }).click();
  await expect(membership).toBeHidden();
  await expect(page.getByRole('row', { name: /Ellen Cutler/ })).toContainText('Joins at Beijing');

  await page.getByRole('link', { name: 'Ellen Cutler' }).click();
  await expect(page.getByRole('heading', { name: 'Programme for Ellen Cutler' })).toBeVisible();
  await expect(page.getByText('Beijing → Qingdao → Shanghai', { exact: true })).toBeVisible();
  const days = page.locator('.programme-day').getByRole('heading', { level: 3 });
  await expect(days.first()).toHaveText(/^Day 1 · Sun 13 Nov 2016 · Beijing/);
  await expect(page.locator('.programme-day').filter({ hasText: 'Kunming' })).toHaveCount(0);

  await page.getByRole('link', { name: 'People', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await readFile(await (await download).path(), 'utf8');
  // Spreadsheets need the byte-order mark to read UTF-8; a CSV reader skips it.
  expect(file.charCodeAt(0)).toBe(0xfeff);
  const csv = file.slice(1);
  const lines = csv.trim().split('\r\n');
  expect(lines).toHaveLength(21);
  const header = lines[0]!.split(',');
  const ellen = lines.find((line) => line.startsWith('Ellen Cutler,'))!.split(',');
  expect(ellen[header.indexOf('Joins at')]).toBe('Beijing');
});
