/**
 * The contacts in emergencies an organiser enters once for the briefing book: a coordinator and a consulate on a
 * new trip, seen on the overview; a wrong e-mail refused with a message that says whose e-mail it is.
 */
import { expect, test } from './fixtures';
import { addCity, createTrip, text } from './steps';

test('an organiser adds a local coordinator and a consulate, and sees them on the overview', async ({ page }) => {
  await page.goto('/');
  await createTrip(page, 'Chongqing trade mission', '8 Nov 2016', '12 Nov 2016');
  await page.getByRole('tab', { name: 'Route' }).click();
  await addCity(page, 'Chongq', /^Chongqing/, '9 Nov 2016', '11 Nov 2016');
  await page.getByRole('tab', { name: 'Overview' }).click();

  const card = page.getByRole('region', { name: 'Contacts in emergencies' });
  await expect(card.getByText(/No contacts yet\. Add who to call on the mission .* they go into the briefing book/)).toBeVisible();

  await page.getByRole('button', { name: 'Edit contacts in emergencies' }).click();
  const dialog = page.getByRole('dialog', { name: 'Contacts in emergencies' });
  await text(dialog, 'Local coordinator’s name').fill('Wang Fang');
  await text(dialog, 'Local coordinator’s phone').fill('+86 23 6555 0990');
  await text(dialog, 'Local coordinator’s e-mail').fill('wang.fang at mission desk');

  await dialog.getByRole('button', { name: 'Add an embassy or consulate' }).click();
  // The route's country comes first, and a new mission starts in it.
  await expect(dialog.getByRole('combobox', { name: /^Country/ })).toHaveValue('China');
  await expect(text(dialog, /^Name/)).toBeFocused();
  await text(dialog, /^Name/).fill('British Consulate-General Chongqing');
  await text(dialog, /^City/).fill('Chongqing');
  await text(dialog, 'Address in the local script').fill('重庆市渝中区邹容路68号大都会东方广场28层');
  await dialog.getByRole('textbox', { name: 'Switchboard' }).fill('+86 23 6369 1500');

  await dialog.getByRole('button', { name: 'Save contacts' }).click();
  await expect(
    dialog.getByText('Local coordinator’s e-mail: “wang.fang at mission desk” is not an e-mail address. Type it like name@example.com.'),
  ).toBeVisible();
  await expect(text(dialog, 'Local coordinator’s e-mail')).toBeFocused();

  await text(dialog, 'Local coordinator’s e-mail').fill('wang.fang@mission-desk.example');
  await dialog.getByRole('button', { name: 'Save contacts' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Saved the contacts in emergencies of Chongqing trade mission.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();

  const coordinator = card.getByRole('group', { name: 'Local coordinator' });
  await expect(coordinator.getByText('Wang Fang')).toBeVisible();
  await expect(coordinator.getByText('E-mail: wang.fang@mission-desk.example')).toBeVisible();
  const consulate = card.getByRole('group', { name: 'British Consulate-General Chongqing' });
  await expect(consulate.getByText('Chongqing, China')).toBeVisible();
  await expect(consulate.getByText('重庆市渝中区邹容路68号大都会东方广场28层')).toBeVisible();
  await expect(consulate.getByText('Phone: +86 23 6369 1500')).toBeVisible();
  await expect(card.getByRole('group', { name: 'Organiser' }).getByText('Not given')).toBeVisible();
});
