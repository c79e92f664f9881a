/**
 * The backup file: the whole database in one versioned JSON document, and the parser that is the only way a
 * backup gets back in. A backup is untrusted input (it may be truncated, from a newer app, not a backup at
 * all, or edited by hand), so it is parsed here, once, into records that every table's validator accepts,
 * with references that hold and links the app opens; anything else is refused with a message naming the table,
 * record and field.
 *
 * An older backup is brought up to date by the database's own migration list (src/domain/schema), row by row,
 * exactly as an old database is when the app opens it.
 *
 * Records are validated but kept as they were written (after upgrade), not replaced by the validator's output:
 * the validators drop fields they do not know, and a field added without a new schema version (as
 * `calendarExportedReminders` was) must survive a backup made by a slightly newer build.
 *
 * Persisted names (the format name, its keys, the table names) are part of the file format: do not rename.
 */
import type { Acknowledgement } from '../checks/acknowledgements';
import type { Room } from '../rooming/room';
import type { Assignment, Resource } from '../logistics/resource';
import type { Contact, Organisation } from '../directory/organisation';
import type { Engagement, FollowUp } from '../engagements/engagement';
import type { Membership, Person } from '../people/person';
import type { City } from '../route/city';
import type { Hotel } from '../route/hotel';
import type { Journey } from '../route/journey';
import { CURRENT_SCHEMA_VERSION, STORED_TABLES, upgradeTables, type RawTables, type StoredTableName } from '../schema/schema-history';
import { message } from '../shared/message';
import { err, ok, type Result } from '../shared/result';
import type { Trip } from '../trip/trip';
import { readEnvelope, type EnvelopeSpec, type FileApp } from './file-envelope';
import { checkLinks } from './link-checks';
import { checkTableRecords, countZonedTimes, findDanglingReference, type FileProblem, type RecordReference } from './record-checks';

/** Names the file as a backup of this app: persisted, do not rename. */
export const BACKUP_FORMAT = 'delegation-planner-backup';
/** The version of the envelope (the keys around the tables), not of the database schema. */
export const BACKUP_FORMAT_VERSION = 1;
/** The format name of a file of one trip (trip-file.ts), recognised here to point to the right importer. */
const TRIP_FILE_FORMAT_NAME = 'delegation-planner-trip';

/** A row of the settings table: a key and any JSON value. */
export interface BackupSetting {
  key: string;
  value: unknown;
}

/** The type of one record of each table. A table added to the schema that is missing here fails to compile. */
interface StoredRecords {
  trips: Trip;
  stops: City;
  segments: Journey;
  accommodations: Hotel;
  organisations: Organisation;
  contacts: Contact;
  people: Person;
  memberships: Membership;
  engagements: Engagement;
  followUps: FollowUp;
  settings: BackupSetting;
  acknowledgements: Acknowledgement;
  rooms: Room;
  resources: Resource;
  assignments: Assignment;
}

/** Every table of the current schema version, with its records. */
export type BackupTables = { [Table in StoredTableName]: StoredRecords[Table][] };

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  app: FileApp;
  /** The schema version of the database the backup was made from, after any upgrade on reading. */
  schemaVersion: number;
  createdAt: string;
  tables: BackupTables;
}

export type BackupProblemKind =
  | 'empty'
  | 'not-json'
  | 'truncated'
  | 'not-a-backup'
  | 'newer-format'
  | 'newer-schema'
  | 'invalid-envelope'
  | 'invalid-record'
  | 'duplicate-id'
  | 'dangling-reference';

/** Why a backup was refused, as a message for the organiser, with where it went wrong when that is known. */
export type BackupProblem = FileProblem<BackupProblemKind>;

/** Builds a backup of the current schema version from the tables as read. */
export function createBackup(app: FileApp, createdAt: string, tables: BackupTables): Backup {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    app,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt,
    tables,
  };
}

/** The backup as the text of its file. */
export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup);
}

/**
 * Reads the text of a backup file. Never throws: a file that is empty, not JSON, cut short, not a backup,
 * from a newer app, or holding a record that is invalid or refers to one that is missing is refused with a
 * problem whose message says what is wrong and where. An older backup is upgraded to the current schema.
 */
export function parseBackup(text: string, onProgress?: ReadingProgress): Result<Backup, BackupProblem> {
  try {
    return parseBackupText(text, onProgress);
  } catch (error) {
    // Nothing above is expected to throw; this keeps the promise of the import boundary if something does.
    return err({ kind: 'not-a-backup', message: message('files:backup.unreadable', { detail: String(error) }) });
  }
}

/**
 * Where reading a backup has got to, for a progress bar: reading the text (JSON), then checking its records, of
 * which there are `records` holding `times` zoned times.
 */
export type ReadingStage = { stage: 'reading' } | { stage: 'checking'; checked: number; records: number; times: number };
export type ReadingProgress = (stage: ReadingStage) => void;

