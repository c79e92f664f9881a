/**
 * `npm run bench:caldav`: publishing a generated trip of 40 delegates and 400 engagements (the 50-trip set's
 * 26th) to a Radicale started here on 127.0.0.1, as the app's "Publish changes" does (publishTrip: the
 * publications read from and written to the app's database, here IndexedDB in memory; the account connected as
 * in the browser build): every delegate's calendar and the whole trip's, for the first time; then one engagement
 * moved and every calendar published again, which sends only the events that changed. Prints the times, how
 * much of them was spent waiting on the server, and how many events each publish sent; the bench then measures
 * the publish after a move, repeated (the engagement moved back and forth).
 *
 * Targets (issue 16, not asserted): the first publish under 30 s, the publish after a move under 2 s.
 *
 * Not part of `npm test` or `npm run bench`: it needs Radicale (.ci/run installs it) and takes minutes.
 * CALDAV_BENCH_PROFILE=<file.cpuprofile> writes a CPU profile of the publish after the move (Chrome's devtools
 * read it), to see where the app's own time goes.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { afterAll, bench, describe } from 'vitest';
import type { Engagement } from '../../../src/domain/engagements/engagement';
import { wallTimeAt, zonedTimeOrThrow, type ZonedTime } from '../../../src/domain/shared/time';
import type { TripBundle } from '../../../src/domain/trip/trip-bundle';
import { localeOf } from '../../../src/i18n/locale';
import { createWebCalendarServer, memoryStore } from '../../../src/platform/web-calendar-server';
import { publishTrip, type PublishReport } from '../../../src/usecases/calendar-publishing';
import { generateDataset } from '../../builders/large-dataset';
import { testI18n } from '../../builders/words';
import { freshRepositories } from '../../storage/test-database';
import { startRadicale } from '../../support/radicale';

const dataset = generateDataset();
const trip: TripBundle = { ...dataset.trips[25]!, people: dataset.people, organisations: dataset.organisations, contacts: [] };
const now = '2026-11-21T09:00:00.000Z';

const USER = { username: 'organiser', password: 'bench-secret' };
const radicale = await startRadicale({ users: { [USER.username]: USER.password } });
const { repos } = freshRepositories();
const web = createWebCalendarServer({ local: memoryStore(), session: memoryStore() });
const connected = await web.connect({ serverUrl: radicale.url, ...USER, remember: false });
if (connected.status !== 'connected') throw new Error(`could not connect to Radicale: ${JSON.stringify(connected)}`);

// The time spent in the server's requests, calendar by calendar: the rest is the app's own.
let serverMs = 0;
const calendarServer: typeof web = {
  ...web,
  async push(push, progress) {
    const started = performance.now();
    try {
      return await web.push(push, progress);
    } finally {
      serverMs += performance.now() - started;
    }
  },
};
const needs = { repositories: repos, platform: { calendarServer }, locale: localeOf(testI18n('en'), 'en'), now };

/** Every calendar of the trip published as `bundle` has it: what the publish said, how long it took, and how much of that was the server's. */
async function publishAll(bundle: TripBundle): Promise<{ report: PublishReport; ms: number; serverMs: number }> {
  serverMs = 0;
  const started = performance.now();
  const report = await publishTrip(needs, bundle);
  const ms = performance.now() - started;
  if (report.stopped || report.calendars.some((calendar) => calendar.status === 'failed' || calendar.status === 'not-written')) {
    throw new Error(`publishing failed: ${JSON.stringify(report.calendars.find((calendar) => calendar.status !== 'published'))}\n${radicale.log()}`);
  }
  return { report, ms, serverMs };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const touched = (report: PublishReport) => report.calendars.filter((calendar) => calendar.status === 'published').length;

/** The engagement with the most attendees, `minutes` later: the change that reaches the most calendars. */
const busiest = trip.engagements.find((engagement) => trip.memberships.every((membership) => membership.stopIds.includes(engagement.stopId)))!;
function movedBy(minutes: number, version: number): TripBundle {
  const shift = (time: ZonedTime) => zonedTimeOrThrow(wallTimeAt(Date.parse(time.utc) + minutes * 60_000, time.zone), time.zone);
  const moved: Engagement = {
    ...busiest,
    start: shift(busiest.start),
    end: shift(busiest.end),
    // Each move a new version of the event, as the engagement form saves it.
    calendar: { ...busiest.calendar, sequence: busiest.calendar.sequence + version },
  };
  return { ...trip, engagements: trip.engagements.map((engagement) => (engagement.id === busiest.id ? moved : engagement)) };
}

/** `run`, with a CPU profile of it written to `file` when one is named. */
async function profiled<T>(file: string | undefined, run: () => Promise<T>): Promise<T> {
  if (!file) return run();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  }
}

const first = await publishAll(trip);
const held = (await repos.calendars.publications(trip.trip.id)).reduce((total, publication) => total + Object.keys(publication.events).length, 0);
const second = await profiled(process.env.CALDAV_BENCH_PROFILE, () => publishAll(movedBy(30, 1)));
console.warn(
  [
    `CalDAV bench (Radicale ${radicale.url}, through publishTrip):`,
    `  first publish: ${first.report.calendars.length} calendars (${trip.memberships.length} delegates and the trip's), ${trip.engagements.length} engagements, ` +
      `${first.report.sent} events sent, ${held} held, in ${seconds(first.ms)} (${seconds(first.serverMs)} of it waiting on the server)`,
    `  after one engagement moved: ${second.report.sent} events sent to ${touched(second.report)} calendars (its attendees' and the trip's), ` +
      `in ${seconds(second.ms)} (${seconds(second.serverMs)} of it waiting on the server)`,
  ].join('\n'),
);

// Stopping Radicale and removing some 30,000 files takes a while on a busy machine.
afterAll(async () => {
  await radicale.dispose();
}, 120_000);

let version = 1;
describe(`publishing a 40-delegate, 400-engagement trip to Radicale`, () => {
  bench(
    'every calendar published again after one engagement moved',
    async () => {
      version += 1;
      const round = await publishAll(movedBy(version % 2 === 0 ? 0 : 30, version));
      if (round.report.sent !== second.report.sent) throw new Error(`sent ${round.report.sent} events, not ${second.report.sent}`);
      console.warn(`  moved again: ${round.report.sent} events sent in ${seconds(round.ms)} (${seconds(round.serverMs)} of it waiting on the server)`);
    },
    { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
