/**
 * `npm run bench`: calendars for a generated trip of 400 engagements and 40 members (from the 50-trip,
 * 20,000-engagement set), and who is up to date in the 2,000-member trip made by joining all fifty.
 */
import { bench, describe } from 'vitest';
import { calendarDelivery } from '../../src/domain/calendars/calendar-delivery';
import { memberCalendarDigests } from '../../src/domain/calendars/calendar-digest';
import { exportEveryMemberCalendar, exportTripCalendar } from '../../src/domain/calendars/calendar-files';
import type { TripBundle } from '../../src/domain/trip/trip-bundle';
import { generateDataset } from '../builders/large-dataset';
import { inEnglish } from '../builders/words';

const dataset = generateDataset();
const directory = { people: dataset.people, organisations: dataset.organisations, contacts: [] };
const trip: TripBundle = { ...dataset.trips[25]!, ...directory };
const now = '2026-11-21T09:00:00.000Z';

/** All fifty trips as one: 2,000 members, 20,000 engagements, each member sent a calendar a while ago. */
const first = dataset.trips[0]!;
const tripId = first.trip.id;
const whole: TripBundle = {
  ...first,
  ...directory,
  stops: dataset.trips.flatMap((part, index) =>
    part.stops.map((stop) => ({ ...stop, tripId, position: index * part.stops.length + stop.position })),
  ),
  accommodations: dataset.trips.flatMap((part) => part.accommodations),
  segments: [],
  memberships: dataset.trips.flatMap((part) => part.memberships.map((membership) => ({ ...membership, tripId }))),
  engagements: dataset.trips.flatMap((part) => part.engagements.map((engagement) => ({ ...engagement, tripId }))),
};

const started = performance.now();
const everyone = exportEveryMemberCalendar(trip, { words: inEnglish, now });
const exportMs = performance.now() - started;
const deliveryStart = performance.now();
const digests = memberCalendarDigests(whole, inEnglish);
for (const membership of whole.memberships) calendarDelivery(membership, digests.get(membership.personId) ?? []);
const deliveryMs = performance.now() - deliveryStart;
console.warn(
  `calendar bench: ${everyone.ok ? everyone.value.length : 0} member files of a 400-engagement trip in ${exportMs.toFixed(0)} ms (first run); who is up to date among ${whole.memberships.length} members and ${whole.engagements.length} engagements in ${deliveryMs.toFixed(0)} ms`,
);

describe('calendars for a trip of 400 engagements and 40 members', () => {
  bench('the whole trip’s calendar', () => {
    exportTripCalendar(trip, { words: inEnglish, now });
  });

  bench('every member’s own calendar, one file each', () => {
    exportEveryMemberCalendar(trip, { words: inEnglish, now });
  });

  bench('who has the latest calendar', () => {
    const current = memberCalendarDigests(trip, inEnglish);
    for (const membership of trip.memberships) calendarDelivery(membership, current.get(membership.personId) ?? []);
  });
});

describe('who has the latest calendar, 2,000 members and 20,000 engagements', () => {
  bench('each member’s events and where they stand', () => {
    const current = memberCalendarDigests(whole, inEnglish);
    for (const membership of whole.memberships) calendarDelivery(membership, current.get(membership.personId) ?? []);
  });
});
