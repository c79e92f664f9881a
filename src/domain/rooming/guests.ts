/**
 * Who sleeps at each hotel stay, night by night: the one answer the route, the roll-ups, the rooming screen,
 * the checks, a person's own programme and the briefing book all read, so that they agree.
 *
 * A stay's guests follow one of two rules:
 *   - **rooms**: once any room is entered at a stay, its guests are the rooms' occupants, each for their own
 *     nights. A second hotel in a city no longer doubles the count: each hotel has the people in its rooms.
 *   - **cities** (as before rooming existed): a stay with no rooms has, each night, the members present in its
 *     city that night (not spending it on a journey: see nights-in-transit.ts) who have no room at another of
 *     the city's stays. With one hotel in a city that is everyone there. Where two stays of a city cover a
 *     night and neither has rooms, who sleeps where is not decided: each has those people, and says with which
 *     other stays it shares them (`sharedWith`), so that no screen counts them twice without saying so.
 *
 * Nights are calendar dates, named by the day they start (the night of 13 Nov), as a city's and a stay's are;
 * nothing here reads a clock. Occupants who are not members of the trip (removed since) are not guests.
 */
import type { Hotel } from '../route/hotel';
import type { City } from '../route/city';
import type { Journey } from '../route/journey';
import type { Membership } from '../people/person';
import { transitNights } from '../route/nights-in-transit';
import { routeNights } from '../route/route';
import type { IsoDate } from '../shared/date-arithmetic';
import type { Room } from './room';
import { occupantNights, stayNights } from './room-rules';

/** What the guests are worked out from: a trip bundle, or the parts of one it needs. */
export interface RoomingSource {
  stops: readonly City[];
  segments: readonly Journey[];
  accommodations: readonly Hotel[];
  memberships: readonly Pick<Membership, 'personId' | 'stopIds'>[];
  /** The trip's rooms; none when absent. */
  rooms?: readonly Room[];
}

/** Persisted nowhere. Which rule gives a stay its guests: its rooms, or the members' cities. */
export type GuestBasis = 'rooms' | 'cities';

/** One night at a stay. */
export interface StayNight {
  date: IsoDate;
  /** Who sleeps there that night, sorted by id. */
  personIds: readonly string[];
  /**
   * Other stays of the city without rooms that cover the night too: these people are at one of them, not yet
   * said which. Empty when the stay's guests are known.
   */
  sharedWith: readonly string[];
}

/** A stay's guests over its nights. */
export interface StayGuests {
  stayId: string;
  basis: GuestBasis;
  /** Every night of the stay, in order. */
  nights: StayNight[];
  /** Everyone who sleeps there at least one night, sorted by id. */
  personIds: readonly string[];
  /** The stays whose guests these may be instead, on any night (see `StayNight.sharedWith`). */
  sharedWith: readonly string[];
}

/** A person's place in one room: the room, its stay, and the nights they sleep there (within the stay's). */
export interface Occupancy {
  personId: string;
  room: Room;
  stay: Hotel;
  nights: readonly IsoDate[];
}

/** A person present at a stay's city who has no room at any of the city's stays on some of its nights. */
export interface WithoutRoom {
  personId: string;
  /** Those nights, in order. */
  nights: IsoDate[];
}

/** The trip's rooming, read once: see {@link roomingOf}. */
export interface Rooming {
  readonly stayById: ReadonlyMap<string, Hotel>;
  /** Each city's stays, by check-in date. */
  readonly staysByCity: ReadonlyMap<string, readonly Hotel[]>;
  /** The rooms at each stay that has any. */
  readonly roomsByStay: ReadonlyMap<string, readonly Room[]>;
  /** Whether any room is entered anywhere on the trip. */
  readonly hasRooms: boolean;
  /** The members at a city on the night of `date`, not spending it on a journey: sorted; none outside its nights. */
  presentAt(stopId: string, date: IsoDate): readonly string[];
  /** Every room a member sleeps in, each with its nights. */
  occupanciesOf(personId: string): readonly Occupancy[];
  /** The same for every member in a room, by person. */
  readonly occupancies: ReadonlyMap<string, readonly Occupancy[]>;
  /** Whether a member has a room at one of the city's stays on the night of `date`. */
  hasRoomAt(personId: string, stopId: string, date: IsoDate): boolean;
  /** Who sleeps at a stay on the night of `date`. */
  guestsOn(stay: Hotel, date: IsoDate): StayNight;
  /** A stay's guests over all its nights. */
  guestsOf(stay: Hotel): StayGuests;
  /** The members present at the stay's city on its nights who have no room at the city's stays, in trip order. */
  withoutRoom(stay: Hotel): WithoutRoom[];
}

