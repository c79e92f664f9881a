/**
 * Publishing the sample trip's calendars to a real CalDAV server (Debian's Radicale, started here on 127.0.0.1)
 * as the app does, and reading them back on a delegate's "phone": vdirsyncer subscribed to the calendar, khal
 * listing it in China's time zone. After every publish the phone must list exactly the events of the calendar
 * at their local times, nothing stale and nothing twice, and what the app recorded as published must be what
 * the server holds.
 *
 * Radicale, vdirsyncer and khal are Debian's packages (.ci/run installs them). On CI a missing one fails these
 * tests; on a machine without them they are skipped, and the suite's name says why.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalDavServer, sameEvent } from '../../src/caldav/caldav-server';
import { memberCalendarEntries } from '../../src/domain/calendars/calendar-digest';
import { publicationState, type CalendarScope } from '../../src/domain/calendars/calendar-publication';
import type { TripBundle } from '../../src/domain/trip/trip-bundle';
import { inEnglish } from '../builders/words';
import { publishedCalendar } from '../support/calendar-publisher';
import { listCollection, putOnServer, readFromServer, refusingWholeCalendars, startRadicale, type Credentials } from '../support/radicale';
import {
  cancelled,
  COLLEAGUE,
  engagementTitled,
  later,
  missingComponents,
  onCi,
  onPhoneClock,
  ORGANISER,
  personNamed,
  sampleTrip,
  publishingServer,
  skipWithoutComponents,
  sorted,
  stopNamed,
  suiteNamed,
  withEngagement,
  type PublishingServer,
} from './published-calendars';

/** A `fetch` that notes each request's method, address and preconditions, and sends it as it is. */
function recorded(base: typeof fetch = fetch) {
  const requests: { method: string; url: string; ifMatch: string | null; ifNoneMatch: string | null }[] = [];
  const network: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    requests.push({ method: (init?.method ?? 'GET').toUpperCase(), url: String(input), ifMatch: headers.get('if-match'), ifNoneMatch: headers.get('if-none-match') });
    return base(input, init);
  };
  return { network, requests };
}

