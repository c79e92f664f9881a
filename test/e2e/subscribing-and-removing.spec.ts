/**
 * Live calendars, as a delegate adds theirs and as an organiser takes them away: the person page's addresses
 * and QR code, the book that carries them, and the published calendars removed from a real Radicale (started
 * here) when a delegate leaves the trip or the trip is deleted, after asking. The calendars are published as
 * published-calendars.ts says.
 */
import type { Page } from '@playwright/test';
import type { Radicale } from '../support/radicale';
import { expect, test } from './fixtures';
import { pdfPages } from './pdf';
import { idsOnRoster, onServer, PASSWORD, publishCalendars, startCalendarServer } from './published-calendars';
import { openBook } from './steps';

const TRIP = 'Liverpool City Region trade mission to China';
/** Each test publishes as an organiser of its own, so that the same sample trip's calendars never meet. */
const ORGANISERS = ['card', 'leaves', 'deleted', 'sample', 'erased'] as const;

let radicale: Radicale;
test.beforeAll(async () => {
  radicale = await startCalendarServer(ORGANISERS);
});
test.afterAll(async () => {
  await radicale?.dispose();
});

async function theSampleTripsPeople(page: Page, names: string[]) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await expect(page.getByRole('heading', { name: TRIP })).toBeVisible();
  await page.getByRole('tab', { name: 'People' }).click();
  return idsOnRoster(page, names);
}

/** The browser says so on the console when a request finds no server: expected while Radicale is down. */
function expectingRefusedConnections(consoleErrors: string[]) {
  return () => {
    const refused = consoleErrors.filter((error) => /ERR_CONNECTION_REFUSED/.test(error));
    expect(refused.length).toBeGreaterThan(0);
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !refused.includes(error)));
  };
}