function parseBackupText(text: string, onProgress?: ReadingProgress): Result<Backup, BackupProblem> {
  onProgress?.({ stage: 'reading' });
  const envelope = readEnvelope(text, BACKUP_ENVELOPE);
  if (!envelope.ok) return envelope;
  const { app, schemaVersion, createdAt, tables } = envelope.value;
  const upgraded = upgradeTables(tables, schemaVersion);
  const times = onProgress ? countZonedTimes(upgraded) : 0;
  const checked = checkTableRecords(
    upgraded,
    STORED_TABLES,
    onProgress && ((done, records) => onProgress({ stage: 'checking', checked: done, records, times })),
  );
  if (!checked.ok) return checked;
  const dangling = findDanglingReference(upgraded, REFERENCES, 'backup');
  if (dangling) return err(dangling);
  // Websites as the form stores them, an http:// one upgraded to https (see link-checks.ts for why).
  const linked = checkLinks(upgraded);
  if (!linked.ok) return linked;

  return ok({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    app,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt,
    tables: everyTable(linked.value),
  });
}

/** The tables of a backup whose every row passed its table's validator, so they have the domain's types. */
function everyTable(tables: RawTables): BackupTables {
  return Object.fromEntries(STORED_TABLES.map((table) => [table, tables[table] ?? []])) as unknown as BackupTables;
}

const BACKUP_ENVELOPE: EnvelopeSpec<'not-a-backup'> = {
  format: BACKUP_FORMAT,
  formatVersion: BACKUP_FORMAT_VERSION,
  words: {
    empty: message('files:backup.empty'),
    truncated: message('files:backup.truncated'),
    notJson: message('files:backup.notJson'),
    notThisKind: message('files:backup.notABackup'),
    noFormatVersion: message('files:backup.noFormatVersion', { field: 'formatVersion' }),
    newerFormat: (found, reads) => message('files:backup.newerFormat', { found, reads }),
    noSchemaVersion: message('files:backup.noSchemaVersion', { field: 'schemaVersion' }),
    newerSchema: (found, reads) => message('files:backup.newerSchema', { found, reads }),
    noApp: message('files:backup.noApp', { name: 'app.name', version: 'app.version' }),
    noCreatedAt: message('files:backup.noCreatedAt', { field: 'createdAt' }),
    noTables: message('files:backup.noTables'),
    missingTable: (table) => message('files:backup.missingTable', { table }),
  },
  notThisKind: 'not-a-backup',
  other: {
    format: TRIP_FILE_FORMAT_NAME,
    kind: 'not-a-backup',
    message: message('files:backup.isTripFile'),
  },
  tables: STORED_TABLES,
};

/**
 * The references a restored database relies on: every record of a trip belongs to a trip that is there, and
 * the city, person or engagement it hangs on is there too. References the app tolerates missing (a person's
 * organisation, which may have been deleted) are not checked.
 */
const REFERENCES: readonly RecordReference[] = [
  { table: 'stops', field: 'tripId', target: 'trips' },
  { table: 'segments', field: 'tripId', target: 'trips' },
  { table: 'accommodations', field: 'tripId', target: 'trips' },
  { table: 'accommodations', field: 'stopId', target: 'stops' },
  { table: 'memberships', field: 'tripId', target: 'trips' },
  { table: 'memberships', field: 'personId', target: 'people' },
  { table: 'engagements', field: 'tripId', target: 'trips' },
  { table: 'engagements', field: 'stopId', target: 'stops' },
  { table: 'followUps', field: 'tripId', target: 'trips' },
  { table: 'acknowledgements', field: 'tripId', target: 'trips' },
  { table: 'rooms', field: 'tripId', target: 'trips' },
  { table: 'rooms', field: 'accommodationId', target: 'accommodations' },
  { table: 'resources', field: 'tripId', target: 'trips' },
  { table: 'assignments', field: 'tripId', target: 'trips' },
  { table: 'assignments', field: 'resourceId', target: 'resources' },
];

export interface BackupSummary {
  app: FileApp;
  createdAt: string;
  schemaVersion: number;
  counts: Record<StoredTableName, number>;
  /** The trips the backup holds, by start date, for the preview. */
  trips: { id: string; name: string; startDate: string; endDate: string }[];
}

/** What a backup holds, for the preview before restoring it. */
export function summarizeBackup(backup: Backup): BackupSummary {
  const counts = Object.fromEntries(STORED_TABLES.map((table) => [table, backup.tables[table].length])) as Record<
    StoredTableName,
    number
  >;
  const trips = backup.tables.trips
    .map((trip) => ({ id: trip.id, name: trip.name, startDate: trip.startDate, endDate: trip.endDate }))
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.name.localeCompare(b.name));
  return { app: backup.app, createdAt: backup.createdAt, schemaVersion: backup.schemaVersion, counts, trips };
}
