/**
 * `npm run bench`: what the rooming checks (a person in two hotels on a night, a night without a room, a room
 * over capacity) add to a trip's checks, on a 40-member trip of the generated database of 2,000 people and
 * 20,000 engagements (test/builders/large-dataset.ts): its six cities each get two hotels, the delegation split
 * between them by rooms (singles, and a twin shared in each), filled as the Rooming tab fills them. The trip's
 * checks are run with its rooms and without (the same hotels following the cities), and the rules alone; then
 * the same on the whole generated database as one trip of 2,000 members and 300 cities.
 *
 * The means of 50 runs are printed when the file loads, so that they show in `npm run bench`. Nothing asserts a
 * time.
 */
import { bench, describe } from 'vitest';
import { checkContext, type CheckSource } from '../../src/domain/checks/check-context';
import { runChecks } from '../../src/domain/checks/run-checks';
import { guestsInTwoHotels } from '../../src/domain/checks/rules/guest-in-two-hotels';
import { nightsWithoutRoom } from '../../src/domain/checks/rules/night-without-room';
import { roomsOverCapacity } from '../../src/domain/checks/rules/room-over-capacity';
import { roomsFromCities } from '../../src/domain/rooming/fill-from-cities';
import type { Room } from '../../src/domain/rooming/room';
import type { Hotel } from '../../src/domain/route/hotel';
import { generateDataset, type Dataset } from '../builders/large-dataset';

const TODAY = { today: '2025-01-01' };
const dataset = generateDataset();

/** Two hotels at each city of a trip, and rooms splitting its members between them: a twin, then singles. */
function withRooming(trip: Dataset['trips'][number], people: Dataset['people']): CheckSource & { rooms: Room[] } {
  const accommodations: Hotel[] = trip.stops.flatMap((stop) =>
    ['east', 'west'].map((side) => ({
      id: `${stop.id}-${side}`,
      tripId: trip.trip.id,
      stopId: stop.id,
      name: `${stop.name} ${side} hotel`,
      nameLocal: '',
      address: '',
      addressLocal: '',
      phone: '',
      checkInDate: stop.arrivalDate,
      checkOutDate: stop.departureDate,
      notes: '',
      calendar: { uid: `${stop.id}-${side}@bench`, sequence: 0 },
    })),
  );
  const source = { ...trip, accommodations, people, rooms: [] as Room[] };
  let next = 0;
  const add = (rooms: ReturnType<typeof roomsFromCities>) => {
    for (const room of rooms) source.rooms.push({ ...room, id: `room-${(next += 1)}`, tripId: trip.trip.id });
  };
  for (const stop of trip.stops) {
    const [east, west] = accommodations.filter((stay) => stay.stopId === stop.id) as [Hotel, Hotel];
    const here = trip.memberships.filter((membership) => membership.stopIds.includes(stop.id)).map((membership) => membership.personId);
    const [first, second, ...rest] = here;
    if (first && second) {
      source.rooms.push({
        id: `room-${(next += 1)}`,
        tripId: trip.trip.id,
        accommodationId: east.id,
        type: 'twin',
        occupants: [first, second].map((personId) => ({ personId, checkInDate: stop.arrivalDate, checkOutDate: stop.departureDate })),
        requests: '',
        confirmation: '',
      });
    }
    add(roomsFromCities(east, { ...source, rooms: [...source.rooms] }, { personIds: rest.slice(0, rest.length / 2) }));
    add(roomsFromCities(west, { ...source, rooms: [...source.rooms] }));
  }
  return source;
}

/**
 * Mean milliseconds of `runs` runs, after a few to warm up: on the clock, and of this process's processor time,
 * which other work on a shared machine inflates less.
 */
function meanMs(run: () => unknown, runs = 50): { wall: number; cpu: number } {
  for (let warm = 0; warm < 5; warm += 1) run();
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let index = 0; index < runs; index += 1) run();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - start) / runs, cpu: (used.user + used.system) / 1000 / runs };
}

const ms = (time: { wall: number; cpu: number }) => `${time.wall.toFixed(2)} ms (processor ${time.cpu.toFixed(2)} ms)`;

