/**
 * `npm run bench`: how the storage layer behaves with 50 trips, 2,000 people and 20,000 engagements.
 * Runs on fake-indexeddb in Node, which is slower than a browser's IndexedDB: read the figures as an upper
 * bound. Figures go in the closing notes; no test ever asserts a time.
 */
import { bench, describe } from 'vitest';
import { personMatches } from '../../src/domain/people/person-rules';
import { createRepositories } from '../../src/storage/repositories';
import { generateDataset } from '../builders/large-dataset';
import { freshDatabase } from '../storage/test-database';

const dataset = generateDataset();
const db = freshDatabase('bench');
const repositories = createRepositories(db);

// One very large delegation: all 2,000 people on one trip, for the roster.
const everyone = dataset.people.map((person, index) => ({
  id: `everyone-${index}`,
  tripId: 'trip-0',
  personId: person.id,
  role: 'delegate' as const,
  stopIds: dataset.trips[0]!.stops.map((stop) => stop.id),
  notes: '',
  calendarExportedAt: null,
}));

await db.transaction('rw', db.tables, async () => {
  await db.people.bulkAdd(dataset.people);
  await db.organisations.bulkAdd(dataset.organisations);
  for (const trip of dataset.trips) {
    await db.trips.add(trip.trip);
    await db.stops.bulkAdd(trip.stops);
    await db.memberships.bulkAdd(trip.memberships);
    await db.engagements.bulkAdd(trip.engagements);
  }
  await db.memberships.where('tripId').equals('trip-0').delete();
  await db.memberships.bulkAdd(everyone);
});

const bigRoster = await repositories.people.roster('trip-0');

describe('storage with 50 trips, 2,000 people, 20,000 engagements', () => {
  bench('trips list: every trip with its cities and headcount', async () => {
    await repositories.trips.listSummaries();
  });

  bench('trip page: one trip with its people and organisations', async () => {
    await repositories.trips.getBundle('trip-25');
  });

  bench('roster of a 2,000-person delegation', async () => {
    await repositories.people.roster('trip-0');
  });

  bench('search the 2,000-person roster for one name, in memory', () => {
    bigRoster.filter((entry) => personMatches(entry.person, 'delegate 1999'));
  });

  bench('duplicate a trip of 400 engagements, then delete the copy', async () => {
    const copy = await repositories.trips.duplicate('trip-10');
    if (copy) await repositories.trips.remove(copy.id);
  });
});
