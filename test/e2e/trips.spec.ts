import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

async function pickTimeZone(page: Page, label: string, typed: string, option: string) {
  await page.getByRole('combobox', { name: label }).fill(typed);
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
  await dialog.getByRole('textbox', { name: /^Start date/ }).fill('2027-04-12');
  await dialog.getByRole('textbox', { name: /^End date/ }).fill('2027-04-09');
  await dialog.getByRole('textbox', { name: /^End date/ }).press('Tab');
  await dialog.getByRole('button', { name: 'Create trip' }).click();
  await expect(dialog.getByText('The trip cannot end before it starts.')).toBeVisible();

  await dialog.getByRole('textbox', { name: /^End date/ }).fill('18 Apr 2027');
  await dialog.getByRole('textbox', { name: /^End date/ }).press('Tab');
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
  await expect(signing).toContainText('02:00 Liverpool');

  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  // On the trips list, not the trip's overview still on screen, whose engagements name the city region too.
  await expect(page.getByRole('heading', { name: 'Trips', level: 2 })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Liverpool City Region trade mission/ })).toContainText(
    'Kunming → Chongqing → Tianjin → Beijing → Qingdao → Shanghai',
  );
});

test('a deleted trip comes back with undo', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  // Loading the sample opens it: back to the list once it has.
  await expect(page.getByRole('heading', { name: 'Liverpool City Region trade mission to China', level: 2 })).toBeVisible();
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

test('a trip can be created with the keyboard alone, and typing mistakes are named, not lost', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Plan your first delegation')).toBeVisible();
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'New trip' });
  await expect(dialog.getByLabel('Name')).toBeFocused();

  await page.keyboard.type('Qingdao 青岛 marine technology visit');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ocean science partnerships');
  await page.keyboard.press('Tab');
  await page.keyboard.type('31/02/2027');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('9 Mar 2027');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  // The home city, picked by typing, brings its time zone with it.
  await expect(dialog.getByRole('combobox', { name: 'Home city' })).toBeFocused();
  await page.keyboard.type('Shanghai');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('combobox', { name: 'Home time zone' })).toHaveValue('Asia/Shanghai');

  await dialog.getByRole('button', { name: 'Create trip' }).click();
  await expect(dialog.getByText('“31/02/2027” is not a date. Type it like 5 Nov 2027.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: /^Start date/ })).toBeFocused();

  await page.keyboard.press('Control+a');
  await page.keyboard.type('2027-03-01');
  // Escape closes the calendar, not the form.
  await dialog.getByRole('button', { name: 'Pick start date from a calendar' }).click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: /^Start date/ })).toHaveValue('1 Mar 2027');

  // Escape on a form with changes asks before throwing them away.
  await dialog.getByLabel('Name').focus();
  await page.keyboard.press('Escape');
  const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog.getByLabel('Name')).toHaveValue('Qingdao 青岛 marine technology visit');

  await dialog.getByRole('button', { name: 'Create trip' }).click();
  await expect(page.getByRole('heading', { name: 'Qingdao 青岛 marine technology visit' })).toBeFocused();
  await expect(page.getByText('1–9 Mar 2027 · home Shanghai, time Asia/Shanghai')).toBeVisible();
  await expect(page).toHaveTitle('Qingdao 青岛 marine technology visit — Delegation Planner');
});

test('Ctrl+Z brings back the trip just deleted', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete trip' }).click();
  await expect(page.getByText('Plan your first delegation')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('row', { name: /Liverpool City Region/ })).toBeVisible();
});

test('a row’s actions open and close from the keyboard', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: 'Liverpool City Region trade mission to China', level: 2 })).toBeVisible();
  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  const actions = page.getByRole('button', { name: 'Actions for Liverpool City Region trade mission to China' });
  await actions.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Duplicate' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menu').locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(actions).toBeFocused();
});

test('a trip’s dialog stays open while a tab clicked just before it finishes showing, and closes once the person leaves the trip', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Liverpool City Region trade mission to China”?' });
  await expect(dialog).toBeVisible();
  // On a busy computer the Route tab, clicked a moment before Delete, finishes showing after the dialog opened.
  await page.evaluate(() => (location.hash = `${location.hash.replace(/\/$/, '')}/route`));
  await expect(page.getByRole('tab', { name: 'Route' })).toHaveAttribute('aria-selected', 'true');
  await expect(dialog).toBeVisible();
  // Another screen (Back, a command of the menu) closes it.
  await page.evaluate(() => (location.hash = '#/directory'));
  await expect(page.getByRole('heading', { name: 'Directory', level: 2 })).toBeVisible();
  await expect(dialog).toBeHidden();
});
