/**
 * Screenshots for the README and for looking at the app: `npm run screenshots` (after `npm run build:web`).
 * Walks through the main screens as a person would and writes PNGs to docs/screenshots.
 */
import { test, type Page } from '@playwright/test';

const out = 'docs/screenshots';

async function shoot(page: Page, name: string, fullPage = false) {
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage });
}

test('screens of the trips workflow', async ({ page }) => {
  await page.goto('/');
  await page.getByText('Plan your first delegation').waitFor();
  await shoot(page, 'first-run');

  await page.getByRole('button', { name: 'New trip' }).click();
  const dialog = page.getByRole('dialog', { name: 'New trip' });
  await dialog.getByLabel('Name').fill('Chengdu Hi-Tech Zone partnership visit');
  await dialog.getByRole('textbox', { name: /^Start date/ }).fill('31/02/2027');
  await dialog.getByRole('textbox', { name: /^End date/ }).fill('2027-02-20');
  await dialog.getByRole('button', { name: 'Create trip' }).click();
  await shoot(page, 'trip-form-errors');
  await dialog.getByRole('button', { name: 'Pick end date from a calendar' }).click();
  await shoot(page, 'trip-form-calendar');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Discard changes' }).click();

  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' }).waitFor();
  await shoot(page, 'trip');
  await shoot(page, 'trip-full', true);

  await page.getByRole('tab', { name: 'Route' }).click();
  await page.getByRole('img', { name: /^Route map/ }).waitFor();
  await page.waitForTimeout(1500);
  await shoot(page, 'route');
  await shoot(page, 'route-full', true);
  await page.getByRole('button', { name: /^Actions for HU7908/ }).first().click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  await shoot(page, 'journey-form');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Programme' }).click();
  await shoot(page, 'programme');
  await page.emulateMedia({ media: 'print' });
  await shoot(page, 'programme-print', true);
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Add engagement on Sat 12 Nov 2016' }).click();
  const booking = page.getByRole('dialog', { name: 'New engagement' });
  await booking.getByRole('textbox', { name: /^Title/ }).fill('Tour of the Tianjin Binhai incubator');
  // A time typed as on a note ("1430"), which the field reads in 24-hour form and says so.
  await booking.getByRole('textbox', { name: 'Starts' }).fill('1430');
  await shoot(page, 'engagement-form');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Discard changes' }).click();

  await page.getByRole('link', { name: 'Sensor City – Zhengxin Group MoU signing ceremony' }).click();
  await page.getByRole('heading', { name: 'Sensor City – Zhengxin Group MoU signing ceremony' }).waitFor();
  await shoot(page, 'engagement', true);

  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('table').first().waitFor();
  await shoot(page, 'roster');
  await page.getByRole('button', { name: 'Import CSV' }).first().click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a CSV file' }).click();
  await (await chooser).setFiles('test/fixtures/rosters/liverpool-bad.csv');
  await page.getByRole('table', { name: 'People to import' }).waitFor();
  await shoot(page, 'roster-import-preview');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('link', { name: 'Tom Price' }).click();
  await page.getByRole('heading', { name: 'Programme for Tom Price' }).waitFor();
  await shoot(page, 'person-programme');
  await page.getByRole('tab', { name: 'Roll-ups' }).click();
  await shoot(page, 'rollups');
  await shoot(page, 'rollups-full', true);

  await page.getByRole('link', { name: 'Follow-ups', exact: true }).click();
  await page.getByRole('table', { name: 'Follow-ups' }).waitFor();
  await shoot(page, 'follow-ups');

  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  await page.getByRole('link', { name: 'Liverpool City Region trade mission to China' }).click();
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  await page.getByRole('table', { name: 'Trips' }).waitFor();
  await shoot(page, 'trips');

  await page.setViewportSize({ width: 900, height: 700 });
  await shoot(page, 'trips-narrow');
});
