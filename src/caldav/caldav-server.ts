/**
 * A CalDAV server the agency already runs (Nextcloud, Fastmail, Radicale, SOGo, iCloud): the account tested,
 * calendars made, and events written one resource each, through tsdav. It runs where the requests may go from:
 * in the desktop app's main process (no CORS there, and the page never holds the password), or in the browser
 * when the server allows the app's origin. It knows nothing of trips: it is given calendars and their changes
 * (calendar-publication.ts works those out) and says what became of each.
 *
 * Every request has a time limit; every failure is said as one of a few {@link ServerProblem}s, so the page can
 * word it in the reader's language.
 */
import ICAL from 'ical.js';
import { createAccount, DAVNamespaceShort, makeCalendar, propfind, type DAVAccount } from 'tsdav';

export interface CalDavAccount {
  /** The address the organiser gave: the server's, or their calendar home's. */
  serverUrl: string;
  username: string;
}

/** What went wrong, in a word the page turns into the reader's language. */
export type ServerProblem =
  /** No answer at that address: a wrong address, no network, or the server is down. */
  | 'unreachable'
  /** It did not answer in time. */
  | 'timeout'
  /** 401: the user name or password is wrong. */
  | 'credentials'
  /** 403: the account may not do this. */
  | 'forbidden'
  /** It answered, but not as a CalDAV server does. */
  | 'not-caldav'
  /** 404 or 410 where something was expected. */
  | 'not-found'
  /** 412: the event changed on the server since it was last published. */
  | 'changed-on-server'
  /** Any other answer: 409, 5xx. */
  | 'server'
  /** No account is connected, or its password is no longer kept (a browser session ended): connect again. */
  | 'no-account'
  /** The desktop shell refused the request: an address outside the connected account's calendars. */
  | 'refused';

export interface ServerFailure {
  problem: ServerProblem;
  /** The HTTP status, when there was one. */
  status: number | null;
  /** What the server or the network said, for the curious; not worded for the reader. */
  detail: string;
}

export type AccountTest = { status: 'ok'; homeUrl: string } | { status: 'failed'; failure: ServerFailure };

/** One calendar's changes: the events to write and those to take away. */
export interface CalendarPush {
  /** The collection's address when it was made before; null to make it in the calendar home, named `slug`. */
  url: string | null;
  slug: string;
  displayName: string;
  puts: EventPut[];
  deletes: EventDelete[];
}

export interface EventPut {
  uid: string;
  /** The resource's text: one VCALENDAR holding this one event. */
  text: string;
  /** Where it was written before and the ETag seen then; null for an event new to this calendar. */
  href: string | null;
  etag: string | null;
}

export interface EventDelete {
  uid: string;
  href: string;
  etag: string | null;
}

export type EventOutcome =
  | { uid: string; status: 'written'; href: string; etag: string | null }
  | { uid: string; status: 'deleted' }
  | { uid: string; status: 'failed'; failure: ServerFailure };

export interface PushOutcome {
  /** The collection's address, once it exists; null when it could not be made. */
  url: string | null;
  /** A failure of the calendar itself (it could not be made or reached): no event was tried. */
  failure: ServerFailure | null;
  /** What became of each event tried, in order; none after one the server did not answer (unreachable, timeout). */
  events: EventOutcome[];
}

export interface CalDavServer {
  /** Finds the account's calendar home: that the server is there, speaks CalDAV and takes these credentials. */
  test(): Promise<AccountTest>;
  /** Makes the calendar if it is new, then writes and deletes its events, one at a time, saying what became of each. */
  push(push: CalendarPush, progress?: (done: number) => void): Promise<PushOutcome>;
  /** Deletes a whole calendar; one already gone counts as deleted. */
  removeCalendar(url: string): Promise<{ status: 'removed' } | { status: 'failed'; failure: ServerFailure }>;
}

