/**
 * The trip file: one trip with its own records and the directory records (organisations, contacts, people) it
 * refers to, in one versioned JSON document, to hand a plan to a colleague on another machine. Like a backup
 * it is untrusted input, so it is parsed here, once, by the backup's own rules (record-checks.ts,
 * file-envelope.ts and the migration list of src/domain/schema): the same validators, the same upgrades of
 * older schema versions, the same messages naming table, record and field. On top of those, a trip file holds
 * one trip only: a record of another trip, or a reference to a city, journey or person the file does not hold,
 * refuses the whole file.
 *
 * The records are kept as written (after upgrade), for the reason given in backup.ts: fields a slightly newer
 * build added must survive the journey.
 *
 * Persisted names (the format name, its keys, the table names) are part of the file format: do not rename.
 */
import { CURRENT_SCHEMA_VERSION, TRIP_OWNED_TABLES, upgradeTables, type RawTables, type Row, type StoredTableName } from '../schema/schema-history';
import { BACKUP_FORMAT, type BackupProblem, type BackupProblemKind, type BackupTables } from './backup';
import { readEnvelope, type EnvelopeSpec, type FileApp } from './file-envelope';
import { checkLinks } from './link-checks';
import { checkTableRecords, findDanglingReference, recordProblem, type FileProblem, type RecordReference } from './record-checks';
import { safeFileName } from '../shared/file-name';
import { message } from '../shared/message';
import { err, ok, type Result } from '../shared/result';
import type { Trip } from '../trip/trip';
import type { TripBundle } from '../trip/trip-bundle';

/** Names the file as one trip of this app: persisted, do not rename. */
export const TRIP_FILE_FORMAT = 'delegation-planner-trip';
/** The version of the envelope (the keys around the tables), not of the database schema. */
export const TRIP_FILE_FORMAT_VERSION = 1;
/**
 * The end of a trip file's name, without the leading dot (as safeFileName takes it): "Liverpool mission
 * 2016.trip.json". It ends in .json so that any machine opens it as text; a save dialog filters on "json".
 */
export const TRIP_FILE_EXTENSION = 'trip.json';

/** The tables of a trip's own records, in the order they are written: the stored tables a trip owns. */
export const TRIP_FILE_OWNED_TABLES = TRIP_OWNED_TABLES;

/** The shared directory's tables: a trip file brings the records its trip refers to, added or updated, never removed. */
export const TRIP_FILE_DIRECTORY_TABLES = ['organisations', 'contacts', 'people'] as const satisfies readonly StoredTableName[];

export type TripOwnedTableName = (typeof TRIP_FILE_OWNED_TABLES)[number];
export type DirectoryTableName = (typeof TRIP_FILE_DIRECTORY_TABLES)[number];
export type TripFileTableName = TripOwnedTableName | DirectoryTableName;

/** Every table of a trip file, directory first, in the order they are written and reported. */
export const TRIP_FILE_TABLES: readonly TripFileTableName[] = [...TRIP_FILE_DIRECTORY_TABLES, ...TRIP_FILE_OWNED_TABLES];

export type TripFileTables = Pick<BackupTables, TripFileTableName>;

export interface TripFile {
  format: typeof TRIP_FILE_FORMAT;
  formatVersion: typeof TRIP_FILE_FORMAT_VERSION;
  app: FileApp;
  /** The schema version of the database the trip was exported from, after any upgrade on reading. */
  schemaVersion: number;
  createdAt: string;
  /**
   * Which version of the trip this file is, and which version it was made from (the last copy its computer
   * exchanged, see trip-file-base.ts): what an import merges against. Files of older builds carry neither and
   * are imported as before, their records replacing those here. Older builds reading a newer file ignore both.
   */
  versionId?: string;
  baseId?: string;
  trip: Trip;
  tables: TripFileTables;
}

export type TripFileProblemKind =
  | Exclude<BackupProblemKind, 'not-a-backup'>
  | 'not-a-trip-file'
  /** A backup of the whole database, which is restored from Backups, not imported as a trip. */
  | 'whole-backup'
  /** A record that belongs to a trip other than the file's. */
  | 'other-trip';

/** Why a trip file was refused, as a message for the organiser, with where it went wrong when that is known. */
export type TripFileProblem = FileProblem<TripFileProblemKind>;

