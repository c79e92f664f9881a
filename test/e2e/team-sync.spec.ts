/**
 * Two organisers plan one mission through their agency's WebDAV folder (Debian's Apache with mod_dav, started by
 * the test on 127.0.0.1): each on their own computer, here two copies of the app on two origins, each with its own
 * database. Ada makes the team space and shares the trip; Ben joins with the passphrase and gets it. Offline, each
 * changes a field of the welcome banquet of their own and both change its time; back online and synced, both
 * hold the same banquet, every change kept but the earlier time, which both list as a clash with the value that
 * lost.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { startWebDavServer, type WebDavServer } from '../support/webdav-server';
import { expect, forgetExpectedErrors, test, watchConsole } from './fixtures';

const port = Number(process.env.E2E_PORT ?? 4173);
const FIRST_ORIGIN = `http://127.0.0.1:${port}`;
/** The second web preview (playwright.config.ts): another origin, so another computer's storage. */
const SECOND_ORIGIN = `http://127.0.0.1:${port + 1}`;
const USER = 'liverpool-team';
const PASSWORD = 'app-password-7f3k';
const PASSPHRASE = 'Mersey ferries cross to Birkenhead';
const TRIP = 'Liverpool City Region trade mission to China';
const BANQUET = 'Welcome banquet hosted by the Kunming Municipal Government';
const WAIT = { timeout: 30_000 };

/**
 * What Chromium logs by itself, as console errors, for answers the sync expects: a file or folder not yet in the
 * space (404: the space's first sync, before anything is written; 409: a file written before its folder, which
 * is then made; 405: making a folder on the way there that another computer made already), and requests made
 * while offline, or while the server is down, on purpose.
 */
const EXPECTED_NETWORK_ERRORS = [
  /^Failed to load resource: the server responded with a status of 404 \(Not Found\)$/,
  /^Failed to load resource: the server responded with a status of 409 \(Conflict\)$/,
  /^Failed to load resource: the server responded with a status of 405 \(Method Not Allowed\)$/,
  /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/,
  /^Failed to load resource: net::ERR_CONNECTION_REFUSED$/,
];

const withServer = test.extend<{ webdav: WebDavServer }>({
  // Playwright reads the fixtures a fixture needs from its first argument's pattern: this one needs none.
  // eslint-disable-next-line no-empty-pattern
  webdav: async ({}, use) => {
    const webdav = await startWebDavServer({ users: { [USER]: PASSWORD }, corsOrigins: [FIRST_ORIGIN, SECOND_ORIGIN] });
    try {
      await use(webdav);
    } finally {
      await webdav.dispose();
    }
  },
});

/** Every file in the shared folder on the server's disk, as its administrator could read them. */
function storedFiles(webdav: WebDavServer): string[] {
  return readdirSync(webdav.root, { recursive: true, encoding: 'utf8' })
    .map((name) => join(webdav.root, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => readFileSync(path).toString('latin1'));
}

async function secondComputer(browser: Browser, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ baseURL: SECOND_ORIGIN });
  const page = await context.newPage();
  await watchConsole(page, errors);
  return page;
}

async function setName(page: Page, name: string) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText(`Your changes are recorded as ${name}.`)).toBeVisible();
}