export interface ServerOptions {
  /** How long one request may take; 20 s unless said. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const DEFAULT_TIMEOUT_MS = 20_000;

class Failure extends Error {
  constructor(readonly failure: ServerFailure) {
    super(failure.detail);
  }
}

export function failureOfStatus(status: number, detail: string): ServerFailure {
  const problem: ServerProblem =
    status === 401
      ? 'credentials'
      : status === 403
        ? 'forbidden'
        : status === 404 || status === 410
          ? 'not-found'
          : status === 412
            ? 'changed-on-server'
            : 'server';
  return { problem, status, detail };
}

function failureOf(error: unknown): ServerFailure {
  if (error instanceof Failure) return error.failure;
  const detail = error instanceof Error ? error.message : String(error);
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return { problem: 'timeout', status: null, detail };
  // fetch rejects with a TypeError when nothing answers (refused, no route, bad name, CORS refused).
  if (error instanceof TypeError) return { problem: 'unreachable', status: null, detail };
  return { problem: 'not-caldav', status: null, detail };
}

/** "Basic" credentials of a user name and password in UTF-8 (RFC 7617). */
function basic(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);
const etagOf = (response: Response) => response.headers.get('etag');

export function createCalDavServer(account: CalDavAccount, password: string, options: ServerOptions = {}): CalDavServer {
  const baseFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const authorization = basic(account.username, password);
  // Every request, tsdav's too, carries the credentials and a time limit.
  const timedFetch: typeof fetch = (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', authorization);
    return baseFetch(input, { ...init, headers, signal: AbortSignal.timeout(timeoutMs), credentials: 'omit', cache: 'no-store' });
  };
  let home: string | null = null;

  const request = async (url: string, init: RequestInit): Promise<Response> => {
    try {
      return await timedFetch(url, init);
    } catch (error) {
      throw new Failure(failureOf(error));
    }
  };

  /** The server answers PROPFIND as a WebDAV server does, and takes the credentials. */
  const probe = async () => {
    const response = await request(account.serverUrl, {
      method: 'PROPFIND',
      headers: { depth: '0', 'content-type': 'application/xml; charset=utf-8' },
      body: '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:current-user-principal/></d:prop></d:propfind>',
    });
    if (response.status === 207) return;
    const detail = `${response.status} ${response.statusText}`.trim();
    if (response.ok || response.status === 405 || response.status === 501) throw new Failure({ problem: 'not-caldav', status: response.status, detail });
    throw new Failure(failureOfStatus(response.status, detail));
  };

  const calendarHome = async (): Promise<string> => {
    if (home) return home;
    await probe();
    const davAccount: DAVAccount = { serverUrl: account.serverUrl, accountType: 'caldav' };
    let found: DAVAccount;
    try {
      found = await createAccount({ account: davAccount, fetch: timedFetch });
    } catch (error) {
      throw new Failure(failureOf(error));
    }
    if (!found.homeUrl) throw new Failure({ problem: 'not-caldav', status: null, detail: 'no calendar-home-set' });
    home = withSlash(new URL(found.homeUrl, account.serverUrl).href);
    return home;
  };

  const makeCollection = async (slug: string, displayName: string): Promise<string> => {
    const url = new URL(`${encodeURIComponent(slug)}/`, await calendarHome()).href;
    let responses;
    try {
      responses = await makeCalendar({
        url,
        props: {
          [`${DAVNamespaceShort.DAV}:displayname`]: displayName,
          [`${DAVNamespaceShort.CALDAV}:supported-calendar-component-set`]: {
            [`${DAVNamespaceShort.CALDAV}:comp`]: { _attributes: { name: 'VEVENT' } },
          },
        },
        fetch: timedFetch,
      });
    } catch (error) {
      throw new Failure(failureOf(error));
    }
    const status = responses[0]?.status ?? 0;
    if (status >= 200 && status < 300) return url;
    // Something is already there (405 from most servers, 409 "resource-must-be-null" from Radicale): the calendar
    // an earlier publish made, whose answer was lost, if it is a calendar.
    if ((status === 405 || status === 409) && (await isCalendar(url))) return url;
    throw new Failure(failureOfStatus(status, responses[0]?.statusText ?? ''));
  };

  const isCalendar = async (url: string): Promise<boolean> => {
    try {
      const [found] = await propfind({ url, props: { [`${DAVNamespaceShort.DAV}:resourcetype`]: {} }, depth: '0', fetch: timedFetch });
      return found?.ok === true && Object.keys((found.props?.resourcetype as object | undefined) ?? {}).includes('calendar');
    } catch (error) {
      throw new Failure(failureOf(error));
    }
  };

  const put = async (collection: string, event: EventPut): Promise<EventOutcome> => {
    // A new event's address: its UID in the collection (publicationPlan writes over a conflict there too).
    const href = event.href ?? new URL(`${encodeURIComponent(event.uid)}.ics`, collection).href;
    const headers: Record<string, string> = { 'content-type': 'text/calendar; charset=utf-8' };
    // A new event must not replace one already there; a known one only the version last seen.
    if (event.href === null || event.etag === null) headers['if-none-match'] = '*';
    if (event.href !== null && event.etag !== null) headers['if-match'] = event.etag;
    if (event.href !== null && event.etag === null) delete headers['if-none-match'];
    const response = await request(href, { method: 'PUT', headers, body: event.text });
    if (response.ok) return { uid: event.uid, status: 'written', href, etag: etagOf(response) };
    if (response.status === 412 && event.href === null) {
      // Already there: written by an earlier publish whose answer never came back, if it holds the same.
      const there = await request(href, { method: 'GET' });
      if (there.ok && sameEvent(await there.text(), event.text)) return { uid: event.uid, status: 'written', href, etag: etagOf(there) };
    }
    return { uid: event.uid, status: 'failed', failure: failureOfStatus(response.status, `${response.status} ${response.statusText}`.trim()) };
  };

  const remove = async (event: EventDelete): Promise<EventOutcome> => {
    const headers: Record<string, string> = event.etag ? { 'if-match': event.etag } : {};
    const response = await request(event.href, { method: 'DELETE', headers });
    if (response.ok || response.status === 404 || response.status === 410) return { uid: event.uid, status: 'deleted' };
    return { uid: event.uid, status: 'failed', failure: failureOfStatus(response.status, `${response.status} ${response.statusText}`.trim()) };
  };

  return {
    async test() {
      try {
        return { status: 'ok', homeUrl: await calendarHome() };
      } catch (error) {
        return { status: 'failed', failure: failureOf(error) };
      }
    },

    async push(push, progress) {
      let url: string;
      try {
        url = push.url ?? (await makeCollection(push.slug, push.displayName));
      } catch (error) {
        return { url: null, failure: failureOf(error), events: [] };
      }
      const events: EventOutcome[] = [];
      const failed = (uid: string, error: unknown): EventOutcome => ({ uid, status: 'failed', failure: failureOf(error) });
      // Once the server stops answering (down, or too slow), the events after are not tried: each would only
      // wait out its own time limit. They stay unpublished, and the next publish sends them.
      const gone = (outcome: EventOutcome) => outcome.status === 'failed' && (outcome.failure.problem === 'unreachable' || outcome.failure.problem === 'timeout');
      const sends = [
        ...push.puts.map((event) => () => put(url, event).catch((error: unknown) => failed(event.uid, error))),
        ...push.deletes.map((event) => () => remove(event).catch((error: unknown) => failed(event.uid, error))),
      ];
      for (const send of sends) {
        const outcome = await send();
        events.push(outcome);
        progress?.(events.length);
        if (gone(outcome)) break;
      }
      return { url, failure: null, events };
    },

    async removeCalendar(url) {
      try {
        const response = await request(url, { method: 'DELETE' });
        if (response.ok || response.status === 404 || response.status === 410) return { status: 'removed' };
        return { status: 'failed', failure: failureOfStatus(response.status, `${response.status} ${response.statusText}`.trim()) };
      } catch (error) {
        return { status: 'failed', failure: failureOf(error) };
      }
    },
  };
}

/**
 * Whether two texts of an event say the same, DTSTAMP (the moment of writing) aside. Compared as read, not as
 * written: a server may store an event in its own way (Radicale orders the properties and drops quotes a
 * parameter does not need), and that is still the event the app sent.
 */
export function sameEvent(a: string, b: string): boolean {
  const first = comparableText(a);
  return first !== null && first === comparableText(b);
}

type JCal = [string, unknown[][], JCal[]];

/** The calendar read, DTSTAMP left out, each component's properties and subcomponents in one order; null if unreadable. */
function comparableText(text: string): string | null {
  const comparable = ([name, properties, components]: JCal): unknown => [
    name,
    properties
      .filter(([property]) => property !== 'dtstamp')
      .map((property) => JSON.stringify(property))
      .sort(),
    components.map((component) => JSON.stringify(comparable(component))).sort(),
  ];
  try {
    return JSON.stringify(comparable(ICAL.parse(text) as JCal));
  } catch {
    return null;
  }
}
