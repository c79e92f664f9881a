/**
 * `npm run bench`: what the logistics checks add to a trip's checks, which should stay under 20 ms. One trip of
 * the generated set (40 members, 400 engagements over six cities) in a database of 2,000 people and 20,000
 * engagements, given twelve resources (a 49-seat coach in each city, two 16-seat minibuses, three interpreters
 * and a guide) and some 540 bookings: the city's coach for every engagement (picked up half an hour before),
 * an interpreter for half the engagements that need one (every second engagement does), and a minibus for ten
 * chosen people at every tenth. As generated, each city's engagements crowd into a few hours, so the coaches
 * and interpreters are booked in two places at once hundreds of times; the second case re-times them into
 * back-to-back quarter-hours without pick-ups, a trip whose bookings never clash.
 *
 * The times with and without the logistics are printed when the file loads, as in checks.bench.ts: the mean of
 * 20 runs, and the best mean of ten batches of five, which a machine busy with other work disturbs less.
 */
import { bench, describe } from 'vitest';
import type { CheckSource } from '../../src/domain/checks/check-context';
import { runChecks } from '../../src/domain/checks/run-checks';
import type { Engagement } from '../../src/domain/engagements/engagement';
import type { Assignment, Resource } from '../../src/domain/logistics/resource';
import { addDays } from '../../src/domain/shared/date-arithmetic';
import type { ZonedTime } from '../../src/domain/shared/time';
import { generateDataset } from '../builders/large-dataset';

const dataset = generateDataset();
const trip = dataset.trips[0]!;
const today = '2025-01-01';

const engagements = trip.engagements.map((engagement, index): Engagement => ({ ...engagement, interpreterNeeded: index % 2 === 0 }));
const base: CheckSource = { ...trip, engagements, people: dataset.people };

const resource = (id: string, kind: Resource['kind'], capacity: number | null): Resource => ({
  id,
  tripId: trip.trip.id,
  kind,
  name: id,
  company: '',
  capacity,
  plate: '',
  driverName: '',
  driverPhone: '',
  languages: kind === 'interpreter' ? ['zh', 'en'] : [],
  phone: '',
  notes: '',
});
const resources: Resource[] = [
  ...trip.stops.map((stop) => resource(`coach-${stop.position}`, 'coach', 49)),
  resource('minibus-1', 'minibus', 16),
  resource('minibus-2', 'minibus', 16),
  resource('interpreter-1', 'interpreter', null),
  resource('interpreter-2', 'interpreter', null),
  resource('interpreter-3', 'interpreter', null),
  resource('guide', 'guide', null),
];
const positionOf = new Map(trip.stops.map((stop) => [stop.id, stop.position]));
const chosen = trip.memberships.slice(0, 10).map((membership) => membership.personId);

function bookings(withPickUps: boolean): Assignment[] {
  const list: Assignment[] = [];
  const book = (resourceId: string, engagement: Engagement, fields: Partial<Assignment> = {}) =>
    list.push({
      id: `booking-${list.length}`,
      tripId: trip.trip.id,
      resourceId,
      target: { kind: 'engagement', engagementId: engagement.id },
      personIds: null,
      pickUpTime: null,
      pickUpPlace: '',
      pickUpPlaceLocal: '',
      notes: '',
      ...fields,
    });
  engagements.forEach((engagement, index) => {
    const start = engagement.start.local.slice(11, 16);
    const [hours = 0, minutes = 0] = start.split(':').map(Number);
    const pickUp = `${String(hours - (minutes < 30 ? 1 : 0)).padStart(2, '0')}:${String((minutes + 30) % 60).padStart(2, '0')}`;
    book(`coach-${positionOf.get(engagement.stopId)}`, engagement, withPickUps ? { pickUpTime: pickUp } : {});
    if (index % 4 === 0) book(`interpreter-${((index / 4) % 3) + 1}`, engagement);
    if (index % 10 === 0) book(`minibus-${((index / 10) % 2) + 1}`, engagement, { personIds: chosen });
  });
  return list;
}

