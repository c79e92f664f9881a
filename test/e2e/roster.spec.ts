/**
 * An organiser puts people on a trip from an empty database: a new delegate with dietary needs for the whole
 * route, a second who joins at the second city, then finds one by name and removes the other, and undoes it.
 * The roster lists people by family name, whatever title comes before it.
 */
import { expect, test } from './fixtures';
import { addCity, createTrip, text } from './steps';

test('people are added to a trip for their part of the route, found by name, removed and put back', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await createTrip(page, 'Tianjin innovation mission', '5 Nov 2027', '12 Nov 2027');
  await page.getByRole('tab', { name: 'Route' }).click();
  await addCity(page, 'Beijing', /^Beijing/, '5 Nov 2027', '8 Nov 2027');
  await addCity(page, 'Tianjin', /^Tianjin/, '8 Nov 2027', '12 Nov 2027');

  await page.getByRole('tab', { name: 'People' }).click();
  await expect(page.getByRole('heading', { name: 'Nobody is on this trip yet' })).toBeVisible();

  // A new person, with dietary needs, for the whole route.
  await page.getByRole('button', { name: 'Add person' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add a person' });
  await text(dialog, /^Find someone/).fill('Amira Haddad');
  await expect(dialog.getByText('Nobody in the directory matches “Amira Haddad”.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Create a new person' }).click();
  dialog = page.getByRole('dialog', { name: 'Add a new person' });
  await expect(text(dialog, /^Name/).first()).toHaveValue('Amira Haddad');
  await text(dialog, 'Email').fill('amira@example.com');
  await text(dialog, 'Dietary needs').fill('Halal, no shellfish');
  await expect(dialog.getByRole('combobox', { name: 'Joins at' })).toHaveValue('Beijing');
  await expect(dialog.getByRole('combobox', { name: 'Leaves after' })).toHaveValue('Tianjin');
  await dialog.getByRole('button', { name: 'Add to trip' }).click();
  await expect(dialog).toBeHidden();

  const roster = page.getByRole('table', { name: 'People on this trip' });
  const amira = roster.getByRole('row', { name: /Amira Haddad/ });
  await expect(amira).toContainText('Whole route');
  await expect(amira).toContainText('Halal, no shellfish');
  await expect(amira).toContainText('Delegate');

  // A second, an interpreter who joins at the second city.
  await page.getByRole('button', { name: 'Add person' }).click();
  dialog = page.getByRole('dialog', { name: 'Add a person' });
  await text(dialog, /^Find someone/).fill('Li Wei');
  await dialog.getByRole('button', { name: 'Create a new person' }).click();
  dialog = page.getByRole('dialog', { name: 'Add a new person' });
  await text(dialog, 'Name in local script').fill('李伟');
  await dialog.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Interpreter' }).click();
  await dialog.getByRole('combobox', { name: 'Joins at' }).click();
  await page.getByRole('option', { name: 'Tianjin' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Beijing' })).not.toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Tianjin' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Add to trip' }).click();
  await expect(dialog).toBeHidden();

  const li = roster.getByRole('row', { name: /Li Wei/ });
  await expect(li).toContainText('Joins at Tianjin');
  await expect(li).toContainText('李伟');
  await expect(li).toContainText('Interpreter');

  // Search by name.
  await text(page, 'Search people').fill('amira');
  await expect(roster.getByRole('row')).toHaveCount(2);
  await expect(amira).toBeVisible();
  await text(page, 'Search people').fill('');
  await expect(roster.getByRole('row')).toHaveCount(3);

  // Remove one, then undo.
  await page.getByRole('button', { name: 'Actions for Li Wei' }).click();
  await page.getByRole('menuitem', { name: 'Remove from trip' }).click();
  await page.getByRole('dialog', { name: 'Remove Li Wei from this trip?' }).getByRole('button', { name: 'Remove from trip' }).click();
  await expect(li).toBeHidden();
  await expect(page.getByText('Removed Li Wei from Tianjin innovation mission')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(li).toContainText('Joins at Tianjin');
  await expect(page.getByText('Li Wei is back on the trip')).toBeVisible();
});

test('the roster lists people by family name, not by the title before it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('tab', { name: 'People' }).click();
  const roster = page.getByRole('table', { name: 'People on this trip' });
  await expect(roster.getByRole('link')).toHaveText([
    'Joe Anderson',
    'Mark Brennan',
    'Ellen Cutler',
    'Councillor Phil Davies',
    'Karen Doyle',
    'Fiona Gallagher',
    'Professor Richard Harland',
    'Laura Hughes',
    'Daniel Kerr',
    'Professor Gareth Lloyd',
    'Sophie Marsden',
    'Helen Moss',
    'Chris Ng',
    'Dr Joanne Phoenix',
    'Tom Price',
    'Aisha Rahman',
    'Dr Priya Raman',
    'Imran Siddiqui',
    'James Whitlow',
    'Meilin Zhang',
  ]);
});

