/**
 * What the CalDAV integration tests share: a Radicale of their own with the organiser's account and a
 * colleague's, the sample trip and the changes an organiser makes to it, calendars published as the app
 * publishes them each with a delegate's phone subscribed, and the two checks made after every publish:
 *
 * - what the app recorded as published is what the server holds, event by event (address and ETag);
 * - the phone (vdirsyncer + khal, in China's time zone) lists exactly the calendar's events, each once, at the
 *   local times the trip's records say.
 */
import { expect } from 'vitest';
import { createCalDavServer, type CalDavServer } from '../../src/caldav/caldav-server';
import type { CalendarResources } from '../../src/domain/calendars/calendar-files';
import type { CalendarScope } from '../../src/domain/calendars/calendar-publication';
import type { Engagement } from '../../src/domain/engagements/engagement';
import { nextCalendarIdentity } from '../../src/domain/shared/calendar-identity';
import { wallTimeAt, wallTimeIn, zonedTimeOrThrow, type ZonedTime } from '../../src/domain/shared/time';
import { buildSampleTrip } from '../../src/domain/trip/sample-trip';
import type { TripBundle } from '../../src/domain/trip/trip-bundle';
import { publishedCalendar, type PublishedCalendar } from '../support/calendar-publisher';
import { createPhone, phoneClientsInstalled, type Phone, type PhoneEvent } from '../support/phone';
import { listCollection, radicaleInstalled, startRadicale, type Radicale, type RadicaleOptions } from '../support/radicale';

// ---------------------------------------------------------------------------------------------------------------
// Whether the real components are here

const missing = [radicaleInstalled(), phoneClientsInstalled()].flatMap((check) => (check.ok ? [] : [check.why]));
/** On CI a missing component fails the tests; elsewhere they are skipped, and the suite's name says why. */
export const onCi = Boolean(process.env.CI);
export const missingComponents = missing;
export const skipWithoutComponents = missing.length > 0 && !onCi;
export const suiteNamed = (name: string) => (skipWithoutComponents ? `${name} (skipped: ${missing.join('; ')})` : name);

// ---------------------------------------------------------------------------------------------------------------
// The sample trip and what an organiser changes in it

/** The sample trip, its ids `<prefix>-1`, `<prefix>-2`…: each test its own trip, so its own calendars. */
export function sampleTrip(prefix: string): TripBundle {
  let counter = 0;
  return buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `${prefix}-${++counter}` });
}

export const personNamed = (bundle: TripBundle, name: string) => bundle.people.find((person) => person.name === name)!.id;
export const stopNamed = (bundle: TripBundle, name: string) => bundle.stops.find((stop) => stop.name === name)!.id;
export const engagementTitled = (bundle: TripBundle, words: string) => bundle.engagements.find((engagement) => engagement.title.includes(words))!;

export function withEngagement(bundle: TripBundle, id: string, change: (engagement: Engagement) => Engagement): TripBundle {
  return { ...bundle, engagements: bundle.engagements.map((engagement) => (engagement.id === id ? change(engagement) : engagement)) };
}

/** The engagement `minutes` later, as the engagement form saves it: a higher SEQUENCE. */
export function later(engagement: Engagement, minutes: number): Engagement {
  const shift = (time: ZonedTime) => zonedTimeOrThrow(wallTimeAt(Date.parse(time.utc) + minutes * 60_000, time.zone), time.zone);
  return { ...engagement, start: shift(engagement.start), end: shift(engagement.end), calendar: nextCalendarIdentity(engagement.calendar, () => 'unused') };
}

/** The engagement called off, as the engagement form saves it. */
export const cancelled = (engagement: Engagement): Engagement => ({
  ...engagement,
  status: 'cancelled',
  calendar: nextCalendarIdentity(engagement.calendar, () => 'unused'),
});

// ---------------------------------------------------------------------------------------------------------------
// The phone

/** The phone is in China, where the trip is: it lists each event at the time on the clocks there. */
export const PHONE_ZONE = 'Asia/Shanghai';
/** November 2016: the whole trip, journeys out and home included. */
const FROM = '2016-11-01';
const TO = '2016-11-30';

/** A wall time on the phone's clock, as khal writes it. */
export const onPhoneClock = (time: ZonedTime) => wallTimeIn(time, PHONE_ZONE).replace('T', ' ');
const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const STATUS = { confirmed: 'CONFIRMED', proposed: 'TENTATIVE', cancelled: 'CANCELLED' } as const;

/** What the phone should list of each of these events, worked out from the trip's records, not from the files. */
function expectedOnPhone(bundle: TripBundle, uids: readonly string[]): PhoneEvent[] {
  return uids.map((uid) => {
    const engagement = bundle.engagements.find((candidate) => candidate.calendar.uid === uid);
    if (engagement) {
      const summary = engagement.status === 'cancelled' ? `Cancelled: ${engagement.title}` : engagement.title;
      return { uid, start: onPhoneClock(engagement.start), end: onPhoneClock(engagement.end), status: STATUS[engagement.status], summary };
    }
    const journey = bundle.segments.find((candidate) => candidate.calendar.uid === uid);
    if (journey) {
      return { uid, start: onPhoneClock(journey.departure), end: onPhoneClock(journey.arrival), status: 'CONFIRMED', summary: expect.any(String) as string };
    }
    const stay = bundle.accommodations.find((candidate) => candidate.calendar.uid === uid);
    if (stay) {
      // All day from check-in to check-out: khal shows the last day the stay covers, the night before check-out.
      return { uid, start: stay.checkInDate, end: dayBefore(stay.checkOutDate), status: 'CONFIRMED', summary: expect.any(String) as string };
    }
    throw new Error(`no item of the trip has the UID ${uid}`);
  });
}

