/**
 * The sample trip's rooming, from src/domain/trip/sample/rooming.json: who sleeps in which room of its hotels,
 * built the way an organiser builds it. Each room goes through the room form's rules; an occupant named by key
 * alone gets the nights they are in the city within the stay (as the form offers them); `everyoneElse` gives
 * everyone left without a room a room of their own, as the Rooming tab's fill does. A mistake in the file
 * throws, naming the stay and what is wrong, for the programmer who edits it.
 */
import { z } from 'zod';
import type { Hotel } from '../route/hotel';
import type { Id } from '../shared/ids';
import { isoDateSchema } from '../shared/time';
import { ROOM_TYPES, type Room } from './room';
import { defaultNights, roomsFromCities } from './fill-from-cities';
import type { RoomingSource } from './guests';
import { validateRoomDraft, type RoomDraft } from './room-rules';
import roomingFile from '../trip/sample/rooming.json';

const occupantRow = z.union([z.string(), z.strictObject({ person: z.string(), checkIn: isoDateSchema, checkOut: isoDateSchema })]);
const roomRow = z.strictObject({
  type: z.enum(ROOM_TYPES),
  occupants: z.array(occupantRow),
  requests: z.string().optional(),
  confirmation: z.string().optional(),
});
const stayRow = z.strictObject({
  city: z.string(),
  hotel: z.string(),
  rooms: z.array(roomRow).optional(),
  everyoneElse: z.enum(ROOM_TYPES).optional(),
});
const roomingSchema = z.strictObject({ about: z.string(), stays: z.array(stayRow) });

/** The Liverpool sample's rooming file, as shipped. */
export const SAMPLE_ROOMING: unknown = roomingFile;

/** What the rooms are built from: the sample's records so far, and its keys' ids. */
export interface SampleRoomingContext {
  tripId: Id;
  source: Required<Omit<RoomingSource, 'rooms'>>;
  cityIds: ReadonlyMap<string, Id>;
  personIds: ReadonlyMap<string, Id>;
  /** Each person's name, by id, for the room form's rules. */
  names: ReadonlyMap<Id, string>;
}

/** The sample's rooms, in the file's order, each with an id from `newId`. */
export function sampleRooms(file: unknown, context: SampleRoomingContext, newId: () => Id): Room[] {
  const parsed = roomingSchema.safeParse(file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`The sample's rooming.json is not as expected at ${issue.path.join(' ')}: ${issue.message}`);
  }
  const rooms: Room[] = [];
  const withRooms = () => ({ ...context.source, rooms: [...rooms] });
  parsed.data.stays.forEach((row, index) => {
    const at = `${index + 1} (${row.city}, ${row.hotel})`;
    const cityId = context.cityIds.get(row.city);
    const stay: Hotel | undefined = context.source.accommodations.find((candidate) => candidate.stopId === cityId && candidate.name === row.hotel);
    if (!stay) throw new Error(`rooming.json, stay ${at}: no hotel of that name in that city in hotels.json.`);
    const person = (key: string) => {
      const id = context.personIds.get(key);
      if (id === undefined) throw new Error(`rooming.json, stay ${at}: no person with the key "${key}" in people.json.`);
      return id;
    };
    for (const [number, room] of (row.rooms ?? []).entries()) {
      const draft: RoomDraft = {
        accommodationId: stay.id,
        type: room.type,
        occupants: room.occupants.map((occupant) =>
          typeof occupant === 'string'
            ? { personId: person(occupant), ...defaultNights(stay, person(occupant), withRooms()) }
            : { personId: person(occupant.person), checkInDate: occupant.checkIn, checkOutDate: occupant.checkOut },
        ),
        requests: room.requests ?? '',
        confirmation: room.confirmation ?? '',
      };
      const errors = validateRoomDraft(draft, { stay, memberNames: context.names });
      if (Object.keys(errors).length > 0) throw new Error(`rooming.json, stay ${at}, room ${number + 1}: the room form refuses ${Object.keys(errors).join(', ')}.`);
      rooms.push({ id: newId(), tripId: context.tripId, ...draft });
    }
    if (row.everyoneElse) {
      for (const room of roomsFromCities(stay, withRooms(), { type: row.everyoneElse })) rooms.push({ id: newId(), tripId: context.tripId, ...room });
    }
  });
  return rooms;
}
