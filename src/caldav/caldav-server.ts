/**
 * A CalDAV server the agency already runs (Nextcloud, Fastmail, Radicale, SOGo, iCloud): the account tested,
 * calendars made, and events written one resource each, through tsdav. It runs where the requests may go from:
 * in the desktop app's main process (no CORS there, and the page never holds the password), or in the browser
 * when the server allows the app's origin. It knows nothing of trips: it is given calendars and their changes
 * (calendar-publication.ts works those out) and says what became of each.
 *
 * A calendar it has just made is written in one request where the server takes a whole calendar PUT to the
 * collection (whole-calendar.ts), then listed to learn each event's address and ETag; anywhere else, and for
 * every later change, each event is written on its own, a few at a time.
 *
 * Every request has a time limit; every failure is said as one of a few {@link ServerProblem}s, so the page can
 * word it in the reader's language.
 */
import ICAL from 'ical.js';
import { createAccount, davRequest, DAVNamespaceShort, makeCalendar, propfind, type DAVAccount } from 'tsdav';
import { inTurn } from './in-turn';
import { wholeCalendarText } from './whole-calendar';

export interface CalDavAccount {
  /** The address the organiser gave: the server's, or their calendar home's. */
  serverUrl: string;
  username: string;
  /**
   * The calendar home found when the account was tested, when it was: calendars are made there without finding
   * it again (five requests) for each.
   */
  homeUrl?: string | null;
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
  /**
   * Makes the calendar if it is new, then writes and deletes its events, saying what became of each: a new
   * calendar's all at once where the server takes a whole calendar, otherwise one request each, a few at a time.
   */
  push(push: CalendarPush, progress?: (done: number) => void): Promise<PushOutcome>;
  /** Deletes a whole calendar; one already gone counts as deleted. */
  removeCalendar(url: string): Promise<{ status: 'removed' } | { status: 'failed'; failure: ServerFailure }>;
}

