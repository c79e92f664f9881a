/**
 * A trip's route: its stops in order, the journeys between them and the hotels at them. Every change is one
 * transaction; removals return what they took so they can be undone.
 */
import {
  parseHotelDraft,
  type Hotel,
  type HotelDraft,
} from '../domain/route/hotel';
import { shiftEngagementDays, type Engagement } from '../domain/engagements/engagement';
import { err, ok, type FieldMessages, type Result } from '../domain/shared/result';
import { message, type Message } from '../domain/shared/message';
import {
  parseJourneyDraft,
  parseCityDraft,
  type JourneyDraft,
  type JourneyDraftErrors,
  type CityDraft,
} from '../domain/route/route';
import { inRouteOrder, type City } from '../domain/route/city';
import { daysBetween } from '../domain/shared/date-arithmetic';
import { nextCalendarIdentity } from '../domain/shared/calendar-identity';
import type { Journey } from '../domain/route/journey';
import type { Room } from '../domain/rooming/room';
import type { EntityTable } from 'dexie';
import type { Clock } from './clock';
import type { PlannerDatabase } from './database';

/** What removing a stop took with it. */
export interface RemovedCity {
  stop: City;
  accommodations: Hotel[];
  segments: Journey[];
  engagements: Engagement[];
  /** The rooms at its hotels. */
  rooms: Room[];
}

/** What removing a hotel took with it: its rooms, which hang on it. */
export interface RemovedHotel {
  stay: Hotel;
  rooms: Room[];
}

export interface CityUpdateOptions {
  /** Move the stop's engagements by as many days as its arrival moved, keeping their local times. */
  moveEngagements: boolean;
}

export interface RouteRepository {
  addCity(tripId: string, draft: CityDraft): Promise<Result<City, FieldMessages<CityDraft>>>;
  updateCity(
    stopId: string,
    draft: CityDraft,
    options: CityUpdateOptions,
  ): Promise<Result<City, FieldMessages<CityDraft> & { engagements?: Message | string }>>;
  /** Engagements at the stop that a change of its dates would leave outside them. */
  countEngagements(stopId: string): Promise<number>;
  removeCity(stopId: string): Promise<RemovedCity | undefined>;
  restoreCity(removed: RemovedCity): Promise<void>;
  /** Puts the trip's stops in the given order. */
  reorderCities(tripId: string, orderedStopIds: string[]): Promise<void>;
  saveJourney(
    tripId: string,
    segmentId: string | null,
    draft: JourneyDraft,
  ): Promise<Result<Journey, JourneyDraftErrors>>;
  removeJourney(segmentId: string): Promise<Journey | undefined>;
  restoreJourney(segment: Journey): Promise<void>;
  saveHotel(
    tripId: string,
    accommodationId: string | null,
    draft: HotelDraft,
  ): Promise<Result<Hotel, FieldMessages<HotelDraft>>>;
  removeHotel(accommodationId: string): Promise<RemovedHotel | undefined>;
  restoreHotel(removed: RemovedHotel): Promise<void>;
}

