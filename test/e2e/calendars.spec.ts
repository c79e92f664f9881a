/**
 * Calendars, as an organiser uses them: a delegate's calendar downloaded and read by a calendar parser (the
 * MoU signing at 10:00 in Tianjin is 02:00Z, under a stable UID); an edit that makes them out of date, seen
 * in the Calendars tab, and a second export that raises SEQUENCE and brings them up to date; everyone's
 * calendars as one zip, its progress shown and a cancel that saves nothing; and a partner's invitation imported
 * after a preview.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { expect, test } from './fixtures';

const invitation = fileURLToPath(new URL('../fixtures/calendars/zhengxin-invitation.ics', import.meta.url));
const cutShort = fileURLToPath(new URL('../fixtures/calendars/cut-short.ics', import.meta.url));
const TRIP = 'Liverpool City Region trade mission to China';
const MOU = 'Sensor City – Zhengxin Group MoU signing ceremony';

type Event = InstanceType<typeof ICAL.Event>;

function eventsIn(text: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

async function calendarOf(download: Promise<Download>): Promise<{ name: string; events: Event[] }> {
  const file = await download;
  return { name: file.suggestedFilename(), events: eventsIn(await readFile(await file.path(), 'utf8')) };
}

function mouIn(events: Event[]): Event {
  const found = events.find((event) => event.summary === MOU);
  if (!found) throw new Error('The MoU signing is not in the calendar.');
  return found;
}

const utc = (event: Event) => event.startDate.toJSDate().toISOString();

async function loadSample(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: TRIP })).toBeVisible();
}

test('a delegate’s calendar has the MoU signing at 02:00Z; after an edit they are out of date until the next export raises SEQUENCE', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await loadSample(page);

  // From the delegate's own programme.
  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('link', { name: 'Aisha Rahman' }).click();
  await expect(page.getByRole('heading', { name: 'Programme for Aisha Rahman' })).toBeVisible();
  await expect(page.getByLabel('Their calendar')).toContainText('Never sent');
  const first = await calendarOf(
    Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download calendar' }).click()]).then(
      ([download]) => download,
    ),
  );
  expect(first.name).toBe(`${TRIP} - Aisha Rahman.ics`);
  const mou = mouIn(first.events);
  expect(utc(mou)).toBe('2016-11-12T02:00:00.000Z');
  expect(mou.endDate.toJSDate().toISOString()).toBe('2016-11-12T03:00:00.000Z');
  const { uid, sequence } = mou;
  await expect(page.getByLabel('Their calendar')).toContainText('Up to date');

  // The signing moves to 10:30.
  await page.getByRole('tab', { name: 'Programme' }).click();
  await page.getByRole('link', { name: MOU }).click();
  await page.getByRole('button', { name: 'Edit engagement' }).click();
  const editing = page.getByRole('dialog', { name: 'Edit engagement' });
  await editing.getByLabel('Starts').fill('10:30');
  await editing.getByRole('button', { name: 'Save engagement' }).click();
  await expect(editing).toBeHidden();

  // The Calendars tab lists her among those with changes they have not received.
  await page.getByRole('tab', { name: 'Calendars' }).click();
  await page.getByText(/^Not up to date \(\d+\)$/).click();
  const table = page.getByRole('table', { name: 'Calendars of the people on this trip' });
  const row = table.getByRole('row', { name: /Aisha Rahman/ });
  await expect(row).toContainText(/Changed since .+: “Sensor City – Zhengxin Group MoU signing ceremony” moved/);
  await expect(page.getByRole('status').filter({ hasText: 'changes they have not yet received' })).toContainText(
    '1 person has changes',
  );

  const second = await calendarOf(
    Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: 'Download calendar for Aisha Rahman' }).click(),
    ]).then(([download]) => download),
  );
  const moved = mouIn(second.events);
  expect(moved.uid).toBe(uid);
  expect(moved.sequence).toBe(sequence + 1);
  expect(utc(moved)).toBe('2016-11-12T02:30:00.000Z');
  expect(second.events.map((event) => event.uid).sort()).toEqual(first.events.map((event) => event.uid).sort());

  await expect(row).toBeHidden();
  await page.getByText(/^Everyone \(\d+\)$/).click();
  await expect(table.getByRole('row', { name: /Aisha Rahman/ })).toContainText('Up to date');
});

test('an engagement deleted, and one a delegate is taken off, reach their phones as cancelled until they have been sent', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await loadSample(page);
  const QINGDAO = 'Meeting with the Qingdao Municipal Bureau of Commerce';
  const BRIEFING = 'Trade briefing at the British Embassy';
  const table = page.getByRole('table', { name: 'Calendars of the people on this trip' });
  const download = (name: string) =>
    calendarOf(
      Promise.all([
        page.waitForEvent('download'),
        table.getByRole('button', { name: `Download calendar for ${name}` }).click(),
      ]).then(([file]) => file),
    );
  const titled = (events: Event[], title: string) => events.find((event) => event.summary.endsWith(title));

  await page.getByRole('tab', { name: 'Calendars' }).click();
  const andersonFirst = await download('Joe Anderson');
  const kerrFirst = await download('Daniel Kerr');
  const qingdao = titled(kerrFirst.events, QINGDAO)!;
  const briefing = titled(kerrFirst.events, BRIEFING)!;
  expect(titled(andersonFirst.events, QINGDAO)?.uid).toBe(qingdao.uid);
  await expect(table.getByRole('row', { name: /Daniel Kerr/ })).toContainText('Up to date');

  // The Qingdao meeting is deleted; Kerr is taken off the embassy briefing.
  await page.getByRole('tab', { name: 'Programme' }).click();
  await page.getByRole('link', { name: QINGDAO }).click();
  await expect(page.getByRole('heading', { name: QINGDAO })).toBeVisible();
  // The trip's own Delete sits in the header above; the engagement's is the last.
  await page.getByRole('button', { name: 'Delete', exact: true }).last().click();
  await page.getByRole('button', { name: 'Delete engagement' }).click();
  await page.getByRole('link', { name: BRIEFING }).click();
  await page.getByRole('button', { name: 'Edit engagement' }).click();
  const editing = page.getByRole('dialog', { name: 'Edit engagement' });
  // Mantine's pill keeps its remove button out of the accessibility tree (Backspace removes the last pill only).
  await editing.getByText('Daniel Kerr', { exact: true }).locator('xpath=..').locator('button').click();
  await editing.getByRole('button', { name: 'Save engagement' }).click();
  await expect(editing).toBeHidden();

  await page.getByRole('tab', { name: 'Calendars' }).click();
  const kerrRow = table.getByRole('row', { name: /Daniel Kerr/ });
  await expect(kerrRow).toContainText(`“${BRIEFING}” removed; “${QINGDAO}” removed`);
  await expect(table.getByRole('row', { name: /Joe Anderson/ })).toContainText(`“${QINGDAO}” removed`);

  const kerrSecond = await download('Daniel Kerr');
  for (const gone of [qingdao, briefing]) {
    const event = kerrSecond.events.find((candidate) => candidate.uid === gone.uid);
    expect(event?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event!.sequence).toBeGreaterThan(gone.sequence);
    expect(utc(event!)).toBe(utc(gone));
  }
  await expect(kerrRow).toContainText('Up to date');
  const andersonSecond = await download('Joe Anderson');
  expect(andersonSecond.events.find((event) => event.uid === qingdao.uid)?.component.getFirstPropertyValue('status')).toBe(
    'CANCELLED',
  );
  expect(andersonSecond.events.find((event) => event.uid === briefing.uid)?.component.getFirstPropertyValue('status')).toBe(
    'CONFIRMED',
  );

  // Delivered as cancelled: the next file leaves them out.
  const kerrThird = await download('Daniel Kerr');
  expect(kerrThird.events.map((event) => event.uid)).not.toContain(qingdao.uid);
  expect(kerrThird.events.map((event) => event.uid)).not.toContain(briefing.uid);
});

test('every delegate’s calendar downloads as one zip, one file each, and everyone is then up to date', async ({ page }) => {
  await loadSample(page);
  await page.getByRole('tab', { name: 'Calendars' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export all 20 calendars' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${TRIP} calendars.zip`);
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  const names = Object.keys(files);
  expect(names).toHaveLength(20);
  expect(names).toContain(`${TRIP} - Aisha Rahman.ics`);
  const aisha = eventsIn(strFromU8(files[`${TRIP} - Aisha Rahman.ics`]!));
  expect(utc(mouIn(aisha))).toBe('2016-11-12T02:00:00.000Z');
  await expect(page.getByRole('button', { name: 'Everyone is up to date' })).toBeDisabled();
  await expect(page.getByText('Not up to date (0)', { exact: true })).toBeVisible();

  // Reminders changed since: everyone's next file would differ. The export's notice leaves with the dialog open.
  await page.getByRole('button', { name: 'Change reminders' }).click();
  const reminders = page.getByRole('dialog', { name: 'Reminders in this trip’s calendars' });
  await expect(page.getByText(`Downloaded ${TRIP} calendars.zip`)).toBeHidden();
  await reminders.getByRole('combobox', { name: 'Meeting', exact: true }).click();
  await page.getByRole('option', { name: '15 minutes before' }).click();
  await reminders.getByRole('button', { name: 'Save reminders' }).click();
  await expect(reminders).toBeHidden();
  const table = page.getByRole('table', { name: 'Calendars of the people on this trip' });
  await expect(table.getByRole('row', { name: /Aisha Rahman/ })).toContainText(/Changed since .+: reminders changed/);
  await expect(page.getByText('Not up to date (20)', { exact: true })).toBeVisible();
});

test('the export of every delegate’s calendar shows how far it is, and cancelled it saves nothing and records nobody as sent', async ({ page }) => {
  // The calendar worker's script is held back, so that the export is still running when Cancel is pressed.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/calendar-work.worker*', async (route) => {
    await held;
    await route.continue();
  });
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await loadSample(page);
  await page.getByRole('tab', { name: 'Calendars' }).click();
  await page.getByRole('button', { name: 'Export all 20 calendars' }).click();
  await expect(page.getByText('Writing 0 of 20 calendars…')).toBeVisible();
  // The bar, empty so far (a bar of no width is not "visible" to Playwright, but it is there, saying 0%).
  await expect(page.getByRole('progressbar', { name: 'Exporting every delegate’s calendar' })).toHaveAttribute('aria-valuenow', '0');

  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByText(/^Export cancelled: nothing was saved/)).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByText('Not up to date (20)', { exact: true })).toBeVisible();

  // Exported again with the worker free: everyone's calendar comes, and everyone is then up to date.
  release();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all 20 calendars' }).click()]);
  expect(Object.keys(unzipSync(new Uint8Array(await readFile(await download.path()))))).toHaveLength(20);
  expect(downloads).toBe(1);
  await expect(page.getByRole('button', { name: 'Everyone is up to date' })).toBeDisabled();
});

test('a partner’s invitation is previewed with its own time and city, and imported into the programme at the right local time', async ({
  page,
}) => {
  await loadSample(page);
  await page.getByRole('tab', { name: 'Calendars' }).click();
  await page.getByRole('button', { name: 'Import .ics file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a calendar file' });

  // A file cut short says what is wrong and changes nothing.
  let chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose an .ics file' }).click();
  await (await chooser).setFiles(cutShort);
  const refusal = dialog.getByRole('alert').filter({ hasText: 'This file cannot be imported' });
  await expect(refusal).toContainText('cut-short.ics: The file ends before BEGIN:VEVENT on line 3 is closed');
  await expect(refusal).toContainText('Nothing was changed.');
  await expect(dialog.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);

  chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose an .ics file' }).click();
  await (await chooser).setFiles(invitation);
  const preview = dialog.getByRole('table', { name: 'Events in the file' });
  const tour = preview.getByRole('row', { name: /Tour of the Zhengxin sensor plant/ });
  await expect(tour).toContainText('Sat 12 Nov 2016, 15:00–16:30 Asia/Shanghai (UTC+8)');
  await expect(tour).toContainText('Tianjin, 15:00–16:30');
  await expect(tour.getByRole('checkbox', { name: 'Import “Tour of the Zhengxin sensor plant”' })).toBeChecked();
  const later = preview.getByRole('row', { name: /Follow-up call on the MoU/ });
  await expect(later).toContainText('Not imported: No city of the trip matches its date (Thu 1 Dec 2016)');
  await expect(later.getByRole('checkbox')).toBeDisabled();
  await expect(tour).toContainText('Check: Overlaps “Visit to the proposed site of the Chinese Sensor City” 14:30–16:30.');

  // A broken file chosen after a good one takes the good one's preview away with it.
  chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose another file' }).click();
  await (await chooser).setFiles(cutShort);
  await expect(refusal).toBeVisible();
  await expect(preview).toBeHidden();
  await expect(dialog.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
  chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose an .ics file' }).click();
  await (await chooser).setFiles(invitation);
  await expect(refusal).toBeHidden();

  await dialog.getByRole('button', { name: 'Import 1 engagement' }).click();
  await expect(dialog).toBeHidden();

  // The same invitation again is recognised by its UID, not copied.
  await page.getByRole('button', { name: 'Import .ics file' }).click();
  chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose an .ics file' }).click();
  await (await chooser).setFiles(invitation);
  await expect(tour).toContainText('Not imported: Already in this trip, as the engagement “Tour of the Zhengxin sensor plant”');
  await expect(tour.getByRole('checkbox')).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('tab', { name: 'Programme' }).click();
  const saturday = page.locator('.programme-day').filter({ has: page.getByRole('heading', { name: /Sat 12 Nov 2016/ }) });
  await expect(saturday).toContainText('Tour of the Zhengxin sensor plant');
  await saturday.getByRole('link', { name: 'Tour of the Zhengxin sensor plant' }).click();
  await expect(page.getByRole('heading', { name: 'Tour of the Zhengxin sensor plant' })).toBeVisible();
  await expect(page.getByText('Sat 12 Nov, 15:00 Tianjin')).toBeVisible();
  await expect(page.getByText('Hard hats provided. Please bring passports for the gate.')).toBeVisible();
});

test('an imported invitation can be undone straight after, and the programme is as it was', async ({ page }) => {
  await loadSample(page);
  await page.getByRole('tab', { name: 'Calendars' }).click();
  await page.getByRole('button', { name: 'Import .ics file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a calendar file' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose an .ics file' }).click();
  await (await chooser).setFiles(invitation);
  await dialog.getByRole('button', { name: 'Import 1 engagement' }).click();
  await expect(dialog).toBeHidden();

  const notice = page.getByRole('alert').filter({ hasText: 'Calendar imported' });
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('The calendar import is undone.')).toBeVisible();
  await page.getByRole('tab', { name: 'Programme' }).click();
  const saturday = page.locator('.programme-day').filter({ has: page.getByRole('heading', { name: /Sat 12 Nov 2016/ }) });
  await expect(saturday).toContainText('Visit to the proposed site of the Chinese Sensor City');
  await expect(saturday).not.toContainText('Tour of the Zhengxin sensor plant');
});