/** A calendar's name and the components it takes, as the server says (PROPFIND). */
async function calendarProperties(url: string, { username, password }: Credentials) {
  const response = await fetch(url, {
    method: 'PROPFIND',
    headers: { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`, depth: '0', 'content-type': 'application/xml; charset=utf-8' },
    body: '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:displayname/><c:supported-calendar-component-set/></d:prop></d:propfind>',
  });
  const body = await response.text();
  const name = /<(?:\w+:)?displayname>([^<]*)<\/(?:\w+:)?displayname>/.exec(body)?.[1]?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const components = [...body.matchAll(/<(?:\w+:)?comp name="([^"]+)"/g)].map(([, component]) => component).sort();
  return { name, components };
}

it.runIf(onCi)('finds Radicale, vdirsyncer and khal installed on CI', () => {
  expect(missingComponents).toEqual([]);
});

describe.skipIf(skipWithoutComponents)(suiteNamed('publishing to a CalDAV server'), () => {
  let publishing: PublishingServer;
  beforeAll(async () => {
    publishing = await publishingServer();
  });
  afterAll(async () => {
    await publishing?.dispose();
  });
  const calendarOf: PublishingServer['calendarOf'] = (...args) => publishing.calendarOf(...args);
  const expectPublished: PublishingServer['expectPublished'] = (...args) => publishing.expectPublished(...args);

  describe('a first publish', () => {
    const bundle = sampleTrip('first');
    const kerr = personNamed(bundle, 'Daniel Kerr');

    it('makes a delegate’s calendar and writes each of their events once; their phone lists each at its time in China', async () => {
      const calendar = calendarOf(bundle, { kind: 'person', personId: kerr });
      const { resources, plan, outcome, publication } = await calendar.publish(bundle);

      expect(resources.resources.length).toBeGreaterThan(10);
      expect(plan).toMatchObject({ added: resources.resources.length, changed: 0, removed: 0, needed: true });
      expect(outcome.failure).toBeNull();
      expect(outcome.events.map((event) => event.status)).toEqual(resources.resources.map(() => 'written'));
      expect(publication).toMatchObject({ failure: null, conflicts: [], publishedAt: expect.any(String) as string, reminders: resources.reminders });
      expect(publication.url).toMatch(new RegExp(`^${publishing.radicale.homeUrl(ORGANISER.username)}`));
      expect(Object.keys(publication.events)).toHaveLength(resources.resources.length);

      const events = await expectPublished(calendar, bundle);
      const signing = engagementTitled(bundle, 'MoU signing');
      if (resources.resources.some((resource) => resource.uid === signing.calendar.uid)) {
        expect(events).toContainEqual(expect.objectContaining({ summary: signing.title, start: '2016-11-12 10:00', end: '2016-11-12 11:00' }));
      }
    });

    it('makes the whole trip’s calendar with every engagement, journey and hotel stay', async () => {
      const calendar = calendarOf(bundle, { kind: 'trip' });
      const { resources, outcome, publication } = await calendar.publish(bundle);

      expect(resources.resources).toHaveLength(bundle.engagements.length + bundle.segments.length + bundle.accommodations.length);
      expect(outcome.events.filter((event) => event.status !== 'written')).toEqual([]);
      expect(publication.failure).toBeNull();
      const events = await expectPublished(calendar, bundle);
      expect(events).toContainEqual(
        expect.objectContaining({ summary: engagementTitled(bundle, 'MoU signing').title, start: '2016-11-12 10:00', end: '2016-11-12 11:00' }),
      );
    });

    it('sends nothing again when nothing changed', async () => {
      const calendar = calendarOf(bundle, { kind: 'person', personId: personNamed(bundle, 'Joe Anderson') });
      await calendar.publish(bundle);
      const again = await calendar.publish(bundle);
      expect(again.plan).toMatchObject({ added: 0, changed: 0, removed: 0, needed: false });
      expect(again.outcome.events).toEqual([]);
      await expectPublished(calendar, bundle);
    });
  });

  describe('after the plan changes', () => {
    it('an engagement moved is the only event sent, and every phone shows it at its new time', async () => {
      const bundle = sampleTrip('moved');
      const signing = engagementTitled(bundle, 'MoU signing');
      const mine = calendarOf(bundle, { kind: 'person', personId: personNamed(bundle, 'Joe Anderson') });
      const trip = calendarOf(bundle, { kind: 'trip' });
      await mine.publish(bundle);
      await trip.publish(bundle);
      // The delegate's phone has the signing at 10:00 before it moves.
      const before = (await mine.onPhone()).events;
      expect(before.filter((event) => event.uid === signing.calendar.uid)).toEqual([expect.objectContaining({ start: '2016-11-12 10:00' })]);

      const moved = withEngagement(bundle, signing.id, (engagement) => later(engagement, 90));
      for (const calendar of [mine, trip]) {
        const { plan, outcome, publication } = await calendar.publish(moved);
        expect(plan.push.puts.map((put) => put.uid)).toEqual([signing.calendar.uid]);
        expect(plan.push.deletes).toEqual([]);
        expect(outcome.events).toEqual([expect.objectContaining({ uid: signing.calendar.uid, status: 'written' })]);
        expect(publication.failure).toBeNull();
        const events = await expectPublished(calendar, moved);
        expect(events.filter((event) => event.uid === signing.calendar.uid)).toEqual([
          expect.objectContaining({ start: '2016-11-12 11:30', end: '2016-11-12 12:30', status: 'CONFIRMED' }),
        ]);
        // Every other event on the delegate's phone is as it was.
        if (calendar === mine) {
          expect(events.filter((event) => event.uid !== signing.calendar.uid)).toEqual(before.filter((event) => event.uid !== signing.calendar.uid));
        }
      }
    });

    it('an engagement cancelled is sent once more with STATUS:CANCELLED, as the files send it, and stays on the phone crossed out', async () => {
      const bundle = sampleTrip('cancelled');
      const raman = personNamed(bundle, 'Dr Priya Raman');
      const forum = bundle.engagements.find((engagement) => engagement.title.includes('business forum') && engagement.status === 'confirmed')!;
      const mine = calendarOf(bundle, { kind: 'person', personId: raman });
      await mine.publish(bundle);
      expect(mine.resources(bundle).resources.map((resource) => resource.uid)).toContain(forum.calendar.uid);

      const called = withEngagement(bundle, forum.id, cancelled);
      const { plan, outcome } = await mine.publish(called);
      expect(plan.push.puts.map((put) => put.uid)).toEqual([forum.calendar.uid]);
      expect(plan.push.deletes).toEqual([]);
      expect(plan.push.puts[0]!.text).toMatch(/\r\nSTATUS:CANCELLED\r\n/);
      expect(outcome.events).toEqual([expect.objectContaining({ uid: forum.calendar.uid, status: 'written' })]);
      const events = await expectPublished(mine, called);
      expect(events.filter((event) => event.uid === forum.calendar.uid)).toEqual([
        expect.objectContaining({ status: 'CANCELLED', summary: `Cancelled: ${forum.title}`, start: onPhoneClock(forum.start) }),
      ]);
    });

    it('a delegate who leaves a city has its events there deleted from their calendar, and only theirs', async () => {
      const bundle = sampleTrip('left');
      const raman = personNamed(bundle, 'Dr Priya Raman');
      const qingdao = stopNamed(bundle, 'Qingdao');
      const mine = calendarOf(bundle, { kind: 'person', personId: raman });
      const trip = calendarOf(bundle, { kind: 'trip' });
      await mine.publish(bundle);
      await trip.publish(bundle);
      // Qingdao's engagements and hotel stay, and the journeys there and away.
      const inQingdao = new Set([
        ...bundle.engagements.filter((engagement) => engagement.stopId === qingdao).map((engagement) => engagement.calendar.uid),
        ...bundle.accommodations.filter((stay) => stay.stopId === qingdao).map((stay) => stay.calendar.uid),
        ...bundle.segments.filter((journey) => journey.fromStopId === qingdao || journey.toStopId === qingdao).map((journey) => journey.calendar.uid),
      ]);
      const hadThere = mine.resources(bundle).resources.filter((resource) => inQingdao.has(resource.uid));
      expect(hadThere.length).toBeGreaterThan(0);

      // She leaves Qingdao, and the organiser gives up her room there.
      const qingdaoStays = new Set(bundle.accommodations.filter((stay) => stay.stopId === qingdao).map((stay) => stay.id));
      const left: TripBundle = {
        ...bundle,
        memberships: bundle.memberships.map((membership) =>
          membership.personId === raman ? { ...membership, stopIds: membership.stopIds.filter((id) => id !== qingdao) } : membership,
        ),
        rooms: bundle.rooms.map((room) =>
          qingdaoStays.has(room.accommodationId) ? { ...room, occupants: room.occupants.filter((occupant) => occupant.personId !== raman) } : room,
        ),
      };
      const { plan, outcome, publication } = await mine.publish(left);
      const gone = sorted(plan.push.deletes.map((remove) => remove.uid));
      expect(gone).toEqual(sorted(hadThere.map((resource) => resource.uid)));
      expect(plan.push.puts).toEqual([]);
      expect(outcome.events.filter((event) => event.status === 'deleted').map((event) => event.uid).sort()).toEqual(gone);
      expect(publication.failure).toBeNull();
      for (const uid of gone) expect(publication.events[uid]).toBeUndefined();
      const events = await expectPublished(mine, left);
      expect(events.filter((event) => inQingdao.has(event.uid))).toEqual([]);

      // The whole trip's calendar keeps Qingdao's events: only the attendees of her engagements there changed.
      const { plan: tripPlan } = await trip.publish(left);
      expect(tripPlan.push.deletes).toEqual([]);
      expect(sorted(tripPlan.push.puts.map((put) => put.uid))).toEqual(
        sorted(hadThere.filter((resource) => bundle.engagements.some((engagement) => engagement.calendar.uid === resource.uid)).map((resource) => resource.uid)),
      );
      const tripEvents = await expectPublished(trip, left);
      expect(tripEvents.filter((event) => inQingdao.has(event.uid))).toHaveLength(inQingdao.size);
    });
  });

  describe('a new calendar written in one request', () => {
    it('goes whole where the server takes it, each event kept as its own resource named by its UID, the calendar named as made; an engagement moved after is one event written with If-Match, and the phone shows it at its new time', async () => {
      const bundle = sampleTrip('whole');
      const raman = personNamed(bundle, 'Dr Priya Raman');
      const { network, requests } = recorded();
      // The account as the app keeps it once connected: with its calendar home, which is not looked for again.
      const account = { ...publishing.account, homeUrl: publishing.radicale.homeUrl(ORGANISER.username) };
      const mine = calendarOf(bundle, { kind: 'person', personId: raman }, createCalDavServer(account, ORGANISER.password, { fetch: network }));
      const { resources, outcome, publication } = await mine.publish(bundle);

      expect(resources.resources.length).toBeGreaterThan(10);
      expect(outcome.failure).toBeNull();
      expect(outcome.events.map((event) => event.status)).toEqual(resources.resources.map(() => 'written'));
      // Four requests: the calendar made, every event written in one, the calendar listed, and its name and kind given back.
      expect(requests.map(({ method, url }) => [method, url])).toEqual([
        ['MKCALENDAR', publication.url],
        ['PUT', publication.url],
        ['PROPFIND', publication.url],
        ['PROPPATCH', publication.url],
      ]);
      // Each where writing it on its own would have put it: its UID, in the calendar.
      for (const { uid } of resources.resources) expect(publication.events[uid]?.href).toBe(new URL(`${encodeURIComponent(uid)}.ics`, publication.url!).href);
      expect(await calendarProperties(publication.url!, ORGANISER)).toEqual({ name: resources.name, components: ['VEVENT'] });
      await expectPublished(mine, bundle);

      const engagement = bundle.engagements.find((candidate) => candidate.status === 'confirmed' && publication.events[candidate.calendar.uid])!;
      const before = publication.events[engagement.calendar.uid]!;
      requests.length = 0;
      const moved = withEngagement(bundle, engagement.id, (changed) => later(changed, 90));
      const again = await mine.publish(moved);
      expect(requests.map(({ method, url, ifMatch, ifNoneMatch }) => ({ method, url, ifMatch, ifNoneMatch }))).toEqual([
        { method: 'PUT', url: before.href, ifMatch: before.etag, ifNoneMatch: null },
      ]);
      expect(again.outcome.events).toEqual([expect.objectContaining({ uid: engagement.calendar.uid, status: 'written' })]);
      const events = await expectPublished(mine, moved);
      const at = later(engagement, 90);
      expect(events.filter((event) => event.uid === engagement.calendar.uid)).toEqual([
        expect.objectContaining({ start: onPhoneClock(at.start), end: onPhoneClock(at.end), status: 'CONFIRMED' }),
      ]);
    });
  });

  describe('an event someone changed on the server', () => {
    const bundle = sampleTrip('conflict');
    const anderson = personNamed(bundle, 'Joe Anderson');
    const signing = engagementTitled(bundle, 'MoU signing');
    const banquet = engagementTitled(bundle, 'Welcome banquet');

    it('is reported as changed on the server and left as they made it, until the organiser chooses to publish over it', async () => {
      const mine = calendarOf(bundle, { kind: 'person', personId: anderson });
      await mine.publish(bundle);
      const theirs = mine.publication.events[signing.calendar.uid]!;
      // Someone with the account moves the signing on the server (from their own calendar program).
      const text = (await readFromServer(theirs.href, ORGANISER)).replace(/\r\n[ \t]/g, '');
      const edited = text.replace(/^SUMMARY:.*$/m, 'SUMMARY:MoU signing (moved by the host)').replace(/^DTSTART:20161112T020000Z$/m, 'DTSTART:20161112T060000Z').replace(/^DTEND:20161112T030000Z$/m, 'DTEND:20161112T070000Z');
      expect(edited).toContain('DTSTART:20161112T060000Z');
      await putOnServer(theirs.href, edited, ORGANISER);

      // Meanwhile the organiser moves the signing and the banquet in the app.
      const changed = withEngagement(
        withEngagement(bundle, signing.id, (engagement) => later(engagement, 30)),
        banquet.id,
        (engagement) => later(engagement, 30),
      );
      const { outcome, publication } = await mine.publish(changed);
      expect(outcome.events).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ uid: signing.calendar.uid, status: 'failed', failure: expect.objectContaining({ problem: 'changed-on-server', status: 412 }) as unknown }),
          expect.objectContaining({ uid: banquet.calendar.uid, status: 'written' }),
        ]),
      );
      expect(publication.conflicts).toEqual([signing.calendar.uid]);
      expect(publication.failure).toBeNull();
      const entries = memberCalendarEntries(changed, inEnglish).get(anderson)!;
      expect(publicationState(publication, entries, mine.resources(changed).reminders)).toMatchObject({ status: 'conflict', uids: [signing.calendar.uid] });
      // Their version is what the server and the phone hold.
      expect(sameEvent(await readFromServer(theirs.href, ORGANISER), edited)).toBe(true);
      const events = await expectPublished(mine, changed, [signing.calendar.uid]);
      expect(events.filter((event) => event.uid === signing.calendar.uid)).toEqual([
        expect.objectContaining({ summary: 'MoU signing (moved by the host)', start: '2016-11-12 14:00', end: '2016-11-12 15:00' }),
      ]);
      expect(events.filter((event) => event.uid === banquet.calendar.uid)).toEqual([expect.objectContaining({ start: onPhoneClock(later(banquet, 30).start) })]);

      // Publishing again does not overwrite it either.
      const again = await mine.publish(changed);
      expect(again.plan.push.puts.map((put) => put.uid)).toEqual([signing.calendar.uid]);
      expect(again.outcome.events).toEqual([expect.objectContaining({ status: 'failed', failure: expect.objectContaining({ problem: 'changed-on-server' }) as unknown })]);
      expect(again.publication.conflicts).toEqual([signing.calendar.uid]);
      expect(sameEvent(await readFromServer(theirs.href, ORGANISER), edited)).toBe(true);

      // The organiser chooses the app's version.
      const over = await mine.publish(changed, { overwrite: true });
      expect(over.plan.push.puts).toEqual([expect.objectContaining({ uid: signing.calendar.uid, etag: null })]);
      expect(over.outcome.events).toEqual([expect.objectContaining({ uid: signing.calendar.uid, status: 'written' })]);
      expect(over.publication.conflicts).toEqual([]);
      expect(publicationState(over.publication, entries, mine.resources(changed).reminders)).toMatchObject({ status: 'published' });
      const now = await expectPublished(mine, changed);
      expect(now.filter((event) => event.uid === signing.calendar.uid)).toEqual([
        expect.objectContaining({ summary: signing.title, start: '2016-11-12 10:30', end: '2016-11-12 11:30' }),
      ]);
    });
  });

  it('a Radicale that allows the web app’s origin answers the browser’s questions before each kind of request (CORS)', async () => {
    const origin = 'http://127.0.0.1:4173';
    const allowing = await startRadicale({ users: { [ORGANISER.username]: ORGANISER.password }, corsOrigin: origin });
    try {
      const asked = await fetch(allowing.homeUrl(ORGANISER.username), {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'PROPFIND', 'access-control-request-headers': 'authorization,content-type,depth,if-match,if-none-match' },
      });
      expect(asked.ok).toBe(true);
      expect(asked.headers.get('access-control-allow-origin')).toBe(origin);
      const listed = (name: string) => (asked.headers.get(name) ?? '').toLowerCase().split(/,\s*/);
      expect(listed('access-control-allow-methods')).toEqual(expect.arrayContaining(['propfind', 'report', 'mkcalendar', 'put', 'delete']));
      expect(listed('access-control-allow-headers')).toEqual(expect.arrayContaining(['authorization', 'content-type', 'depth', 'if-match', 'if-none-match']));
      // The app keeps each event's ETag: the browser lets it read the header only when the server says so.
      expect(listed('access-control-expose-headers')).toContain('etag');
    } finally {
      await allowing.dispose();
    }
  });

  describe('bad accounts', () => {
    const bundle = sampleTrip('accounts');
    const scope: CalendarScope = { kind: 'person', personId: personNamed(bundle, 'Daniel Kerr') };
    let plain: Server;
    let silent: Server;

    beforeAll(async () => {
      // A web server that is not a CalDAV server: 200 and a page to everything.
      plain = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Welcome</body></html>'));
      // One that takes the connection and never answers.
      silent = createServer(() => undefined);
      await Promise.all([plain, silent].map((web) => new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve))));
    });

    afterAll(async () => {
      silent?.closeAllConnections();
      await Promise.all([plain, silent].map((web) => new Promise((resolve) => (web ? web.close(resolve) : resolve(undefined)))));
    });

    const urlOf = (web: Server) => `http://127.0.0.1:${(web.address() as AddressInfo).port}/`;

    /** A port nothing listens on: one the system just gave out and took back. */
    async function closedPort(): Promise<string> {
      const probe = createServer();
      await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
      const url = urlOf(probe);
      await new Promise((resolve) => probe.close(resolve));
      return url;
    }

    /** The account tested, then a publish tried with it: the failure each says, and nothing marked published. */
    async function tried(serverUrl: string, username: string, password: string, options: { url?: string; timeoutMs?: number } = {}) {
      const other = createCalDavServer({ serverUrl, username }, password, { timeoutMs: options.timeoutMs ?? 5_000 });
      const tested = await other.test();
      const calendar = publishedCalendar(other, { serverUrl, username }, bundle.trip.id, scope);
      const round = await calendar.publish(bundle);
      expect(round.publication.events).toEqual({});
      expect(round.publication.publishedAt).toBeNull();
      return { tested, round };
    }

    it('a wrong password is said to be wrong', async () => {
      const { tested, round } = await tried(publishing.radicale.url, ORGANISER.username, 'not the password');
      expect(tested).toMatchObject({ status: 'failed', failure: { problem: 'credentials', status: 401 } });
      expect(round.publication).toMatchObject({ url: null, failure: { problem: 'credentials' } });
    });

    it('an address where nothing listens is unreachable', async () => {
      const { tested, round } = await tried(await closedPort(), ORGANISER.username, ORGANISER.password);
      expect(tested).toMatchObject({ status: 'failed', failure: { problem: 'unreachable' } });
      expect(round.publication.failure).toMatchObject({ problem: 'unreachable' });
    });

    it('a web server that is not a CalDAV server is said to be none', async () => {
      const { tested, round } = await tried(urlOf(plain), ORGANISER.username, ORGANISER.password);
      expect(tested).toMatchObject({ status: 'failed', failure: { problem: 'not-caldav' } });
      expect(round.publication.failure).toMatchObject({ problem: 'not-caldav' });
    });

    it('a server that never answers times out', async () => {
      const { tested, round } = await tried(urlOf(silent), ORGANISER.username, ORGANISER.password, { timeoutMs: 300 });
      expect(tested).toMatchObject({ status: 'failed', failure: { problem: 'timeout' } });
      expect(round.publication.failure).toMatchObject({ problem: 'timeout' });
    });

    it('a user who may not write into another user’s calendars is forbidden', async () => {
      // The organiser's calendar exists; the colleague's account may not reach into the organiser's home.
      const owners = calendarOf(bundle, scope);
      await owners.publish(bundle);
      const { tested } = await tried(publishing.radicale.homeUrl(ORGANISER.username), COLLEAGUE.username, COLLEAGUE.password);
      expect(tested).toMatchObject({ status: 'failed', failure: { problem: 'forbidden', status: 403 } });

      const intruder = createCalDavServer({ serverUrl: publishing.radicale.url, username: COLLEAGUE.username }, COLLEAGUE.password);
      const resources = owners.resources(bundle);
      const outcome = await intruder.push({ url: owners.publication.url, slug: 'unused', displayName: 'unused', puts: [{ uid: 'intruder@example.com', text: resources.resources[0]!.text.replace(/^UID:.*$/m, 'UID:intruder@example.com'), href: null, etag: null }], deletes: [] });
      expect(outcome.events).toEqual([expect.objectContaining({ status: 'failed', failure: expect.objectContaining({ problem: 'forbidden', status: 403 }) as unknown })]);
      expect(await listCollection(owners.publication.url!, ORGANISER)).toHaveLength(owners.resources(bundle).resources.length);
    });
  });
});

