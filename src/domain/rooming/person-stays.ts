/**
 * The hotel stays on one person's own programme (their calendar, their briefing book): by the rule of
 * guests.ts, read for one person. A stay with rooms is theirs when they are in one of its rooms; a stay without
 * rooms is theirs when it is in one of their cities and they have no room at another stay of that city on its
 * nights. (guests.ts also leaves out someone who spends every night of a stay on a journey; a programme shows
 * the hotel of their city all the same, as it always has.) Kept apart from guests.ts, which reads the
 * journeys, so that the programme, which the journeys' rules read, does not depend on them.
 */
import type { Hotel } from '../route/hotel';
import type { Room } from './room';
import { occupantNights, stayNights } from './room-rules';

/** The stays of `accommodations` this person sleeps at, in their order. */
export function staysOfPerson(
  personId: string,
  personStopIds: ReadonlySet<string>,
  accommodations: readonly Hotel[],
  rooms: readonly Room[] = [],
): Hotel[] {
  if (rooms.length === 0) return accommodations.filter((stay) => personStopIds.has(stay.stopId));
  const stayById = new Map(accommodations.map((stay) => [stay.id, stay]));
  const withRooms = new Set<string>();
  // The nights they have a room, by city.
  const roomed = new Map<string, Set<string>>();
  const theirs = new Set<string>();
  for (const room of rooms) {
    withRooms.add(room.accommodationId);
    const stay = stayById.get(room.accommodationId);
    if (!stay) continue;
    for (const occupant of room.occupants) {
      if (occupant.personId !== personId) continue;
      const nights = occupantNights(occupant, stay);
      if (nights.length === 0) continue;
      theirs.add(stay.id);
      const inCity = roomed.get(stay.stopId) ?? new Set<string>();
      for (const night of nights) inCity.add(night);
      roomed.set(stay.stopId, inCity);
    }
  }
  return accommodations.filter((stay) => {
    if (withRooms.has(stay.id)) return theirs.has(stay.id);
    if (!personStopIds.has(stay.stopId)) return false;
    const nights = roomed.get(stay.stopId);
    return !nights || stayNights(stay).some((night) => !nights.has(night));
  });
}
