/**
 * The database schema history. Append-only: every version that has shipped stays here, declares the full
 * schema, and carries its upgrade function if it changes data. A test fails if a shipped version is removed
 * or changed. Table and index names are persisted: do not rename.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie store definitions for every table: primary key first, then indexes. */
  stores: Record<string, string>;
  /** Changes existing rows to the new shape; runs once, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => PromiseLike<unknown>;
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      trips: 'id, name, startDate, updatedAt',
      stops: 'id, tripId',
      segments: 'id, tripId, departure.utc',
      accommodations: 'id, tripId, stopId',
      organisations: 'id, name, nameLocal, type, *tags',
      contacts: 'id, organisationId, name',
      people: 'id, name, email, organisationId',
      memberships: 'id, tripId, personId, &[tripId+personId]',
      engagements: 'id, tripId, stopId, start.utc, *organisationIds',
      followUps: 'id, tripId, engagementId, dueDate',
      settings: 'key',
    },
  },
  {
    // Trips gain `home`, the place the delegation leaves from, for the route map. Existing trips have none yet.
    version: 2,
    stores: {
      trips: 'id, name, startDate, updatedAt',
      stops: 'id, tripId',
      segments: 'id, tripId, departure.utc',
      accommodations: 'id, tripId, stopId',
      organisations: 'id, name, nameLocal, type, *tags',
      contacts: 'id, organisationId, name',
      people: 'id, name, email, organisationId',
      memberships: 'id, tripId, personId, &[tripId+personId]',
      engagements: 'id, tripId, stopId, start.utc, *organisationIds',
      followUps: 'id, tripId, engagementId, dueDate',
      settings: 'key',
    },
    upgrade: (tx) =>
      tx
        .table('trips')
        .toCollection()
        .modify((trip: Record<string, unknown>) => {
          if (!('home' in trip)) trip['home'] = null;
        }),
  },
  {
    // Trips gain `conflictBufferMinutes` (45 until the organiser says otherwise), and a new table keeps the
    // organiser's acknowledgements of a trip's conflicts, one per conflict.
    version: 3,
    stores: {
      trips: 'id, name, startDate, updatedAt',
      stops: 'id, tripId',
      segments: 'id, tripId, departure.utc',
      accommodations: 'id, tripId, stopId',
      organisations: 'id, name, nameLocal, type, *tags',
      contacts: 'id, organisationId, name',
      people: 'id, name, email, organisationId',
      memberships: 'id, tripId, personId, &[tripId+personId]',
      engagements: 'id, tripId, stopId, start.utc, *organisationIds',
      followUps: 'id, tripId, engagementId, dueDate',
      settings: 'key',
      acknowledgements: 'id, tripId, &[tripId+conflictId]',
    },
    upgrade: (tx) =>
      tx
        .table('trips')
        .toCollection()
        .modify((trip: Record<string, unknown>) => {
          if (typeof trip['conflictBufferMinutes'] !== 'number') trip['conflictBufferMinutes'] = 45;
        }),
  },
  {
    // Memberships gain `calendarExportedEvents`: what the person's last exported calendar held (each event's
    // UID with its SEQUENCE and STATUS), to show who has changes they have not yet received. Calendars
    // exported before this are not known: null.
    version: 4,
    stores: {
      trips: 'id, name, startDate, updatedAt',
      stops: 'id, tripId',
      segments: 'id, tripId, departure.utc',
      accommodations: 'id, tripId, stopId',
      organisations: 'id, name, nameLocal, type, *tags',
      contacts: 'id, organisationId, name',
      people: 'id, name, email, organisationId',
      memberships: 'id, tripId, personId, &[tripId+personId]',
      engagements: 'id, tripId, stopId, start.utc, *organisationIds',
      followUps: 'id, tripId, engagementId, dueDate',
      settings: 'key',
      acknowledgements: 'id, tripId, &[tripId+conflictId]',
    },
    upgrade: (tx) =>
      tx
        .table('memberships')
        .toCollection()
        .modify((membership: Record<string, unknown>) => {
          if (!('calendarExportedEvents' in membership)) membership['calendarExportedEvents'] = null;
        }),
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;
