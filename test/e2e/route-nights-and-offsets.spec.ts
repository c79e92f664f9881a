/**
 * The route tells the truth about nights and clocks: a night spent on an overnight flight between two cities is
 * a night in transit, not a night in no city; a stay over a clock change shows both offsets; and two cities of
 * the same name are told apart by province when the organiser types it. Each test starts from an empty
 * database, in a browser on Los Angeles time.
 */
import { expect, test } from './fixtures';
import { addCity, addJourney, createTrip } from './steps';

test('a night on an overnight flight between two cities is shown in transit, not as a night in no city', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await createTrip(page, 'Yunnan and Beijing, November 2027', '5 Nov 2027', '12 Nov 2027');
  await page.getByRole('tab', { name: 'Route' }).click();
  await addCity(page, 'Beijing', /^Beijing/, '5 Nov 2027', '8 Nov 2027');
  await addCity(page, 'Kunming', /^Kunming/, '9 Nov 2027', '12 Nov 2027');
  await expect(page.getByText('1 night between Beijing and Kunming (8–9 Nov 2027) is in no city.')).toBeVisible();

  await addJourney(page, {
    from: 'Beijing',
    to: 'Kunming',
    number: 'CA938',
    departs: ['8 Nov 2027', '23:05'],
    arrives: ['9 Nov 2027', '02:35'],
  });
  await expect(page.getByText('Night of Mon 8 Nov in transit on CA938 Beijing → Kunming.')).toBeVisible();
  await expect(page.getByText(/in no city/)).toHaveCount(0);
});

test('a city whose stay spans a clock change shows the offset before it and after it', async ({ page }) => {
  await page.goto('/');
  await createTrip(page, 'Paris, autumn 2027', '27 Oct 2027', '3 Nov 2027');
  await page.getByRole('tab', { name: 'Route' }).click();
  await addCity(page, 'Paris', /^Paris.*France/, '27 Oct 2027', '3 Nov 2027');
  const paris = page.getByRole('row', { name: '1. Paris' });
  await expect(paris).toContainText('Europe/Paris (UTC+2, from Sun 31 Oct UTC+1)');
});

test('typing Taizhou offers both Taizhous, told apart by province, and adds the one picked', async ({ page }) => {
  await page.goto('/');
  await createTrip(page, 'Taizhou innovation centre, May 2027', '17 May 2027', '20 May 2027');
  await page.getByRole('tab', { name: 'Route' }).click();
  await page.getByRole('combobox', { name: 'Add a city' }).fill('Taizhou');
  const zhejiang = page.getByRole('option', { name: /^Taizhou\s*台州\s*Zhejiang, China/ });
  const jiangsu = page.getByRole('option', { name: /^Taizhou\s*泰州\s*Jiangsu, China/ });
  await expect(zhejiang).toBeVisible();
  await expect(jiangsu).toBeVisible();

  await zhejiang.click();
  const dialog = page.getByRole('dialog', { name: 'Add a city' });
  await expect(dialog.getByRole('textbox', { name: /^Name in local script/ })).toHaveValue('台州');
});
