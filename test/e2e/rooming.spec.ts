/**
 * An organiser with two hotels in one city, from an empty database: before rooming, each hotel counts
 * everyone in the city and says it is not yet split; once rooms are entered (one click for some, the room form
 * for a shared twin), each person is in one hotel and each hotel counts its own, on the Rooming tab, the route
 * and the roll-ups alike. Putting someone in both is a finding; the rooming list downloads as CSV (parsed
 * here) and prints with the hotel's name and address in both scripts (read back with pdftotext).
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pdfPages } from './pdf';
import { addCity, createTrip, text } from './steps';

async function addHotelWithAddress(page: Page, name: string, nameLocal: string, address: string, addressLocal: string) {
  await page.getByRole('button', { name: 'Actions for Beijing' }).click();
  await page.getByRole('menuitem', { name: 'Add hotel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a hotel' });
  await dialog.getByRole('textbox', { name: 'Hotel', exact: true }).fill(name);
  await text(dialog, 'Hotel name in local script').fill(nameLocal);
  await dialog.getByRole('textbox', { name: 'Address', exact: true }).fill(address);
  await dialog.getByRole('textbox', { name: /^Address in local script/ }).fill(addressLocal);
  await dialog.getByRole('button', { name: 'Add hotel' }).click();
  await expect(dialog).toBeHidden();
}

async function addPerson(page: Page, name: string, nameLocal = '') {
  await page.getByRole('button', { name: 'Add person' }).click();
  await text(page.getByRole('dialog', { name: 'Add a person' }), /^Find someone/).fill(name);
  await page.getByRole('dialog', { name: 'Add a person' }).getByRole('button', { name: 'Create a new person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a new person' });
  if (nameLocal) await text(dialog, 'Name in local script').fill(nameLocal);
  await dialog.getByRole('button', { name: 'Add to trip' }).click();
  await expect(dialog).toBeHidden();
}

/** Chooses a person for the room form's guest line `number`. */
async function chooseGuest(page: Page, dialog: Locator, number: number, name: string) {
  await dialog.getByRole('combobox', { name: `Guest ${number}` }).click();
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
}

const stayCard = (page: Page, hotel: string) => page.getByRole('region', { name: new RegExp(`Beijing · ${hotel}`) });

