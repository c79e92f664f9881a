/**
 * What lies over what: a notification never covers the buttons of the dialog beneath it, and the heading that
 * takes the focus when a screen opens draws no focus ring, while controls reached by keyboard keep theirs.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addCity, addHotel, addJourney, fillDate, text } from './steps';

/** Nothing drawn over the control: not at its centre, and no notification anywhere across it. */
async function expectNotCovered(control: Locator) {
  const covered = await control.evaluate((element) => {
    const document = element.ownerDocument;
    const box = element.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const notifications = [...document.querySelectorAll('.mantine-Notification-root')].map((notification) =>
      notification.getBoundingClientRect(),
    );
    const crossing = notifications.some(
      (other) => other.left < box.right && box.left < other.right && other.top < box.bottom && box.top < other.bottom,
    );
    return { centreOnTop: top !== null && element.contains(top), crossing, notifications: notifications.length };
  });
  expect(covered.notifications, 'a notification is showing').toBeGreaterThan(0);
  expect(covered).toEqual({ centreOnTop: true, crossing: false, notifications: covered.notifications });
}

const outlineOf = (element: Locator) =>
  element.evaluate((node) => node.ownerDocument.defaultView!.getComputedStyle(node).outlineStyle);

/** The sample trip's People, Joe Anderson removed from the trip, and the dialog to add someone open. */
async function addJoeBackAfterRemoving(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Actions for Joe Anderson' }).click();
  await page.getByRole('menuitem', { name: 'Remove from trip' }).click();
  await page.getByRole('dialog', { name: 'Remove Joe Anderson from this trip?' }).getByRole('button', { name: 'Remove from trip' }).click();
  await page.getByRole('button', { name: 'Add person' }).click();
}

test.describe('in the desktop app’s first window size', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('notifications leave the buttons of the dialog beneath them clear', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Load sample trip' }).click();
    await page.getByRole('tab', { name: 'People' }).click();
    // Two undo offers stack up while the organiser goes on to book an engagement.
    for (const name of ['Joe Anderson', 'Ellen Cutler']) {
      await page.getByRole('button', { name: `Actions for ${name}` }).click();
      await page.getByRole('menuitem', { name: 'Remove from trip' }).click();
      await page.getByRole('dialog', { name: `Remove ${name} from this trip?` }).getByRole('button', { name: 'Remove from trip' }).click();
    }
    await page.getByRole('tab', { name: 'Programme' }).click();
    await page.getByRole('button', { name: 'Add engagement on Sat 12 Nov 2016' }).click();
    const booking = page.getByRole('dialog', { name: 'New engagement' });
    const book = booking.getByRole('button', { name: 'Book engagement' });
    await book.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 2000);
    await expect(page.getByText('Removed Ellen Cutler', { exact: false })).toBeVisible();
    await expectNotCovered(book);
    await expectNotCovered(booking.getByRole('button', { name: 'Cancel' }));
  });

  test('the add-a-person dialog’s buttons stay clear of notifications too', async ({ page }) => {
    await addJoeBackAfterRemoving(page);
    const dialog = page.getByRole('dialog', { name: 'Add a person' });
    await expect(page.getByText('Removed Joe Anderson', { exact: false })).toBeVisible();
    await expectNotCovered(dialog.getByRole('button', { name: 'Cancel' }));
  });
});