/** A wall time in the generated cities' zone (Asia/Shanghai, UTC+8 all year). */
function shanghai(date: string, minutes: number): ZonedTime {
  const local = `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const utc = new Date(Date.parse(`${local}:00Z`) - 8 * 3_600_000).toISOString().replace('.000Z', 'Z');
  return { local, zone: 'Asia/Shanghai', utc };
}
const stopById = new Map(trip.stops.map((stop) => [stop.id, stop]));
/** Each city's engagements back to back, a quarter-hour each from 08:00 on its first or second day. */
const clearEngagements = engagements.map((engagement, index): Engagement => {
  const k = Math.floor(index / 6);
  const date = addDays(stopById.get(engagement.stopId)!.arrivalDate, k % 2);
  const start = 8 * 60 + Math.floor(k / 2) * 20;
  return { ...engagement, start: shanghai(date, start), end: shanghai(date, start + 15) };
});

const dense: CheckSource = { ...base, resources, assignments: bookings(true) };
const clearBase: CheckSource = { ...base, engagements: clearEngagements };
const clear: CheckSource = { ...clearBase, resources, assignments: bookings(false) };

const LOGISTICS = new Set(['resource-double-booking', 'resource-tight-transfer', 'vehicle-capacity', 'interpreter-missing']);
const counts = (source: CheckSource) => {
  const found = runChecks(source, { today }).filter((finding) => LOGISTICS.has(finding.rule));
  const by = new Map<string, number>();
  for (const finding of found) by.set(finding.rule, (by.get(finding.rule) ?? 0) + 1);
  return [...by.entries()].map(([rule, count]) => `${count} ${rule}`).join(', ') || 'none';
};
console.warn(
  `logistics bench: ${base.memberships.length} members, ${base.engagements.length} engagements, ${dataset.people.length} people, ${resources.length} resources, ${dense.assignments!.length} bookings; findings as generated: ${counts(dense)}; re-timed: ${counts(clear)}`,
);

/** Mean milliseconds of `runs` runs after a few to warm up, and the best mean of ten batches of five. */
function timings(run: () => unknown, runs = 20): { mean: number; best: number } {
  for (let warm = 0; warm < 3; warm += 1) run();
  const start = performance.now();
  for (let index = 0; index < runs; index += 1) run();
  const mean = (performance.now() - start) / runs;
  let best = Infinity;
  for (let batch = 0; batch < 10; batch += 1) {
    const at = performance.now();
    for (let index = 0; index < 5; index += 1) run();
    best = Math.min(best, (performance.now() - at) / 5);
  }
  return { mean, best };
}
const added = (label: string, without: CheckSource, withLogistics: CheckSource) => {
  const before = timings(() => runChecks(without, { today }));
  const after = timings(() => runChecks(withLogistics, { today }));
  const ms = (value: number) => value.toFixed(1);
  return (
    `${label}: mean ${ms(before.mean)} ms without logistics, ${ms(after.mean)} ms with (+${ms(after.mean - before.mean)} ms); ` +
    `best ${ms(before.best)} ms without, ${ms(after.best)} ms with (+${ms(after.best - before.best)} ms)`
  );
};
console.warn(`logistics bench, ${added('as generated', base, dense)}`);
console.warn(`logistics bench, ${added('re-timed', clearBase, clear)}`);

describe('the logistics checks on a 40-member, 400-engagement trip in a database of 2,000 people and 20,000 engagements', () => {
  bench('the trip’s checks without logistics', () => {
    runChecks(base, { today });
  });

  bench('the trip’s checks with 12 resources and 540 bookings, clash-dense', () => {
    runChecks(dense, { today });
  });

  bench('the trip’s checks with 12 resources and 540 bookings, none clashing', () => {
    runChecks(clear, { today });
  });
});
