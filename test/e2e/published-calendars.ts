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

/**
 * Publishes the trip's calendar and these people's as `user`: makes each on the server, and gives the page the
 * account and the records. Reload the page afterwards. Returns each calendar's address by its key.
 */
export async function publishCalendars(page: Page, radicale: Radicale, user: string, tripId: string, personIds: readonly string[]): Promise<Map<string, string>> {
  const scopes: Scope[] = [{ kind: 'trip' }, ...personIds.map((personId) => ({ kind: 'person' as const, personId }))];
  const home = radicale.homeUrl(user);
  const publications: { id: string; key: string; url: string; [field: string]: unknown }[] = [];
  for (const scope of scopes) {
    const url = `${home}${collectionSlug(tripId, scope)}/`;
    const made = await fetch(url, { method: 'MKCALENDAR', headers: { authorization: authorization(user) } });
    if (made.status !== 201) throw new Error(`MKCALENDAR ${url}: ${made.status}`);
    publications.push({
      id: `${tripId}|${scopeKey(scope)}`,
      tripId,
      key: scopeKey(scope),
      account: `${user}@${radicale.url}`,
      url,
      events: {},
      reminders: null,
      publishedAt: '2016-11-01T09:00:00.000Z',
      failure: null,
      conflicts: [],
    });
  }
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
    { account: { serverUrl: radicale.url, username: user, homeUrl: home }, password: PASSWORD, rows: publications },
  );
  return new Map(publications.map((publication) => [publication.key, publication.url]));
}

/** Whether the server still holds a calendar at `url` (as its owner asks). */
export async function onServer(url: string, user: string): Promise<boolean> {
  const response = await fetch(url, { method: 'PROPFIND', headers: { authorization: authorization(user), depth: '0' } });
  if (response.status === 404) return false;
  if (response.status === 207) return true;
  throw new Error(`PROPFIND ${url}: ${response.status}`);
}
