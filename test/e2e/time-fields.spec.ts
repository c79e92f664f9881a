/**
 * Times as an organiser types them, under a browser set to US English as well as British (the suite runs this
 * file in both): every time field shows 24-hour time, reads `2240`, `22:40`, `22.40`, `9:30`, `0930` and
 * `10:40pm`, says what it understood, and refuses anything else by name. And the night the clocks go back in
 * San Francisco, when 01:30 happens twice: booked at the first, with the second one choice away.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addCity, fillDate, text } from './steps';

test.describe.configure({ mode: 'parallel' });

/** A Shenzhen delegation's tour of San Francisco over the first Sunday of November 2027. */
async function sanFranciscoTour(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'New trip' }).first().click();
  const tripForm = page.getByRole('dialog', { name: 'New trip' });
  await text(tripForm, /^Name/).fill('Shenzhen innovation centres tour');
  await fillDate(tripForm, 'Start date', '5 Nov 2027');
  await fillDate(tripForm, 'End date', '9 Nov 2027');
  await tripForm.getByRole('combobox', { name: 'Home city' }).fill('Shenzhen');
  await page.getByRole('option', { name: /^Shenzhen/ }).first().click();
  await tripForm.getByRole('button', { name: 'Create trip' }).click();
  await expect(page.getByRole('heading', { name: 'Shenzhen innovation centres tour' })).toBeVisible();
  await page.getByRole('tab', { name: 'Route' }).click();
  await addCity(page, 'San Francisco', /^San Francisco/, '5 Nov 2027', '9 Nov 2027');
  await page.getByRole('tab', { name: 'Programme' }).click();
}

async function newEngagement(page: Page, day: string, title: string) {
  await page.getByRole('button', { name: `Add engagement on ${day}` }).click();
  const dialog = page.getByRole('dialog', { name: 'New engagement' });
  await text(dialog, /^Title/).fill(title);
  return dialog;
}

