/**
 * Trips and the records that belong to them. A trip's records are always written, deleted and restored
 * together in one transaction, so a failure half-way leaves the database as it was.
 */
import { copyName, duplicateTripRecords } from '../domain/trip/trip-duplication';
import type { TripBundle, TripRecords } from '../domain/trip/trip-bundle';
import { inRouteOrder, type City } from '../domain/route/city';
import { message } from '../domain/shared/message';
import { err, ok, type FieldMessages, type Result } from '../domain/shared/result';
import { inDelegationOrder } from '../domain/people/person';
import { mergeFields, type EditClash } from '../domain/shared/field-merge';
import { parseTripDraft, tripToDraft, type Trip, type TripDraft, type TripSummary } from '../domain/trip/trip';
import {
  emptyEmergencyContacts,
  parseEmergencyContacts,
  type EmergencyContactsDraft,
  type EmergencyContactsErrors,
} from '../domain/trip/emergency-contacts';
import type { Clock } from './clock';
import { TRIP_OWNED_TABLES } from '../domain/schema/schema-history';
import type { PlannerDatabase } from './database';
import type { OtherTrip } from '../domain/checks/other-trips';
import { Dexie } from 'dexie';

export type TripSaveResult = Result<Trip, FieldMessages<TripDraft>>;
/** An edit saved, refused, or clashing with a change saved since the form opened. */
export type TripEditResult = TripSaveResult | EditClash<TripDraft>;

/** The trip as saved, or the form's errors; a trip that is gone is named on the first contact's name. */
export type EmergencyContactsSaveResult = Result<Trip, EmergencyContactsErrors>;

/** A person or an engagement found by part of its name, with the trip it is in (a person's latest). */
export type FoundRecord =
  | { kind: 'person'; id: string; name: string; nameLocal: string; tripId: string; tripName: string }
  | { kind: 'engagement'; id: string; title: string; venue: readonly string[]; tripId: string; tripName: string };

/** A record as the palette finds it: with its names (in either script; an engagement's venue too) in lower case. */
export type FindableRecord = FoundRecord & { words: string };

/** The records whose names hold `text`, ignoring case: at most `limit` people, then at most `limit` engagements. */
export function findRecords(records: readonly FindableRecord[], text: string, limit: number): FindableRecord[] {
  const wanted = text.trim().toLocaleLowerCase();
  if (!wanted) return [];
  const found = { person: [] as FindableRecord[], engagement: [] as FindableRecord[] };
  for (const record of records) {
    const kind = found[record.kind];
    if (kind.length < limit && record.words.includes(wanted)) kind.push(record);
  }
  return [...found.person, ...found.engagement];
}

export interface TripRepository {
  /** Every trip with its cities and headcount, latest start first. */
  listSummaries(): Promise<TripSummary[]>;
  get(id: string): Promise<Trip | undefined>;
  /** The trip and all its own records, or undefined when there is no such trip. */
  getRecords(id: string): Promise<TripRecords | undefined>;
  /** The trip's records with the people, organisations and contacts they refer to; members in delegation order. */
  getBundle(id: string): Promise<TripBundle | undefined>;
  create(draft: TripDraft): Promise<TripSaveResult>;
  update(id: string, draft: TripDraft): Promise<TripSaveResult>;
  /**
   * Saves an edit made in a form opened on `opened`: only the fields the person changed are written, on top of
   * the trip as it is now, so that a change saved meanwhile (in another window) to another field is kept. A
   * field changed on both sides to different values is not saved: the clash is returned for the person to choose.
   */
  saveEdit(id: string, opened: TripDraft, draft: TripDraft): Promise<TripEditResult>;
  /**
   * Saves the trip's contacts in emergencies (organiser, local coordinator, missions) if they are valid; a
   * mission not saved before gets its id here.
   */
  updateEmergencyContacts(id: string, draft: EmergencyContactsDraft): Promise<EmergencyContactsSaveResult>;
  /** A new trip copied from this one; undefined when there is no such trip. */
  duplicate(id: string): Promise<Trip | undefined>;
  /** Deletes the trip and its records; returns them so the deletion can be undone. */
  remove(id: string): Promise<TripRecords | undefined>;
  /** Puts back what `remove` returned. */
  restore(records: TripRecords): Promise<void>;
  /** Adds a trip with the directory records it refers to (the sample trip, later an imported trip). */
  addBundle(bundle: TripBundle): Promise<void>;
  /**
   * The other trips these people are on, each with its cities and its memberships of them, for the check
   * across trips: found through the memberships' person index, so only those trips are read. By start, then id.
   */
  otherTripsOf(tripId: string, personIds: readonly string[]): Promise<OtherTrip[]>;
  /**
   * Every person on a trip and every engagement, as the command palette finds them across every trip: read once
   * as the organiser starts to type, then searched in memory at each keystroke (`findRecords`).
   */
  findableRecords(): Promise<FindableRecord[]>;
  /**
   * Calls `listener` whenever a trip, person, membership or engagement is saved or deleted, here or in another
   * window or worker of this app: what `findableRecords` returned may then be out of date. Returns the unsubscribe.
   */
  onFindableChange(listener: () => void): () => void;
}