test('two hotels in one city: rooming puts each person in one, the counts agree, a double booking is found, the list is sent', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await createTrip(page, 'Beijing innovation visit', '12 Nov 2016', '16 Nov 2016');
  await page.getByRole('tab', { name: 'Route' }).click();
  await addCity(page, 'Beijing', /^Beijing/, '13 Nov 2016', '15 Nov 2016');
  await addHotelWithAddress(page, 'Jianguomen Garden Hotel', '建国门花园酒店', '22 Jianguomenwai Avenue, Chaoyang District, Beijing', '北京市朝阳区建国门外大街22号');
  await addHotelWithAddress(page, 'Haidian Scholars Hotel', '海淀学苑酒店', '35 Chengfu Road, Haidian District, Beijing', '北京市海淀区成府路35号');

  await page.getByRole('tab', { name: 'People' }).click();
  await addPerson(page, 'Ann Lee');
  await addPerson(page, 'Ben Ode');
  await addPerson(page, 'Cai Ming', '蔡明');
  await addPerson(page, 'Dee Moss');

  // Before rooming: both hotels have everyone in Beijing, and say the four are not yet split between them.
  await page.getByRole('tab', { name: 'Rooming' }).click();
  const jianguomen = stayCard(page, 'Jianguomen Garden Hotel');
  const haidian = stayCard(page, 'Haidian Scholars Hotel');
  await expect(jianguomen).toContainText('Rooms for 4 · following their cities');
  await expect(jianguomen.getByText(/^Not yet split between hotels: the 4 people here are also counted at Haidian Scholars Hotel/)).toBeVisible();
  await expect(haidian).toContainText('Rooms for 4');

  // Ann and Ben: a room each at the Jianguomen, with one click each.
  await page.getByRole('button', { name: 'Give Ann Lee a room at Jianguomen Garden Hotel' }).click();
  await expect(page.getByText('Ann Lee has a single room at Jianguomen Garden Hotel.')).toBeVisible();
  await page.getByRole('button', { name: 'Give Ben Ode a room at Jianguomen Garden Hotel' }).click();
  await expect(jianguomen).toContainText('Rooms for 2 · 2 rooms, 4 room-nights');
  await expect(haidian).toContainText('Rooms for 2 · following their cities');

  // Cai and Dee share a twin at the Haidian, through the room form.
  await page.getByRole('button', { name: 'Add a room at Haidian Scholars Hotel' }).click();
  const form = page.getByRole('dialog', { name: 'Add a room at Haidian Scholars Hotel' });
  await form.getByRole('combobox', { name: 'Room type' }).click();
  await page.getByRole('option', { name: 'Twin' }).click();
  await chooseGuest(page, form, 1, 'Cai Ming');
  await form.getByRole('button', { name: 'Add a guest' }).click();
  await chooseGuest(page, form, 2, 'Dee Moss');
  await expect(form.getByRole('textbox', { name: 'Check-in, guest 2' })).toHaveValue('13 Nov 2016');
  await expect(form.getByRole('textbox', { name: 'Check-out, guest 2' })).toHaveValue('15 Nov 2016');
  await form.getByRole('textbox', { name: /^Special requests/ }).fill('Two beds, quiet side');
  await form.getByRole('textbox', { name: 'Hotel confirmation' }).fill('HSH-4401');
  await form.getByRole('button', { name: 'Add room' }).click();
  await expect(form).toBeHidden();

  // Each in one hotel: the counts are right at both, and the same on the route and in the roll-ups.
  await expect(jianguomen).toContainText('Rooms for 2 · 2 rooms, 4 room-nights');
  await expect(haidian).toContainText('Rooms for 2 · 1 room, 2 room-nights');
  await expect(haidian).toContainText('Everyone in Beijing has a room.');
  await expect(page.getByText(/^Not yet split/)).toHaveCount(0);
  const budget = page.getByRole('table', { name: 'Room-nights for the budget' });
  await expect(budget.getByRole('row', { name: /^Single/ })).toHaveText(/^Single\s*2\s*4$/);
  await expect(budget.getByRole('row', { name: /^Twin/ })).toHaveText(/^Twin\s*1\s*2$/);

  await page.getByRole('tab', { name: 'Route' }).click();
  const hotels = page.getByRole('table', { name: 'Hotels' });
  await expect(hotels.getByRole('row', { name: /Jianguomen Garden Hotel/ })).toContainText(/Rooms for 2\s*in 2 rooms/);
  await expect(hotels.getByRole('row', { name: /Haidian Scholars Hotel/ })).toContainText(/Rooms for 2\s*in 1 room/);

  await page.getByRole('tab', { name: 'Roll-ups' }).click();
  const nights = page.getByRole('table', { name: 'Hotel nights' });
  for (const night of ['13 Nov 2016', '14 Nov 2016']) {
    await expect(nights.getByRole('row', { name: new RegExp(`${night}.*Jianguomen Garden Hotel`) })).toContainText(/2$/);
    await expect(nights.getByRole('row', { name: new RegExp(`${night}.*Haidian Scholars Hotel`) })).toContainText(/2$/);
  }

  // Ann put in the Haidian too: the check names her, the nights and both hotels, and links to the rooming.
  await page.getByRole('tab', { name: 'Rooming' }).click();
  await page.getByRole('button', { name: 'Add a room at Haidian Scholars Hotel' }).click();
  await chooseGuest(page, form, 1, 'Ann Lee');
  await form.getByRole('button', { name: 'Add room' }).click();
  await expect(form).toBeHidden();
  const twoHotels =
    'Ann Lee has a room at both Haidian Scholars Hotel, Beijing and Jianguomen Garden Hotel, Beijing on the nights of Sun 13 Nov and Mon 14 Nov.';
  await page.getByRole('tab', { name: /^Checks/ }).click();
  const finding = page.getByRole('listitem').filter({ hasText: twoHotels });
  await expect(finding).toBeVisible();
  await finding.getByRole('link', { name: 'Rooming in Beijing' }).click();
  await expect(page.getByRole('heading', { name: 'Rooming', exact: true })).toBeVisible();
  await expect(page.getByText(twoHotels)).toBeVisible();

  // Taken out again with its room's menu (singles are listed first): the finding goes.
  await page.getByRole('button', { name: 'Actions for room 1 at Haidian Scholars Hotel' }).click();
  await page.getByRole('menuitem', { name: 'Remove' }).click();
  await expect(page.getByText('Removed room 1 at Haidian Scholars Hotel.')).toBeVisible();
  await expect(page.getByText(twoHotels)).toHaveCount(0);

  // The Haidian's rooming list as CSV, for the hotel: Chinese first, UTF-8 with a byte-order mark.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the rooming list of Haidian Scholars Hotel as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Beijing innovation visit rooming list, Haidian Scholars Hotel.csv');
  const bytes = await readFile(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const { data } = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true });
  expect(data.map((row) => [row['房型 Room type'], row['姓名 Name'], row['中文姓名 Name in characters'], row['入住 Arrival'], row['退房 Departure'], row['晚数 Nights']])).toEqual([
    ['双床房 Twin', 'Cai Ming', '蔡明', '2016-11-13', '2016-11-15', '2'],
    ['双床房 Twin', 'Dee Moss', '', '2016-11-13', '2016-11-15', '2'],
  ]);
  expect(data[0]!['酒店 Hotel']).toBe('Haidian Scholars Hotel');
  expect(data[0]!['酒店（当地名称） Hotel (local name)']).toBe('海淀学苑酒店');
  expect(data[0]!['特殊要求 Requests']).toBe('Two beds, quiet side');
  expect(data[0]!['确认号 Confirmation']).toBe('HSH-4401');

  // The printed list: the hotel's name and address in both scripts, its rooms and the room-nights.
  await page.getByRole('link', { name: 'Rooming list of Haidian Scholars Hotel' }).click();
  await expect(page.getByRole('heading', { name: '海淀学苑酒店 Haidian Scholars Hotel' })).toBeVisible();
  const printed = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true })).join('\n');
  expect(printed).toContain('海淀学苑酒店');
  expect(printed).toContain('Haidian Scholars Hotel');
  expect(printed).toContain('北京市海淀区成府路35号');
  expect(printed).toContain('35 Chengfu Road, Haidian District, Beijing');
  expect(printed).toContain('住房名单');
  expect(printed).toContain('Rooming list');
  expect(printed).toContain('蔡明');
  expect(printed).toContain('MOSS, Dee');
  expect(printed).toContain('HSH-4401');
  expect(printed).toContain('双床房 Twin');
  expect(printed).toContain('各房型间夜数 Room-nights by type');
  await page.getByRole('link', { name: 'Back to the trip' }).click();
  await expect(page.getByRole('heading', { name: 'Beijing innovation visit' })).toBeVisible();
});
