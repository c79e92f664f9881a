/**
 * Filling a stay from the cities: the rooms that give everyone present in the stay's city, and without a room
 * there, a room of their own for the nights they are there within the stay's dates. The organiser chooses the
 * type (a single, or a double or twin for single use, as Chinese hotels often give) and may name who; nobody
 * who already has a room at the city that night gets another, so filling twice adds nothing.
 */
import type { Hotel } from '../route/hotel';
import { addDays, type IsoDate } from '../shared/date-arithmetic';
import type { Room, RoomType } from './room';
import { roomingOf, type RoomingSource } from './guests';
import { stayNights } from './room-rules';

/** A room to add: everything but its id and trip, which storage gives it. */
export type NewRoom = Omit<Room, 'id' | 'tripId'>;

export interface FillOptions {
  /** The type of each room; a single unless said. */
  type?: RoomType;
  /** Only these people (those of them without a room); everyone without one when absent. */
  personIds?: readonly string[];
}

/** Runs of consecutive nights: [13, 14, 16] → [[13, 14], [16]]. */
function runsOf(nights: readonly IsoDate[]): IsoDate[][] {
  const runs: IsoDate[][] = [];
  for (const night of nights) {
    const run = runs.at(-1);
    if (run && addDays(run.at(-1)!, 1) === night) run.push(night);
    else runs.push([night]);
  }
  return runs;
}

/**
 * One room for each person present at the stay's city without a room there, in the trip's order of members,
 * for each run of nights they need one (someone who spends a night of the stay on a journey has two rooms,
 * one either side of it): checking in on the first night, out the morning after the last.
 */
export function roomsFromCities(stay: Hotel, source: RoomingSource, options: FillOptions = {}): NewRoom[] {
  const wanted = options.personIds ? new Set(options.personIds) : null;
  const type = options.type ?? 'single';
  return roomingOf(source)
    .withoutRoom(stay)
    .filter((missing) => wanted === null || wanted.has(missing.personId))
    .flatMap((missing) =>
      runsOf(missing.nights).map((run) => ({
        accommodationId: stay.id,
        type,
        occupants: [{ personId: missing.personId, checkInDate: run[0]!, checkOutDate: addDays(run.at(-1)!, 1) }],
        requests: '',
        confirmation: '',
      })),
    );
}

/**
 * The nights to offer a person added to a room at a stay: the part of the stay they are in its city for (the
 * first to the last such night), or the whole stay when they are there on none of its nights.
 */
export function defaultNights(stay: Hotel, personId: string, source: RoomingSource): { checkInDate: IsoDate; checkOutDate: IsoDate } {
  const rooming = roomingOf(source);
  const nights = stayNights(stay).filter((date) => rooming.presentAt(stay.stopId, date).includes(personId));
  if (nights.length === 0) return { checkInDate: stay.checkInDate, checkOutDate: stay.checkOutDate };
  return { checkInDate: nights[0]!, checkOutDate: addDays(nights.at(-1)!, 1) };
}