const NONE: readonly string[] = Object.freeze([]);

const byCheckIn = (a: Hotel, b: Hotel) => (a.checkInDate < b.checkInDate ? -1 : a.checkInDate > b.checkInDate ? 1 : a.id < b.id ? -1 : 1);

const cache = new WeakMap<object, Rooming>();

/**
 * The trip's rooming, worked out once for a source and kept while that source lives: every screen and rule
 * that asks about the same records shares it.
 */
export function roomingOf(source: RoomingSource): Rooming {
  let rooming = cache.get(source);
  if (!rooming) cache.set(source, (rooming = buildRooming(source)));
  return rooming;
}

/** The guests of one stay: the one function every count of a hotel's guests goes through. */
export function guestsOf(stay: Hotel, source: RoomingSource): StayGuests {
  return roomingOf(source).guestsOf(stay);
}

function buildRooming(source: RoomingSource): Rooming {
  const rooms = source.rooms ?? [];
  const stopById = new Map(source.stops.map((stop) => [stop.id, stop]));
  const stayById = new Map(source.accommodations.map((stay) => [stay.id, stay]));
  const staysByCity = new Map<string, Hotel[]>();
  for (const stay of [...source.accommodations].sort(byCheckIn)) {
    const list = staysByCity.get(stay.stopId);
    if (list) list.push(stay);
    else staysByCity.set(stay.stopId, [stay]);
  }
  const members = new Set(source.memberships.map((membership) => membership.personId));
  const membersByCity = new Map<string, string[]>();
  for (const membership of source.memberships) {
    for (const stopId of membership.stopIds) {
      const list = membersByCity.get(stopId);
      if (list) list.push(membership.personId);
      else membersByCity.set(stopId, [membership.personId]);
    }
  }

  const roomsByStay = new Map<string, Room[]>();
  const occupancies = new Map<string, Occupancy[]>();
  // Most occupants of a stay share its dates: their nights are worked out once for each pair of dates.
  const nightsByDates = new Map<string, readonly IsoDate[]>();
  const nightsOf = (occupant: Room['occupants'][number], stay: Hotel) => {
    const key = `${occupant.checkInDate}|${occupant.checkOutDate}|${stay.checkInDate}|${stay.checkOutDate}`;
    let nights = nightsByDates.get(key);
    if (!nights) nightsByDates.set(key, (nights = occupantNights(occupant, stay)));
    return nights;
  };
  for (const room of rooms) {
    const stay = stayById.get(room.accommodationId);
    if (!stay) continue;
    const list = roomsByStay.get(stay.id);
    if (list) list.push(room);
    else roomsByStay.set(stay.id, [room]);
    for (const occupant of room.occupants) {
      if (!members.has(occupant.personId)) continue;
      const occupancy: Occupancy = { personId: occupant.personId, room, stay, nights: nightsOf(occupant, stay) };
      const held = occupancies.get(occupant.personId);
      if (held) held.push(occupancy);
      else occupancies.set(occupant.personId, [occupancy]);
    }
  }

  // Journeys are looked at only when a night of a city asks, and only on nights some journey covers.
  let transit: ReturnType<typeof transitNights> | null = null;
  const presentCache = new Map<string, readonly string[]>();
  const presentAt = (stopId: string, date: IsoDate): readonly string[] => {
    const stop = stopById.get(stopId);
    if (!stop || date < stop.arrivalDate || date >= stop.departureDate) return NONE;
    const key = `${stopId}|${date}`;
    let present = presentCache.get(key);
    if (!present) {
      const there = membersByCity.get(stopId) ?? [];
      transit ??= transitNights(source);
      const travelling = transit.journeysCovering(date).length > 0;
      const current = transit;
      present = [...new Set(travelling ? there.filter((personId) => current.journeyOf(personId, date) === undefined) : there)].sort();
      presentCache.set(key, present);
    }
    return present;
  };

  const hasRoomAt = (personId: string, stopId: string, date: IsoDate) =>
    (occupancies.get(personId) ?? []).some((held) => held.stay.stopId === stopId && held.nights.includes(date));
  const hasRoomOn = (personId: string, date: IsoDate) => (occupancies.get(personId) ?? []).some((held) => held.nights.includes(date));

  const guestsOn = (stay: Hotel, date: IsoDate): StayNight => {
    const roomsHere = roomsByStay.get(stay.id);
    if (roomsHere) {
      const here = new Set<string>();
      for (const room of roomsHere) {
        for (const occupant of room.occupants) {
          if (members.has(occupant.personId) && occupant.checkInDate <= date && date < occupant.checkOutDate) here.add(occupant.personId);
        }
      }
      const inStay = stay.checkInDate <= date && date < stay.checkOutDate;
      return { date, personIds: inStay ? [...here].sort() : NONE, sharedWith: NONE };
    }
    // Following their cities: those there without a room anywhere that night.
    const personIds = presentAt(stay.stopId, date).filter((personId) => !hasRoomOn(personId, date));
    const sharedWith =
      personIds.length === 0
        ? NONE
        : (staysByCity.get(stay.stopId) ?? [])
            .filter((other) => other.id !== stay.id && !roomsByStay.has(other.id) && other.checkInDate <= date && date < other.checkOutDate)
            .map((other) => other.id);
    return { date, personIds, sharedWith };
  };

  const guestsCache = new Map<string, StayGuests>();
  const guestsOfStay = (stay: Hotel): StayGuests => {
    let guests = guestsCache.get(stay.id);
    if (!guests) {
      const nights = stayNights(stay).map((date) => guestsOn(stay, date));
      const everyone = new Set<string>();
      const shared = new Set<string>();
      for (const night of nights) {
        for (const personId of night.personIds) everyone.add(personId);
        for (const other of night.sharedWith) shared.add(other);
      }
      guests = {
        stayId: stay.id,
        basis: roomsByStay.has(stay.id) ? 'rooms' : 'cities',
        nights,
        personIds: [...everyone].sort(),
        sharedWith: [...shared],
      };
      guestsCache.set(stay.id, guests);
    }
    return guests;
  };

  const order = new Map(source.memberships.map((membership, index) => [membership.personId, index]));
  const withoutRoom = (stay: Hotel): WithoutRoom[] => {
    const missing = new Map<string, IsoDate[]>();
    for (const date of stayNights(stay)) {
      for (const personId of presentAt(stay.stopId, date)) {
        if (hasRoomAt(personId, stay.stopId, date)) continue;
        const nights = missing.get(personId);
        if (nights) nights.push(date);
        else missing.set(personId, [date]);
      }
    }
    return [...missing]
      .map(([personId, nights]) => ({ personId, nights }))
      .sort((a, b) => (order.get(a.personId) ?? 0) - (order.get(b.personId) ?? 0));
  };

  return {
    stayById,
    staysByCity,
    roomsByStay,
    hasRooms: roomsByStay.size > 0,
    presentAt,
    occupanciesOf: (personId) => occupancies.get(personId) ?? [],
    occupancies,
    hasRoomAt,
    guestsOn,
    guestsOf: guestsOfStay,
    withoutRoom,
  };
}