test('time fields show 24-hour time, read what organisers type, and refuse what is not a time', { tag: '@time-fields' }, async ({ page }) => {
  test.setTimeout(90_000);
  await sanFranciscoTour(page);
  const dialog = await newEngagement(page, 'Sat 6 Nov 2027', 'Dinner with the Silicon Valley partners');
  const starts = dialog.getByRole('textbox', { name: 'Starts' });
  const ends = dialog.getByRole('textbox', { name: 'Ends' });
  await expect(starts).toHaveValue('10:00');

  for (const [typed, understood] of [
    ['2240', '22:40'],
    ['22:40', null],
    ['22.40', '22:40'],
    ['9:30', '09:30'],
    ['0930', '09:30'],
    ['10:40pm', '22:40'],
  ] as const) {
    await starts.fill(typed);
    // What it understood is said while the organiser types, and the field shows it once left.
    if (understood) await expect(dialog.getByRole('status', { name: `Read as ${understood}` })).toBeVisible();
    await starts.press('Tab');
    await expect(starts).toHaveValue(understood ?? typed);
    await expect(dialog.getByRole('status', { name: /^Read as/ })).toHaveCount(0);
  }
  // The end follows the start by a meeting's usual hour.
  await expect(ends).toHaveValue('23:40');

  await starts.fill('half past ten');
  await starts.press('Tab');
  await expect(dialog.getByText('“half past ten” is not a time. Type it in 24-hour form, such as 22:40 or 2240.')).toBeVisible();
  await ends.fill('25:00');
  await ends.press('Tab');
  await expect(dialog.getByText(/“25:00” is not a time of day/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Book engagement' }).click();
  await expect(dialog).toBeVisible();

  // Arrow keys move a time by a quarter of an hour.
  await starts.fill('2240');
  await ends.fill('2300');
  await ends.press('ArrowUp');
  await expect(ends).toHaveValue('23:15');
  await dialog.getByRole('button', { name: 'Book engagement' }).click();
  await expect(dialog).toBeHidden();

  const saturday = page.locator('.programme-day').filter({ has: page.getByRole('heading', { name: /Sat 6 Nov 2027/ }) });
  await expect(saturday).toContainText('22:40 San Francisco');
  await expect(saturday).toContainText('until 23:15');
  await expect(page.locator('body')).not.toContainText(/\d(:\d\d)? ?[AP]M\b/);
});

test('01:30 on the night the clocks go back is the first 01:30 unless the organiser chooses the second', { tag: '@time-fields' }, async ({ page }) => {
  test.setTimeout(90_000);
  await sanFranciscoTour(page);
  const dialog = await newEngagement(page, 'Sun 7 Nov 2027', 'Call with the Shenzhen office');
  await dialog.getByRole('textbox', { name: 'Starts' }).fill('0130');
  await dialog.getByRole('textbox', { name: 'Ends' }).fill('0215');
  await expect(dialog.getByText('Start: 01:30 happens twice')).toBeVisible();
  await expect(dialog.getByText(/The clocks go back in San Francisco in the night of Sunday,? 7 November 2027/)).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'First 01:30 (UTC−7)' })).toBeChecked();
  // 02:15 happens once: nothing to choose for the end.
  await expect(dialog.getByText(/^End: .* happens twice/)).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Book engagement' }).click();
  await expect(dialog).toBeHidden();

  const sunday = page.locator('.programme-day').filter({ has: page.getByRole('heading', { name: /Sun 7 Nov 2027/ }) });
  // 01:30 PDT is 16:30 at home in Shenzhen, named by the trip's home city.
  await expect(sunday).toContainText('01:30 (UTC−7) San Francisco');
  await expect(sunday).toContainText('16:30 Shenzhen');
  // The day's heading says the clocks change that night.
  await expect(sunday).toContainText('San Francisco time, UTC−7 until 02:00, then UTC−8');

  await sunday.getByRole('link', { name: 'Call with the Shenzhen office' }).click();
  await page.getByRole('button', { name: 'Edit engagement' }).click();
  const editing = page.getByRole('dialog', { name: 'Edit engagement' });
  await editing.getByText('Second 01:30 (UTC−8)').click();
  await editing.getByRole('button', { name: 'Save engagement' }).click();
  await expect(editing).toBeHidden();
  await expect(page.getByText('Sun 7 Nov, 01:30 (UTC−8) San Francisco')).toBeVisible();
  await expect(page.getByText('17:30 Shenzhen')).toBeVisible();

  // The choice is kept: the form opens on the second 01:30 again.
  await page.getByRole('button', { name: 'Edit engagement' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit engagement' }).getByRole('radio', { name: 'Second 01:30 (UTC−8)' })).toBeChecked();
});

test('a journey’s times are typed the same way, and a red-eye in the repeated hour can leave at the second 01:30', { tag: '@time-fields' }, async ({ page }) => {
  test.setTimeout(90_000);
  await sanFranciscoTour(page);
  await page.getByRole('tab', { name: 'Route' }).click();
  await page.getByRole('button', { name: 'Add journey' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a journey' });
  for (const [label, value] of [
    ['From', 'San Francisco'],
    ['To', 'Home (Shenzhen)'],
  ] as const) {
    await dialog.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: value, exact: true }).click();
  }
  await text(dialog, 'Number').fill('UA857');
  await fillDate(dialog, 'Departure date', '7 Nov 2027');
  const departs = dialog.getByRole('textbox', { name: 'Departure time' });
  await departs.fill('130am');
  await expect(dialog.getByRole('status', { name: 'Read as 01:30' })).toBeVisible();
  // A click straight after typing lands where it was aimed: what the field understood shows inside it, so
  // nothing below moves when the field is left.
  await dialog.getByRole('button', { name: 'Add a connection' }).click();
  await expect(dialog.getByRole('group', { name: 'Connection 1' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Remove connection 1' }).click();
  await expect(departs).toHaveValue('01:30');
  await fillDate(dialog, 'Arrival date', '8 Nov 2027');
  const arrives = dialog.getByRole('textbox', { name: 'Arrival time' });
  await arrives.fill('7.05');
  await arrives.press('Tab');
  await expect(arrives).toHaveValue('07:05');

  // 01:30 PDT (UTC−7) to 07:05 in Shanghai (UTC+8) the next day; at the second 01:30 an hour less.
  await expect(dialog.getByText('Departure: 01:30 happens twice')).toBeVisible();
  await expect(dialog.getByText(/^Takes 14 h 35 min/)).toBeVisible();
  await dialog.getByText('Second 01:30 (UTC−8)').click();
  await expect(dialog.getByText(/^Takes 13 h 35 min/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Add journey' }).click();
  await expect(dialog).toBeHidden();

  const travel = page.getByRole('table', { name: 'Journeys' });
  await expect(travel).toContainText('Sun 7 Nov, 01:30 (UTC−8)');
  await expect(travel).toContainText('13 h 35 min');
});