const byUid = (events: readonly PhoneEvent[]) => [...events].sort((a, b) => a.uid.localeCompare(b.uid));
export const sorted = (values: Iterable<string>) => [...values].sort();

// ---------------------------------------------------------------------------------------------------------------
// A server, its calendars and the checks

export const ORGANISER = { username: 'organiser', password: 'pa55 wörd: organiser' };
export const COLLEAGUE = { username: 'colleague', password: 'colleague-secret' };

/** A published calendar with a phone subscribed to it, once it exists on the server. */
export interface CalendarOnPhone extends PublishedCalendar {
  /** Syncs the phone, then lists what it holds and how many files. */
  onPhone(): Promise<{ events: PhoneEvent[]; files: number }>;
}

export interface PublishingServer {
  radicale: Radicale;
  account: { serverUrl: string; username: string };
  /** The organiser's account, as the app reaches it (with `fetch` in place of the network's, when given). */
  server(options?: { fetch?: typeof fetch; timeoutMs?: number }): CalDavServer;
  calendarOf(bundle: TripBundle, scope: CalendarScope, on?: CalDavServer): CalendarOnPhone;
  /**
   * What the app recorded is what the server holds, event by event; the phone lists exactly the calendar's
   * events of `bundle`, each once, at its local times. `elsewhere` are events someone else wrote on the server:
   * of those, only that each is there once is checked. Returns what the phone lists.
   */
  expectPublished(calendar: CalendarOnPhone, bundle: TripBundle, elsewhere?: readonly string[]): Promise<PhoneEvent[]>;
  /** What the app recorded is what the server holds, and the phone shows exactly that (after a publish that stopped). */
  expectRecordOnPhone(calendar: CalendarOnPhone, bundle: TripBundle): Promise<PhoneEvent[]>;
  dispose(): Promise<void>;
}

export async function publishingServer(options: RadicaleOptions = {}): Promise<PublishingServer> {
  const radicale = await startRadicale({
    users: { [ORGANISER.username]: ORGANISER.password, [COLLEAGUE.username]: COLLEAGUE.password },
    authDelaySeconds: 0.05,
    ...options,
  });
  const account = { serverUrl: radicale.url, username: ORGANISER.username };
  const phones: Phone[] = [];
  const shared = createCalDavServer(account, ORGANISER.password);
  const server = (serverOptions: { fetch?: typeof fetch; timeoutMs?: number } = {}) => createCalDavServer(account, ORGANISER.password, serverOptions);

  const calendarOf = (bundle: TripBundle, scope: CalendarScope, on: CalDavServer = shared): CalendarOnPhone => {
    const calendar = publishedCalendar(on, account, bundle.trip.id, scope);
    let phone: Phone | null = null;
    return Object.assign(calendar, {
      async onPhone() {
        if (!phone) {
          if (!calendar.publication.url) throw new Error('the calendar was never made on the server');
          phone = createPhone({ collectionUrl: calendar.publication.url, ...ORGANISER, timeZone: PHONE_ZONE });
          phones.push(phone);
        }
        await phone.sync();
        return { events: await phone.list(FROM, TO), files: phone.fileCount() };
      },
    });
  };

  /** The recorded events against the server's listing, leaving out `elsewhere`; the recorded UIDs. */
  const expectServerHoldsRecord = async (calendar: CalendarOnPhone, elsewhere: readonly string[]) => {
    const { publication } = calendar;
    const held = await listCollection(publication.url!, ORGANISER);
    const hrefOf = (uid: string) => publication.events[uid]?.href;
    const others = new Set(elsewhere.map(hrefOf));
    const recorded = Object.values(publication.events).map(({ href, etag }) => ({ href, etag }));
    const byHref = (a: { href: string }, b: { href: string }) => a.href.localeCompare(b.href);
    expect(held!.filter((resource) => !others.has(resource.href)).sort(byHref)).toEqual(recorded.filter((resource) => !others.has(resource.href)).sort(byHref));
    expect(held).toHaveLength(recorded.length);
  };

  const expectPhoneShows = async (calendar: CalendarOnPhone, bundle: TripBundle, uids: readonly string[], elsewhere: readonly string[]) => {
    const { events, files } = await calendar.onPhone();
    expect(sorted(events.map((event) => event.uid))).toEqual(sorted(uids));
    expect(files).toBe(uids.length);
    const mine = uids.filter((uid) => !elsewhere.includes(uid));
    expect(byUid(events.filter((event) => !elsewhere.includes(event.uid)))).toEqual(byUid(expectedOnPhone(bundle, mine)));
    return events;
  };

  return {
    radicale,
    account,
    server,
    calendarOf,
    async expectPublished(calendar, bundle, elsewhere = []) {
      await expectServerHoldsRecord(calendar, elsewhere);
      const resources: CalendarResources = calendar.resources(bundle);
      return expectPhoneShows(calendar, bundle, resources.resources.map((resource) => resource.uid), elsewhere);
    },
    async expectRecordOnPhone(calendar, bundle) {
      await expectServerHoldsRecord(calendar, []);
      return expectPhoneShows(calendar, bundle, Object.keys(calendar.publication.events), []);
    },
    async dispose() {
      for (const phone of phones) phone.dispose();
      await radicale.dispose();
    },
  };
}
