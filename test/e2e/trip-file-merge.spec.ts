/**
 * Two organisers on two computers work on one trip through its file: the sample trip goes to a colleague (a
 * second browser context, with its own database), who moves a banquet and writes a hotel note and sends the
 * file back; meanwhile the banquet's venue and the same hotel's note were changed here. Importing the reply
 * keeps both the colleague's time and the venue, and shows the two notes side by side to choose from.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { text } from './steps';

const TRIP = 'Liverpool City Region trade mission to China';
const BANQUET = 'Welcome banquet hosted by the Kunming Municipal Government';
const HOTEL = 'Dianchi Lakeside Hotel';

interface TripFileDocument {
  format: string;
  versionId?: string;
  baseId?: string;
  tables: {
    engagements: { title: string; start: { local: string }; venue: { name: string } }[];
    accommodations: { name: string; notes: string }[];
  };
}

/** Exports the open trip as a file, kept as `name` (a browser's downloads go with it), and reads it. */
async function exportTrip(page: Page, name: string): Promise<{ path: string; file: TripFileDocument }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const path = test.info().outputPath(name);
  await (await download).saveAs(path);
  return { path, file: JSON.parse(await readFile(path, 'utf8')) as TripFileDocument };
}

async function importTripFile(page: Page, path: string) {
  await page.getByRole('link', { name: 'Backups', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a trip file…' }).click();
  await (await chooser).setFiles(path);
  return page.getByRole('dialog', { name: 'Import a trip' });
}

async function editBanquet(page: Page, change: (form: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('tab', { name: 'Programme' }).click();
  await page.getByRole('link', { name: BANQUET }).click();
  await page.getByRole('button', { name: 'Edit engagement' }).click();
  const form = page.getByRole('dialog', { name: 'Edit engagement' });
  await change(form);
  await form.getByRole('button', { name: 'Save engagement' }).click();
  await expect(form).toBeHidden();
}

async function hotelForm(page: Page) {
  await page.getByRole('tab', { name: 'Route' }).click();
  await page.getByRole('button', { name: `Actions for ${HOTEL}` }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  return page.getByRole('dialog', { name: 'Edit hotel' });
}

async function writeHotelNote(page: Page, note: string) {
  const form = await hotelForm(page);
  await text(form, 'Notes').fill(note);
  await form.getByRole('button', { name: 'Save hotel' }).click();
  await expect(form).toBeHidden();
}

// Two copies of the app, one after the other: give them the time of two tests.
test.slow();

test('a colleague’s reply keeps their new time and my new venue, and shows the hotel note both changed to choose from', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).first().click();
  await expect(page.getByRole('heading', { name: TRIP, level: 2 })).toBeVisible();
  const sent = await exportTrip(page, 'sent.trip.json');
  expect(sent.file.format).toBe('delegation-planner-trip');
  expect(sent.file.versionId).toEqual(expect.any(String));
  expect(sent.file.baseId).toBeUndefined();

  // The colleague, on a computer of their own: imports the file, moves the banquet, writes a hotel note, sends it back.
  const theirs = await browser.newContext({ timezoneId: 'America/Los_Angeles', locale: 'en-GB' });
  const colleague = await theirs.newPage();
  const colleagueErrors: string[] = [];
  colleague.on('pageerror', (error) => colleagueErrors.push(error.message));
  await colleague.goto('/');
  // A second browser starts the whole app again, with the first still running beside it.
  await expect(colleague.getByRole('heading', { name: 'Plan your first delegation' })).toBeVisible({ timeout: 30_000 });
  let dialog = await importTripFile(colleague, sent.path);
  await expect(dialog.getByText('New trip', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Import trip' }).click();
  await expect(colleague.getByRole('heading', { name: TRIP, level: 2 })).toBeVisible();
  await editBanquet(colleague, async (form) => {
    await form.getByLabel('Starts', { exact: true }).fill('18:30');
  });
  await writeHotelNote(colleague, 'Late check-out agreed with the front desk');
  const reply = await exportTrip(colleague, 'reply.trip.json');
  expect(reply.file.baseId).toBe(sent.file.versionId);
  const banquetInReply = reply.file.tables.engagements.find((engagement) => engagement.title === BANQUET);
  expect(banquetInReply?.start.local.slice(11)).toBe('18:30');
  expect(reply.file.tables.accommodations.find((stay) => stay.name === HOTEL)?.notes).toBe('Late check-out agreed with the front desk');
  await theirs.close();
  expect(colleagueErrors).toEqual([]);

  // Meanwhile, here: the banquet moves to another venue, and the same hotel gets a note of its own.
  await editBanquet(page, async (form) => {
    await form.getByRole('textbox', { name: 'Venue', exact: true }).fill('Green Lake Hotel');
  });
  await writeHotelNote(page, 'Breakfast from 06:30 for the early flight');

  dialog = await importTripFile(page, reply.path);
  await expect(dialog.getByText('Update of a trip that is here')).toBeVisible();
  await expect(dialog.getByText(/^Merged field by field with the copy of this trip sent from this computer/)).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'What the import changes' })).toContainText(`${BANQUET} (time)`);
  const clashes = dialog.getByRole('table', { name: 'Fields changed on both sides' });
  const note = clashes.getByRole('row', { name: new RegExp(HOTEL) });
  await expect(clashes.getByRole('row')).toHaveCount(2);
  await expect(note).toContainText('notes');
  await expect(note.getByRole('radio', { name: 'Dianchi Lakeside Hotel: notes, keep this computer’s value: Breakfast from 06:30 for the early flight' })).toBeChecked();
  const myNote = note.getByRole('radio', { name: /keep this computer’s value/ });
  const theirNote = note.getByRole('radio', { name: 'Dianchi Lakeside Hotel: notes, take the file’s value: Late check-out agreed with the front desk' });
  // All at once, either way, then the one field on its own.
  await dialog.getByRole('button', { name: 'Take all theirs' }).click();
  await expect(theirNote).toBeChecked();
  await dialog.getByRole('button', { name: 'Keep all mine' }).click();
  await expect(myNote).toBeChecked();
  await theirNote.check();
  await expect(theirNote).toBeChecked();
  await dialog.getByRole('button', { name: 'Update trip' }).click();
  await expect(page.getByRole('heading', { name: TRIP, level: 2 })).toBeVisible();

  // Both the colleague's time and the venue chosen here are kept; the note is the colleague's, as chosen.
  await page.getByRole('tab', { name: 'Programme' }).click();
  await page.getByRole('link', { name: BANQUET }).click();
  await expect(page.getByText('Green Lake Hotel').first()).toBeVisible();
  await page.getByRole('button', { name: 'Edit engagement' }).click();
  const banquet = page.getByRole('dialog', { name: 'Edit engagement' });
  await expect(banquet.getByLabel('Starts', { exact: true })).toHaveValue('18:30');
  await expect(banquet.getByRole('textbox', { name: 'Venue', exact: true })).toHaveValue('Green Lake Hotel');
  await banquet.getByRole('button', { name: 'Cancel' }).click();
  const hotel = await hotelForm(page);
  await expect(text(hotel, 'Notes')).toHaveValue('Late check-out agreed with the front desk');
});
