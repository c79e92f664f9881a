import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

async function pickTimeZone(page: Page, label: string, typed: string, option: string) {
  const field = page.getByRole('combobox', { name: label });
  await field.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('an organiser creates a trip, and it is still there after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Plan your first delegation')).toBeVisible();
  await page.getByRole('button', { name: 'New trip' }).click();

  const dialog = page.getByRole('dialog', { name: 'New trip' });
  await dialog.getByRole('button', { name: 'Create trip' }).click();
  await expect(dialog.getByText('Give the trip a name.')).toBeVisible();
  await expect(dialog.getByText('Enter the date the trip starts.')).toBeVisible();

  await dialog.getByLabel('Name').fill('Chengdu Hi-Tech Zone partnership visit');
  await dialog.getByLabel('Start date').fill('2027-04-12');
  await dialog.getByLabel('End date').fill('2027-04-09');
  await dialog.getByLabel('End date').press('Tab');
  await dialog.getByRole('button', { name: 'Create trip' }).click();
  await expect(dialog.getByText('The trip cannot end before it starts.')).toBeVisible();

  await dialog.getByLabel('End date').fill('18 Apr 2027');
  await dialog.getByLabel('End date').press('Tab');
  await dialog.getByLabel('Home time zone').clear();
  await pickTimeZone(page, 'Home time zone', 'Brussels', 'Europe/Brussels');
  await dialog.getByRole('button', { name: 'Create trip' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('heading', { name: 'Chengdu Hi-Tech Zone partnership visit' })).toBeVisible();
  await expect(page.getByText('12–18 Apr 2027 · home time Europe/Brussels')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Chengdu Hi-Tech Zone partnership visit' })).toBeVisible();
  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  const row = page.getByRole('row', { name: /Chengdu Hi-Tech Zone partnership visit/ });
  await expect(row).toContainText('12–18 Apr 2027');
  await expect(row).toContainText('Planning');
});

test('the sample trip shows the six cities of the Liverpool mission in order', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' })).toBeVisible();
  await expect(page.getByText('Sample data', { exact: true })).toBeVisible();

  const route = page.getByRole('table', { name: 'Route' });
  const cities = route.getByRole('row').filter({ hasNot: page.getByRole('columnheader') });
  await expect(cities).toHaveCount(6);
  const names = await cities.evaluateAll((rows) => rows.map((row) => row.querySelector('td p')?.firstChild?.textContent?.trim()));
  expect(names).toEqual(['Kunming', 'Chongqing', 'Tianjin', 'Beijing', 'Qingdao', 'Shanghai']);

  const signing = page.getByRole('row', { name: /MoU/ });
  await expect(signing).toContainText('10:00 Tianjin');
  await expect(signing).toContainText('02:00 London');

  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  await expect(page.getByRole('row', { name: /Liverpool City Region/ })).toContainText(
    'Kunming → Chongqing → Tianjin → Beijing → Qingdao → Shanghai',
  );
});

test('a deleted trip comes back with undo', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('link', { name: 'Trips', exact: true }).click();

  await page.getByRole('button', { name: 'Actions for Liverpool City Region trade mission to China' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: /Delete “Liverpool City Region/ });
  await confirm.getByRole('button', { name: 'Delete trip' }).click();

  await expect(page.getByText('Plan your first delegation')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Restored “Liverpool City Region trade mission to China”')).toBeVisible();
  const row = page.getByRole('row', { name: /Liverpool City Region/ });
  await expect(row).toContainText('Kunming → Chongqing');
  await page.reload();
  await expect(page.getByRole('row', { name: /Liverpool City Region/ })).toBeVisible();
});
