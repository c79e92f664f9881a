/// <reference lib="dom" />
/**
 * Calendars published to a real Radicale for the e2e tests and screenshots of subscribing and removing.
 *
 * Publishing from the Calendars tab is another part of the app, with tests of its own; here the calendars are
 * made on the server as the app makes them (an empty collection at the address the app names it by) and the
 * page is given what a publish leaves behind: the connected account (the browser's storage, as Settings keeps
 * it) and one publication record per calendar (the settings table, as the calendar repository keeps it).
 */
import type { Page } from '@playwright/test';
import { startRadicale, type Radicale } from '../support/radicale';

export const PASSWORD = 'planner-secret';
const port = Number(process.env.E2E_PORT ?? 4173);

/** Radicale for the web build's page (CORS for its origin), with the organisers' accounts. */
export function startCalendarServer(users: readonly string[]): Promise<Radicale> {
  return startRadicale({ users: Object.fromEntries(users.map((user) => [user, PASSWORD])), corsOrigin: `http://127.0.0.1:${port}`, authDelaySeconds: 0 });
}

/**
 * What the app names and records for a calendar, as src/domain/calendars/calendar-publication.ts does (the
 * e2e project compiles apart from the app's sources): a collection per calendar, named by trip and person.
 */
type Scope = { kind: 'trip' } | { kind: 'person'; personId: string };
const scopeKey = (scope: Scope) => (scope.kind === 'trip' ? 'trip' : `person:${scope.personId}`);
const collectionSlug = (tripId: string, scope: Scope) =>
  `delegation-planner-${tripId}-${scope.kind === 'trip' ? 'trip' : scope.personId}`.replace(/[^A-Za-z0-9_-]/g, '-');

const authorization = (user: string) => `Basic ${Buffer.from(`${user}:${PASSWORD}`).toString('base64')}`;

/** The trip's id and these people's, read from the roster's links (the People tab is open). */
export async function idsOnRoster(page: Page, names: readonly string[]): Promise<{ tripId: string; personIds: Map<string, string> }> {
  const personIds = new Map<string, string>();
  let tripId = '';
  for (const name of names) {
    const href = (await page.getByRole('link', { name, exact: true }).getAttribute('href')) ?? '';
    const [, trip, person] = /#\/trips\/([^/]+)\/people\/([^/?]+)/.exec(href) ?? [];
    if (!trip || !person) throw new Error(`No link to ${name}'s programme on the roster: ${href}`);
    tripId = trip;
    personIds.set(name, person);
  }
  return { tripId, personIds };
}

/** A calendar as the calendar repository records it once published. */
type PublicationRow = { id: string; key: string; url: string; [field: string]: unknown };

/** The records a publish leaves of the trip's calendar and these people's, at `home` (a calendar home's address). */
function publicationRows(tripId: string, personIds: readonly string[], home: string, account: string): PublicationRow[] {
  const scopes: Scope[] = [{ kind: 'trip' }, ...personIds.map((personId) => ({ kind: 'person' as const, personId }))];
  return scopes.map((scope) => ({
    id: `${tripId}|${scopeKey(scope)}`,
    tripId,
    key: scopeKey(scope),
    account,
    url: `${home}${collectionSlug(tripId, scope)}/`,
    events: {},
    reminders: null,
    publishedAt: '2016-11-01T09:00:00.000Z',
    failure: null,
    conflicts: [],
  }));
}

/** Gives the page the connected account (the browser's storage) and the publications (the settings table). */
async function recordInPage(page: Page, account: { serverUrl: string; username: string; homeUrl: string }, rows: readonly PublicationRow[]) {
  await page.evaluate(
    async ({ account, password, rows }) => {
      // The web platform's keys (platform/web-calendar-server.ts) and the calendar repository's rows.
      localStorage.setItem('delegation-planner:caldav-account', JSON.stringify(account));
      sessionStorage.setItem('delegation-planner:caldav-password', password);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('delegation-planner');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('settings', 'readwrite');
        for (const row of rows) transaction.objectStore('settings').put({ key: `calendar-publication:${row.id}`, value: row });
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    },
    { account, password: PASSWORD, rows },
  );
}

/**
 * Publishes the trip's calendar and these people's as `user`: makes each on the server, and gives the page the
 * account and the records. Reload the page afterwards. Returns each calendar's address by its key.
 */
export async function publishCalendars(page: Page, radicale: Radicale, user: string, tripId: string, personIds: readonly string[]): Promise<Map<string, string>> {
  const home = radicale.homeUrl(user);
  const rows = publicationRows(tripId, personIds, home, `${user}@${radicale.url}`);
  for (const { url } of rows) {
    const made = await fetch(url, { method: 'MKCALENDAR', headers: { authorization: authorization(user) } });
    if (made.status !== 201) throw new Error(`MKCALENDAR ${url}: ${made.status}`);
  }
  await recordInPage(page, { serverUrl: radicale.url, username: user, homeUrl: home }, rows);
  return new Map(rows.map((row) => [row.key, row.url]));
}

/**
 * For the screenshots: the records a publish to an agency's Nextcloud would leave (no server is asked), so that
 * the addresses shown are those of a server on https. Reload the page afterwards.
 */
export async function recordNextcloudPublications(page: Page, tripId: string, personIds: readonly string[]) {
  const serverUrl = 'https://cloud.agency.example/remote.php/dav';
  const homeUrl = `${serverUrl}/calendars/organiser/`;
  await recordInPage(page, { serverUrl, username: 'organiser', homeUrl }, publicationRows(tripId, personIds, homeUrl, `organiser@${serverUrl}`));
}

/** Whether the server still holds a calendar at `url` (as its owner asks). */
export async function onServer(url: string, user: string): Promise<boolean> {
  const response = await fetch(url, { method: 'PROPFIND', headers: { authorization: authorization(user), depth: '0' } });
  if (response.status === 404) return false;
  if (response.status === 207) return true;
  throw new Error(`PROPFIND ${url}: ${response.status}`);
}
