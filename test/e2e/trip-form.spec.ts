/**
 * The new-trip form as an organiser meets it: before any home city is chosen the home zone is the computer's
 * own, and the form says so (it used to show Europe/London whatever the computer); a home city, once picked,
 * stays in its box.
 */
import { expect, test } from './fixtures';
import { fillDate, text } from './steps';

test('a new trip starts in the computer’s own zone, said so, until a home city brings its zone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New trip' }).first().click();
  const form = page.getByRole('dialog', { name: 'New trip' });
  const zone = form.getByRole('combobox', { name: /^Home time zone/ });
  // The browser of these tests runs in Los Angeles.
  await expect(zone).toHaveValue('America/Los_Angeles');
  await expect(form.getByText('This computer’s zone, until you choose a home city.', { exact: false })).toBeVisible();

  const homeCity = form.getByRole('combobox', { name: 'Home city' });
  await homeCity.fill('Liverpool');
  await page.getByRole('option', { name: /^Liverpool.*United Kingdom/ }).click();
  await expect(zone).toHaveValue('Europe/London');
  await expect(form.getByText('This computer’s zone', { exact: false })).toBeHidden();
  await expect(form.getByText('Every delegate also sees programme times in this zone.')).toBeVisible();
});

test.describe('on a computer in Shanghai', () => {
  test.use({ timezoneId: 'Asia/Shanghai' });

  test('a new trip’s home zone is Shanghai’s', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'New trip' }).first().click();
    const form = page.getByRole('dialog', { name: 'New trip' });
    await expect(form.getByRole('combobox', { name: /^Home time zone/ })).toHaveValue('Asia/Shanghai');
  });
});

test('the home-city box keeps showing the city picked, and empties when it is cleared', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New trip' }).first().click();
  const form = page.getByRole('dialog', { name: 'New trip' });
  await text(form, /^Name/).fill('Liverpool City Region trade mission to China');
  await fillDate(form, 'Start date', '5 Nov 2016');
  await fillDate(form, 'End date', '19 Nov 2016');
  const homeCity = form.getByRole('combobox', { name: 'Home city' });
  await homeCity.fill('Liverpool');
  await page.getByRole('option', { name: /^Liverpool.*United Kingdom/ }).click();
  await expect(homeCity).toHaveValue('Liverpool');
  await form.getByRole('combobox', { name: /^Home time zone/ }).focus();
  await expect(homeCity).toHaveValue('Liverpool');

  await form.getByRole('button', { name: 'Clear home city' }).click();
  await expect(homeCity).toHaveValue('');
  await homeCity.fill('Manchester');
  await page.getByRole('option', { name: /^Manchester.*United Kingdom/ }).click();
  await expect(homeCity).toHaveValue('Manchester');
  await form.getByRole('button', { name: 'Create trip' }).click();
  await expect(form).toBeHidden();

  // Editing the trip shows its home city in the box.
  await page.getByRole('button', { name: 'Edit trip' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit trip' });
  await expect(edit.getByRole('combobox', { name: 'Home city' })).toHaveValue('Manchester');
});
