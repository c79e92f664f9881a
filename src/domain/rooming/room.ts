/**
 * Rooming: who sleeps in which room of a hotel stay, and for which nights. A room belongs to one hotel stay
 * (an `accommodations` record); its occupants each have their own nights, so someone who joins in Beijing
 * has a room there from the night they arrive. A room with two occupants is a shared room (twin or double).
 *
 * Persisted (table `rooms`, schema version 7): do not rename fields or values.
 */
import { z } from 'zod';
import { isoDateSchema } from '../shared/time';

/** Persisted values, in the order the form offers them; their words are the catalogue's (`rooming:type.<type>`). */
export const ROOM_TYPES = ['single', 'twin', 'double', 'triple', 'suite'] as const;
export type RoomType = (typeof ROOM_TYPES)[number];

/** One person in a room, for the nights from `checkInDate` to the night before `checkOutDate`. */
export const roomOccupantSchema = z.object({
  personId: z.string().min(1),
  /** The day of the first night, in the hotel's city. */
  checkInDate: isoDateSchema,
  /** The day they leave: the last night is the day before. */
  checkOutDate: isoDateSchema,
});
export type RoomOccupant = z.infer<typeof roomOccupantSchema>;

export const roomSchema = z.object({
  id: z.string().min(1),
  tripId: z.string().min(1),
  /** The hotel stay the room is in. */
  accommodationId: z.string().min(1),
  type: z.enum(ROOM_TYPES),
  /** Who sleeps there; two or more share it. Empty while the room is held for someone not yet named. */
  occupants: z.array(roomOccupantSchema),
  /** What the hotel is asked for: "high floor", "accessible room", "late arrival 23:40". */
  requests: z.string(),
  /** The hotel's reference for the room, once confirmed. */
  confirmation: z.string(),
});
export type Room = z.infer<typeof roomSchema>;