test('a person’s programme and an engagement open at their top, their heading holding the focus', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('tab', { name: 'People' }).click();
  // Far down the list: the click scrolls the page to it first.
  await page.getByRole('link', { name: 'Meilin Zhang' }).click();
  const heading = page.getByRole('heading', { name: 'Programme for Meilin Zhang' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();

  await page.getByRole('tab', { name: 'Programme' }).click();
  await page.getByRole('link', { name: 'Sensor City – Zhengxin Group MoU signing' }).click();
  const title = page.getByRole('heading', { name: 'Sensor City – Zhengxin Group MoU signing' });
  await expect(title).toBeFocused();
  await expect(title).toBeInViewport();
});

test('the heading focused when a screen opens draws no ring; a control reached by keyboard does', async ({ page }) => {
  await page.goto('/');
  const welcome = page.getByRole('heading', { name: 'Plan your first delegation' });
  await expect(welcome).toBeFocused();
  expect(await outlineOf(welcome)).toBe('none');

  await page.keyboard.press('Tab');
  const newTrip = page.getByRole('button', { name: 'New trip' });
  await expect(newTrip).toBeFocused();
  expect(await outlineOf(newTrip)).not.toBe('none');

  // Navigating by keyboard moves the focus to the next screen's heading, again without a ring.
  await page.getByRole('link', { name: 'Directory' }).focus();
  await page.keyboard.press('Enter');
  const directory = page.getByRole('heading', { level: 2 }).first();
  await expect(directory).toBeFocused();
  expect(await outlineOf(directory)).toBe('none');
});

test('a dialog gives the focus back to what opened it, a button or a row’s menu, however it is closed', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();

  const contacts = page.getByRole('button', { name: 'Edit contacts in emergencies' });
  await contacts.click();
  await page.getByRole('dialog', { name: 'Contacts in emergencies' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(contacts).toBeFocused();

  await page.getByRole('tab', { name: 'Route' }).click();
  const addJourney = page.getByRole('button', { name: 'Add journey' });
  await addJourney.click();
  await expect(page.getByRole('dialog', { name: 'Add a journey' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(addJourney).toBeFocused();

  // From a row's menu, which is gone by the time the dialog closes: back to the row's menu button.
  const tianjin = page.getByRole('button', { name: 'Actions for Tianjin' });
  await tianjin.click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit Tianjin' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tianjin).toBeFocused();

  // Dialogs drawn only while open.
  await page.getByRole('tab', { name: 'Programme' }).click();
  const addEngagement = page.getByRole('button', { name: 'Add engagement on Sat 12 Nov 2016' });
  await addEngagement.click();
  await expect(page.getByRole('dialog', { name: 'New engagement' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(addEngagement).toBeFocused();

  await page.getByRole('tab', { name: 'People' }).click();
  const addPerson = page.getByRole('button', { name: 'Add person' });
  await addPerson.click();
  await page.getByRole('dialog', { name: 'Add a person' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(addPerson).toBeFocused();
});

test('Escape on a form’s first choice closes its open list, then the form, asking first if something was chosen', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('tab', { name: 'Logistics' }).click();
  const book = page.getByRole('button', { name: 'Book…' });
  const booking = page.getByRole('dialog', { name: 'Book a vehicle, interpreter or guide' });
  const resource = booking.getByRole('combobox', { name: 'Vehicle, interpreter or guide' });
  await book.click();
  await expect(resource).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(booking).toBeHidden();
  await expect(book).toBeFocused();

  // With its list open, Escape closes the list alone.
  await book.click();
  await expect(resource).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(booking).toBeVisible();
  await expect(resource).toBeFocused();

  // Something chosen: Escape asks before it is lost.
  await page.keyboard.type('Meilin');
  await page.getByRole('option', { name: /^Meilin Zhang/ }).click();
  await expect(resource).toHaveValue(/^Meilin Zhang/);
  await expect(page.getByRole('listbox')).toBeHidden();
  await page.keyboard.press('Escape');
  const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await expect(booking).toBeHidden();
});

test('after adding a city, an engagement, a person or an organisation, the focus is on the new one, to go on from there', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('tab', { name: 'Route' }).click();
  await addCity(page, 'Harbin', /^Harbin/, '18 Nov 2016', '19 Nov 2016');
  await expect(page.getByRole('row', { name: /Harbin/ })).toBeFocused();
  // A quick hand types the next city the moment the form has gone: the focus stays where they typed.
  const addACity = page.getByRole('combobox', { name: 'Add a city' });
  await addACity.fill('Dalian');
  await page.getByRole('option', { name: /^Dalian/ }).first().click();
  const cityForm = page.getByRole('dialog', { name: 'Add a city' });
  await fillDate(cityForm, 'Arrival date', '19 Nov 2016');
  await fillDate(cityForm, 'Departure date', '20 Nov 2016');
  await cityForm.getByRole('button', { name: 'Add city' }).click();
  await expect(cityForm).toBeHidden();
  await addACity.fill('Shen');
  await expect(page.getByRole('row', { name: /Dalian/ })).toBeVisible();
  await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
  await expect(addACity).toBeFocused();

  await page.getByRole('tab', { name: 'Programme' }).click();
  await page.getByRole('button', { name: 'Add engagement on Sat 12 Nov 2016' }).click();
  const booking = page.getByRole('dialog', { name: 'New engagement' });
  await text(booking, /^Title/).fill('Breakfast with the consul');
  await booking.getByLabel('Starts').fill('07:30');
  await booking.getByRole('button', { name: 'Book engagement' }).click();
  await expect(booking).toBeHidden();
  await expect(page.getByRole('link', { name: 'Breakfast with the consul' })).toBeFocused();

  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Add person' }).click();
  const adding = page.getByRole('dialog', { name: 'Add a person' });
  await adding.getByRole('textbox', { name: /^Find someone/ }).fill('Wen Jing');
  await adding.getByRole('button', { name: 'Create a new person' }).click();
  const newPerson = page.getByRole('dialog', { name: 'Add a new person' });
  await newPerson.getByRole('button', { name: 'Add to trip' }).click();
  await expect(newPerson).toBeHidden();
  await expect(page.getByRole('link', { name: 'Wen Jing' })).toBeFocused();

  // A new organisation opens on its own page, its name's heading holding the focus.
  await page.getByRole('link', { name: 'Directory', exact: true }).click();
  await page.getByRole('button', { name: 'New organisation' }).click();
  const organisation = page.getByRole('dialog', { name: 'New organisation' });
  await organisation.getByLabel('Name in English').fill('Harbin Ice Festival Office');
  await organisation.getByRole('button', { name: 'Create organisation' }).click();
  await expect(organisation).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Harbin Ice Festival Office', level: 2 })).toBeFocused();
});

test('after adding a hotel, a journey, a room, a vehicle, a booking or a contact, the focus is on the new one too', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('tab', { name: 'Route' }).click();
  await addHotel(page, 'Qingdao', 'Qingdao Harbour Inn', '青岛港湾酒店');
  await expect(page.getByRole('table', { name: 'Hotels' }).getByRole('row', { name: /Qingdao Harbour Inn/ })).toBeFocused();
  await addJourney(page, { from: 'Tianjin', to: 'Beijing', mode: 'Train', number: 'C2099', departs: ['13 Nov 2016', '16:00'], arrives: ['13 Nov 2016', '16:35'] });
  await expect(page.getByRole('table', { name: 'Journeys' }).getByRole('row', { name: /C2099/ })).toBeFocused();

  await page.getByRole('tab', { name: 'Rooming' }).click();
  await page.getByRole('button', { name: 'Add a room at Dianchi Lakeside Hotel' }).click();
  const room = page.getByRole('dialog', { name: 'Add a room at Dianchi Lakeside Hotel' });
  await room.getByRole('combobox', { name: 'Guest 1' }).click();
  await page.getByRole('option').first().click();
  await room.getByRole('textbox', { name: 'Hotel confirmation' }).fill('DLH-7788');
  await room.getByRole('button', { name: 'Add room' }).click();
  await expect(room).toBeHidden();
  await expect(page.getByRole('row', { name: /DLH-7788/ })).toBeFocused();

  await page.getByRole('tab', { name: 'Logistics' }).click();
  await page.getByRole('button', { name: 'Add vehicle' }).click();
  const vehicle = page.getByRole('dialog', { name: 'Add a vehicle' });
  await vehicle.getByRole('textbox', { name: /^Name/ }).fill('Harbin coach');
  await vehicle.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(vehicle).toBeHidden();
  await expect(page.getByRole('table', { name: 'Vehicles, interpreters and guides' }).getByRole('row', { name: /Harbin coach/ })).toBeFocused();

  // Booked from an engagement's page: the new booking in its list.
  await page.getByRole('tab', { name: 'Programme' }).click();
  await page.getByRole('link', { name: /Meeting with the Qingdao Municipal Bureau of Commerce/ }).first().click();
  await page.getByRole('button', { name: 'Book a vehicle or interpreter' }).click();
  const booking = page.getByRole('dialog', { name: 'Book a vehicle, interpreter or guide' });
  await booking.getByRole('combobox', { name: 'Vehicle, interpreter or guide' }).fill('Harbin');
  await page.getByRole('option', { name: /^Harbin coach/ }).click();
  await booking.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(booking).toBeHidden();
  await expect(page.getByRole('list', { name: 'Vehicles and interpreters' }).getByRole('listitem').filter({ hasText: 'Harbin coach' })).toBeFocused();

  await page.getByRole('link', { name: 'Directory', exact: true }).click();
  await page.getByRole('table').getByRole('link').first().click();
  await page.getByRole('button', { name: 'Add contact' }).click();
  const contact = page.getByRole('dialog', { name: /^New contact at/ });
  await contact.getByLabel('Name in English').fill('Zhao Lei');
  await contact.getByRole('button', { name: 'Add contact' }).click();
  await expect(contact).toBeHidden();
  await expect(page.getByRole('table', { name: 'Contacts' }).getByRole('row', { name: /Zhao Lei/ })).toBeFocused();
});

test('an undo offer is announced, and its Undo button is reached from the keyboard', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Actions for Joe Anderson' }).click();
  await page.getByRole('menuitem', { name: 'Remove from trip' }).click();
  await page.getByRole('dialog', { name: 'Remove Joe Anderson from this trip?' }).getByRole('button', { name: 'Remove from trip' }).click();
  const offer = page.getByRole('alert').filter({ hasText: 'Removed Joe Anderson' });
  await expect(offer).toBeVisible();
  // The notifications follow the page: Tab from the page's last control reaches the offer's Undo, past any
  // notification still showing above it.
  await page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>('#root a[href], #root button:not([disabled]), #root input');
    controls[controls.length - 1]?.focus();
  });
  const undo = offer.getByRole('button', { name: 'Undo' });
  for (let step = 0; step < 6 && !(await undo.evaluate((button) => button === document.activeElement)); step++) {
    await page.keyboard.press('Tab');
  }
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Joe Anderson' })).toBeVisible();
});

test('someone found in the directory is a button to a screen reader, in the list of those found', async ({ page }) => {
  await addJoeBackAfterRemoving(page);
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await text(dialog, /^Find someone/).fill('Joe Anderson');
  const joe = dialog.getByRole('list', { name: 'People found' }).getByRole('listitem').getByRole('button', { name: 'Joe Anderson' });
  await joe.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /Joe Anderson/ }).getByRole('button', { name: 'Add to trip' })).toBeVisible();
});
