/**
 * The CalDAV server failing in the middle of a publish: killed (SIGKILL) between two events, killed after it
 * stored an event but before its answer came back, killed after it made the calendar, and frozen so that
 * requests time out; and killed once it stored a whole new calendar but before its answer came back. Afterwards
 * what the app recorded must be what the server holds (so the states the Calendars tab shows are true), and once
 * the server is back the next publish sends only what is missing and the phone shows the whole calendar, nothing
 * twice.
 *
 * Each fault strikes at one request of the publish, chosen by method and number, through the `fetch` the app's
 * CalDAV client is given; the server itself is really killed or frozen. Events written one by one go a few at a
 * time: the fault waits until the requests sent before it have their answers, and those sent after it wait for
 * the fault, so that the server is killed or frozen between the same two events every time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENTS_AT_ONCE } from '../../src/caldav/caldav-server';
import { memberCalendarEntries } from '../../src/domain/calendars/calendar-digest';
import { publicationState } from '../../src/domain/calendars/calendar-publication';
import type { TripBundle } from '../../src/domain/trip/trip-bundle';
import { inEnglish } from '../builders/words';
import { listCollection, refusingWholeCalendars } from '../support/radicale';
import {
  later,
  onPhoneClock,
  ORGANISER,
  personNamed,
  publishingServer,
  sampleTrip,
  skipWithoutComponents,
  sorted,
  suiteNamed,
  withEngagement,
  type PublishingServer,
} from './published-calendars';

/**
 * A `fetch` that lets `fault` handle the `nth` request of `method` (once), and sends every other as it is: the
 * fault once every request sent before it has its answer, the requests after it once the fault is done.
 */
function fetchWithFault(
  method: string,
  nth: number,
  fault: (send: () => Promise<Response>) => Promise<Response>,
): typeof fetch & { struck: () => boolean } {
  let seen = 0;
  const answered: Promise<unknown>[] = [];
  let faultDone: Promise<unknown> | null = null;
  const faulty = (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const send = () => fetch(input, init);
    if (faultDone) return faultDone.then(send);
    if ((init?.method ?? 'GET').toUpperCase() === method) {
      seen += 1;
      if (seen === nth) {
        const struck = Promise.allSettled(answered).then(() => fault(send));
        faultDone = struck.catch(() => undefined);
        return struck;
      }
    }
    const sent = send();
    answered.push(sent);
    return sent;
  };
  return Object.assign(faulty, { struck: () => seen >= nth });
}

/** How many requests of each method went out through `fetch` (wraps it). */
function counted(base: typeof fetch): typeof fetch & { count: (method: string) => number } {
  const counts = new Map<string, number>();
  const counting = (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    counts.set(method, (counts.get(method) ?? 0) + 1);
    return base(input, init);
  };
  return Object.assign(counting, { count: (method: string) => counts.get(method) ?? 0 });
}

/** After a fault: the server back, a publish with nothing in the way that sends only what is missing. */
async function publishedAfterRestart(
  publishing: PublishingServer,
  calendar: ReturnType<PublishingServer['calendarOf']>,
  bundle: TripBundle,
  missing: readonly string[],
) {
  if (!publishing.radicale.running) await publishing.radicale.restart();
  const { plan, outcome, publication } = await calendar.publish(bundle);
  expect(sorted(plan.push.puts.map((put) => put.uid))).toEqual(sorted(missing));
  expect(plan.push.deletes).toEqual([]);
  expect(outcome.events.filter((event) => event.status !== 'written')).toEqual([]);
  expect(publication).toMatchObject({ failure: null, conflicts: [], publishedAt: expect.any(String) as string });
  await publishing.expectPublished(calendar, bundle);
}

/** The network to a server that takes no whole calendar, as Nextcloud's: a new calendar's events go one by one. */
const eventByEvent = refusingWholeCalendars;