/**
 * The references inside a trip file that must hold: what a record hangs on (its stop, a journey's ends, a
 * member's person) is in the file. References the app itself tolerates missing (a person's organisation, an
 * engagement's partners, a follow-up of an engagement deleted with its stop) are not checked, so that every
 * trip the app holds can be exported and read back.
 */
const TRIP_FILE_REFERENCES: readonly RecordReference[] = [
  { table: 'accommodations', field: 'stopId', target: 'stops' },
  { table: 'segments', field: 'fromStopId', target: 'stops' },
  { table: 'segments', field: 'toStopId', target: 'stops' },
  { table: 'memberships', field: 'personId', target: 'people' },
  { table: 'engagements', field: 'stopId', target: 'stops' },
  { table: 'rooms', field: 'accommodationId', target: 'accommodations' },
  { table: 'assignments', field: 'resourceId', target: 'resources' },
];

/** Which version of the trip a new file is, and the version it was made from (none for a trip never exchanged). */
export interface TripFileVersion {
  versionId: string;
  baseId: string | null;
}

/**
 * Builds a trip file of the latest schema version from a trip's records and the directory records they refer
 * to, as the version `version` names.
 */
export function createTripFile(app: FileApp, createdAt: string, bundle: TripBundle, version: TripFileVersion): TripFile {
  return {
    format: TRIP_FILE_FORMAT,
    formatVersion: TRIP_FILE_FORMAT_VERSION,
    app,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt,
    versionId: version.versionId,
    ...(version.baseId !== null ? { baseId: version.baseId } : {}),
    trip: bundle.trip,
    tables: {
      organisations: bundle.organisations,
      contacts: bundle.contacts,
      people: bundle.people,
      stops: bundle.stops,
      segments: bundle.segments,
      accommodations: bundle.accommodations,
      memberships: bundle.memberships,
      engagements: bundle.engagements,
      followUps: bundle.followUps,
      acknowledgements: bundle.acknowledgements,
      rooms: bundle.rooms,
      resources: bundle.resources,
      assignments: bundle.assignments,
    },
  };
}

/** The trip file as the text of its file. */
export function serializeTripFile(file: TripFile): string {
  return JSON.stringify(file);
}

/** The name proposed for a trip's file: its name, made safe for every file system, then ".trip.json". */
export function tripFileName(trip: Pick<Trip, 'name'>): string {
  return safeFileName(trip.name, TRIP_FILE_EXTENSION, 'trip');
}

/**
 * Reads the text of a trip file. Never throws: a file that is empty, not JSON, cut short, a backup of the
 * whole database, not a trip file, from a newer app, holding an invalid record, a record of another trip or a
 * reference to a record it does not hold is refused with a problem whose message says what is wrong and where.
 * A file of an older schema version is upgraded to the latest, as a backup is.
 */
export function parseTripFile(text: string): Result<TripFile, TripFileProblem> {
  try {
    return parseTripFileText(text);
  } catch (error) {
    // Nothing below is expected to throw; this keeps the promise of the import boundary if something does.
    return err({ kind: 'not-a-trip-file', message: message('files:tripFile.unreadable', { detail: String(error) }) });
  }
}