export interface ServerOptions {
  /** How long one request may take; 20 s unless said. A whole calendar's may take longer, by its size. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** How many events are written at once, each its own request; {@link EVENTS_AT_ONCE} unless said. */
  eventsAtOnce?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * Events written at once, one request each. A distant server (Nextcloud, Fastmail, iCloud) spends most of each
 * request's time on the way there and back, which requests sent together share; a few at a time is what
 * calendar clients send, and no server takes it ill.
 */
export const EVENTS_AT_ONCE = 4;

/** A whole calendar in one request may take this much longer than one request, per event it holds. */
const WHOLE_CALENDAR_MS_PER_EVENT = 100;

/**
 * Calendar homes whose server refused a whole calendar: none is sent there again while the app runs, so that
 * each new calendar does not upload its events twice.
 */
const refusingWholeCalendars = new Set<string>();

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

/** An address's path with its escapes undone: servers escape the same name differently (`@` or `%40`). */
function decodedPath(url: string): string {
  const path = new URL(url).pathname;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function createCalDavServer(account: CalDavAccount, password: string, options: ServerOptions = {}): CalDavServer {
  const baseFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const authorization = basic(account.username, password);
  // Every request, tsdav's too, carries the credentials and a time limit.
  const fetchWithin =
    (limitMs: number): typeof fetch =>
    (input, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', authorization);
      return baseFetch(input, { ...init, headers, signal: AbortSignal.timeout(limitMs), credentials: 'omit', cache: 'no-store' });
    };
  const timedFetch = fetchWithin(timeoutMs);
  let home: string | null = account.homeUrl ? withSlash(new URL(account.homeUrl, account.serverUrl).href) : null;
  const eventsAtOnce = Math.max(1, options.eventsAtOnce ?? EVENTS_AT_ONCE);

  const request = async (url: string, init: RequestInit, limitMs = timeoutMs): Promise<Response> => {
    try {
      return await fetchWithin(limitMs)(url, init);
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

  /** What a calendar of the app is made with: its name, and that it holds events. */
  const calendarProps = (displayName: string) => ({
    [`${DAVNamespaceShort.DAV}:displayname`]: displayName,
    [`${DAVNamespaceShort.CALDAV}:supported-calendar-component-set`]: {
      [`${DAVNamespaceShort.CALDAV}:comp`]: { _attributes: { name: 'VEVENT' } },
    },
  });

  /** Makes the calendar; `made` says whether this request made it (it was not there before). */
  const makeCollection = async (slug: string, displayName: string): Promise<{ url: string; made: boolean }> => {
    const url = new URL(`${encodeURIComponent(slug)}/`, await calendarHome()).href;
    let responses;
    try {
      responses = await makeCalendar({ url, props: calendarProps(displayName), fetch: timedFetch });
    } catch (error) {
      throw new Failure(failureOf(error));
    }
    const status = responses[0]?.status ?? 0;
    if (status >= 200 && status < 300) return { url, made: true };
    // Something is already there (405 from most servers, 409 "resource-must-be-null" from Radicale): the calendar
    // an earlier publish made, whose answer was lost, if it is a calendar.
    if ((status === 405 || status === 409) && (await isCalendar(url))) return { url, made: false };
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

  /**
   * Writes every event of a calendar this push has just made, in one request. Written: each event's address and
   * ETag, as the server lists them. Refused: the server does not take a whole calendar, or did not keep one
   * resource per event named by its UID (then the calendar is made again, empty): the events are to be written
   * one by one. Failed: the server stopped answering, or would not make the calendar again; it may hold some or
   * all of the events, which the next publish finds there (as after any answer lost).
   */
  const putWholeCalendar = async (
    url: string,
    push: CalendarPush,
  ): Promise<{ status: 'written'; events: EventOutcome[] } | { status: 'refused' } | { status: 'failed'; failure: ServerFailure }> => {
    const body = wholeCalendarText(push.displayName, push.puts.map((event) => event.text));
    if (body === null) return { status: 'refused' };
    try {
      const limitMs = timeoutMs + push.puts.length * WHOLE_CALENDAR_MS_PER_EVENT;
      const response = await request(url, { method: 'PUT', headers: { 'content-type': 'text/calendar; charset=utf-8' }, body }, limitMs);
      if (response.status === 401) return { status: 'failed', failure: failureOfStatus(401, `${response.status} ${response.statusText}`.trim()) };
      if (!response.ok) {
        // 409 or 405 from servers that take only one event per resource; 403 from a Radicale told not to let a
        // collection be overwritten; anything else alike: the events go one by one.
        refusingWholeCalendars.add(home ?? url);
        return { status: 'refused' };
      }
      const listed = await listCalendar(url);
      const events = push.puts.map((event) => {
        const found = listed.get(uidPath(url, event.uid));
        return found ? ({ uid: event.uid, status: 'written', href: found.href, etag: found.etag } as const) : null;
      });
      if (events.every((event) => event !== null) && listed.size === events.length) {
        await restoreCalendarProps(url, push.displayName);
        return { status: 'written', events };
      }
      // Not one resource per event, each named by its UID: start the calendar again and write them one by one.
      refusingWholeCalendars.add(home ?? url);
      const removed = await request(url, { method: 'DELETE' });
      if (!removed.ok && removed.status !== 404) return { status: 'failed', failure: failureOfStatus(removed.status, `${removed.status} ${removed.statusText}`.trim()) };
      const again = await makeCollection(push.slug, push.displayName);
      return again.made ? { status: 'refused' } : { status: 'failed', failure: { problem: 'server', status: null, detail: `${url} is there still` } };
    } catch (error) {
      return { status: 'failed', failure: failureOf(error) };
    }
  };

  /** Where the server would keep an event written on its own: its UID, in the collection (the path, decoded). */
  const uidPath = (collection: string, uid: string) => decodedPath(new URL(`${encodeURIComponent(uid)}.ics`, collection).href);

  /** What a calendar holds, by decoded path: each resource's address and ETag. */
  const listCalendar = async (url: string): Promise<Map<string, { href: string; etag: string | null }>> => {
    let responses;
    try {
      responses = await propfind({ url, props: { [`${DAVNamespaceShort.DAV}:getetag`]: {} }, depth: '1', fetch: timedFetch });
    } catch (error) {
      throw new Failure(failureOf(error));
    }
    const own = decodedPath(url).replace(/\/?$/, '/');
    const listed = new Map<string, { href: string; etag: string | null }>();
    for (const response of responses) {
      // tsdav answers a request refused, or not answered as WebDAV does, with one response of its status.
      if (!response.ok) throw new Failure(failureOfStatus(response.status ?? 0, `${response.status} ${response.statusText}`.trim()));
      if (typeof response.href !== 'string') throw new Failure({ problem: 'not-caldav', status: null, detail: 'a listing without addresses' });
      const href = new URL(response.href, url).href;
      if (decodedPath(href).replace(/\/?$/, '/') === own) continue;
      const etag: unknown = (response.props as Record<string, unknown> | undefined)?.getetag;
      listed.set(decodedPath(href), { href, etag: typeof etag === 'string' ? etag : typeof etag === 'number' ? String(etag) : null });
    }
    return listed;
  };

  /**
   * Gives the calendar back the name and the kind of events it was made with: a server that took a whole
   * calendar may have kept only what the file said of it (Radicale: its name, and every kind of component).
   * Nothing is lost if the server refuses: the events are all there.
   */
  const restoreCalendarProps = async (url: string, displayName: string) => {
    try {
      await davRequest({
        url,
        init: {
          method: 'PROPPATCH',
          namespace: DAVNamespaceShort.DAV,
          body: {
            propertyupdate: {
              _attributes: { 'xmlns:d': 'DAV:', 'xmlns:c': 'urn:ietf:params:xml:ns:caldav' },
              set: { prop: calendarProps(displayName) },
            },
          },
        },
        fetch: timedFetch,
      });
    } catch {
      // The calendar and its events are there; its name and kind are as the server chose.
    }
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
      let made = false;
      try {
        if (push.url === null) ({ url, made } = await makeCollection(push.slug, push.displayName));
        else url = push.url;
      } catch (error) {
        return { url: null, failure: failureOf(error), events: [] };
      }
      // A calendar just made holds nothing: all its events may go in one request, where the server takes it.
      const whole =
        made && push.puts.length > 1 && push.deletes.length === 0 && push.puts.every((event) => event.href === null) && !refusingWholeCalendars.has(home ?? url);
      if (whole) {
        const written = await putWholeCalendar(url, push);
        if (written.status === 'written') {
          progress?.(written.events.length);
          return { url, failure: null, events: written.events };
        }
        if (written.status === 'failed') return { url, failure: written.failure, events: [] };
      }
      const failed = (uid: string, error: unknown): EventOutcome => ({ uid, status: 'failed', failure: failureOf(error) });
      const sends = [
        ...push.puts.map((event) => () => put(url, event).catch((error: unknown) => failed(event.uid, error))),
        ...push.deletes.map((event) => () => remove(event).catch((error: unknown) => failed(event.uid, error))),
      ];
      // Once the server stops answering (down, or too slow), no other event is tried: each would only wait out its
      // own time limit. They stay unpublished, and the next publish sends them.
      const gone = (outcome: EventOutcome) => outcome.status === 'failed' && (outcome.failure.problem === 'unreachable' || outcome.failure.problem === 'timeout');
      return { url, failure: null, events: await inTurn(sends, { atOnce: eventsAtOnce, stopAfter: gone, progress }) };
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
 * parameter does not need), and that is still the event the app sent. Only the components are compared, not
 * the VCALENDAR's own properties: a server that took the event in a whole calendar wraps it in a VCALENDAR of
 * its own (Radicale: its own PRODID, no CALSCALE).
 */
export function sameEvent(a: string, b: string): boolean {
  const first = comparableText(a);
  return first !== null && first === comparableText(b);
}

type JCal = [string, unknown[][], JCal[]];

/** The calendar's components read, DTSTAMP left out, each one's properties and subcomponents in one order; null if unreadable. */
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
    const [name, , components] = ICAL.parse(text) as JCal;
    if (name !== 'vcalendar' || components.length === 0) return null;
    return JSON.stringify(components.map((component) => JSON.stringify(comparable(component))).sort());
  } catch {
    return null;
  }
}
