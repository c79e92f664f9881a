/**
 * `npm run bench`: the pure computations behind the programme and roll-ups, on a generated trip of the size
 * the product must stay instant at (400 engagements, 40 members, from the 50-trip, 20,000-engagement set).
 */
import { bench, describe } from 'vitest';
import { personalProgrammeInput } from '../../src/domain/programme/personal-programme';
import { buildProgramme } from '../../src/domain/programme/programme';
import { engagementHeadcounts, nightHeadcounts } from '../../src/domain/people/rollups';
import { generateDataset } from '../builders/large-dataset';

const dataset = generateDataset();
const trip = dataset.trips[25]!;
const personId = trip.memberships[1]!.personId;
const source = { ...trip, trip: trip.trip };

describe('programme and roll-ups for a trip of 400 engagements and 40 members', () => {
  bench('whole-trip programme, day by day', () => {
    buildProgramme(source);
  });

  bench('one delegate’s own programme', () => {
    const input = personalProgrammeInput(source, personId);
    if (input) buildProgramme(input);
  });

  bench('headcounts for every engagement and hotel night', () => {
    engagementHeadcounts(trip.engagements, trip.memberships);
    nightHeadcounts(trip.stops, trip.accommodations, trip.memberships);
  });
});