export function createRouteRepository(db: PlannerDatabase, clock: Clock): RouteRepository {
  const touchTrip = (tripId: string) => db.trips.update(tripId, { updatedAt: clock.now() });

  /** Deletes one record of a trip, returning it for undo. */
  async function removeRecord<T extends { id: string; tripId: string }>(table: EntityTable<T, 'id'>, id: string) {
    return db.transaction('rw', [table, db.trips], async () => {
      const record = await table.where('id').equals(id).first();
      if (!record) return undefined;
      await table.where('id').equals(id).delete();
      await touchTrip(record.tripId);
      return record;
    });
  }

  /** Puts back what `removeRecord` returned. */
  async function restoreRecord<T extends { id: string; tripId: string }>(table: EntityTable<T, 'id'>, record: T) {
    await db.transaction('rw', [table, db.trips], async () => {
      await table.put(record);
      await touchTrip(record.tripId);
    });
  }

  return {
    async addCity(tripId, draft) {
      const parsed = parseCityDraft(draft);
      if (!parsed.ok) return parsed;
      return db.transaction('rw', [db.stops, db.trips], async () => {
        const existing = await db.stops.where('tripId').equals(tripId).toArray();
        const stop: City = {
          ...parsed.value,
          id: clock.newId(),
          tripId,
          position: existing.reduce((highest, other) => Math.max(highest, other.position + 1), 0),
        };
        await db.stops.add(stop);
        await touchTrip(tripId);
        return ok(stop);
      });
    },

    async updateCity(stopId, draft, { moveEngagements }) {
      const parsed = parseCityDraft(draft);
      if (!parsed.ok) return parsed;
      return db.transaction('rw', [db.stops, db.engagements, db.trips], async () => {
        const existing = await db.stops.get(stopId);
        if (!existing) return err({ name: message('route:errors.city.gone') });
        const stop: City = { ...existing, ...parsed.value };
        const days = daysBetween(existing.arrivalDate, stop.arrivalDate);
        if (moveEngagements && days !== 0) {
          const engagements = await db.engagements.where('stopId').equals(stopId).toArray();
          const moved: Engagement[] = [];
          for (const engagement of engagements) {
            const shifted = shiftEngagementDays(engagement, days);
            if (!shifted.ok) return err({ engagements: shifted.error });
            moved.push({
              ...shifted.value,
              calendar: nextCalendarIdentity(engagement.calendar, clock.newId),
              updatedAt: clock.now(),
            });
          }
          await db.engagements.bulkPut(moved);
        }
        await db.stops.put(stop);
        await touchTrip(stop.tripId);
        return ok(stop);
      });
    },

    countEngagements: (stopId) => db.engagements.where('stopId').equals(stopId).count(),

    async removeCity(stopId) {
      return db.transaction('rw', [db.stops, db.accommodations, db.segments, db.engagements, db.rooms, db.trips], async () => {
        const stop = await db.stops.get(stopId);
        if (!stop) return undefined;
        const [accommodations, tripSegments, engagements] = await Promise.all([
          db.accommodations.where('stopId').equals(stopId).toArray(),
          db.segments.where('tripId').equals(stop.tripId).toArray(),
          db.engagements.where('stopId').equals(stopId).toArray(),
        ]);
        // Rooms hang on the hotels: they go with them, and come back with them.
        const rooms = await db.rooms.where('accommodationId').anyOf(accommodations.map((stay) => stay.id)).toArray();
        await db.rooms.bulkDelete(rooms.map((room) => room.id));
        const segments = tripSegments.filter((segment) => segment.fromStopId === stopId || segment.toStopId === stopId);
        await db.accommodations.bulkDelete(accommodations.map((stay) => stay.id));
        await db.segments.bulkDelete(segments.map((segment) => segment.id));
        await db.engagements.bulkDelete(engagements.map((engagement) => engagement.id));
        await db.stops.delete(stopId);
        const rest = inRouteOrder(await db.stops.where('tripId').equals(stop.tripId).toArray());
        await db.stops.bulkPut(rest.map((other, position) => ({ ...other, position })));
        await touchTrip(stop.tripId);
        return { stop, accommodations, segments, engagements, rooms };
      });
    },

    async restoreCity(removed) {
      await db.transaction('rw', [db.stops, db.accommodations, db.segments, db.engagements, db.rooms, db.trips], async () => {
        const rest = inRouteOrder(await db.stops.where('tripId').equals(removed.stop.tripId).toArray());
        const shifted = rest.map((other) =>
          other.position >= removed.stop.position ? { ...other, position: other.position + 1 } : other,
        );
        await db.stops.bulkPut([...shifted, removed.stop]);
        await db.accommodations.bulkPut(removed.accommodations);
        await db.segments.bulkPut(removed.segments);
        await db.engagements.bulkPut(removed.engagements);
        await db.rooms.bulkPut(removed.rooms);
        await touchTrip(removed.stop.tripId);
      });
    },

    async reorderCities(tripId, orderedStopIds) {
      await db.transaction('rw', [db.stops, db.trips], async () => {
        const stops = await db.stops.where('tripId').equals(tripId).toArray();
        const position = new Map(orderedStopIds.map((id, index) => [id, index]));
        // Stops the caller did not list (added meanwhile) keep their order after the listed ones.
        const ordered = inRouteOrder(stops).sort(
          (a, b) => (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity),
        );
        await db.stops.bulkPut(ordered.map((stop, index) => ({ ...stop, position: index })));
        await touchTrip(tripId);
      });
    },

    async saveJourney(tripId, segmentId, draft) {
      const parsed = parseJourneyDraft(draft);
      if (!parsed.ok) return parsed;
      return db.transaction('rw', [db.segments, db.trips], async () => {
        const existing = segmentId ? await db.segments.get(segmentId) : undefined;
        if (segmentId && !existing) return err({ notes: message('route:errors.journey.gone') });
        const segment: Journey = {
          ...existing,
          ...parsed.value,
          id: existing?.id ?? clock.newId(),
          tripId,
          calendar: nextCalendarIdentity(existing?.calendar, clock.newId),
        };
        await db.segments.put(segment);
        await touchTrip(tripId);
        return ok(segment);
      });
    },

    removeJourney: (segmentId) => removeRecord(db.segments, segmentId),

    restoreJourney: (segment) => restoreRecord(db.segments, segment),

    async saveHotel(tripId, accommodationId, draft) {
      const parsed = parseHotelDraft(draft);
      if (!parsed.ok) return parsed;
      return db.transaction('rw', [db.accommodations, db.trips], async () => {
        const existing = accommodationId ? await db.accommodations.get(accommodationId) : undefined;
        if (accommodationId && !existing) return err({ name: message('route:errors.hotel.gone') });
        const stay: Hotel = {
          ...existing,
          ...parsed.value,
          id: existing?.id ?? clock.newId(),
          tripId,
          calendar: nextCalendarIdentity(existing?.calendar, clock.newId),
        };
        await db.accommodations.put(stay);
        await touchTrip(tripId);
        return ok(stay);
      });
    },

    removeHotel: (accommodationId) =>
      db.transaction('rw', [db.accommodations, db.rooms, db.trips], async () => {
        const stay = await db.accommodations.get(accommodationId);
        if (!stay) return undefined;
        // Its rooms hang on it: they go with it, and come back with it.
        const rooms = await db.rooms.where('accommodationId').equals(accommodationId).toArray();
        await db.rooms.bulkDelete(rooms.map((room) => room.id));
        await db.accommodations.delete(accommodationId);
        await touchTrip(stay.tripId);
        return { stay, rooms };
      }),

    restoreHotel: (removed) =>
      db.transaction('rw', [db.accommodations, db.rooms, db.trips], async () => {
        await db.accommodations.put(removed.stay);
        await db.rooms.bulkPut(removed.rooms);
        await touchTrip(removed.stay.tripId);
      }),
  };
}