/** The tables `findableRecords` reads. */
const FINDABLE_TABLES = ['trips', 'people', 'memberships', 'engagements'] as const;

export function createTripRepository(db: PlannerDatabase, clock: Clock): TripRepository {
  async function getRecords(id: string): Promise<TripRecords | undefined> {
    return db.transaction('r', [db.trips, ...TRIP_OWNED_TABLES.map((name) => db.table(name))], async () => {
      const trip = await db.trips.get(id);
      if (!trip) return undefined;
      const [stops, segments, accommodations, memberships, engagements, followUps, acknowledgements, rooms, resources, assignments] =
        await Promise.all([
        db.stops.where('tripId').equals(id).toArray(),
        db.segments.where('tripId').equals(id).toArray(),
        db.accommodations.where('tripId').equals(id).toArray(),
        db.memberships.where('tripId').equals(id).toArray(),
        db.engagements.where('tripId').equals(id).toArray(),
        db.followUps.where('tripId').equals(id).toArray(),
        db.acknowledgements.where('tripId').equals(id).toArray(),
        db.rooms.where('tripId').equals(id).toArray(),
        db.resources.where('tripId').equals(id).toArray(),
        db.assignments.where('tripId').equals(id).toArray(),
      ]);
      return {
        trip,
        stops: inRouteOrder(stops),
        segments,
        accommodations,
        memberships,
        engagements,
        followUps,
        acknowledgements,
        rooms,
        resources,
        assignments,
      };
    });
  }

  async function putRecords(records: TripRecords): Promise<void> {
    await db.trips.put(records.trip);
    await Promise.all([
      db.stops.bulkPut(records.stops),
      db.segments.bulkPut(records.segments),
      db.accommodations.bulkPut(records.accommodations),
      db.memberships.bulkPut(records.memberships),
      db.engagements.bulkPut(records.engagements),
      db.followUps.bulkPut(records.followUps),
      db.acknowledgements.bulkPut(records.acknowledgements),
      db.rooms.bulkPut(records.rooms),
      db.resources.bulkPut(records.resources),
      db.assignments.bulkPut(records.assignments),
    ]);
  }

  const allTripTables = () => [db.trips, ...TRIP_OWNED_TABLES.map((name) => db.table(name))];

  return {
    async listSummaries() {
      return db.transaction('r', [db.trips, db.stops, db.memberships], async () => {
        const trips = await db.trips.toArray();
        const stops = await db.stops.where('tripId').anyOf(trips.map((trip) => trip.id)).toArray();
        const counts = await Promise.all(
          trips.map((trip) => db.memberships.where('tripId').equals(trip.id).count()),
        );
        const stopsByTrip = new Map<string, City[]>();
        for (const stop of stops) stopsByTrip.set(stop.tripId, [...(stopsByTrip.get(stop.tripId) ?? []), stop]);
        return trips
          .map((trip, index) => {
            const route = inRouteOrder(stopsByTrip.get(trip.id) ?? []);
            return {
              trip,
              cities: route.map((stop) => stop.name),
              citiesLocal: route.map((stop) => stop.nameLocal),
              participantCount: counts[index] ?? 0,
            };
          })
          .sort((a, b) => b.trip.startDate.localeCompare(a.trip.startDate) || a.trip.name.localeCompare(b.trip.name));
      });
    },

    get: (id) => db.trips.get(id),

    async findableRecords() {
      return db.transaction('r', [db.trips, db.people, db.memberships, db.engagements], async () => {
        const trips = new Map((await db.trips.toArray()).map((trip) => [trip.id, trip]));
        const latestTrip = new Map<string, Trip>();
        for (const { personId, tripId } of await db.memberships.toArray()) {
          const trip = trips.get(tripId);
          const before = latestTrip.get(personId);
          if (trip && (!before || trip.startDate > before.startDate)) latestTrip.set(personId, trip);
        }
        const found: FindableRecord[] = [];
        for (const person of await db.people.toArray()) {
          const trip = latestTrip.get(person.id);
          if (!trip) continue;
          found.push({
            kind: 'person',
            id: person.id,
            name: person.name,
            nameLocal: person.nameLocal,
            tripId: trip.id,
            tripName: trip.name,
            words: `${person.name}\n${person.nameLocal}`.toLocaleLowerCase(),
          });
        }
        for (const engagement of await db.engagements.toArray()) {
          const trip = trips.get(engagement.tripId);
          if (!trip) continue;
          const { name, nameLocal } = engagement.venue;
          found.push({
            kind: 'engagement',
            id: engagement.id,
            title: engagement.title,
            venue: [name, nameLocal],
            tripId: trip.id,
            tripName: trip.name,
            words: `${engagement.title}\n${name}\n${nameLocal}`.toLocaleLowerCase(),
          });
        }
        return found;
      });
    },

    onFindableChange(listener) {
      // Dexie names what changed as "idb://<database>/<table>/<index>" (each window's changes reach the others
      // through a BroadcastChannel); "all" when a window comes back from the browser's back-forward cache.
      const prefixes = FINDABLE_TABLES.map((table) => `idb://${db.name}/${table}/`);
      const onMutated = (parts: Record<string, unknown>) => {
        if (Object.keys(parts).some((part) => part === 'all' || prefixes.some((prefix) => part.startsWith(prefix)))) listener();
      };
      Dexie.on('storagemutated', onMutated);
      return () => Dexie.on('storagemutated').unsubscribe(onMutated);
    },

    getRecords,

    async getBundle(id) {
      return db.transaction('r', db.tables, async () => {
        const records = await getRecords(id);
        if (!records) return undefined;
        const organisationIds = new Set(records.engagements.flatMap((engagement) => engagement.organisationIds));
        const contactIds = new Set(records.engagements.flatMap((engagement) => engagement.contactIds));
        const people = (await db.people.bulkGet(records.memberships.map((membership) => membership.personId))).filter(
          (person) => person !== undefined,
        );
        for (const person of people) if (person.organisationId) organisationIds.add(person.organisationId);
        const [organisations, contacts] = await Promise.all([
          db.organisations.bulkGet([...organisationIds]),
          db.contacts.bulkGet([...contactIds]),
        ]);
        const names = new Map(people.map((person) => [person.id, person.name]));
        return {
          ...records,
          memberships: inDelegationOrder(records.memberships, (id) => names.get(id) ?? ''),
          people,
          organisations: organisations.filter((organisation) => organisation !== undefined),
          contacts: contacts.filter((contact) => contact !== undefined),
        };
      });
    },

    async create(draft) {
      const parsed = parseTripDraft(draft);
      if (!parsed.ok) return parsed;
      const now = clock.now();
      const trip: Trip = {
        ...parsed.value,
        ...emptyEmergencyContacts(),
        id: clock.newId(),
        sample: false,
        createdAt: now,
        updatedAt: now,
      };
      await db.trips.add(trip);
      return ok(trip);
    },

    async update(id, draft) {
      const parsed = parseTripDraft(draft);
      if (!parsed.ok) return parsed;
      return db.transaction('rw', db.trips, async () => {
        const existing = await db.trips.get(id);
        if (!existing) return err({ name: message('trips:errors.gone') });
        const trip: Trip = { ...existing, ...parsed.value, updatedAt: clock.now() };
        await db.trips.put(trip);
        return ok(trip);
      });
    },

    async saveEdit(id, opened, draft) {
      return db.transaction('rw', db.trips, async (): Promise<TripEditResult> => {
        const existing = await db.trips.get(id);
        if (!existing) return err({ name: message('trips:errors.gone') });
        const current = tripToDraft(existing);
        const merge = mergeFields(opened, draft, current);
        if (merge.clashes.length > 0) return { ok: false, clash: { ...merge, current } };
        // Within this transaction: the trip merged with cannot change before it is written.
        return this.update(id, merge.merged);
      });
    },

    async updateEmergencyContacts(id, draft) {
      const parsed = parseEmergencyContacts(draft);
      if (!parsed.ok) return parsed;
      return db.transaction('rw', db.trips, async () => {
        const existing = await db.trips.get(id);
        if (!existing) return err({ 'organiserContact.name': message('trips:errors.gone') });
        const diplomaticMissions = parsed.value.diplomaticMissions.map((mission) => ({ ...mission, id: mission.id || clock.newId() }));
        const trip: Trip = { ...existing, ...parsed.value, diplomaticMissions, updatedAt: clock.now() };
        await db.trips.put(trip);
        return ok(trip);
      });
    },

    async duplicate(id) {
      return db.transaction('rw', allTripTables(), async () => {
        const source = await getRecords(id);
        if (!source) return undefined;
        const names = (await db.trips.toArray()).map((trip) => trip.name);
        const copy = duplicateTripRecords(source, {
          newId: clock.newId,
          now: clock.now(),
          name: copyName(source.trip.name, names),
        });
        await putRecords(copy);
        return copy.trip;
      });
    },

    async remove(id) {
      return db.transaction('rw', [...allTripTables(), db.tripFileBases], async () => {
        const records = await getRecords(id);
        if (!records) return undefined;
        await Promise.all(TRIP_OWNED_TABLES.map((name) => db.table(name).where('tripId').equals(id).delete()));
        // The copies of it this computer exchanged hold its people's personal data: they go with it. A trip
        // imported again after this is added whole, as a new one.
        await db.tripFileBases.where('tripId').equals(id).delete();
        await db.trips.delete(id);
        return records;
      });
    },

    async restore(records) {
      await db.transaction('rw', allTripTables(), () => putRecords(records));
    },

    async otherTripsOf(tripId, personIds) {
      if (personIds.length === 0) return [];
      return db.transaction('r', [db.trips, db.stops, db.memberships], async () => {
        const memberships = (await db.memberships.where('personId').anyOf([...personIds]).toArray()).filter(
          (membership) => membership.tripId !== tripId,
        );
        if (memberships.length === 0) return [];
        const tripIds = [...new Set(memberships.map((membership) => membership.tripId))];
        const [trips, stops] = await Promise.all([
          db.trips.bulkGet(tripIds),
          db.stops.where('tripId').anyOf(tripIds).toArray(),
        ]);
        return trips
          .filter((trip) => trip !== undefined)
          .map((trip) => ({
            trip,
            stops: stops.filter((stop) => stop.tripId === trip.id),
            memberships: memberships.filter((membership) => membership.tripId === trip.id),
          }))
          .sort((a, b) => a.trip.startDate.localeCompare(b.trip.startDate) || (a.trip.id < b.trip.id ? -1 : 1));
      });
    },

    async addBundle(bundle) {
      await db.transaction('rw', [...allTripTables(), db.organisations, db.contacts, db.people], async () => {
        await Promise.all([
          db.organisations.bulkPut(bundle.organisations),
          db.contacts.bulkPut(bundle.contacts),
          db.people.bulkPut(bundle.people),
        ]);
        await putRecords(bundle);
      });
    },
  };
}
