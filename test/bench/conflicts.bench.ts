/**
 * `npm run bench`: the conflict engine on one trip of 2,000 people and 20,000 engagements, which must stay
 * well under 100 ms. Built from the generated 50-trip set: its records become one long trip of 300 stops,
 * each of the 50 groups of 40 on its own six cities (a fifth of each group joining at the fourth), every
 * person a member, 400 engagements at each group's cities. The generator packs each city's engagements into
 * a few hours, so the analysis also words thousands of double bookings, as a badly planned trip would.
 */
import { bench, describe } from 'vitest';
import { analyseConflicts, type ConflictSource } from '../../src/domain/conflicts';
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

const found = analyseConflicts(source, { today: '2025-01-01' });
console.warn(
  `conflict bench: ${source.memberships.length} members, ${source.engagements.length} engagements, ${source.stops.length} stops; ${found.length} conflicts (${found.filter((conflict) => conflict.rule === 'double-booking').length} double bookings)`,
);

describe('conflicts on a trip of 2,000 people and 20,000 engagements', () => {
  bench('full conflict analysis, 2,000 people and 20,000 engagements', () => {
    analyseConflicts(source, { today: '2025-01-01' });
  });
});
