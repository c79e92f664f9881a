/**
 * A small trip for rooming tests, built as a person would describe it: `aRoomingTrip()` is Tianjin (two nights)
 * then Beijing (two nights) for Ann, Ben, Cai and Dee, with Eve joining in Beijing; `.withHotel(...)` books a
 * stay, `.withRoom(...)` puts people in a room. Everything a test does not name is left plain.
 */
import type { CheckSource } from '../../src/domain/checks/check-context';
import type { Membership } from '../../src/domain/people/person';
import type { Hotel } from '../../src/domain/route/hotel';
import type { Journey } from '../../src/domain/route/journey';
import type { City } from '../../src/domain/route/city';
import type { Room, RoomType } from '../../src/domain/rooming/room';
import { aCityRecord } from './route-records';
import { PASSPORT_UNKNOWN } from './person-record';
import type { Person } from '../../src/domain/people/person';

export function aHotelRecord(id: string, stopId: string, checkInDate: string, checkOutDate: string, fields: Partial<Hotel> = {}): Hotel {
  return {
    id,
    tripId: 'trip',
    stopId,
    name: id,
    nameLocal: '',
    address: '',
    addressLocal: '',
    phone: '',
    checkInDate,
    checkOutDate,
    notes: '',
    calendar: { uid: `${id}@test`, sequence: 0 },
    ...fields,
  };
}

export function aMembership(personId: string, stopIds: string[]): Membership {
  return { id: `member-${personId}`, tripId: 'trip', personId, role: 'delegate', stopIds, notes: '', calendarExportedAt: null };
}

export function aPerson(id: string, name: string, fields: Partial<Person> = {}): Person {
  return {
    id,
    name,
    nameLocal: '',
    ...PASSPORT_UNKNOWN,
    organisationId: null,
    organisationName: '',
    jobTitle: '',
    email: '',
    phone: '',
    dietary: '',
    accessibility: '',
    nationality: '',
    passportExpiry: '2030-01-01',
    visaStatus: 'granted',
    emergencyContact: '',
    notes: '',
    sample: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}

/** A room: occupants as [person, check-in, check-out]. */
export function aRoom(id: string, accommodationId: string, type: RoomType, occupants: [string, string, string][], fields: Partial<Room> = {}): Room {
  return {
    id,
    tripId: 'trip',
    accommodationId,
    type,
    occupants: occupants.map(([personId, checkInDate, checkOutDate]) => ({ personId, checkInDate, checkOutDate })),
    requests: '',
    confirmation: '',
    ...fields,
  };
}

export type RoomingTrip = CheckSource & { rooms: Room[]; accommodations: Hotel[]; segments: Journey[]; stops: City[]; people: Person[] };

const TIANJIN = aCityRecord('tianjin', 0, '2016-11-11', '2016-11-13', { name: 'Tianjin', nameLocal: '天津' });
const BEIJING = aCityRecord('beijing', 1, '2016-11-13', '2016-11-15', { name: 'Beijing', nameLocal: '北京' });

/** Tianjin 11–13 Nov, Beijing 13–15 Nov; Ann, Ben, Cai and Dee on both, Eve joining in Beijing. No hotels yet. */
export function aRoomingTrip(): RoomingTrip {
  const everyone = ['ann', 'ben', 'cai', 'dee'];
  return {
    trip: { id: 'trip', startDate: '2016-11-10', endDate: '2016-11-16', homeZone: 'Europe/London' },
    stops: [TIANJIN, BEIJING],
    segments: [],
    accommodations: [],
    memberships: [...everyone.map((id) => aMembership(id, ['tianjin', 'beijing'])), aMembership('eve', ['beijing'])],
    engagements: [],
    people: [
      aPerson('ann', 'Ann Lee', { familyName: 'Lee', givenNames: 'Ann' }),
      aPerson('ben', 'Ben Ode'),
      aPerson('cai', '蔡明', { nameLocal: '蔡明', familyName: 'Cai', givenNames: 'Ming', nameOrder: 'family-first' }),
      aPerson('dee', 'Dee Moss'),
      aPerson('eve', 'Eve Park'),
    ],
    rooms: [],
  };
}

export const withHotels = (trip: RoomingTrip, ...stays: Hotel[]): RoomingTrip => ({ ...trip, accommodations: [...trip.accommodations, ...stays] });
export const withRooms = (trip: RoomingTrip, ...rooms: Room[]): RoomingTrip => ({ ...trip, rooms: [...trip.rooms, ...rooms] });

/** The two Beijing hotels of the tests, for both of Beijing's nights. */
export const GRAND = aHotelRecord('grand', 'beijing', '2016-11-13', '2016-11-15', { name: 'Grand Hotel', nameLocal: '大酒店' });
export const GARDEN = aHotelRecord('garden', 'beijing', '2016-11-13', '2016-11-15', { name: 'Garden Hotel', nameLocal: '花园酒店' });
export const HAIHE = aHotelRecord('haihe', 'tianjin', '2016-11-11', '2016-11-13', { name: 'Haihe Hotel' });
