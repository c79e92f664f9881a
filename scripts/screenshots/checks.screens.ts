/** Screens of the trip's checks: the panel, a warning on an item, and the conflicts on an engagement's page. */
import { test, type Page } from '@playwright/test';

const out = 'docs/screenshots';

async function shoot(page: Page, name: string, fullPage = false) {
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage });
}

test('screens of the checks', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('heading', { name: 'Liverpool City Region trade mission to China' }).waitFor();

  // A briefing booked over the MoU signing, and the Shanghai hotel gone.
  await page.getByRole('tab', { name: 'Programme' }).click();
  await page.getByRole('button', { name: 'Add engagement on Sat 12 Nov 2016' }).click();
  const booking = page.getByRole('dialog', { name: 'New engagement' });
  await booking.getByRole('textbox', { name: /^Title/ }).fill('Tianjin Port Group briefing');
  await booking.getByLabel('Starts').fill('10:30');
  await booking.getByRole('textbox', { name: 'Venue', exact: true }).fill('Tianjin Port Group headquarters');
  await booking.getByRole('button', { name: 'Book engagement' }).click();
  await booking.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: 'Add engagement on Sun 13 Nov 2016' }).click();
  await booking.getByRole('textbox', { name: /^Title/ }).fill('Breakfast with the British Chamber of Commerce');
  await booking.getByLabel('Starts').fill('03:00');
  await booking.getByRole('button', { name: 'Book engagement' }).click();
  await booking.waitFor({ state: 'hidden' });

  const saturday = page.locator('.programme-day').filter({ has: page.getByRole('heading', { name: /Sat 12 Nov 2016/ }) });
  await saturday.scrollIntoViewIfNeeded();
  await saturday.getByRole('button', { name: /conflict/ }).first().click();
  await shoot(page, 'checks-marker');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: /^Checks/ }).click();
  await shoot(page, 'checks', true);

  await page.getByRole('link', { name: 'Open “Tianjin Port Group briefing”' }).click();
  await page.getByRole('heading', { name: 'Tianjin Port Group briefing' }).waitFor();
  await shoot(page, 'checks-engagement');

  await page.getByRole('tab', { name: /^Checks/ }).click();
  await page.getByRole('button', { name: 'Acknowledge…' }).first().click();
  await page.getByRole('dialog', { name: 'Acknowledge this conflict' }).getByRole('textbox').fill('Renewal booked for 2 Nov.');
  await shoot(page, 'checks-acknowledge');
});
