/**
 * The sample trips (the Liverpool mission to China, Shenzhen's delegation abroad): each loaded on request, clearly
 * marked, and removable together with everything they brought into the shared directory (unless the organiser
 * has since used those records in a trip of their own).
 */
import type { SampleTripName } from '../domain/trip/sample-trip-tables';
import type { TripBundle, TripRecords } from '../domain/trip/trip-bundle';
import type { Clock } from './clock';
import type { PlannerDatabase } from './database';
import type { TripRepository } from './trip-repository';

export type LoadSampleResult = { status: 'loaded' | 'already-loaded'; tripId: string };

/** What removing the sample took away, for undo. */
export interface RemovedSample {
  trips: TripRecords[];
  directory: Pick<TripBundle, 'organisations' | 'contacts' | 'people'>;
}

export interface SampleRepository {
  /** Whether any sample data (a trip, or directory records it brought) is in the database. */
  isLoaded(): Promise<boolean>;
  /** Loads a sample trip (the Liverpool mission unless told), or points at it when it is already there. */
  load(sample?: SampleTripName): Promise<LoadSampleResult>;
  /** Removes every sample trip and the sample directory records no other trip uses. */
  remove(): Promise<RemovedSample>;
  /** Puts back what `remove` took. */
  restore(removed: RemovedSample): Promise<void>;
}

export function createSampleRepository(db: PlannerDatabase, clock: Clock, trips: TripRepository): SampleRepository {
  const everyTable = () => db.tables;

  return {
    async isLoaded() {
      return db.transaction('r', [db.trips, db.people, db.organisations], async () => {
        const found = await Promise.all([
          db.trips.filter((trip) => trip.sample).first(),
          db.people.filter((person) => person.sample).first(),
          db.organisations.filter((organisation) => organisation.sample).first(),
        ]);
        return found.some((record) => record !== undefined);
      });
    },

    async load(sample = 'liverpool') {
      // The samples' data is fetched when one is first asked for, not when the app starts; and before the
      // transaction, which would end on waiting for anything but the database.
      const [{ buildSampleTrip }, { SAMPLE_TRIP_FILES_BY_NAME }] = await Promise.all([
        import('../domain/trip/sample-trip'),
        import('../domain/trip/sample-trip-tables'),
      ]);
      return db.transaction('rw', everyTable(), async () => {
        const bundle = buildSampleTrip({ now: clock.now(), newId: clock.newId }, SAMPLE_TRIP_FILES_BY_NAME[sample]);
        // A sample is told from the other by its name: the records carry only the mark that they are a sample.
        const existing = await db.trips.filter((trip) => trip.sample && trip.name === bundle.trip.name).first();
        if (existing) return { status: 'already-loaded', tripId: existing.id };
        await trips.addBundle(bundle);
        return { status: 'loaded', tripId: bundle.trip.id };
      });
    },

    async remove() {
      return db.transaction('rw', everyTable(), async () => {
        const sampleTripIds = (await db.trips.filter((trip) => trip.sample).toArray()).map((trip) => trip.id);
        const removedTrips: TripRecords[] = [];
        for (const id of sampleTripIds) {
          const records = await trips.remove(id);
          if (records) removedTrips.push(records);
        }
        // Sample directory records stay if anything of the organiser's own still refers to them.
        const [memberships, engagements, contactsAll, peopleAll] = await Promise.all([
          db.memberships.toArray(),
          db.engagements.toArray(),
          db.contacts.toArray(),
          db.people.toArray(),
        ]);
        const peopleInUse = new Set(memberships.map((membership) => membership.personId));
        const people = peopleAll.filter((person) => person.sample && !peopleInUse.has(person.id));
        const removedPeople = new Set(people.map((person) => person.id));

        const contactsInUse = new Set(engagements.flatMap((engagement) => engagement.contactIds));
        const organisationsInUse = new Set([
          ...engagements.flatMap((engagement) => engagement.organisationIds),
          ...contactsAll.filter((contact) => contactsInUse.has(contact.id)).map((contact) => contact.organisationId),
          ...peopleAll.filter((person) => !removedPeople.has(person.id)).flatMap((person) => person.organisationId ?? []),
        ]);
        const organisations = (await db.organisations.filter((organisation) => organisation.sample).toArray()).filter(
          (organisation) => !organisationsInUse.has(organisation.id),
        );
        const organisationIds = new Set(organisations.map((organisation) => organisation.id));
        const contacts = contactsAll.filter((contact) => organisationIds.has(contact.organisationId));
        await db.people.bulkDelete(people.map((person) => person.id));
        await db.contacts.bulkDelete(contacts.map((contact) => contact.id));
        await db.organisations.bulkDelete([...organisationIds]);
        return { trips: removedTrips, directory: { organisations, contacts, people } };
      });
    },

    async restore(removed) {
      await db.transaction('rw', everyTable(), async () => {
        await db.organisations.bulkPut(removed.directory.organisations);
        await db.contacts.bulkPut(removed.directory.contacts);
        await db.people.bulkPut(removed.directory.people);
        for (const records of removed.trips) await trips.restore(records);
      });
    },
  };
}