async function connect(page: Page, webdav: WebDavServer, creating: boolean) {
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Team space', level: 2 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Folder address' }).fill(webdav.url);
  await page.getByRole('textbox', { name: 'User name' }).fill(USER);
  await page.getByLabel('App password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('heading', { name: 'Team passphrase' })).toBeVisible(WAIT);
  if (creating) {
    await expect(page.getByText('This folder has no team space yet.', { exact: false })).toBeVisible();
    // Too short, then two that differ: refused, and nothing made.
    await page.getByLabel(/^Passphrase( \*)?$/).fill('short');
    await page.getByLabel(/^Passphrase again/).fill('short');
    await page.getByRole('button', { name: 'Create the team space' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('Use at least 12 characters.');
    await page.getByLabel(/^Passphrase( \*)?$/).fill(PASSPHRASE);
    await page.getByLabel(/^Passphrase again/).fill(`${PASSPHRASE}.`);
    await page.getByRole('button', { name: 'Create the team space' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('The two passphrases are not the same.');
    await page.getByLabel(/^Passphrase again/).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create the team space' }).click();
  } else {
    // A wrong passphrase is told at once, and reads nothing.
    await page.getByLabel(/^Passphrase( \*)?$/).fill('Mersey ferries cross to Seacombe');
    await page.getByRole('button', { name: 'Open the team space' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('That is not this team space’s passphrase. Nothing was read.', WAIT);
    await page.getByLabel(/^Passphrase( \*)?$/).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Open the team space' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Connected' })).toBeVisible(WAIT);
}

async function syncNow(page: Page) {
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /^Synced: \d+ received, \d+ sent\.$/ }).last()).toBeVisible(WAIT);
}

async function editBanquet(page: Page, fields: Record<string, string>) {
  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  await page.getByRole('link', { name: TRIP }).click();
  await page.getByRole('tab', { name: 'Programme' }).click();
  await page.getByRole('link', { name: BANQUET }).click();
  await page.getByRole('button', { name: 'Edit engagement' }).click();
  const editing = page.getByRole('dialog', { name: 'Edit engagement' });
  for (const [label, value] of Object.entries(fields)) await editing.getByLabel(label, { exact: true }).fill(value);
  await editing.getByRole('button', { name: 'Save engagement' }).click();
  await expect(editing).toBeHidden();
}

// Two copies of the app, a server, and a whole sample trip sent and received: give it the time of three tests.
test.slow();

withServer('two organisers on two computers share a trip through the agency’s WebDAV folder; edits apart are merged, and the clash is listed with the value that lost', async ({ page, browser, webdav, consoleErrors }) => {
  // Ada, at the agency: the sample mission, her name, and a new team space in the folder.
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).first().click();
  await expect(page.getByRole('heading', { name: TRIP, level: 2 })).toBeVisible();
  await setName(page, 'Ada Brennan');
  await connect(page, webdav, true);
  await page.getByRole('switch', { name: `Share ${TRIP}` }).click();
  await expect(page.getByRole('switch', { name: 'Partners, contacts and people (the directory)' })).toBeChecked();
  await syncNow(page);
  await expect(page.getByRole('main').getByText('Nothing waiting')).toBeVisible();
  // The server's administrator sees files, none of them readable: no name of anyone or anything.
  const stored = storedFiles(webdav).join('\n');
  expect(stored).not.toMatch(/Liverpool|Kunming|banquet|Brennan|Peanut/i);

  // Ben, in the Chengdu office: his own computer, joining with the passphrase.
  const benErrors: string[] = [];
  const ben = await secondComputer(browser, benErrors);
  await ben.goto('/');
  await setName(ben, 'Ben Okafor');
  await connect(ben, webdav, false);
  await expect(ben.getByRole('switch', { name: `Share ${TRIP}` })).toBeChecked(WAIT);
  await expect(ben.getByText('Shared by Ada Brennan')).toBeVisible();
  await ben.getByRole('link', { name: 'Trips', exact: true }).click();
  await expect(ben.getByRole('link', { name: TRIP })).toBeVisible(WAIT);

  // Both offline for the day: each changes a field of their own, and both the banquet's time, Ben after Ada.
  await page.context().setOffline(true);
  await ben.context().setOffline(true);
  await editBanquet(page, { 'Dress code': 'Lounge suit', Starts: '18:30' });
  await editBanquet(ben, { Gifts: 'Liverpool FC scarves for the hosts', Starts: '19:30' });
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await expect(page.getByRole('main').getByText(/^\d+ changes? waiting to be sent$/)).toBeVisible(WAIT);

  // Back online: both sync, Ada again last to receive Ben's.
  await page.context().setOffline(false);
  await ben.context().setOffline(false);
  await syncNow(page);
  await syncNow(ben);
  await syncNow(page);

  for (const [organiser, window] of [
    ['Ada', page],
    ['Ben', ben],
  ] as const) {
    await window.getByRole('link', { name: 'Trips', exact: true }).click();
    await window.getByRole('link', { name: TRIP }).click();
    await window.getByRole('tab', { name: 'Programme' }).click();
    await window.getByRole('link', { name: BANQUET }).click();
    const details = window.getByRole('main');
    await expect(details, `${organiser}'s banquet`).toContainText('Lounge suit');
    await expect(details, `${organiser}'s banquet`).toContainText('Liverpool FC scarves for the hosts');
    await expect(details, `${organiser}'s banquet`).toContainText('19:30');
    // Whose change was whose, in the banquet's history.
    await window.getByRole('button', { name: 'Show history' }).click();
    await expect(details.getByText('Ben Okafor').first()).toBeVisible();
    await expect(details.getByText('Ada Brennan').first()).toBeVisible();

    await window.getByRole('link', { name: 'Team', exact: true }).click();
    const clash = window.getByRole('article', { name: `${BANQUET} · start time` });
    await expect(clash, `${organiser}'s clash list`).toContainText('Kept: Sun 6 Nov 2016, 19:30');
    await expect(clash).toContainText('Ben Okafor');
    await expect(clash).toContainText('Lost: Sun 6 Nov 2016, 18:30');
    await expect(clash).toContainText('Ada Brennan');
  }

  // Ada opens the app while the server is down: she is told, and once the computer is back online the space
  // is read again and syncs by itself.
  await webdav.stop();
  await page.reload();
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('The folder cannot be reached', WAIT);
  await expect(page.getByRole('navigation').getByText('Not synced: see Team space')).toBeVisible();
  await webdav.restart();
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(page.getByRole('heading', { name: 'Connected' })).toBeVisible(WAIT);
  await expect(page.getByRole('main').getByText(/^Synced /)).toBeVisible(WAIT);

  forgetExpectedErrors(consoleErrors, EXPECTED_NETWORK_ERRORS);
  forgetExpectedErrors(benErrors, EXPECTED_NETWORK_ERRORS);
  expect(benErrors, 'console errors on the second computer').toEqual([]);
  await ben.context().close();
});
