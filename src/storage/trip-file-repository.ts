/**
 * One trip in a file, out and back in: exporting reads the trip, its own records and the directory records it
 * refers to in one read transaction, so the file is one consistent moment; importing plans and writes in one
 * transaction, re-planning inside it so that what is applied is what is there now, not what the preview saw.
 * If any write is refused, nothing changes. Only parsed trip files (see parseTripFile) come in here.
 *
 * Each file saved or imported is kept as a base of its trip (trip-file-base.ts), an imported one in the import's
 * transaction: the version a later file from a colleague is merged against.
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
import { baseOfFile, basesToForget, baseToMakeFrom, upgradedBase, type TripFileBase } from '../domain/files/trip-file-base';
import {
  planTripImport,
  recordsToWrite,
  type ImportChoices,
  type RecordsHere,
  type TripImportPlan,
} from '../domain/files/trip-import-plan';
import { APP_IDENTITY } from './backup-repository';
import type { Clock } from './clock';
import type { PlannerDatabase } from './database';
import { message, type Message } from '../domain/shared/message';
import { isStorageFull } from './storage-errors';
import type { TripRepository } from './trip-repository';

export interface TripFileRepository {
  /**
   * The trip's file and the name proposed for it, with the base to keep once the file is saved (keepBase);
   * an error when there is no such trip.
   */
  exportTrip(tripId: string): Promise<Result<{ fileName: string; text: string; base: TripFileBase }, Message>>;
  /** Keeps the trip as it was in a file just saved, as the version the colleague it goes to starts from. */
  keepBase(base: TripFileBase): Promise<void>;
  /** What importing the file would change here, without writing anything: for the preview. */
  planImport(file: TripFile): Promise<TripImportPlan>;
  /**
   * Imports the file as planned at that moment, in one transaction: the trip and its records as in the file
   * (removing those it no longer holds), or merged with those here against the base the file was made from,
   * with `choices` for the fields both changed; the directory records it brings added or updated; and the
   * file kept as the trip's newest base. Refused, changing nothing, when the plan is refused or any write
   * fails. Returns the plan that was applied.
   */
  applyImport(file: TripFile, choices?: ImportChoices): Promise<Result<TripImportPlan, Message>>;
}

type Row = { id: string };

export function createTripFileRepository(
  db: PlannerDatabase,
  clock: Clock,
  trips: TripRepository,
  app: FileApp = APP_IDENTITY,
): TripFileRepository {
  const tripTables = () => [db.trips, ...TRIP_FILE_TABLES.map((name) => db.table(name)), db.tripFileBases];

  /** The trip's bases kept here. Call inside a transaction over the bases. */
  const basesOf = (tripId: string) => db.tripFileBases.where('tripId').equals(tripId).toArray();

  /** Keeps `base`, forgetting the trip's oldest beyond the few kept. Call inside a transaction over the bases. */
  async function putBase(base: TripFileBase): Promise<void> {
    await db.tripFileBases.put(base);
    const forgotten = basesToForget(await basesOf(base.tripId));
    if (forgotten.length > 0) await db.tripFileBases.bulkDelete(forgotten);
  }

  /** The base the file was made from, if this computer kept it. Call inside a transaction over the bases. */
  async function baseOf(file: TripFile): Promise<TripFileBase | undefined> {
    if (file.baseId === undefined) return undefined;
    const base = await db.tripFileBases.get(file.baseId);
    return base && base.tripId === file.trip.id ? upgradedBase(base) : undefined;
  }

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
      const read = await db.transaction('r', tripTables(), async () => {
        const bundle = await readBundle(tripId);
        return bundle && { bundle, baseId: baseToMakeFrom(await basesOf(tripId)) };
      });
      if (!read) return err(message('files:tripExport.tripGone'));
      const now = clock.now();
      const file = createTripFile(app, now, read.bundle, { versionId: clock.newId(), baseId: read.baseId });
      // Made with a version id, so there is always a base.
      const base = baseOfFile(file, 'sent', now)!;
      return ok({ fileName: tripFileName(read.bundle.trip), text: serializeTripFile(file), base });
    },

    async keepBase(base) {
      await db.transaction('rw', db.tripFileBases, () => putBase(base));
    },

    async planImport(file) {
      const [here, base] = await db.transaction('r', tripTables(), () => Promise.all([readHere(file), baseOf(file)]));
      return planTripImport(file, here, base);
    },

    async applyImport(file, choices = {}) {
      try {
        return await db.transaction('rw', tripTables(), async (): Promise<Result<TripImportPlan, Message>> => {
          const plan = planTripImport(file, await readHere(file), await baseOf(file));
          if (plan.refusal !== null) return err(plan.refusal);
          // Removals first: a member taken off and added again under a new id would otherwise meet the old
          // membership in the unique index of trip and person.
          for (const name of TRIP_FILE_OWNED_TABLES) {
            const removed = plan.tables[name].removed.map((record) => record.id);
            if (removed.length > 0) await db.table(name).bulkDelete(removed);
          }
          for (const name of TRIP_FILE_DIRECTORY_TABLES) {
            const rows = recordsToWrite(plan, file, name, choices);
            if (rows.length > 0) await db.table(name).bulkPut(rows);
          }
          const trip = recordsToWrite(plan, file, 'trips', choices);
          if (trip.length > 0) await db.trips.bulkPut(trip);
          for (const name of TRIP_FILE_OWNED_TABLES) {
            const rows = recordsToWrite(plan, file, name, choices);
            if (rows.length > 0) await db.table(name).bulkPut(rows);
          }
          // A file imported again is the same version: kept once, as it was first.
          const received = baseOfFile(file, 'received', clock.now());
          if (received && (await db.tripFileBases.get(received.id)) === undefined) await putBase(received);
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
