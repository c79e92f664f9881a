/**
 * `npm run bench`: the conflict engine on one trip of 2,000 people and 20,000 engagements, which must stay
 * well under 100 ms. Built from the generated 50-trip set: its records become one long trip of 300 stops,
 * each of the 50 groups of 40 on its own six cities (a fifth of each group joining at the fourth), every
 * person a member, 400 engagements at each group's cities. The generator packs each city's engagements into
 * a few hours, so the analysis also words thousands of double bookings, as a badly planned trip would; the
 * second bench re-times the same engagements into back-to-back quarter-hours, a trip with nothing to report.
 */
import { bench, describe } from 'vitest';
import { analyseConflicts, type ConflictSource } from '../../src/domain/conflicts';
import type { Engagement } from '../../src/domain/engagement';
import { addDays, type ZonedTime } from '../../src/domain/time';
import { generateDataset } from '../builders/large-dataset';

const dataset = generateDataset();
const first = dataset.trips[0]!;
const last = dataset.trips.at(-1)!;
const tripId = first.trip.id;

const source: ConflictSource = {
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
const clear: ConflictSource = {
  ...source,
  engagements: source.engagements.map((engagement, index): Engagement => {
    const k = Math.floor((index % 400) / 6);
    const date = addDays(stopById.get(engagement.stopId)!.arrivalDate, k % 2);
    const start = 8 * 60 + Math.floor(k / 2) * 20;
    return { ...engagement, start: shanghai(date, start), end: shanghai(date, start + 15) };
  }),
};

const found = analyseConflicts(source, { today: '2025-01-01' });
console.warn(
  `conflict bench: ${source.memberships.length} members, ${source.engagements.length} engagements, ${source.stops.length} stops; ${found.length} conflicts (${found.filter((conflict) => conflict.rule === 'double-booking').length} double bookings)`,
);

const clearFound = analyseConflicts(clear, { today: '2025-01-01' });
console.warn(
  `conflict bench, re-timed: ${clearFound.length} conflicts (${clearFound.filter((conflict) => conflict.rule === 'double-booking').length} double bookings)`,
);

describe('conflicts on a trip of 2,000 people and 20,000 engagements', () => {
  bench('full conflict analysis, 2,000 people and 20,000 engagements', () => {
    analyseConflicts(source, { today: '2025-01-01' });
  });

  bench('full conflict analysis, 2,000 people and 20,000 engagements, none clashing', () => {
    analyseConflicts(clear, { today: '2025-01-01' });
  });
});
