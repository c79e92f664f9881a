/**
 * An organiser enters a flight out that changes planes in Beijing as one journey under one booking: the
 * connection typed in Beijing's own time, its zone suggested from the airport's name, the time to change shown
 * as it is typed, on the route's journeys and in the programme, which lists the journey once.
 */
import { expect, test } from './fixtures';
import { addCity, fillDate, text } from './steps';

test('a journey with a connection is added through the form and shown once, with its time to change', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'New trip' }).first().click();
  const tripForm = page.getByRole('dialog', { name: 'New trip' });
  await text(tripForm, /^Name/).fill('Liverpool City Region trade mission to China');
  await fillDate(tripForm, 'Start date', '5 Nov 2016');
  await fillDate(tripForm, 'End date', '9 Nov 2016');
  await tripForm.getByRole('combobox', { name: 'Home city' }).fill('Liverpool');
  await page.getByRole('option', { name: /^Liverpool.*United Kingdom/ }).click();
  await tripForm.getByRole('button', { name: 'Create trip' }).click();
  await page.getByRole('tab', { name: 'Route' }).click();
  await addCity(page, 'Kunming', /^Kunming/, '6 Nov 2016', '9 Nov 2016');

  await page.getByRole('button', { name: 'Add journey' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a journey' });
  await dialog.getByRole('combobox', { name: 'From', exact: true }).click();
  await page.getByRole('option', { name: 'Home (Liverpool)', exact: true }).click();
  await dialog.getByRole('combobox', { name: 'To', exact: true }).click();
  await page.getByRole('option', { name: 'Kunming', exact: true }).click();
  await text(dialog, 'Number').fill('HU7908');
  await text(dialog, 'Carrier').fill('Hainan Airlines');
  await fillDate(dialog, 'Departure date', '5 Nov 2016');
  await dialog.getByLabel('Departure time', { exact: true }).fill('13:15');
  await text(dialog, 'Departs from').fill('Manchester Airport T2');

  await dialog.getByRole('button', { name: 'Add a connection' }).click();
  const connection = dialog.getByRole('group', { name: 'Connection 1' });
  // The keyboard goes to the new connection's first field.
  await expect(connection.getByRole('textbox', { name: 'Lands at' })).toBeFocused();
  // The zone of the connection comes from the airport's name, and follows it while it is not chosen by hand.
  const zone = connection.getByRole('combobox', { name: /^Time zone of the connection/ });
  await page.keyboard.type('Helsinki Airport');
  await page.keyboard.press('Tab');
  await expect(zone).toHaveValue('Europe/Helsinki');
  await text(connection, 'Lands at').fill('Beijing Capital International Airport T2');
  await text(connection, 'Lands at').press('Tab');
  await expect(zone).toHaveValue('Asia/Shanghai');
  await fillDate(connection, 'Landing date', '6 Nov 2016');
  await connection.getByLabel('Landing time', { exact: true }).fill('06:55');
  await text(connection, 'Leaves from').fill('Beijing Capital International Airport T1');
  await expect(text(connection, /^Leaving date/)).toHaveValue('6 Nov 2016');
  await connection.getByLabel('Leaving time', { exact: true }).fill('09:50');
  await text(connection, 'Number of the next leg').fill('HU7279');
  await expect(connection.getByText('Time to change: 2 h 55 min', { exact: true })).toBeVisible();

  await fillDate(dialog, 'Arrival date', '6 Nov 2016');
  await dialog.getByLabel('Arrival time', { exact: true }).fill('13:45');
  await text(dialog, 'Arrives at').fill('Kunming Changshui International Airport');
  await expect(dialog.getByText('Takes 16 h 30 min, arriving the next day, with 1 connection on the way.')).toBeVisible();

  // Too short a change is said in words before it is saved.
  await connection.getByLabel('Leaving time', { exact: true }).fill('07:35');
  await expect(connection.getByText(/^Time to change: 40 min — shorter than the 60 min a flight connection needs/)).toBeVisible();
  await connection.getByLabel('Leaving time', { exact: true }).fill('09:50');

  await dialog.getByRole('button', { name: 'Add journey' }).click();
  await expect(dialog).toBeHidden();

  const journeys = page.getByRole('table', { name: 'Journeys' });
  await expect(journeys.getByRole('row')).toHaveCount(2);
  const row = journeys.getByRole('row', { name: /HU7908 \+ HU7279/ });
  await expect(row).toContainText('Flight HU7908 + HU7279');
  await expect(row).toContainText('Liverpool → Kunming');
  await expect(row).toContainText('Change at Beijing Capital International Airport T2, 06:55–09:50 (2 h 55 min) to HU7279');
  await expect(row).toContainText('16 h 30 min');

  await page.getByRole('tab', { name: 'Programme' }).click();
  const day = (title: RegExp) => page.locator('.programme-day').filter({ has: page.getByRole('heading', { name: title }) });
  const leaving = day(/^Day 1 · Sat 5 Nov 2016/);
  await expect(leaving.getByText(/^Flight HU7908 \+ HU7279 Liverpool → Kunming$/)).toHaveCount(1);
  await expect(leaving).toContainText('Change at Beijing Capital International Airport T2, 06:55–09:50 (2 h 55 min) to HU7279');
  await expect(leaving).toContainText('arrives 13:45 local time (+1 day)');
  // No leg is an item of its own: nothing lands in Beijing or leaves it.
  await expect(page.getByText(/^(Arrive: )?Flight HU7279/)).toHaveCount(0);
  await expect(day(/^Day 2 · Sun 6 Nov 2016/)).toContainText('13:45 Kunming');
});