describe.skipIf(skipWithoutComponents)(suiteNamed('publishing when the CalDAV server fails midway'), () => {
  let publishing: PublishingServer;
  beforeAll(async () => {
    publishing = await publishingServer();
  });
  afterAll(async () => {
    await publishing?.dispose();
  });

  const publishAgainAfterRestart = (calendar: ReturnType<PublishingServer['calendarOf']>, bundle: TripBundle, missing: readonly string[]) =>
    publishedAfterRestart(publishing, calendar, bundle, missing);

  it('killed between two events: the app records exactly the events the server holds, and after a restart sends only the rest', async () => {
    const bundle = sampleTrip('killed');
    const anderson = personNamed(bundle, 'Joe Anderson');
    const network = fetchWithFault(
      'PUT',
      11,
      async (send) => {
        await publishing.radicale.kill();
        return send();
      },
    );
    const calendar = publishing.calendarOf(bundle, { kind: 'person', personId: anderson }, publishing.server({ fetch: eventByEvent(network) }));
    const { resources: all, reminders } = calendar.resources(bundle);
    const uids = all.map((resource) => resource.uid);
    expect(uids.length).toBeGreaterThan(20);

    const { outcome, publication } = await calendar.publish(bundle);
    expect(network.struck()).toBe(true);
    expect(outcome.url).not.toBeNull();
    expect(outcome.events.filter((event) => event.status === 'written')).toHaveLength(10);
    expect(publication.failure).toMatchObject({ problem: 'unreachable' });
    expect(publication.publishedAt).toBeNull();
    expect(sorted(Object.keys(publication.events))).toEqual(sorted(uids.slice(0, 10)));
    // What the Calendars tab shows for him: failed, and the events the server does not have yet still to publish.
    const entries = memberCalendarEntries(bundle, inEnglish).get(anderson)!;
    expect(publicationState(publication, entries, reminders)).toMatchObject({
      status: 'failed',
      failure: { problem: 'unreachable' },
      changes: { added: uids.length - 10, updated: 0, removed: 0, total: uids.length - 10 },
    });

    // What the app recorded is what the server holds, and what the phone gets once it is back.
    await publishing.radicale.restart();
    await publishing.expectRecordOnPhone(calendar, bundle);

    await publishAgainAfterRestart(calendar, bundle, uids.slice(10));
    expect(publicationState(calendar.publication, entries, reminders)).toMatchObject({ status: 'published' });
  });

  it('killed once it stored an event but before its answer came back: the next publish finds it there and does not write it twice', async () => {
    const bundle = sampleTrip('lost-answer');
    const network = fetchWithFault(
      'PUT',
      8,
      async (send) => {
        await send();
        await publishing.radicale.kill();
        throw new TypeError('fetch failed');
      },
    );
    const calendar = publishing.calendarOf(bundle, { kind: 'person', personId: personNamed(bundle, 'Joe Anderson') }, publishing.server({ fetch: eventByEvent(network) }));
    const all = calendar.resources(bundle).resources.map((resource) => resource.uid);

    const { publication } = await calendar.publish(bundle);
    expect(publication.failure).toMatchObject({ problem: 'unreachable' });
    expect(sorted(Object.keys(publication.events))).toEqual(sorted(all.slice(0, 7)));

    // The server holds one more than the app knows of: the eighth, whose answer was lost.
    await publishing.radicale.restart();
    const held = await listCollection(publication.url!, ORGANISER);
    expect(held).toHaveLength(8);

    await publishAgainAfterRestart(calendar, bundle, all.slice(7));
  });

  it('killed once it stored an event that the organiser then changed: the next publish reports it rather than overwrite it, and writes it over when asked', async () => {
    const bundle = sampleTrip('lost-then-changed');
    const anderson = personNamed(bundle, 'Joe Anderson');
    const uids = publishing.calendarOf(bundle, { kind: 'person', personId: anderson }).resources(bundle).resources.map((resource) => resource.uid);
    // The first engagement after a few events: the one whose answer is lost.
    const index = uids.findIndex((uid, at) => at >= 5 && bundle.engagements.some((engagement) => engagement.calendar.uid === uid));
    const engagement = bundle.engagements.find((candidate) => candidate.calendar.uid === uids[index])!;
    const network = fetchWithFault(
      'PUT',
      index + 1,
      async (send) => {
        await send();
        await publishing.radicale.kill();
        throw new TypeError('fetch failed');
      },
    );
    const calendar = publishing.calendarOf(bundle, { kind: 'person', personId: anderson }, publishing.server({ fetch: eventByEvent(network) }));
    expect((await calendar.publish(bundle)).publication.failure).toMatchObject({ problem: 'unreachable' });
    await publishing.radicale.restart();

    // The server holds the engagement as it was; the app now has it an hour later.
    const changed = withEngagement(bundle, engagement.id, (before) => later(before, 60));
    const { outcome, publication } = await calendar.publish(changed);
    expect(outcome.events.filter((event) => event.status !== 'written')).toEqual([
      expect.objectContaining({ uid: engagement.calendar.uid, failure: expect.objectContaining({ problem: 'changed-on-server' }) as unknown }),
    ]);
    expect(publication.conflicts).toEqual([engagement.calendar.uid]);

    const over = await calendar.publish(changed, { overwrite: true });
    expect(over.outcome.events).toEqual([expect.objectContaining({ uid: engagement.calendar.uid, status: 'written' })]);
    expect(over.publication).toMatchObject({ conflicts: [], failure: null });
    const events = await publishing.expectPublished(calendar, changed);
    expect(events.filter((event) => event.uid === engagement.calendar.uid)).toEqual([expect.objectContaining({ start: onPhoneClock(later(engagement, 60).start) })]);
  });

  it('killed once it made the calendar but before its answer came back: the next publish finds the calendar and fills it', async () => {
    const bundle = sampleTrip('lost-calendar');
    const network = fetchWithFault('MKCALENDAR', 1, async (send) => {
      await send();
      await publishing.radicale.kill();
      throw new TypeError('fetch failed');
    });
    const calendar = publishing.calendarOf(bundle, { kind: 'person', personId: personNamed(bundle, 'Daniel Kerr') }, publishing.server({ fetch: eventByEvent(network) }));
    const all = calendar.resources(bundle).resources.map((resource) => resource.uid);

    const { outcome, publication } = await calendar.publish(bundle);
    expect(outcome).toMatchObject({ url: null, failure: { problem: 'unreachable' }, events: [] });
    expect(publication).toMatchObject({ url: null, events: {}, publishedAt: null, failure: { problem: 'unreachable' } });

    await publishAgainAfterRestart(calendar, bundle, all);
  });

  it('frozen midway: the publish gives up at the first request that times out rather than waiting on every event, and the next one completes', async () => {
    const bundle = sampleTrip('frozen');
    const network = counted(
      fetchWithFault(
        'PUT',
        11,
        (send) => {
          publishing.radicale.pause();
          return send();
        },
      ),
    );
    const calendar = publishing.calendarOf(bundle, { kind: 'trip' }, publishing.server({ fetch: eventByEvent(network), timeoutMs: 2_000 }));
    const all = calendar.resources(bundle).resources.map((resource) => resource.uid);

    const { outcome, publication } = await calendar.publish(bundle);
    publishing.radicale.resume();
    expect(outcome.events.filter((event) => event.status === 'written')).toHaveLength(10);
    // The request that timed out, and those already under way with it (a few events go at once); none after.
    const failed = outcome.events.filter((event) => event.status === 'failed');
    expect(failed.length).toBeGreaterThanOrEqual(1);
    expect(failed.length).toBeLessThanOrEqual(EVENTS_AT_ONCE);
    expect(failed).toEqual(all.slice(10, 10 + failed.length).map((uid) => expect.objectContaining({ uid, failure: expect.objectContaining({ problem: 'timeout' }) as unknown })));
    expect(network.count('PUT')).toBe(10 + failed.length);
    expect(publication.failure).toMatchObject({ problem: 'timeout' });
    expect(sorted(Object.keys(publication.events))).toEqual(sorted(all.slice(0, 10)));

    // The request that timed out may still have been carried out once the server went on: the next publish
    // sends it again all the same, and it is not doubled.
    await publishAgainAfterRestart(calendar, bundle, all.slice(10));
  });
});

