/**
 * `npm run bench:caldav`: publishing a generated trip of 40 delegates and 400 engagements (the 50-trip set's
 * 26th) to a Radicale started here on 127.0.0.1, as the app publishes it: every delegate's calendar and the
 * whole trip's, for the first time; then one engagement moved and every calendar published again, which sends
 * only the events that changed. Prints the times and how many events each publish sent; the bench then
 * measures the publish after a move, repeated (the engagement moved back and forth).
 *
 * Not part of `npm test` or `npm run bench`: it needs Radicale (.ci/run installs it) and takes minutes.
 * CALDAV_BENCH_CONCURRENCY publishes that many calendars at once (1 unless set): a server takes one request per
 * calendar at a time either way.
 */
import { afterAll, bench, describe } from 'vitest';
import { createCalDavServer } from '../../../src/caldav/caldav-server';
import { everyCalendarResources } from '../../../src/domain/calendars/calendar-files';
import type { CalendarScope } from '../../../src/domain/calendars/calendar-publication';
import type { Engagement } from '../../../src/domain/engagements/engagement';
import { wallTimeAt, zonedTimeOrThrow, type ZonedTime } from '../../../src/domain/shared/time';
import type { TripBundle } from '../../../src/domain/trip/trip-bundle';
import { generateDataset } from '../../builders/large-dataset';
import { inEnglish } from '../../builders/words';
import { publishedCalendar, type PublishedCalendar, type PublishRound } from '../../support/calendar-publisher';
import { startRadicale } from '../../support/radicale';

const dataset = generateDataset();
const trip: TripBundle = { ...dataset.trips[25]!, people: dataset.people, organisations: dataset.organisations, contacts: [] };
const concurrency = Math.max(1, Number(process.env.CALDAV_BENCH_CONCURRENCY ?? 1));
const now = '2026-11-21T09:00:00.000Z';

const USER = { username: 'organiser', password: 'bench-secret' };
const radicale = await startRadicale({ users: { [USER.username]: USER.password } });
const account = { serverUrl: radicale.url, username: USER.username };
const server = createCalDavServer(account, USER.password);
const scopes: CalendarScope[] = [{ kind: 'trip' }, ...trip.memberships.map((membership): CalendarScope => ({ kind: 'person', personId: membership.personId }))];
const calendars = scopes.map((scope) => publishedCalendar(server, account, trip.trip.id, scope, { words: inEnglish, now }));

/**
 * Every calendar published as `bundle` has it, `concurrency` at a time, their events written once for all (as the
 * app's "Publish changes" does); what each sent, and how long it all took.
 */
async function publishAll(bundle: TripBundle): Promise<{ ms: number; writingMs: number; rounds: PublishRound[] }> {
  const started = performance.now();
  const every = everyCalendarResources(bundle, { words: inEnglish, now });
  if (!every.ok) throw new Error(inEnglish(every.error));
  const writingMs = performance.now() - started;
  const resourcesOf = (scope: CalendarScope) =>
    scope.kind === 'trip' ? every.value.trip : every.value.members.find((member) => member.personId === scope.personId);
  const rounds: PublishRound[] = [];
  const queue: PublishedCalendar[] = [...calendars];
  const worker = async () => {
    for (let calendar = queue.shift(); calendar; calendar = queue.shift()) {
      rounds.push(await calendar.publish(bundle, { resources: resourcesOf(calendar.scope) }));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = performance.now() - started;
  const failed = rounds.flatMap((round) => (round.publication.failure ? [round.publication.failure] : []));
  if (failed.length > 0) throw new Error(`publishing failed: ${JSON.stringify(failed[0])}\n${radicale.log()}`);
  return { ms, writingMs, rounds };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const sent = (rounds: readonly PublishRound[]) => rounds.reduce((total, round) => total + round.plan.push.puts.length + round.plan.push.deletes.length, 0);
const touched = (rounds: readonly PublishRound[]) => rounds.filter((round) => round.plan.needed).length;

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

const first = await publishAll(trip);
const events = first.rounds.reduce((total, round) => total + Object.keys(round.publication.events).length, 0);
const second = await publishAll(movedBy(30, 1));
console.warn(
  [
    `CalDAV bench (Radicale ${radicale.url}, ${concurrency} calendar${concurrency === 1 ? '' : 's'} at a time):`,
    `  first publish: ${calendars.length} calendars (${trip.memberships.length} delegates and the trip's), ${trip.engagements.length} engagements, ` +
      `${sent(first.rounds)} events sent, ${events} held, in ${seconds(first.ms)} (${(first.ms / sent(first.rounds)).toFixed(1)} ms an event; ` +
      `${seconds(first.writingMs)} of it writing the calendars)`,
    `  after one engagement moved: ${sent(second.rounds)} events sent to ${touched(second.rounds)} calendars (its attendees' and the trip's), ` +
      `in ${seconds(second.ms)} (${seconds(second.writingMs)} of it writing the calendars)`,
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
      if (sent(round.rounds) !== sent(second.rounds)) throw new Error(`sent ${sent(round.rounds)} events, not ${sent(second.rounds)}`);
    },
    { iterations: 5, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