test('a delegate adds their published calendar from their page or their book, by its address or its QR code', async ({ page, context }) => {
  test.setTimeout(120_000);
  const { tripId, personIds } = await theSampleTripsPeople(page, ['Fiona Gallagher', 'Daniel Kerr']);
  const urls = await publishCalendars(page, radicale, 'card', tripId, [personIds.get('Fiona Gallagher')!]);
  const address = urls.get(`person:${personIds.get('Fiona Gallagher')}`)!;
  await page.reload();

  await page.getByRole('link', { name: 'Fiona Gallagher', exact: true }).click();
  const card = page.getByRole('region', { name: 'Live calendar' });
  // Radicale here speaks http: the subscription address keeps it rather than become webcal.
  await expect(card.getByRole('textbox', { name: 'Subscription address' })).toHaveValue(address);
  await expect(card.getByRole('textbox', { name: 'CalDAV address' })).toHaveValue(address);
  await expect(card.getByRole('img', { name: 'QR code of Fiona Gallagher’s calendar address, for a phone’s camera' })).toBeVisible();
  await expect(card).toContainText('Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar');
  await expect(card).toContainText('in DAVx⁵, add an account with the CalDAV address');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await card.getByRole('button', { name: 'Copy the subscription address' }).click();
  await expect(card.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
  // What a phone reads there: the calendar itself.
  const read = await fetch(address, { headers: { authorization: `Basic ${Buffer.from(`card:${PASSWORD}`).toString('base64')}` } });
  expect(read.headers.get('content-type')).toContain('text/calendar');

  // A delegate whose calendar is not published yet is told how.
  await page.getByRole('link', { name: 'People', exact: true }).click();
  await page.getByRole('link', { name: 'Daniel Kerr', exact: true }).click();
  const notYet = page.getByRole('region', { name: 'Live calendar' });
  await expect(notYet).toContainText('Daniel Kerr’s calendar is not published yet. Publish it with Publish changes on the trip’s Calendars tab');
  await expect(notYet.getByRole('img')).toHaveCount(0);
  await notYet.getByRole('link', { name: 'Open the Calendars tab' }).click();
  await expect(page.getByRole('tab', { name: 'Calendars', selected: true })).toBeVisible();

  // Her book carries it on its cover, which stays one page.
  await page.getByRole('tab', { name: 'Overview' }).click();
  await openBook(page, 'Fiona Gallagher (Delegate)', /^Delegate’s/);
  await expect(page.getByRole('img', { name: 'QR code of your calendar’s address' }).first()).toBeVisible();
  const pages = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(pages[0]).toContain('For Fiona Gallagher');
  expect(pages[0]).toContain('Your calendar on your phone');
  // Printed whole, broken across lines where it must (pdftotext joins a line ending in a hyphen without it).
  const squashed = (text: string) => text.replace(/[\s-]+/g, '');
  expect(squashed(pages[0]!)).toContain(squashed(address));
  const hotelsPage = /Hotels · (\d+)/.exec(pages[0]!)?.[1];
  expect(pages[Number(hotelsPage) - 1]).toMatch(/^Hotels$/m);
  expect(pages[1]).toMatch(/^The route at a glance$/m);

  // The whole delegation's book holds no one's calendar.
  await page.getByRole('link', { name: 'Back to the trip' }).click();
  await openBook(page, 'The whole delegation', /^Delegate’s/);
  const everyone = pdfPages(await page.pdf({ preferCSSPageSize: true })).join('\n');
  expect(everyone).not.toContain('Your calendar on your phone');
});

test('a delegate removed from the trip has their published calendar taken off the server, after asking', async ({ page }) => {
  const { tripId, personIds } = await theSampleTripsPeople(page, ['Fiona Gallagher', 'Daniel Kerr']);
  const urls = await publishCalendars(page, radicale, 'leaves', tripId, [...personIds.values()]);
  await page.reload();

  await page.getByRole('button', { name: 'Actions for Fiona Gallagher' }).click();
  await page.getByRole('menuitem', { name: 'Remove from trip' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove Fiona Gallagher from this trip?' });
  const also = dialog.getByRole('checkbox', { name: 'Also remove their published calendar from the calendar server' });
  await expect(also).toBeChecked();
  await expect(dialog).toContainText('On the calendar server now: Fiona Gallagher.');
  await dialog.getByRole('button', { name: 'Remove from trip' }).click();

  await expect(page.getByText('Removed 1 published calendar from the calendar server.')).toBeVisible();
  expect(await onServer(urls.get(`person:${personIds.get('Fiona Gallagher')}`)!, 'leaves')).toBe(false);
  expect(await onServer(urls.get(`person:${personIds.get('Daniel Kerr')}`)!, 'leaves')).toBe(true);
  expect(await onServer(urls.get('trip')!, 'leaves')).toBe(true);

  // Unticked, the calendar stays.
  await page.getByRole('button', { name: 'Actions for Daniel Kerr' }).click();
  await page.getByRole('menuitem', { name: 'Remove from trip' }).click();
  const second = page.getByRole('dialog', { name: 'Remove Daniel Kerr from this trip?' });
  await second.getByRole('checkbox', { name: 'Also remove their published calendar from the calendar server' }).uncheck();
  await second.getByRole('button', { name: 'Remove from trip' }).click();
  await expect(page.getByText(`Removed Daniel Kerr from ${TRIP}`)).toBeVisible();
  expect(await onServer(urls.get(`person:${personIds.get('Daniel Kerr')}`)!, 'leaves')).toBe(true);
});

test('a deleted trip’s calendars left on a server that is down are named, and Try again removes them once it is back', async ({ page, consoleErrors }) => {
  test.setTimeout(90_000);
  const { tripId, personIds } = await theSampleTripsPeople(page, ['Fiona Gallagher']);
  const urls = await publishCalendars(page, radicale, 'deleted', tripId, [...personIds.values()]);
  await page.reload();

  await page.getByRole('tab', { name: 'Overview' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Delete “${TRIP}”?` });
  await expect(dialog.getByRole('checkbox', { name: 'Also remove its 2 published calendars from the calendar server' })).toBeChecked();
  await expect(dialog).toContainText(`On the calendar server now: ${TRIP} and Fiona Gallagher.`);
  await radicale.stop();
  try {
    await dialog.getByRole('button', { name: 'Delete trip' }).click();
    await expect(page.getByText('2 calendars are still on the calendar server')).toBeVisible();
    await expect(page.getByText(`The server did not remove ${TRIP} and Fiona Gallagher: phones that added them still show them. Try again when the server can be reached.`)).toBeVisible();
    expectingRefusedConnections(consoleErrors)();
  } finally {
    await radicale.restart();
  }
  for (const url of urls.values()) expect(await onServer(url, 'deleted')).toBe(true);

  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText('Removed 2 published calendars from the calendar server.')).toBeVisible();
  for (const url of urls.values()) expect(await onServer(url, 'deleted')).toBe(false);
});

test('removing the sample data offers to take its calendars off the server, and Undo says how to put them back', async ({ page }) => {
  const { tripId, personIds } = await theSampleTripsPeople(page, ['Fiona Gallagher']);
  const urls = await publishCalendars(page, radicale, 'sample', tripId, [...personIds.values()]);
  await page.reload();

  await page.getByRole('button', { name: 'App menu' }).click();
  await page.getByRole('menuitem', { name: 'Remove sample data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove the sample data?' });
  await expect(dialog.getByRole('checkbox', { name: 'Also remove the sample trips’ 2 published calendars from the calendar server' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Remove sample data' }).click();
  await expect(page.getByText('Removed 2 published calendars from the calendar server.')).toBeVisible();
  for (const url of urls.values()) expect(await onServer(url, 'sample')).toBe(false);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Restored the sample data. Its calendars were taken off the calendar server: publish changes on its Calendars tab to put them back.')).toBeVisible();
});

test('erasing all data offers to take every published calendar off the server first', async ({ page }) => {
  const { tripId, personIds } = await theSampleTripsPeople(page, ['Fiona Gallagher', 'Daniel Kerr']);
  const urls = await publishCalendars(page, radicale, 'erased', tripId, [...personIds.values()]);
  await page.getByRole('link', { name: 'Backups', exact: true }).click();
  await page.getByRole('button', { name: 'Erase all data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase all data?' });
  await expect(dialog.getByRole('checkbox', { name: `Also remove the 3 published calendars of “${TRIP}” from the calendar server` })).toBeChecked();
  await expect(dialog).toContainText(`On the calendar server now: ${TRIP}, Daniel Kerr and Fiona Gallagher.`);
  await dialog.getByRole('textbox', { name: 'Type ERASE to confirm' }).fill('ERASE');
  await dialog.getByRole('button', { name: 'Erase all data' }).click();
  await expect(dialog).toBeHidden();
  for (const url of urls.values()) expect(await onServer(url, 'erased')).toBe(false);
});
