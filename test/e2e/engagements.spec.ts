/**
 * From an empty database: the organiser puts Zhengxin Group and its vice president in the directory, books
 * the MoU signing in Tianjin at 10:00 local time, records the outcome with two follow-ups, and finds them in
 * the follow-up list and in the CSV it exports.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { addCity, createTrip, fillDate, text } from './steps';

test('an MoU signing is booked with a partner, and its follow-ups reach the follow-up list', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');

  await page.getByRole('link', { name: 'Directory' }).click();
  await page.getByRole('button', { name: 'New organisation' }).first().click();
  const organisationForm = page.getByRole('dialog', { name: 'New organisation' });
  await text(organisationForm, /^Name in English/).fill('Zhengxin Group');
  await text(organisationForm, 'Name in local script').fill('正信集团');
  await text(organisationForm, 'City').fill('Tianjin');
  await organisationForm.getByRole('button', { name: 'Create organisation' }).click();
  await expect(page.getByRole('heading', { name: 'Zhengxin Group' })).toBeVisible();

  await page.getByRole('button', { name: 'Add contact' }).click();
  const contactForm = page.getByRole('dialog', { name: 'New contact at Zhengxin Group' });
  await text(contactForm, /^Name in English/).fill('Zhihua Feng');
  await text(contactForm, 'Title').fill('Executive Vice President');
  await contactForm.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('table', { name: 'Contacts' })).toContainText('Zhihua Feng');

  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  await createTrip(page, 'Tianjin sensor mission', '10 Nov 2016', '14 Nov 2016');
  await page.getByRole('tab', { name: 'Route' }).click();
  await addCity(page, 'Tianjin', /^Tianjin/, '11 Nov 2016', '13 Nov 2016');

  // Quick entry from the programme day, by keyboard.
  await page.getByRole('tab', { name: 'Programme' }).click();
  await page.getByRole('button', { name: 'Add engagement on Sat 12 Nov 2016' }).focus();
  await page.keyboard.press('Enter');
  const booking = page.getByRole('dialog', { name: 'New engagement' });
  await expect(text(booking, /^Title/)).toBeFocused();
  await page.keyboard.type('Sensor City – Zhengxin Group MoU signing');
  await booking.getByLabel('Starts').fill('10:00');
  await booking.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Signing ceremony' }).click();
  await booking.getByRole('combobox', { name: 'Partner organisations' }).click();
  await page.getByRole('option', { name: /^Zhengxin Group/ }).click();
  await booking.getByRole('combobox', { name: 'Their people' }).click();
  await page.getByRole('option', { name: 'Zhihua Feng, Executive Vice President' }).click();
  await booking.getByText('Confirmed', { exact: true }).click();
  await expect(booking.getByRole('radio', { name: 'Confirmed' })).toBeChecked();
  await booking.getByRole('button', { name: 'Book engagement' }).click();
  await expect(booking).toBeHidden();

  const saturday = page.locator('.programme-day').filter({ has: page.getByRole('heading', { name: /Sat 12 Nov 2016/ }) });
  await expect(saturday).toContainText('10:00 Tianjin');
  // Created without a home city, the trip's home zone is the computer's own: Los Angeles in these tests.
  await expect(saturday).toContainText('18:00 Los Angeles, Fri 11 Nov');
  await expect(saturday).toContainText('with Zhengxin Group');

  await saturday.getByRole('link', { name: 'Sensor City – Zhengxin Group MoU signing' }).click();
  await expect(page.getByText('Sat 12 Nov, 10:00 Tianjin')).toBeVisible();
  await page.getByRole('textbox', { name: 'Outcome' }).fill('MoU signed. Investment fund for early-stage businesses agreed in principle.');
  await page.getByRole('button', { name: 'Save outcome' }).click();
  await expect(page.getByText('Saved the outcome')).toBeVisible();

  const addFollowUp = page.getByRole('form', { name: 'Add a follow-up' });
  for (const [action, owner, due] of [
    ['Send the signed MoU to both universities', 'Dr Joanne Phoenix', '25 Nov 2016'],
    ['Agree draft terms for the investment fund', 'Sensor City business development', '31 Jan 2017'],
  ] as const) {
    await text(addFollowUp, 'Action').fill(action);
    await text(addFollowUp, 'Owner').fill(owner);
    await fillDate(addFollowUp, 'Due', due);
    await addFollowUp.getByRole('button', { name: 'Add follow-up' }).click();
    await expect(page.getByRole('table', { name: 'Follow-up actions' })).toContainText(action);
  }

  await page.getByRole('link', { name: 'Follow-ups', exact: true }).click();
  const list = page.getByRole('table', { name: 'Follow-ups' });
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list.getByRole('row').nth(1)).toContainText('Send the signed MoU to both universities');
  await expect(list.getByRole('row').nth(1)).toContainText('25 Nov 2016');
  await expect(list.getByRole('row').nth(2)).toContainText('Agree draft terms for the investment fund');
  await expect(list).toContainText('Tianjin sensor mission');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await readFile(await (await download).path(), 'utf8');
  // Spreadsheets need the byte-order mark to read UTF-8; a CSV reader skips it.
  expect(file.charCodeAt(0)).toBe(0xfeff);
  const csv = file.slice(1);
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe('Trip,Engagement,Engagement date,Action,Owner,Due,Done');
  expect(lines[1]).toBe(
    'Tianjin sensor mission,Sensor City – Zhengxin Group MoU signing,2016-11-12,Send the signed MoU to both universities,Dr Joanne Phoenix,2016-11-25,no',
  );
  expect(lines).toHaveLength(3);
});