describe.skipIf(skipWithoutComponents)(suiteNamed('publishing to a CalDAV server that takes no whole calendar'), () => {
  // A server of its own: once one refuses a whole calendar, the app does not send it one again.
  let publishing: PublishingServer;
  beforeAll(async () => {
    publishing = await publishingServer();
  });
  afterAll(async () => {
    await publishing?.dispose();
  });

  it('writes a new calendar’s events one by one, each as new, when the server refuses the whole calendar (as Nextcloud does), and does not offer it the next calendar whole', async () => {
    const bundle = sampleTrip('refused');
    const { network, requests } = recorded(refusingWholeCalendars());
    const server = publishing.server({ fetch: network });
    const mine = publishing.calendarOf(bundle, { kind: 'person', personId: personNamed(bundle, 'Joe Anderson') }, server);
    const { resources, outcome, publication } = await mine.publish(bundle);

    expect(outcome.failure).toBeNull();
    expect(outcome.events.map((event) => event.status)).toEqual(resources.resources.map(() => 'written'));
    const puts = requests.filter((request) => request.method === 'PUT');
    expect(puts[0]).toMatchObject({ url: publication.url });
    expect(sorted(puts.slice(1).map((put) => put.url))).toEqual(sorted(resources.resources.map(({ uid }) => new URL(`${encodeURIComponent(uid)}.ics`, publication.url!).href)));
    expect(puts.slice(1).every((put) => put.ifNoneMatch === '*' && put.ifMatch === null)).toBe(true);
    expect(await calendarProperties(publication.url!, ORGANISER)).toEqual({ name: resources.name, components: ['VEVENT'] });
    await publishing.expectPublished(mine, bundle);

    requests.length = 0;
    const trip = publishing.calendarOf(bundle, { kind: 'trip' }, server);
    const tripRound = await trip.publish(bundle);
    expect(tripRound.outcome.events.filter((event) => event.status !== 'written')).toEqual([]);
    expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(tripRound.resources.resources.length);
    expect(requests.some((request) => request.url === tripRound.publication.url && request.method === 'PUT')).toBe(false);
    await publishing.expectPublished(trip, bundle);
  });
});
