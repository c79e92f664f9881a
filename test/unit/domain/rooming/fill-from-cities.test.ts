import { describe, expect, it } from 'vitest';
import { defaultNights, roomsFromCities } from '../../../../src/domain/rooming/fill-from-cities';
import { guestsOf } from '../../../../src/domain/rooming/guests';
import type { Room } from '../../../../src/domain/rooming/room';
import { zonedTimeOrThrow } from '../../../../src/domain/shared/time';
import { aJourneyRecord } from '../../../builders/route-records';
import { aRoom, aRoomingTrip, GARDEN, GRAND, withHotels, withRooms, type RoomingTrip } from '../../../builders/rooming-records';

/** The trip with the rooms a fill gives added, as storage adds them. */
function filled(trip: RoomingTrip, rooms: ReturnType<typeof roomsFromCities>): RoomingTrip {
  return withRooms(trip, ...rooms.map((room, index): Room => ({ ...room, id: `filled-${trip.rooms.length + index}`, tripId: 'trip' })));
}

const who = (rooms: ReturnType<typeof roomsFromCities>) => rooms.map((room) => room.occupants.map((occupant) => occupant.personId).join('+'));

describe('filling a hotel from the cities', () => {
  it('gives everyone in its city a single room of their own for their nights there, in the trip’s order', () => {
    const rooms = roomsFromCities(GRAND, withHotels(aRoomingTrip(), GRAND));
    expect(who(rooms)).toEqual(['ann', 'ben', 'cai', 'dee', 'eve']);
    expect(rooms[0]).toEqual({
      accommodationId: 'grand',
      type: 'single',
      occupants: [{ personId: 'ann', checkInDate: '2016-11-13', checkOutDate: '2016-11-15' }],
      requests: '',
      confirmation: '',
    });
  });

  it('leaves out those with a room at another hotel of the city, and adds nothing when filled twice', () => {
    const trip = withRooms(withHotels(aRoomingTrip(), GRAND, GARDEN), aRoom('r1', 'garden', 'twin', [['ann', '2016-11-13', '2016-11-15'], ['ben', '2016-11-13', '2016-11-15']]));
    const once = filled(trip, roomsFromCities(GRAND, trip));
    expect(who(roomsFromCities(GRAND, trip))).toEqual(['cai', 'dee', 'eve']);
    expect(roomsFromCities(GRAND, once)).toEqual([]);
    expect(guestsOf(GRAND, once).personIds).toEqual(['cai', 'dee', 'eve']);
    expect(guestsOf(GARDEN, once).personIds).toEqual(['ann', 'ben']);
  });

  it('gives the type the organiser chooses, to the people chosen', () => {
    const rooms = roomsFromCities(GRAND, withHotels(aRoomingTrip(), GRAND), { type: 'double', personIds: ['eve', 'nobody'] });
    expect(rooms.map((room) => [room.type, room.occupants[0]?.personId])).toEqual([['double', 'eve']]);
  });

  it('gives someone who is in a room for one night a room for the other night only', () => {
    const trip = withRooms(withHotels(aRoomingTrip(), GRAND, GARDEN), aRoom('r1', 'garden', 'single', [['eve', '2016-11-14', '2016-11-15']]));
    const [eve] = roomsFromCities(GRAND, trip, { personIds: ['eve'] });
    expect(eve?.occupants).toEqual([{ personId: 'eve', checkInDate: '2016-11-13', checkOutDate: '2016-11-14' }]);
  });

  it('gives one room for each run of nights, around a night spent on a journey', () => {
    const trip = {
      ...withHotels(aRoomingTrip(), { ...GRAND, checkInDate: '2016-11-13', checkOutDate: '2016-11-16' }),
      stops: aRoomingTrip().stops.map((stop) => (stop.id === 'beijing' ? { ...stop, departureDate: '2016-11-16' } : stop)),
      segments: [
        aJourneyRecord({
          id: 'night-train',
          fromStopId: 'beijing',
          toStopId: 'beijing',
          departure: zonedTimeOrThrow('2016-11-14T21:00', 'Asia/Shanghai'),
          arrival: zonedTimeOrThrow('2016-11-15T07:00', 'Asia/Shanghai'),
          travellerIds: ['ann'],
        }),
      ],
    };
    const stay = trip.accommodations[0]!;
    const ann = roomsFromCities(stay, trip, { personIds: ['ann'] });
    expect(ann.map((room) => room.occupants[0])).toEqual([
      { personId: 'ann', checkInDate: '2016-11-13', checkOutDate: '2016-11-14' },
      { personId: 'ann', checkInDate: '2016-11-15', checkOutDate: '2016-11-16' },
    ]);
  });

  it('offers a person added to a room the nights they are in the city within the stay', () => {
    const trip = withHotels(aRoomingTrip(), { ...GRAND, checkInDate: '2016-11-12', checkOutDate: '2016-11-15' });
    const stay = trip.accommodations[0]!;
    expect(defaultNights(stay, 'ann', trip)).toEqual({ checkInDate: '2016-11-13', checkOutDate: '2016-11-15' });
    // Someone not in Beijing at all is offered the whole stay.
    expect(defaultNights(stay, 'stranger', trip)).toEqual({ checkInDate: '2016-11-12', checkOutDate: '2016-11-15' });
  });
});
