import { describe, expect, it } from 'vitest';
import type { RoomDraft } from '../../src/domain/rooming/room-rules';
import { guestsOf } from '../../src/domain/rooming/guests';
import { databaseHash } from './database-hash';
import { freshRepositories } from './test-database';

/** The sample trip loaded, with its Beijing hotels and people by name. */
async function theSample() {
  const context = freshRepositories();
  const { tripId } = await context.repos.sample.load();
  const bundle = (await context.repos.trips.getBundle(tripId))!;
  const hotel = (name: string) => bundle.accommodations.find((stay) => stay.name === name)!;
  const person = (name: string) => bundle.people.find((candidate) => candidate.name === name)!.id;
  return { ...context, tripId, bundle, hotel, person };
}

describe('the rooming repository', () => {
  it('lists a trip’s rooms', async () => {
    const { repos, tripId, bundle } = await theSample();
    expect((await repos.rooming.rooms(tripId)).length).toBe(bundle.rooms.length);
    expect(bundle.rooms.length).toBeGreaterThan(90);
  });

  it('saves a shared room, and changes it in place', async () => {
    const { repos, tripId, hotel, person, db } = await theSample();
    const haidian = hotel('Haidian Scholars Hotel');
    const draft: RoomDraft = {
      accommodationId: haidian.id,
      type: 'twin',
      occupants: [
        { personId: person('Tom Price'), checkInDate: '2016-11-13', checkOutDate: '2016-11-15' },
        { personId: person('Chris Ng'), checkInDate: '2016-11-14', checkOutDate: '2016-11-15' },
      ],
      requests: ' Two beds ',
      confirmation: '',
    };
    const saved = await repos.rooming.saveRoom(tripId, null, draft);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value).toMatchObject({ tripId, accommodationId: haidian.id, type: 'twin', requests: 'Two beds' });
    const changed = await repos.rooming.saveRoom(tripId, saved.value.id, { ...draft, type: 'double', confirmation: 'HSH-9' });
    expect(changed.ok && changed.value.id).toBe(saved.value.id);
    expect(await db.rooms.get(saved.value.id)).toMatchObject({ type: 'double', confirmation: 'HSH-9' });
  });

  it('refuses a room the form’s rules refuse, naming the field, and changes nothing', async () => {
    const { repos, tripId, hotel, person, db } = await theSample();
    const before = await databaseHash(db);
    const refused = await repos.rooming.saveRoom(tripId, null, {
      accommodationId: hotel('Haidian Scholars Hotel').id,
      type: 'single',
      occupants: [{ personId: person('Tom Price'), checkInDate: '2016-11-15', checkOutDate: '2016-11-13' }],
      requests: '',
      confirmation: '',
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(Object.keys(refused.error)).toEqual(['occupants.0.checkOutDate']);
    const stranger = await repos.rooming.saveRoom(tripId, null, {
      accommodationId: hotel('Haidian Scholars Hotel').id,
      type: 'single',
      occupants: [{ personId: 'not-a-member', checkInDate: '2016-11-13', checkOutDate: '2016-11-15' }],
      requests: '',
      confirmation: '',
    });
    expect(stranger.ok).toBe(false);
    const gone = await repos.rooming.saveRoom(tripId, 'no-such-room', {
      accommodationId: hotel('Haidian Scholars Hotel').id,
      type: 'single',
      occupants: [],
      requests: '',
      confirmation: '',
    });
    expect(gone.ok).toBe(false);
    expect(await databaseHash(db)).toBe(before);
  });

  it('removes a room, and undo puts it back as it was', async () => {
    const { repos, tripId, bundle, db } = await theSample();
    const room = bundle.rooms.find((candidate) => candidate.type === 'twin')!;
    const removed = await repos.rooming.removeRoom(room.id);
    expect(removed).toEqual(room);
    expect(await db.rooms.get(room.id)).toBeUndefined();
    await repos.rooming.restoreRoom(removed!);
    expect(await db.rooms.get(room.id)).toEqual(room);
    expect((await repos.rooming.rooms(tripId)).length).toBe(bundle.rooms.length);
  });

  it('fills a new hotel from the cities for those without a room, and undo takes the rooms away again', async () => {
    const { repos, tripId, bundle, db } = await theSample();
    const beijing = bundle.stops.find((stop) => stop.name === 'Beijing')!;
    const jianguomen = bundle.accommodations.find((stay) => stay.name === 'Jianguomen Garden Hotel')!;
    // The Jianguomen's rooms cleared: its 13 guests now have no room in Beijing.
    const cleared = await repos.rooming.removeRooms(bundle.rooms.filter((room) => room.accommodationId === jianguomen.id).map((room) => room.id));
    expect(cleared.length).toBe(12);
    const roomsBefore = await db.rooms.orderBy(':id').toArray();

    const filled = await repos.rooming.fillFromCities(jianguomen.id, { type: 'double' });
    expect(filled.ok).toBe(true);
    if (!filled.ok) return;
    expect(filled.value).toHaveLength(13);
    expect(filled.value.every((room) => room.type === 'double' && room.occupants.length === 1 && room.tripId === tripId)).toBe(true);
    const after = (await repos.trips.getBundle(tripId))!;
    expect(guestsOf(after.accommodations.find((stay) => stay.id === jianguomen.id)!, after).personIds).toHaveLength(13);
    expect(guestsOf(after.accommodations.find((stay) => stay.name === 'Haidian Scholars Hotel')!, after).personIds).toHaveLength(7);
    expect(beijing.id).toBe(jianguomen.stopId);

    // Again: everyone has a room, so nothing is added.
    const again = await repos.rooming.fillFromCities(jianguomen.id);
    expect(again.ok && again.value).toEqual([]);

    await repos.rooming.removeRooms(filled.value.map((room) => room.id));
    expect(await db.rooms.orderBy(':id').toArray()).toEqual(roomsBefore);
  });

  it('takes a hotel’s rooms with it when the hotel is removed, and undo brings both back', async () => {
    const { repos, tripId, bundle, hotel, db } = await theSample();
    const haidian = hotel('Haidian Scholars Hotel');
    const itsRooms = bundle.rooms.filter((room) => room.accommodationId === haidian.id);
    const removed = await repos.route.removeHotel(haidian.id);
    expect(removed?.rooms).toHaveLength(itsRooms.length);
    expect(await db.rooms.where('accommodationId').equals(haidian.id).count()).toBe(0);
    // A room cannot come back without its hotel.
    await repos.rooming.restoreRoom(itsRooms[0]!);
    expect(await db.rooms.get(itsRooms[0]!.id)).toBeUndefined();
    await repos.route.restoreHotel(removed!);
    const restored = (await repos.trips.getBundle(tripId))!;
    expect(restored.rooms.filter((room) => room.accommodationId === haidian.id)).toEqual(expect.arrayContaining(itsRooms));
    expect(restored.rooms).toHaveLength(bundle.rooms.length);
  });

  it('takes a city’s hotels’ rooms with it when the city is removed, and undo brings them back', async () => {
    const { repos, tripId, bundle } = await theSample();
    const beijing = bundle.stops.find((stop) => stop.name === 'Beijing')!;
    const removed = await repos.route.removeCity(beijing.id);
    expect(removed?.rooms).toHaveLength(19);
    expect((await repos.rooming.rooms(tripId)).length).toBe(bundle.rooms.length - 19);
    await repos.route.restoreCity(removed!);
    expect((await repos.rooming.rooms(tripId)).length).toBe(bundle.rooms.length);
  });

  it('refuses to fill a hotel that is gone', async () => {
    const { repos } = await theSample();
    const result = await repos.rooming.fillFromCities('no-such-hotel');
    expect(result.ok).toBe(false);
  });
});