/** One row of the hotel nights: a night at a city and one of its stays (or none), with who sleeps there. */
export interface HotelNight {
  date: IsoDate;
  stopId: string;
  /** The stay, or null for a night of the city that no stay covers. */
  stayId: string | null;
  /** At the stay; for a night without one, everyone present in the city. */
  personIds: readonly string[];
  basis: GuestBasis | null;
  sharedWith: readonly string[];
}

/**
 * Every night of the route with, for each stay that covers it, that stay's guests: the roll-ups' hotel nights.
 * A night no stay covers has one row, with the people who need a bed.
 */
export function hotelNights(source: RoomingSource): HotelNight[] {
  const rooming = roomingOf(source);
  const rows: HotelNight[] = [];
  for (const night of routeNights(source.stops, source.accommodations)) {
    if (night.accommodationIds.length === 0) {
      const personIds = rooming.presentAt(night.stopId, night.date);
      rows.push({ date: night.date, stopId: night.stopId, stayId: null, personIds, basis: null, sharedWith: NONE });
      continue;
    }
    for (const stayId of night.accommodationIds) {
      const stay = rooming.stayById.get(stayId)!;
      const guests = rooming.guestsOn(stay, night.date);
      rows.push({
        date: night.date,
        stopId: night.stopId,
        stayId,
        personIds: guests.personIds,
        basis: rooming.roomsByStay.has(stayId) ? 'rooms' : 'cities',
        sharedWith: guests.sharedWith,
      });
    }
  }
  return rows;
}
