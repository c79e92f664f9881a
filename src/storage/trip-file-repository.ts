/**
 * One trip in a file, out and back in: exporting reads the trip, its own records and the directory records it
 * refers to in one read transaction, so the file is one consistent moment; importing plans and writes in one
 * transaction, re-planning inside it so that what is applied is what is there now, not what the preview saw.
 * If any write is refused, nothing changes. Only parsed trip files (see parseTripFile) come in here.
 *
 * Nothing but Dexie is awaited inside a transaction: awaiting anything else ends it (PrematureCommitError).
 */
import type { FileApp } from '../domain/files/file-envelope';
import { err, ok, type Result } from '../domain/shared/result';
import type { TripBundle } from '../domain/trip/trip-bundle';
import {
  createTripFile,
  serializeTripFile,
  tripFileName,
  TRIP_FILE_DIRECTORY_TABLES,
  TRIP_FILE_OWNED_TABLES,
  TRIP_FILE_TABLES,
  type TripFile,
  type TripFileTables,
} from '../domain/files/trip-file';
import { planTripImport, recordsToWrite, type RecordsHere, type TripImportPlan } from '../domain/files/trip-import-plan';
import { APP_IDENTITY } from './backup-repository';
import type { Clock } from './clock';
import type { PlannerDatabase } from './database';
import { message, type Message } from '../domain/shared/message';
import { isStorageFull } from './storage-errors';
import type { TripRepository } from './trip-repository';

export interface TripFileRepository {
  /** The trip's file and the name proposed for it; an error when there is no such trip. */
  exportTrip(tripId: string): Promise<Result<{ fileName: string; text: string }, Message>>;
  /** What importing the file would change here, without writing anything: for the preview. */
  planImport(file: TripFile): Promise<TripImportPlan>;
  /**
   * Imports the file as planned at that moment, in one transaction: the trip and its records as in the file
   * (removing those it no longer holds), the directory records it brings added or updated. Refused, changing
   * nothing, when the plan is refused or any write fails. Returns the plan that was applied.
   */
  applyImport(file: TripFile): Promise<Result<TripImportPlan, Message>>;
}

type Row = { id: string };

export function createTripFileRepository(
  db: PlannerDatabase,
  clock: Clock,
  trips: TripRepository,
  app: FileApp = APP_IDENTITY,
): TripFileRepository {
  const tripTables = () => [db.trips, ...TRIP_FILE_TABLES.map((name) => db.table(name))];

  /** The trip with everything it refers to. Call inside a transaction over the trip tables. */
  async function readBundle(tripId: string): Promise<TripBundle | undefined> {
    const records = await trips.getRecords(tripId);
    if (!records) return undefined;
    const { memberships, engagements, segments } = records;
    // Everyone the trip names: its members, and anyone added to an engagement or a journey by name.
    const personIds = new Set([
      ...memberships.map((membership) => membership.personId),
      ...engagements.flatMap((engagement) => [...engagement.addedAttendeeIds, ...engagement.removedAttendeeIds]),
      ...segments.flatMap((segment) => segment.travellerIds ?? []),
    ]);
    const [people, engagementContacts] = await Promise.all([
      db.people.bulkGet([...personIds]),
      db.contacts.bulkGet([...new Set(engagements.flatMap((engagement) => engagement.contactIds))]),
    ]);
    const foundPeople = people.filter((person) => person !== undefined);
    const foundContacts = engagementContacts.filter((contact) => contact !== undefined);
    const organisationIds = new Set([
      ...engagements.flatMap((engagement) => engagement.organisationIds),
      ...foundPeople.flatMap((person) => person.organisationId ?? []),
      ...foundContacts.map((contact) => contact.organisationId),
    ]);
    const organisations = (await db.organisations.bulkGet([...organisationIds])).filter(
      (organisation) => organisation !== undefined,
    );
    // An organisation travels with all its contacts, so the colleague has the whole card.
    const organisationContacts = await db.contacts
      .where('organisationId')
      .anyOf(organisations.map((organisation) => organisation.id))
      .toArray();
    const contacts = new Map([...foundContacts, ...organisationContacts].map((contact) => [contact.id, contact]));
    return { ...records, organisations, contacts: [...contacts.values()], people: foundPeople };
  }

  /** What is here that importing the file touches. Call inside a transaction over the trip tables. */
  async function readHere(file: TripFile): Promise<RecordsHere> {
    const tripId = file.trip.id;
    const tables = {} as Record<string, Row[]>;
    for (const name of TRIP_FILE_OWNED_TABLES) {
      const ofTrip = (await db.table(name).where('tripId').equals(tripId).toArray()) as Row[];
      const have = new Set(ofTrip.map((row) => row.id));
      const wanted = (file.tables[name] as Row[]).map((row) => row.id).filter((id) => !have.has(id));
      const sameIds = ((await db.table(name).bulkGet(wanted)) as (Row | undefined)[]).filter((row) => row !== undefined);
      tables[name] = [...ofTrip, ...sameIds];
    }
    for (const name of TRIP_FILE_DIRECTORY_TABLES) {
      const ids = (file.tables[name] as Row[]).map((row) => row.id);
      tables[name] = ((await db.table(name).bulkGet(ids)) as (Row | undefined)[]).filter((row) => row !== undefined);
    }
    return { trip: await db.trips.get(tripId), tables: tables as unknown as TripFileTables };
  }

  return {
    async exportTrip(tripId) {
      const bundle = await db.transaction('r', tripTables(), () => readBundle(tripId));
      if (!bundle) return err(message('files:tripExport.tripGone'));
      const text = serializeTripFile(createTripFile(app, clock.now(), bundle));
      return ok({ fileName: tripFileName(bundle.trip), text });
    },

    async planImport(file) {
      const here = await db.transaction('r', tripTables(), () => readHere(file));
      return planTripImport(file, here);
    },

    async applyImport(file) {
      try {
        return await db.transaction('rw', tripTables(), async (): Promise<Result<TripImportPlan, Message>> => {
          const plan = planTripImport(file, await readHere(file));
          if (plan.refusal !== null) return err(plan.refusal);
          // Removals first: a member taken off and added again under a new id would otherwise meet the old
          // membership in the unique index of trip and person.
          for (const name of TRIP_FILE_OWNED_TABLES) {
            const removed = plan.tables[name].removed.map((record) => record.id);
            if (removed.length > 0) await db.table(name).bulkDelete(removed);
          }
          for (const name of TRIP_FILE_DIRECTORY_TABLES) {
            const rows = recordsToWrite(plan, file, name);
            if (rows.length > 0) await db.table(name).bulkPut(rows);
          }
          const trip = recordsToWrite(plan, file, 'trips');
          if (trip.length > 0) await db.trips.bulkPut(trip);
          for (const name of TRIP_FILE_OWNED_TABLES) {
            const rows = recordsToWrite(plan, file, name);
            if (rows.length > 0) await db.table(name).bulkPut(rows);
          }
          return ok(plan);
        });
      } catch (error) {
        return err(message('files:tripImport.failed', { reason: reasonOf(error) }));
      }
    },
  };
}

/** Why a write failed; a full disk is named as such. */
function reasonOf(error: unknown): Message | string {
  if (isStorageFull(error)) return message('files:tripImport.noSpace');
  return error instanceof Error ? error.message : String(error);
}
