/**
 * Typing is never lost: an organiser who types quickly into a search box sees exactly what was typed, and the
 * list filters by it. "Qingdao" typed fast into the trips search once came out as "Qindo", because the box
 * showed the address's copy of the search, which catches up a moment later.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createTrip } from './steps';

/** Keystrokes with no pause between them, on a processor slowed as a busy laptop is. */
async function typeFast(page: Page, field: Locator, typed: string) {
  await field.click();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  try {
    await page.keyboard.type(typed);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
}

/** The sample trip and three copies of it, and one trip of another name with no cities. */
async function severalTrips(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' })).toBeVisible();
  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  await createTrip(page, 'Chengdu Hi-Tech Zone visit', '12 Apr 2027', '18 Apr 2027');
  for (let copy = 0; copy < 3; copy++) {
    await page.getByRole('link', { name: 'Trips', exact: true }).click();
    await page.getByRole('button', { name: 'Actions for Liverpool City Region trade mission to China' }).first().click();
    await page.getByRole('menuitem', { name: 'Duplicate' }).click();
    await expect(page.getByRole('heading', { name: /^Liverpool .* \(copy/ })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Trips' }).getByRole('row')).toHaveCount(6);
}

test('the trips search keeps every keystroke typed fast, and filters by all of them', async ({ page }) => {
  test.setTimeout(120_000);
  await severalTrips(page);
  const search = page.getByRole('textbox', { name: 'Search trips' });
  const trips = page.getByRole('table', { name: 'Trips' });

  await typeFast(page, search, 'Qingdao');
  await expect(search).toHaveValue('Qingdao');
  await expect(trips.getByRole('row')).toHaveCount(5);
  await expect(trips).not.toContainText('Chengdu Hi-Tech Zone visit');

  await search.press('Escape');
  await expect(search).toHaveValue('');
  await typeFast(page, search, 'Chengdu Hi-Tech');
  await expect(search).toHaveValue('Chengdu Hi-Tech');
  await expect(trips.getByRole('row')).toHaveCount(2);

  // The search is still in the address: Back from a trip returns to the same filtered list.
  await trips.getByRole('link', { name: 'Chengdu Hi-Tech Zone visit' }).click();
  await page.goBack();
  await expect(search).toHaveValue('Chengdu Hi-Tech');
  await expect(trips.getByRole('row')).toHaveCount(2);
});

test('the directory search keeps every keystroke typed fast', async ({ page }) => {
  test.setTimeout(120_000);
  await severalTrips(page);
  await page.getByRole('link', { name: 'Directory' }).click();
  const search = page.getByRole('textbox', { name: 'Search the directory' });
  const organisations = page.getByRole('table', { name: 'Organisations' });
  await expect(organisations).toBeVisible();

  await typeFast(page, search, 'Zhengxin Group');
  await expect(search).toHaveValue('Zhengxin Group');
  await expect(organisations.getByRole('row')).toHaveCount(2);
  await expect(organisations).toContainText('Zhengxin Group');
});

test('the people search of a trip keeps every keystroke typed fast', async ({ page }) => {
  test.setTimeout(120_000);
  await severalTrips(page);
  await page.getByRole('link', { name: 'Liverpool City Region trade mission to China', exact: true }).click();
  await page.getByRole('tab', { name: 'People' }).click();
  const search = page.getByRole('textbox', { name: 'Search people' });
  const roster = page.getByRole('table', { name: 'People on this trip' });
  await expect(roster).toBeVisible();

  await typeFast(page, search, 'Phoenix');
  await expect(search).toHaveValue('Phoenix');
  await expect(roster.getByRole('row')).toHaveCount(2);
  await expect(roster).toContainText('Joanne Phoenix');
});
