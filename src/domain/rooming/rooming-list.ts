/**
 * The rooming list a hotel is sent: its stay, each room with its type, who sleeps in it (by the names in their
 * passports, family name first, and in Chinese characters), when each arrives and leaves, the nights, and what
 * the hotel is asked for; and the room-nights of each type, which is what the budget pays for. The CSV and the
 * printed page (rooming-list-csv.ts, the rooming screen) lay out this one model.
 */
import type { Person } from '../people/person';
import { compareByFamilyName } from '../people/name-order';
import type { City } from '../route/city';
import type { Hotel } from '../route/hotel';
import { daysBetween, type IsoDate } from '../shared/date-arithmetic';
import { ROOM_TYPES, type Room, type RoomType } from './room';
import { occupantNights, roomNights } from './room-rules';

/** An occupant as the list names them. */
export interface ListedOccupant {
  personId: string;
  /** As in the passport, where known; empty when only the whole name is. */
  familyName: string;
  givenNames: string;
  /** The name the app shows everywhere: the list's name for someone whose passport's parts are not known. */
  name: string;
  /** In Chinese characters (or the person's own script), where known. */
  nameLocal: string;
  checkInDate: IsoDate;
  checkOutDate: IsoDate;
  /** Their nights in the room, within the stay's. */
  nights: number;
  /** False for someone no longer in the directory. */
  known: boolean;
}

export interface ListedRoom {
  room: Room;
  /** Its place in the list, from 1: how the hotel and the organiser speak of it until it has a number. */
  number: number;
  occupants: ListedOccupant[];
  /** The nights it is booked for (see `roomNights`). */
  nights: number;
}

/** Rooms and room-nights of one type. */
export interface RoomNightTotal {
  type: RoomType;
  rooms: number;
  roomNights: number;
}

export interface RoomingList {
  stay: Hotel;
  city: City | null;
  rooms: ListedRoom[];
  /** By type, in the order of ROOM_TYPES; only the types booked. */
  totals: RoomNightTotal[];
  roomNights: number;
  /** How many people sleep there. */
  guests: number;
}

/** What a list is made from. */
export interface RoomingListSource {
  stops: readonly City[];
  people: readonly Pick<Person, 'id' | 'name' | 'nameLocal' | 'familyName' | 'givenNames'>[];
  rooms?: readonly Room[];
}

/** The rooms and room-nights of each type booked, over some stays' rooms. */
export function roomNightTotals(entries: readonly { room: Pick<Room, 'type' | 'occupants'>; stay: Pick<Hotel, 'checkInDate' | 'checkOutDate'> }[]): RoomNightTotal[] {
  const totals = new Map<RoomType, RoomNightTotal>();
  for (const { room, stay } of entries) {
    const total = totals.get(room.type) ?? { type: room.type, rooms: 0, roomNights: 0 };
    total.rooms += 1;
    total.roomNights += roomNights(room, stay).length;
    totals.set(room.type, total);
  }
  return ROOM_TYPES.flatMap((type) => totals.get(type) ?? []);
}

/** The room-nights of each type at every stay of the trip: the budget's figures. */
export function tripRoomNightTotals(source: { accommodations: readonly Hotel[]; rooms?: readonly Room[] }): RoomNightTotal[] {
  const stays = new Map(source.accommodations.map((stay) => [stay.id, stay]));
  return roomNightTotals((source.rooms ?? []).flatMap((room) => {
    const stay = stays.get(room.accommodationId);
    return stay ? [{ room, stay }] : [];
  }));
}

/** The rooming list of one stay: its rooms by type, and by the family name of the first in each. */
export function roomingList(stay: Hotel, source: RoomingListSource): RoomingList {
  const personById = new Map(source.people.map((person) => [person.id, person]));
  const listed = (occupant: Room['occupants'][number]): ListedOccupant => {
    const person = personById.get(occupant.personId);
    return {
      personId: occupant.personId,
      familyName: person?.familyName ?? '',
      givenNames: person?.givenNames ?? '',
      name: person?.name ?? '',
      nameLocal: person?.nameLocal ?? '',
      checkInDate: occupant.checkInDate,
      checkOutDate: occupant.checkOutDate,
      nights: occupantNights(occupant, stay).length,
      known: person !== undefined,
    };
  };
  const sortName = (occupant: ListedOccupant | undefined) =>
    occupant ? (occupant.familyName ? `${occupant.givenNames} ${occupant.familyName}` : occupant.name) : '';
  const rooms = (source.rooms ?? [])
    .filter((room) => room.accommodationId === stay.id)
    .map((room) => ({
      room,
      occupants: room.occupants
        .map(listed)
        .sort((a, b) => (a.checkInDate < b.checkInDate ? -1 : a.checkInDate > b.checkInDate ? 1 : compareByFamilyName(sortName(a), sortName(b)))),
      nights: roomNights(room, stay).length,
    }))
    .sort(
      (a, b) =>
        ROOM_TYPES.indexOf(a.room.type) - ROOM_TYPES.indexOf(b.room.type) ||
        compareByFamilyName(sortName(a.occupants[0]), sortName(b.occupants[0])) ||
        (a.room.id < b.room.id ? -1 : 1),
    )
    .map((room, index) => ({ ...room, number: index + 1 }));
  const totals = roomNightTotals(rooms.map(({ room }) => ({ room, stay })));
  const guests = new Set(rooms.flatMap((room) => room.occupants.filter((occupant) => occupant.nights > 0).map((occupant) => occupant.personId)));
  return {
    stay,
    city: source.stops.find((stop) => stop.id === stay.stopId) ?? null,
    rooms,
    totals,
    roomNights: totals.reduce((sum, total) => sum + total.roomNights, 0),
    guests: guests.size,
  };
}

/** The nights of a stay: what its dates say. */
export const nightsOfStay = (stay: Pick<Hotel, 'checkInDate' | 'checkOutDate'>): number => Math.max(0, daysBetween(stay.checkInDate, stay.checkOutDate));
