/**
 * A trip's rooming: who sleeps in which room of its hotel stays. Every change is one transaction; a room the
 * form's rules refuse is not saved and nothing changes; removals return what they took so they can be undone.
 */
import type { Room } from '../domain/rooming/room';
import { parseRoomDraft, type RoomDraft, type RoomDraftErrors } from '../domain/rooming/room-rules';
import { roomsFromCities, type FillOptions } from '../domain/rooming/fill-from-cities';
import { message, type Message } from '../domain/shared/message';
import { err, ok, type Result } from '../domain/shared/result';
import type { Clock } from './clock';
import type { PlannerDatabase } from './database';

export interface RoomingRepository {
  /** The trip's rooms, in no particular order. */
  rooms(tripId: string): Promise<Room[]>;
  /** Adds a room (`roomId` null) or replaces one, when the form's rules allow it. */
  saveRoom(tripId: string, roomId: string | null, draft: RoomDraft): Promise<Result<Room, RoomDraftErrors>>;
  removeRoom(roomId: string): Promise<Room | undefined>;
  restoreRoom(room: Room): Promise<void>;
  /**
   * Gives everyone present in the stay's city without a room there a room of their own, for their nights within
   * the stay (see fill-from-cities.ts); returns the rooms added, none when everyone has one.
   */
  fillFromCities(accommodationId: string, options?: FillOptions): Promise<Result<Room[], Message>>;
  /** Takes away rooms (the undo of a fill), returning those it found. */
  removeRooms(roomIds: readonly string[]): Promise<Room[]>;
  /** Puts back rooms that `removeRooms` took. */
  restoreRooms(rooms: readonly Room[]): Promise<void>;
}

export function createRoomingRepository(db: PlannerDatabase, clock: Clock): RoomingRepository {
  const touchTrip = (tripId: string) => db.trips.update(tripId, { updatedAt: clock.now() });

  return {
    rooms: (tripId) => db.rooms.where('tripId').equals(tripId).toArray(),

    async saveRoom(tripId, roomId, draft) {
      return db.transaction('rw', [db.rooms, db.accommodations, db.memberships, db.people, db.trips], async () => {
        const existing = roomId ? await db.rooms.get(roomId) : undefined;
        if (roomId && (!existing || existing.tripId !== tripId)) return err({ accommodationId: message('rooming:errors.roomGone') });
        const stay = await db.accommodations.get(draft.accommodationId);
        const memberships = await db.memberships.where('tripId').equals(tripId).toArray();
        const people = await db.people.bulkGet(memberships.map((membership) => membership.personId));
        const memberNames = new Map(people.flatMap((person) => (person ? [[person.id, person.name] as const] : [])));
        const parsed = parseRoomDraft(draft, { stay: stay && stay.tripId === tripId ? stay : null, memberNames });
        if (!parsed.ok) return parsed;
        const room: Room = { id: existing?.id ?? clock.newId(), tripId, ...parsed.value };
        await db.rooms.put(room);
        await touchTrip(tripId);
        return ok(room);
      });
    },

    removeRoom: (roomId) =>
      db.transaction('rw', [db.rooms, db.trips], async () => {
        const room = await db.rooms.get(roomId);
        if (!room) return undefined;
        await db.rooms.delete(roomId);
        await touchTrip(room.tripId);
        return room;
      }),

    restoreRoom: (room) =>
      db.transaction('rw', [db.rooms, db.accommodations, db.trips], async () => {
        // A room comes back only to a stay that is still there: one without it would break every backup.
        if (!(await db.accommodations.get(room.accommodationId))) return;
        await db.rooms.put(room);
        await touchTrip(room.tripId);
      }),

    fillFromCities: (accommodationId, options = {}) =>
      db.transaction('rw', [db.rooms, db.accommodations, db.stops, db.segments, db.memberships, db.trips], async () => {
        const stay = await db.accommodations.get(accommodationId);
        if (!stay) return err(message('rooming:errors.stayGone'));
        const { tripId } = stay;
        const [stops, segments, accommodations, memberships, rooms] = await Promise.all([
          db.stops.where('tripId').equals(tripId).toArray(),
          db.segments.where('tripId').equals(tripId).toArray(),
          db.accommodations.where('tripId').equals(tripId).toArray(),
          db.memberships.where('tripId').equals(tripId).toArray(),
          db.rooms.where('tripId').equals(tripId).toArray(),
        ]);
        const added: Room[] = roomsFromCities(stay, { stops, segments, accommodations, memberships, rooms }, options).map((room) => ({
          id: clock.newId(),
          tripId,
          ...room,
        }));
        if (added.length > 0) {
          await db.rooms.bulkAdd(added);
          await touchTrip(tripId);
        }
        return ok(added);
      }),

    removeRooms: (roomIds) =>
      db.transaction('rw', [db.rooms, db.trips], async () => {
        const found = (await db.rooms.bulkGet([...roomIds])).filter((room): room is Room => room !== undefined);
        await db.rooms.bulkDelete(found.map((room) => room.id));
        for (const tripId of new Set(found.map((room) => room.tripId))) await touchTrip(tripId);
        return found;
      }),

    restoreRooms: (rooms) =>
      db.transaction('rw', [db.rooms, db.accommodations, db.trips], async () => {
        const stays = await db.accommodations.bulkGet([...new Set(rooms.map((room) => room.accommodationId))]);
        const there = new Set(stays.flatMap((stay) => (stay ? [stay.id] : [])));
        const back = rooms.filter((room) => there.has(room.accommodationId));
        await db.rooms.bulkPut(back);
        for (const tripId of new Set(back.map((room) => room.tripId))) await touchTrip(tripId);
      }),
  };
}
