/**
 * The hotel stays on one person's own programme (their calendar, their briefing book): by the rule of
 * guests.ts, read for one person. A stay with rooms is theirs when they are in one of its rooms; a stay without
 * rooms is theirs when it is in one of their cities and they have no room at another stay of that city on
 * every one of its nights. (guests.ts also leaves out someone who spends every night of a stay on a journey; a
 * programme shows the hotel of their city all the same, as it always has.) Kept apart from guests.ts, which
 * reads the journeys, so that the programme, which the journeys' rules read, does not depend on them.
 */
import type { Hotel } from '../route/hotel';
import type { Room } from './room';
import { occupantNights, stayNights } from './room-rules';

/** Which stays a person sleeps at: their id and cities → the stays, in the order of `accommodations`. */
export type StaysOfPerson = (personId: string, personStopIds: ReadonlySet<string>) => Hotel[];

/** Reads the rooms once, for asking about each person of a trip in turn. */
export function personStays(accommodations: readonly Hotel[], rooms: readonly Room[] = []): StaysOfPerson {
  if (rooms.length === 0) return (_personId, stopIds) => accommodations.filter((stay) => stopIds.has(stay.stopId));
  const stayById = new Map(accommodations.map((stay) => [stay.id, stay]));
  const withRooms = new Set<string>();
  // For each person, the stays they have a room at, and the nights they have one in each city.
  const theirs = new Map<string, Set<string>>();
  const roomed = new Map<string, Map<string, Set<string>>>();
  for (const room of rooms) {
    withRooms.add(room.accommodationId);
    const stay = stayById.get(room.accommodationId);
    if (!stay) continue;
    for (const occupant of room.occupants) {
      const nights = occupantNights(occupant, stay);
      if (nights.length === 0) continue;
      const stays = theirs.get(occupant.personId) ?? new Set<string>();
      theirs.set(occupant.personId, stays.add(stay.id));
      const byCity = roomed.get(occupant.personId) ?? new Map<string, Set<string>>();
      roomed.set(occupant.personId, byCity);
      const inCity = byCity.get(stay.stopId) ?? new Set<string>();
      byCity.set(stay.stopId, inCity);
      for (const night of nights) inCity.add(night);
    }
  }
  return (personId, stopIds) =>
    accommodations.filter((stay) => {
      if (withRooms.has(stay.id)) return theirs.get(personId)?.has(stay.id) ?? false;
      if (!stopIds.has(stay.stopId)) return false;
      const nights = roomed.get(personId)?.get(stay.stopId);
      return !nights || stayNights(stay).some((night) => !nights.has(night));
    });
}

/** The stays of `accommodations` this person sleeps at, in their order. */
export function staysOfPerson(
  personId: string,
  personStopIds: ReadonlySet<string>,
  accommodations: readonly Hotel[],
  rooms: readonly Room[] = [],
): Hotel[] {
  return personStays(accommodations, rooms)(personId, personStopIds);
}