describe.skipIf(skipWithoutComponents)(suiteNamed('publishing a new calendar in one request when the CalDAV server fails'), () => {
  // A server of its own: the one above was told to refuse whole calendars, and the app remembers it.
  let publishing: PublishingServer;
  beforeAll(async () => {
    publishing = await publishingServer();
  });
  afterAll(async () => {
    await publishing?.dispose();
  });

  it('killed once it stored the whole calendar but before its answer came back: the app records nothing as published, and the next publish finds every event there and writes none twice', async () => {
    const bundle = sampleTrip('lost-whole');
    const anderson = personNamed(bundle, 'Joe Anderson');
    const network = fetchWithFault('PUT', 1, async (send) => {
      await send();
      await publishing.radicale.kill();
      throw new TypeError('fetch failed');
    });
    const calendar = publishing.calendarOf(bundle, { kind: 'person', personId: anderson }, publishing.server({ fetch: network }));
    const { resources: all, reminders } = calendar.resources(bundle);
    const uids = all.map((resource) => resource.uid);

    const { outcome, publication } = await calendar.publish(bundle);
    expect(network.struck()).toBe(true);
    expect(outcome).toMatchObject({ url: expect.any(String) as string, failure: { problem: 'unreachable' }, events: [] });
    expect(publication).toMatchObject({ events: {}, publishedAt: null, failure: { problem: 'unreachable' } });
    const entries = memberCalendarEntries(bundle, inEnglish).get(anderson)!;
    expect(publicationState(publication, entries, reminders)).toMatchObject({ status: 'failed', changes: { added: uids.length, total: uids.length } });

    // The server holds the whole calendar, of which the app knows nothing.
    await publishing.radicale.restart();
    expect(await listCollection(publication.url!, ORGANISER)).toHaveLength(uids.length);

    await publishedAfterRestart(publishing, calendar, bundle, uids);
    expect(publicationState(calendar.publication, entries, reminders)).toMatchObject({ status: 'published' });
  });
});
