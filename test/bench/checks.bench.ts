/**
 * `npm run bench`: the checks on one trip of 2,000 people and 20,000 engagements, which must stay
 * well under 100 ms. Built from the generated 50-trip set: its records become one long trip of 300 stops,
 * each of the 50 groups of 40 on its own six cities (a fifth of each group joining at the fourth), every
 * person a member, 400 engagements at each group's cities. The generator packs each city's engagements into
 * a few hours, so the analysis also finds tens of thousands of double bookings (every overlapping pair), as a
 * badly planned trip would; the second bench re-times the same engagements into back-to-back quarter-hours, a
 * trip with nothing to report; the third edits that trip as the organiser does, one engagement at a time
 * (moved to start with an earlier one that day, and back), and analyses it afresh, as the app does after
 * every change: the work after one edit is the whole analysis, no slower.
 *
 * The means of 20 runs are printed when the file loads, beside the counts, so that they show in `npm run bench`.
 */
import { bench, describe } from 'vitest';
import type { CheckSource } from '../../src/domain/checks/check-context';
import { runChecks } from '../../src/domain/checks/run-checks';
import type { Engagement } from '../../src/domain/engagements/engagement';
import { type ZonedTime } from '../../src/domain/shared/time';
import { addDays } from '../../src/domain/shared/date-arithmetic';
import { generateDataset } from '../builders/large-dataset';

const dataset = generateDataset();
const first = dataset.trips[0]!;
const last = dataset.trips.at(-1)!;
const tripId = first.trip.id;

const source: CheckSource = {
  trip: { ...first.trip, endDate: last.trip.endDate },
  stops: dataset.trips.flatMap((trip, index) =>
    trip.stops.map((stop) => ({ ...stop, tripId, position: index * trip.stops.length + stop.position })),
  ),
  segments: [],
  accommodations: [],
  memberships: dataset.trips.flatMap((trip) => trip.memberships.map((membership) => ({ ...membership, tripId }))),
  engagements: dataset.trips.flatMap((trip) => trip.engagements.map((engagement) => ({ ...engagement, tripId }))),
  people: dataset.people,
};

/** A wall time in the generated cities' zone (Asia/Shanghai, UTC+8 all year), without luxon's setup cost. */
function shanghai(date: string, minutes: number): ZonedTime {
  const local = `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const utc = new Date(Date.parse(`${local}:00Z`) - 8 * 3_600_000).toISOString().replace('.000Z', 'Z');
  return { local, zone: 'Asia/Shanghai', utc };
}

const stopById = new Map(source.stops.map((stop) => [stop.id, stop]));
/** Each city's k-th engagement of a group on its first or second day, in the k/2-th quarter-hour slot from 08:00. */
const clear: CheckSource = {
  ...source,
  engagements: source.engagements.map((engagement, index): Engagement => {
    const k = Math.floor((index % 400) / 6);
    const date = addDays(stopById.get(engagement.stopId)!.arrivalDate, k % 2);
    const start = 8 * 60 + Math.floor(k / 2) * 20;
    return { ...engagement, start: shanghai(date, start), end: shanghai(date, start + 15) };
  }),
};

/** The organiser's edit: one engagement of the re-timed trip moved to start with an earlier one that day, or back. */
const edited = 12_345;
const moved: Engagement = { ...clear.engagements[edited]!, start: clear.engagements[edited - 12]!.start };
const edits = [moved, clear.engagements[edited]!];
let edit = 0;
/** A new engagements array with one engagement replaced, as an immutable update makes it. */
function afterOneEdit(): CheckSource {
  edit = 1 - edit;
  const engagements = clear.engagements.slice();
  engagements[edited] = edits[edit]!;
  return { ...clear, engagements };
}

const found = runChecks(source, { today: '2025-01-01' });
console.warn(
  `conflict bench: ${source.memberships.length} members, ${source.engagements.length} engagements, ${source.stops.length} stops; ${found.length} conflicts (${found.filter((conflict) => conflict.rule === 'double-booking').length} double bookings)`,
);

const clearFound = runChecks(clear, { today: '2025-01-01' });
console.warn(
  `conflict bench, re-timed: ${clearFound.length} conflicts (${clearFound.filter((conflict) => conflict.rule === 'double-booking').length} double bookings)`,
);

const editedFound = runChecks(
  { ...clear, engagements: clear.engagements.map((engagement, index) => (index === edited ? moved : engagement)) },
  { today: '2025-01-01' },
);
console.warn(
  `conflict bench, after one edit: ${editedFound.length} conflicts (${editedFound.filter((conflict) => conflict.rule === 'double-booking').length} double bookings)`,
);

/** Mean milliseconds of `runs` runs, after a few to warm up. */
function meanMs(run: () => unknown, runs = 20): string {
  for (let warm = 0; warm < 3; warm += 1) run();
  const start = performance.now();
  for (let index = 0; index < runs; index += 1) run();
  return ((performance.now() - start) / runs).toFixed(1);
}
console.warn(
  `conflict bench, mean of 20 runs: ${meanMs(() => runChecks(source, { today: '2025-01-01' }))} ms clash-dense, ${meanMs(() => runChecks(clear, { today: '2025-01-01' }))} ms none clashing, ${meanMs(() => runChecks(afterOneEdit(), { today: '2025-01-01' }))} ms after one edit`,
);

describe('conflicts on a trip of 2,000 people and 20,000 engagements', () => {
  bench('full conflict analysis, 2,000 people and 20,000 engagements', () => {
    runChecks(source, { today: '2025-01-01' });
  });

  bench('full conflict analysis, 2,000 people and 20,000 engagements, none clashing', () => {
    runChecks(clear, { today: '2025-01-01' });
  });

  bench('conflict analysis after one edit, 2,000 people and 20,000 engagements, none clashing', () => {
    runChecks(afterOneEdit(), { today: '2025-01-01' });
  });
});
