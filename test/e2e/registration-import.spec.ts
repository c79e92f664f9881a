/**
 * From an empty database: the organiser builds a two-city route and imports the delegates two registration
 * forms produced, as the forms export them. The first, UTF-8 with a byte-order mark and semicolons, asks for
 * title, first and last name separately and has a date of birth no one can read; the preview names that row
 * and field, and nothing is on the trip until the organiser confirms. The second, from a European partner, is
 * Windows-1252 with accented names and dates that read either way; the preview says how it was read, lets the
 * organiser read it another way, and asks once how its dates are written. Every name is right on the People
 * tab, and the passport expiry dates on the roll-ups follow the answer.
 */
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addCity, createTrip } from './steps';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/rosters/${name}`, import.meta.url));

async function openImport(page: Page, file: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Import CSV' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Import a roster from CSV' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a CSV file' }).click();
  await (await chooser).setFiles(fixture(file));
  return dialog;
}

test('a registration form’s CSV is imported with every name right, its problems named, and nothing written until confirmed', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('/');
  await createTrip(page, 'Northern Ireland innovation mission to China', '5 Nov 2027', '12 Nov 2027');
  await page.getByRole('tab', { name: 'Route' }).click();
  await addCity(page, 'Beijing', /^Beijing/, '5 Nov 2027', '8 Nov 2027');
  await addCity(page, 'Shanghai', /^Shanghai/, '8 Nov 2027', '12 Nov 2027');
  await page.getByRole('tab', { name: 'People' }).click();
  await expect(page.getByRole('heading', { name: 'Nobody is on this trip yet' })).toBeVisible();

  // The UTF-8 form: names in three columns, a date of birth that cannot be read.
  let dialog = await openImport(page, 'registration-form.csv');
  await expect(dialog.getByText('Read as UTF-8.')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'First name' })).toHaveValue('Given names (first name)');
  await expect(dialog.getByRole('combobox', { name: 'Last name' })).toHaveValue('Family name (last name)');
  await expect(dialog.getByRole('combobox', { name: 'Date of birth (DD/MM/YYYY)' })).toHaveValue('Date of birth');
  const preview = dialog.getByRole('table', { name: 'People to import' });
  for (const name of ['Dr Aoife Brennan', 'Cllr Marcus Hale', 'Ms Li Na', 'Mrs Hannah McAllister']) {
    await expect(preview.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  }
  await expect(preview.getByRole('row', { name: /Hannah McAllister/ })).toContainText('Joins at Shanghai');
  await expect(dialog.getByText('4 people will be imported, 1 row has problems and will be left out')).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Problems' }).getByRole('listitem')).toHaveText([
    'Row 6: date of birth “3rd June 1975” is not a date',
  ]);
  await expect(dialog.getByRole('radiogroup')).toHaveCount(0);

  // Cancelled, it wrote nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Nobody is on this trip yet' })).toBeVisible();

  // Chosen again and confirmed, the row with the bad date left out.
  dialog = await openImport(page, 'registration-form.csv');
  await dialog.getByRole('button', { name: 'Import 4 people' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: /People \(4\)/ })).toBeVisible();

  // The Windows-1252 form: accented names, and dates that read either way.
  dialog = await openImport(page, 'registration-form-windows-1252.csv');
  await expect(dialog.getByText('Read as Windows-1252 (Western European).')).toBeVisible();
  const names = ['Ms Siobhán Ó Briain', 'Mr José Müller', 'Dr Zoë Brontë', 'Mr François Lefèvre'];
  for (const name of names) await expect(preview.getByRole('row', { name: new RegExp(name) })).toBeVisible();

  // Read as UTF-8 the names break; back to Windows-1252 they are right again.
  await dialog.getByRole('combobox', { name: 'Encoding' }).click();
  await page.getByRole('option', { name: 'UTF-8', exact: true }).click();
  await expect(dialog.getByText('Read as UTF-8.')).toBeVisible();
  await expect(preview).toContainText('Siobh\uFFFDn');
  await dialog.getByRole('combobox', { name: 'Encoding' }).click();
  await page.getByRole('option', { name: 'Windows-1252 (Western European)' }).click();
  await expect(preview.getByRole('row', { name: /Ms Siobhán Ó Briain/ })).toBeVisible();

  // Asked once how the dates are written, and not imported until answered.
  const question = dialog.getByRole('radiogroup', { name: 'How are the dates in this file written?' });
  await expect(question.getByRole('radio', { name: 'Day first: 03/04/1980 is 3 Apr 1980' })).not.toBeChecked();
  await expect(question.getByRole('radio', { name: 'Month first: 03/04/1980 is 4 Mar 1980' })).not.toBeChecked();
  await expect(dialog.getByText('Choose how the dates are written before importing.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import 4 people' })).toBeDisabled();
  await question.getByRole('radio', { name: /^Day first/ }).check();
  await dialog.getByRole('button', { name: 'Import 4 people' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('heading', { name: /People \(8\)/ })).toBeVisible();
  const roster = page.getByRole('table', { name: 'People on this trip' });
  for (const name of [...names, 'Dr Aoife Brennan', 'Cllr Marcus Hale', 'Ms Li Na', 'Mrs Hannah McAllister']) {
    await expect(roster.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(roster.getByRole('row', { name: /Ciarán/ })).toHaveCount(0);
  await expect(roster.getByRole('row', { name: /Marcus Hale/ })).toContainText('No pork');
  await expect(roster.getByRole('row', { name: /Li Na/ })).toContainText('Not required');
  await expect(roster.getByRole('row', { name: /Hannah McAllister/ })).toContainText('Joins at Shanghai');
  await expect(roster.getByRole('row', { name: /Hannah McAllister/ })).toContainText('Applied');

  // The passports as the roll-ups show them: 06/07/2030 read day first.
  await page.getByRole('tab', { name: 'Roll-ups' }).click();
  const passports = page.getByRole('table', { name: 'Passports and visas' });
  await expect(passports.getByRole('row', { name: /José Müller/ })).toContainText('German');
  await expect(passports.getByRole('row', { name: /José Müller/ })).toContainText('6 Jul 2030');
  await expect(passports.getByRole('row', { name: /Li Na/ })).toContainText('10 Jun 2030');
  await expect(passports.getByRole('row', { name: /Siobhán Ó Briain/ })).toContainText('11 Feb 2031');
});
