import { describe, expect, it } from 'vitest';
import { aCityDraft } from '../builders/city-draft';
import { aTripDraft } from '../builders/trip-draft';
import { freshRepositories } from './test-database';

const aCity = aCityDraft;

async function aTripWithRoute() {
  const context = freshRepositories();
  const created = await context.repos.trips.create(aTripDraft().from('2016-11-05').to('2016-11-19').build());
  if (!created.ok) throw new Error('trip not created');
  const tripId = created.value.id;
  const ids: string[] = [];
  for (const [name, from, to] of [
    ['Kunming', '2016-11-06', '2016-11-09'],
    ['Chongqing', '2016-11-09', '2016-11-11'],
    ['Tianjin', '2016-11-11', '2016-11-13'],
  ] as const) {
    const added = await context.repos.route.addCity(tripId, aCity(name, from, to));
    if (!added.ok) throw new Error('stop not added');
    ids.push(added.value.id);
  }
  return { ...context, tripId, ids };
}

describe('route repository', () => {
  it('adds cities at the end of the route, in order', async () => {
    const { repos, tripId } = await aTripWithRoute();
    const records = await repos.trips.getRecords(tripId);
    expect(records?.stops.map((stop) => [stop.name, stop.position])).toEqual([
      ['Kunming', 0],
      ['Chongqing', 1],
      ['Tianjin', 2],
    ]);
  });

  it('refuses a city with bad dates and saves nothing', async () => {
    const { repos, tripId, db } = await aTripWithRoute();
    const result = await repos.route.addCity(tripId, aCity('Beijing', '2016-11-15', '2016-11-13'));
    expect(result.ok).toBe(false);
    expect(await db.stops.count()).toBe(3);
  });

  it('reorders the route', async () => {
    const { repos, tripId, ids } = await aTripWithRoute();
    await repos.route.reorderCities(tripId, [ids[2]!, ids[0]!, ids[1]!]);
    const records = await repos.trips.getRecords(tripId);
    expect(records?.stops.map((stop) => stop.name)).toEqual(['Tianjin', 'Kunming', 'Chongqing']);
  });

  it('moves a city’s engagements with its dates, keeping their local times, when asked', async () => {
    const { repos, db, tripId, ids } = await aTripWithRoute();
    const { tripId: sampleTripId } = await repos.sample.load();
    const template = (await db.engagements.where('tripId').equals(sampleTripId).first())!;
    await db.engagements.put({
      ...template,
      id: 'signing',
      tripId,
      stopId: ids[2]!,
      start: { local: '2016-11-12T10:00', zone: 'Asia/Shanghai', utc: '2016-11-12T02:00:00Z' },
      end: { local: '2016-11-12T11:00', zone: 'Asia/Shanghai', utc: '2016-11-12T03:00:00Z' },
      calendar: { uid: 'signing@test', sequence: 0 },
    });

    const moved = await repos.route.updateCity(ids[2]!, aCity('Tianjin', '2016-11-12', '2016-11-14'), {
      moveEngagements: true,
    });
    expect(moved.ok).toBe(true);
    const signing = await db.engagements.get('signing');
    expect(signing?.start).toEqual({ local: '2016-11-13T10:00', zone: 'Asia/Shanghai', utc: '2016-11-13T02:00:00Z' });
    expect(signing?.calendar.sequence).toBe(1);

    await repos.route.updateCity(ids[2]!, aCity('Tianjin', '2016-11-14', '2016-11-15'), { moveEngagements: false });
    expect((await db.engagements.get('signing'))?.start.local).toBe('2016-11-13T10:00');
  });

  it('removes a city with its hotel, journeys and engagements, and undo puts them all back in place', async () => {
    const { repos, db, tripId, ids } = await aTripWithRoute();
    const hotel = await repos.route.saveHotel(tripId, null, {
      stopId: ids[1]!,
      name: 'Jiefangbei Riverside Hotel',
      nameLocal: '解放碑江畔酒店',
      address: '',
      addressLocal: '',
      phone: '',
      checkInDate: '2016-11-09',
      checkOutDate: '2016-11-11',
      notes: '',
    });
    expect(hotel.ok).toBe(true);
    const journey = await repos.route.saveJourney(tripId, null, {
      fromStopId: ids[0]!,
      toStopId: ids[1]!,
      mode: 'flight',
      carrier: 'China Eastern',
      number: 'MU5857',
      departureLocal: '2016-11-09T10:20',
      departureZone: 'Asia/Shanghai',
      arrivalLocal: '2016-11-09T11:35',
      arrivalZone: 'Asia/Shanghai',
      departurePlace: 'Kunming Changshui',
      arrivalPlace: 'Chongqing Jiangbei T2',
      departureTerminal: '',
      arrivalTerminal: '',
      bookingReference: '',
      notes: '',
      travellerIds: null,
      connections: [],
    });
    expect(journey.ok).toBe(true);
    const before = await repos.trips.getRecords(tripId);

    const removed = await repos.route.removeCity(ids[1]!);
    expect(removed?.accommodations).toHaveLength(1);
    expect(removed?.segments).toHaveLength(1);
    const after = await repos.trips.getRecords(tripId);
    expect(after?.stops.map((stop) => [stop.name, stop.position])).toEqual([
      ['Kunming', 0],
      ['Tianjin', 1],
    ]);
    expect(await db.segments.count()).toBe(0);

    await repos.route.restoreCity(removed!);
    const restored = await repos.trips.getRecords(tripId);
    expect({ ...restored, trip: undefined }).toEqual({ ...before, trip: undefined });
  });

  it('keeps a journey’s calendar identity through edits and raises its sequence', async () => {
    const { repos, tripId, ids } = await aTripWithRoute();
    const draft = {
      fromStopId: null,
      toStopId: ids[0]!,
      mode: 'flight' as const,
      carrier: 'Hainan Airlines',
      number: 'HU7908',
      departureLocal: '2016-11-05T13:15',
      departureZone: 'Europe/London',
      arrivalLocal: '2016-11-06T06:55',
      arrivalZone: 'Asia/Shanghai',
      departurePlace: 'Manchester T2',
      arrivalPlace: 'Beijing Capital T2',
      departureTerminal: '',
      arrivalTerminal: '',
      bookingReference: 'K7Q2LM',
      notes: '',
      travellerIds: null,
      connections: [],
    };
    const first = await repos.route.saveJourney(tripId, null, draft);
    if (!first.ok) throw new Error('not saved');
    const second = await repos.route.saveJourney(tripId, first.value.id, { ...draft, departureLocal: '2016-11-05T14:15' });
    if (!second.ok) throw new Error('not saved');
    expect(second.value.calendar).toEqual({ uid: first.value.calendar.uid, sequence: 1 });
    expect(second.value.departure.utc).toBe('2016-11-05T14:15:00Z');
  });
});