function parseTripFileText(text: string): Result<TripFile, TripFileProblem> {
  const envelope = readEnvelope(text, TRIP_FILE_ENVELOPE);
  if (!envelope.ok) return envelope;
  const { document, app, schemaVersion, createdAt, tables } = envelope.value;
  // Checked by the envelope: the trip is a record.
  const rawTrip = document['trip'] as Row;

  // The upgrades work on whole tables, so the trip goes through them as the one row of its table.
  const upgraded = upgradeTables({ ...tables, trips: [rawTrip] }, schemaVersion);
  const upgradedTrip = upgraded.trips?.[0] ?? rawTrip;
  const tripId = typeof upgradedTrip['id'] === 'string' ? upgradedTrip['id'] : undefined;
  const where = tripId !== undefined ? message('files:tripFile.theTripWithId', { idField: 'id', id: tripId }) : message('files:tripFile.theTrip');
  const tripProblem = recordProblem('trips', 0, upgradedTrip, where);
  if (tripProblem) return err(asTripFileProblem(tripProblem));
  const trip = upgradedTrip as unknown as Trip;

  const checked = checkTableRecords(upgraded, TRIP_FILE_TABLES);
  if (!checked.ok) return err(asTripFileProblem(checked.error));
  const foreign = recordOfAnotherTrip(upgraded, trip);
  if (foreign) return err(foreign);
  const dangling = findDanglingReference(upgraded, TRIP_FILE_REFERENCES, 'file');
  if (dangling) return err(asTripFileProblem(dangling));
  // Websites as the form stores them, an http:// one upgraded to https (see link-checks.ts for why).
  const linked = checkLinks(upgraded);
  if (!linked.ok) return err(asTripFileProblem(linked.error));

  // Every row passed its table's validator, so the tables have the domain's types.
  const tableOf = (name: TripFileTableName) => (linked.value[name] ?? []) as unknown;
  const versionId = idIn(document['versionId']);
  const baseId = idIn(document['baseId']);
  return ok({
    format: TRIP_FILE_FORMAT,
    formatVersion: TRIP_FILE_FORMAT_VERSION,
    app,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt,
    ...(versionId !== undefined ? { versionId } : {}),
    ...(baseId !== undefined ? { baseId } : {}),
    trip,
    tables: Object.fromEntries(TRIP_FILE_TABLES.map((name) => [name, tableOf(name)])) as TripFileTables,
  });
}

const TRIP_FILE_ENVELOPE: EnvelopeSpec<'not-a-trip-file' | 'whole-backup'> = {
  format: TRIP_FILE_FORMAT,
  formatVersion: TRIP_FILE_FORMAT_VERSION,
  words: {
    empty: message('files:tripFile.empty'),
    truncated: message('files:tripFile.truncated'),
    notJson: message('files:tripFile.notJson'),
    notThisKind: message('files:tripFile.notATripFile'),
    noFormatVersion: message('files:tripFile.noFormatVersion', { field: 'formatVersion' }),
    newerFormat: (found, reads) => message('files:tripFile.newerFormat', { found, reads }),
    noSchemaVersion: message('files:tripFile.noSchemaVersion', { field: 'schemaVersion' }),
    newerSchema: (found, reads) => message('files:tripFile.newerSchema', { found, reads }),
    noApp: message('files:tripFile.noApp', { name: 'app.name', version: 'app.version' }),
    noCreatedAt: message('files:tripFile.noCreatedAt', { field: 'createdAt' }),
    noTables: message('files:tripFile.noTables'),
    missingTable: (table) => message('files:tripFile.missingTable', { table }),
  },
  notThisKind: 'not-a-trip-file',
  other: {
    format: BACKUP_FORMAT,
    kind: 'whole-backup',
    message: message('files:tripFile.isBackup'),
  },
  tables: TRIP_FILE_TABLES,
  records: [{ key: 'trip', table: 'trips', message: message('files:tripFile.noTrip') }],
};

/** Ids this app writes are UUIDs (36 characters); longer text is not one of them. */
const MAX_VERSION_ID_LENGTH = 100;

/**
 * A version id as the file gives it; anything else (absent, as in older files, or not a short text) is no id,
 * and the file is imported as one without a version.
 */
function idIn(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_VERSION_ID_LENGTH ? value : undefined;
}

/** The record checks shared with backups report only invalid records, repeated ids and dangling references. */
function asTripFileProblem(problem: BackupProblem): TripFileProblem {
  return problem as TripFileProblem;
}

/** The first of the trip's own records that says it belongs to another trip, as a problem; null when none does. */
function recordOfAnotherTrip(tables: RawTables, trip: Trip): TripFileProblem | null {
  for (const table of TRIP_FILE_OWNED_TABLES) {
    for (const [index, row] of (tables[table] ?? []).entries()) {
      const tripId = row['tripId'];
      if (tripId !== trip.id) {
        const recordId = String(row['id']);
        return {
          kind: 'other-trip',
          table,
          index,
          recordId,
          field: 'tripId',
          message: message('files:tripFile.otherTrip', { table, number: index + 1, idField: 'id', id: recordId, tripField: 'tripId', otherTripId: String(tripId), trip: trip.name, tripId: trip.id }),
        };
      }
    }
  }
  return null;
}
