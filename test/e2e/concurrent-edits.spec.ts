/**
 * Two windows of the app on one database edit the same record at once, as two organisers on one computer or
 * one organiser with two windows do: a change to another field is kept, not overwritten by the later save; a
 * change to the same field is offered for the person saving to choose.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { text } from './steps';

const TRIP = 'Liverpool City Region trade mission to China';

/** A second window on the page's trip, as the first shows it. */
async function secondWindow(page: Page): Promise<Page> {
  const second = await page.context().newPage();
  await second.goto(page.url());
  // A second window starts the whole app again, with the first still running beside it.
  await expect(second.getByRole('heading', { name: TRIP, level: 2 })).toBeVisible({ timeout: 30_000 });
  return second;
}

// Two copies of the app in one browser: give them the time of two tests.
test.slow();

test('two windows edit one trip: a rename and a note are both kept; two renames are offered to choose', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).first().click();
  await expect(page.getByRole('heading', { name: TRIP, level: 2 })).toBeVisible();
  const second = await secondWindow(page);

  // Both open the form; one renames the trip and saves, the other then writes a note and saves.
  await page.getByRole('button', { name: 'Edit trip' }).click();
  const first = page.getByRole('dialog', { name: 'Edit trip' });
  await second.getByRole('button', { name: 'Edit trip' }).click();
  const other = second.getByRole('dialog', { name: 'Edit trip' });
  await text(first, 'Name').fill('Liverpool mission to China, 2016');
  await first.getByRole('button', { name: 'Save trip' }).click();
  await expect(first).toBeHidden();
  await text(other, 'Notes').fill('Gifts for every host: Liverpool FC scarves.');
  await other.getByRole('button', { name: 'Save trip' }).click();
  await expect(other).toBeHidden();
  // The rename is not lost to the note, in either window.
  for (const window of [page, second]) {
    await expect(window.getByRole('heading', { name: 'Liverpool mission to China, 2016', level: 2 })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Edit trip' }).click();
  await expect(text(first, 'Notes')).toHaveValue('Gifts for every host: Liverpool FC scarves.');
  await expect(text(first, 'Name')).toHaveValue('Liverpool mission to China, 2016');

  // Now both rename it: the second save is not made until its organiser chooses.
  await second.getByRole('button', { name: 'Edit trip' }).click();
  await text(first, 'Name').fill('Northern Powerhouse mission');
  await first.getByRole('button', { name: 'Save trip' }).click();
  await expect(first).toBeHidden();
  await text(other, 'Name').fill('Liverpool and Wirral mission');
  await text(other, 'Notes').fill('Gifts for every host: scarves and books.');
  await other.getByRole('button', { name: 'Save trip' }).click();
  const clash = other.getByRole('alert').filter({ hasText: 'Changed elsewhere while you were editing' });
  await expect(clash).toBeVisible();
  const name = clash.getByRole('radiogroup', { name: 'Name' });
  await expect(name.getByRole('radio', { name: 'Yours: Liverpool and Wirral mission' })).toBeChecked();
  await name.getByRole('radio', { name: 'Saved meanwhile: Northern Powerhouse mission' }).check();
  await expect(text(other, 'Name')).toHaveValue('Northern Powerhouse mission');
  await other.getByRole('button', { name: 'Save with these choices' }).click();
  await expect(other).toBeHidden();
  await expect(second.getByRole('heading', { name: 'Northern Powerhouse mission', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Edit trip' }).click();
  await expect(text(first, 'Notes')).toHaveValue('Gifts for every host: scarves and books.');
});

test('two windows edit one person: a new phone number does not lose a severe peanut allergy', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).first().click();
  await expect(page.getByRole('heading', { name: TRIP, level: 2 })).toBeVisible();
  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('link', { name: 'Daniel Kerr' }).first().click();
  await expect(page.getByRole('button', { name: 'Edit details' })).toBeVisible();
  const second = await page.context().newPage();
  await second.goto(page.url());
  await expect(second.getByRole('button', { name: 'Edit details' })).toBeVisible({ timeout: 30_000 });

  await page.getByRole('button', { name: 'Edit details' }).click();
  const first = page.getByRole('dialog', { name: /Daniel Kerr/ });
  await second.getByRole('button', { name: 'Edit details' }).click();
  const other = second.getByRole('dialog', { name: /Daniel Kerr/ });
  await text(first, /^Dietary needs/).fill('Severe peanut allergy: carries an adrenaline pen');
  await first.getByRole('button', { name: 'Save person' }).click();
  await expect(first).toBeHidden();
  // The other window's form still shows what its organiser is typing, not the saved change.
  await text(other, /^Phone/).fill('+44 151 496 0199');
  await expect(text(other, /^Dietary needs/)).not.toHaveValue(/peanut/);
  await other.getByRole('button', { name: 'Save person' }).click();
  await expect(other).toBeHidden();

  await second.getByRole('button', { name: 'Edit details' }).click();
  await expect(text(other, /^Dietary needs/)).toHaveValue('Severe peanut allergy: carries an adrenaline pen');
  await expect(text(other, /^Phone/)).toHaveValue('+44 151 496 0199');
});