// Each run gets a source object of its own, as the app's does after every change: nothing is kept between runs.
const trip = withRooming(dataset.trips[0]!, dataset.people);
const tripWithoutRooms = (): CheckSource => ({ ...trip, rooms: [] });
const tripWithRooms = (): CheckSource => ({ ...trip, rooms: trip.rooms });
const roomingRules = (source: CheckSource) => {
  const context = checkContext(source, TODAY);
  return [...guestsInTwoHotels(context), ...nightsWithoutRoom(context), ...roomsOverCapacity(context)];
};

const found = runChecks(tripWithRooms(), TODAY);
console.warn(
  `rooming bench: a trip of ${trip.memberships.length} members, ${trip.engagements.length} engagements, ${trip.accommodations.length} hotels and ${trip.rooms.length} rooms, in a database of ${dataset.people.length} people and ${dataset.trips.reduce((sum, each) => sum + each.engagements.length, 0)} engagements; ${found.length} findings, ${found.filter((finding) => ['guest-in-two-hotels', 'night-without-room', 'room-over-capacity'].includes(finding.rule)).length} of rooming`,
);
/** The least of three means, taken in turn with the others', so that warming up and a busy moment favour none. */
const rounds = [0, 1, 2].map(() => ({
  withoutRooms: meanMs(() => runChecks(tripWithoutRooms(), TODAY)),
  withRooms: meanMs(() => runChecks(tripWithRooms(), TODAY)),
  rulesAlone: meanMs(() => roomingRules(tripWithRooms())),
}));
const least = (pick: (round: (typeof rounds)[number]) => { wall: number; cpu: number }) => ({
  wall: Math.min(...rounds.map((round) => pick(round).wall)),
  cpu: Math.min(...rounds.map((round) => pick(round).cpu)),
});
const withRooms = least((round) => round.withRooms);
const withoutRooms = least((round) => round.withoutRooms);
const rulesAlone = least((round) => round.rulesAlone);
console.warn(
  `rooming bench, least of three means of 50 runs: the trip's checks ${ms(withRooms)} with its rooms, ${ms(withoutRooms)} without; the rooming rules alone ${ms(rulesAlone)}; rooming adds ${ms({ wall: withRooms.wall - withoutRooms.wall, cpu: withRooms.cpu - withoutRooms.cpu })}`,
);

// The whole database as one trip: 2,000 members, 300 cities, 600 hotels and every member in a room.
const everyone = (() => {
  const first = dataset.trips[0]!;
  const tripId = first.trip.id;
  const parts = dataset.trips.map((each) => withRooming(each, dataset.people));
  const retrip = <T extends { tripId: string }>(record: T): T => ({ ...record, tripId });
  return {
    trip: { ...first.trip, endDate: dataset.trips.at(-1)!.trip.endDate },
    stops: parts.flatMap((part, index) => part.stops.map((stop) => ({ ...retrip(stop), position: index * part.stops.length + stop.position }))),
    segments: [],
    accommodations: parts.flatMap((part) => part.accommodations.map(retrip)),
    memberships: parts.flatMap((part) => part.memberships.map(retrip)),
    engagements: parts.flatMap((part) => part.engagements.map(retrip)),
    people: dataset.people,
    rooms: parts.flatMap((part, index) => part.rooms.map((room) => ({ ...retrip(room), id: `${index}-${room.id}` }))),
  } satisfies CheckSource;
})();
const bigRules = meanMs(() => roomingRules({ ...everyone }), 10);
console.warn(
  `rooming bench, the whole database as one trip (${everyone.memberships.length} members, ${everyone.accommodations.length} hotels, ${everyone.rooms.length} rooms), mean of 10 runs: the rooming rules alone ${ms(bigRules)}`,
);

describe('the rooming checks on a 40-member trip of a database of 2,000 people and 20,000 engagements', () => {
  bench('the trip’s checks, with its rooms', () => {
    runChecks(tripWithRooms(), TODAY);
  });

  bench('the trip’s checks, its hotels following the cities', () => {
    runChecks(tripWithoutRooms(), TODAY);
  });

  bench('the rooming rules alone', () => {
    roomingRules(tripWithRooms());
  });

  bench('the rooming rules alone, the whole database as one trip of 2,000 members', () => {
    roomingRules({ ...everyone });
  });
});
