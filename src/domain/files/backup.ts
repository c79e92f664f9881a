/**
 * The backup file: the whole database in one versioned JSON document, and the parser that is the only way a
 * backup gets back in. A backup is untrusted input (it may be truncated, from a newer app, not a backup at
 * all, or edited by hand), so it is parsed here, once, into records that every table's validator accepts,
 * with references that hold; anything else is refused with a message naming the table, record and field.
 *
 * Older backups are brought up to date by pure upgrades that mirror the database's schema history
 * (src/storage/schema.ts): a test keeps BACKUP_SCHEMA_VERSION and BACKUP_TABLES equal to that history's
 * latest version, since this module may not import storage.
 *
 * Records are validated but kept as they were written (after upgrade), not replaced by the validator's output:
 * the validators drop fields they do not know, and a field added without a new schema version (as
 * `calendarExportedReminders` was) must survive a backup made by a slightly newer build.
 *
 * Persisted names (the format name, its keys, the table names) are part of the file format: do not rename.
 */
import type { z } from 'zod';
import { hotelSchema, type Hotel } from '../route/hotel';
import { acknowledgementSchema, type Acknowledgement } from '../checks/acknowledgements';
import { engagementSchema, followUpSchema, type Engagement, type FollowUp } from '../engagements/engagement';
import { contactSchema, organisationSchema, type Contact, type Organisation } from '../directory/organisation';
import { membershipSchema, personSchema, type Membership, type Person } from '../people/person';
import { err, ok, type Result } from '../shared/result';
import { citySchema, type City } from '../route/city';
import { journeySchema, type Journey } from '../route/journey';
import { DEFAULT_BUFFER_MINUTES, tripSchema, type Trip } from '../trip/trip';

/** Names the file as a backup of this app: persisted, do not rename. */
export const BACKUP_FORMAT = 'delegation-planner-backup';
/** The version of the envelope (the keys around the tables), not of the database schema. */
export const BACKUP_FORMAT_VERSION = 1;
/** The format name of a file of one trip (trip-file.ts), recognised here to point to the right importer. */
const TRIP_FILE_FORMAT_NAME = 'delegation-planner-trip';
/** The latest database schema version this code reads and writes; equal to CURRENT_SCHEMA_VERSION. */
export const BACKUP_SCHEMA_VERSION = 4;

/** A row of the settings table: a key and any JSON value. */
export interface BackupSetting {
  key: string;
  value: unknown;
}

export interface BackupTables {
  trips: Trip[];
  stops: City[];
  segments: Journey[];
  accommodations: Hotel[];
  organisations: Organisation[];
  contacts: Contact[];
  people: Person[];
  memberships: Membership[];
  engagements: Engagement[];
  followUps: FollowUp[];
  settings: BackupSetting[];
  acknowledgements: Acknowledgement[];
}

export type BackupTableName = keyof BackupTables;

/** Every table of the latest schema version, in the order they are written and reported. */
export const BACKUP_TABLES: readonly BackupTableName[] = [
  'trips',
  'stops',
  'segments',
  'accommodations',
  'organisations',
  'contacts',
  'people',
  'memberships',
  'engagements',
  'followUps',
  'settings',
  'acknowledgements',
];

/** The tables each schema version has; a backup of that version must hold every one of them. */
const TABLES_BY_SCHEMA_VERSION: Record<number, readonly BackupTableName[]> = {
  1: BACKUP_TABLES.filter((table) => table !== 'acknowledgements'),
  2: BACKUP_TABLES.filter((table) => table !== 'acknowledgements'),
  3: BACKUP_TABLES,
  4: BACKUP_TABLES,
};

export interface BackupApp {
  name: string;
  version: string;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  app: BackupApp;
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

/** Why a file was refused, in words for the organiser, with where it went wrong when that is known. */
export interface BackupProblem {
  kind: BackupProblemKind;
  message: string;
  table?: BackupTableName;
  /** Position of the record in its table, 0 first. */
  index?: number;
  recordId?: string;
  field?: string;
}

const RECORD_SCHEMAS: Record<Exclude<BackupTableName, 'settings'>, z.ZodType> = {
  trips: tripSchema,
  stops: citySchema,
  segments: journeySchema,
  accommodations: hotelSchema,
  organisations: organisationSchema,
  contacts: contactSchema,
  people: personSchema,
  memberships: membershipSchema,
  engagements: engagementSchema,
  followUps: followUpSchema,
  acknowledgements: acknowledgementSchema,
};

/** Builds a backup of the latest schema version from the tables as read. */
export function createBackup(app: BackupApp, createdAt: string, tables: BackupTables): Backup {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    app,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    createdAt,
    tables,
  };
}

/** The backup as the text of its file. */
export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup);
}

/** A record as read from a file: any JSON object, not yet validated. */
export type Row = Record<string, unknown>;
/** Tables as read from a file, before upgrade and validation. */
export type RawTables = Partial<Record<BackupTableName, Row[]>>;

/**
 * Pure upgrades of a backup's rows from one schema version to the next, mirroring the upgrade functions of
 * src/storage/schema.ts. Key n upgrades rows of version n-1 to version n. Append-only, like the schema.
 */
export const BACKUP_UPGRADES: Record<number, (tables: RawTables) => RawTables> = {
  2: (tables) => ({
    ...tables,
    trips: (tables.trips ?? []).map((trip) => ('home' in trip ? trip : { ...trip, home: null })),
  }),
  3: (tables) => ({
    ...tables,
    trips: (tables.trips ?? []).map((trip) =>
      typeof trip['conflictBufferMinutes'] === 'number' ? trip : { ...trip, conflictBufferMinutes: DEFAULT_BUFFER_MINUTES },
    ),
    acknowledgements: tables.acknowledgements ?? [],
  }),
  4: (tables) => ({
    ...tables,
    memberships: (tables.memberships ?? []).map((membership) =>
      'calendarExportedEvents' in membership ? membership : { ...membership, calendarExportedEvents: null },
    ),
  }),
};

/** The rows of a backup of schema version `from`, upgraded to the latest version. */
export function upgradeBackupTables(tables: RawTables, from: number): RawTables {
  let upgraded = tables;
  for (let version = from + 1; version <= BACKUP_SCHEMA_VERSION; version++) {
    const upgrade = BACKUP_UPGRADES[version];
    if (upgrade) upgraded = upgrade(upgraded);
  }
  return upgraded;
}

/**
 * Reads the text of a backup file. Never throws: a file that is empty, not JSON, cut short, not a backup,
 * from a newer app, or holding a record that is invalid or refers to one that is missing is refused with a
 * problem whose message says what is wrong and where. An older backup is upgraded to the latest schema.
 */
export function parseBackup(text: string): Result<Backup, BackupProblem> {
  try {
    return parseBackupText(text);
  } catch (error) {
    // Nothing above is expected to throw; this keeps the promise of the import boundary if something does.
    return err({ kind: 'not-a-backup', message: `This file could not be read as a backup (${String(error)}).` });
  }
}

function parseBackupText(text: string): Result<Backup, BackupProblem> {
  const envelope = readEnvelope(text, BACKUP_ENVELOPE);
  if (!envelope.ok) return envelope;
  const { app, schemaVersion, createdAt, tables } = envelope.value;
  const upgraded = upgradeBackupTables(tables, schemaVersion);
  const checked = checkRecords(upgraded);
  if (!checked.ok) return checked;
  const references = checkReferences(checked.value);
  if (!references.ok) return references;

  return ok({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    app,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    createdAt,
    tables: checked.value,
  });
}

/** The problems an envelope can have, whatever kind of file it wraps. */
export type EnvelopeProblemKind = 'empty' | 'not-json' | 'truncated' | 'newer-format' | 'newer-schema' | 'invalid-envelope' | 'invalid-record';

/**
 * What differs between the files that share the envelope (a backup, a trip file): their format, the words for
 * them in messages, and the tables they hold. Messages are built as `${subject} does not say…`.
 */
export interface EnvelopeSpec<K extends string> {
  format: string;
  formatVersion: number;
  /** "This backup", "This trip file". */
  subject: string;
  /** What "This file is not a Delegation Planner …" names: "backup", "trip". */
  kindName: string;
  /** "backup format", "trip format". */
  formatName: string;
  /** What the person was doing: "restore", "import". */
  verb: string;
  emptyMessage: string;
  truncatedMessage: string;
  /** The kind of problem for a file that is not of this format. */
  notThisKind: K;
  /** Another format of the app, given where this one was expected: the kind and message that point to its place. */
  other: { format: string; kind: K; message: string };
  /** The tables the file holds (of those its schema version has). */
  tables: readonly BackupTableName[];
  /** Keys holding one record, checked (in order) before the tables: the trip file's `trip`. */
  records?: readonly { key: string; table: BackupTableName; message: string }[];
}

/** The envelope of a file as read: who made it, of which schema version, when, and its tables' raw rows. */
export interface Envelope {
  document: Row;
  app: BackupApp;
  schemaVersion: number;
  createdAt: string;
  tables: RawTables;
}

export type EnvelopeProblem<K extends string> = Omit<BackupProblem, 'kind'> & { kind: EnvelopeProblemKind | K };

/**
 * Reads the envelope shared by backups and trip files: JSON, the format and its version, the schema version,
 * the app and the time it was made, and the tables as arrays of records (not yet validated or upgraded).
 */
export function readEnvelope<K extends string>(text: string, spec: EnvelopeSpec<K>): Result<Envelope, EnvelopeProblem<K>> {
  if (typeof text !== 'string' || text.trim() === '') return err({ kind: 'empty', message: spec.emptyMessage });
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    if (endsPartWay(text)) return err({ kind: 'truncated', message: spec.truncatedMessage });
    return err({ kind: 'not-json', message: `This file is not a Delegation Planner ${spec.kindName}: it is not JSON.` });
  }
  if (isRow(document) && document['format'] === spec.other.format) {
    return err({ kind: spec.other.kind, message: spec.other.message });
  }
  if (!isRow(document) || document['format'] !== spec.format) {
    return err({ kind: spec.notThisKind, message: `This file is not a Delegation Planner ${spec.kindName}: it does not say it is one.` });
  }
  const formatVersion = document['formatVersion'];
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return err({ kind: 'invalid-envelope', message: `${spec.subject} does not say which version of the format it uses (formatVersion).` });
  }
  if (formatVersion > spec.formatVersion) {
    return err({
      kind: 'newer-format',
      message: `${spec.subject} was made by a newer version of the app (${spec.formatName} ${formatVersion}; this app reads format ${spec.formatVersion}). Update the app to ${spec.verb} it.`,
    });
  }
  const schemaVersion = document['schemaVersion'];
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return err({ kind: 'invalid-envelope', message: `${spec.subject} does not say which database version it holds (schemaVersion).` });
  }
  if (schemaVersion > BACKUP_SCHEMA_VERSION) {
    return err({
      kind: 'newer-schema',
      message: `${spec.subject} was made by a later version of Delegation Planner, which stores its data as version ${schemaVersion}; this one reads up to version ${BACKUP_SCHEMA_VERSION}. Update the app to ${spec.verb} it.`,
    });
  }
  const app = document['app'];
  if (!isRow(app) || typeof app['name'] !== 'string' || typeof app['version'] !== 'string') {
    return err({ kind: 'invalid-envelope', message: `${spec.subject} does not name the app and version that made it (app.name, app.version).` });
  }
  const createdAt = document['createdAt'];
  if (typeof createdAt !== 'string') {
    return err({ kind: 'invalid-envelope', message: `${spec.subject} does not say when it was made (createdAt).` });
  }
  for (const record of spec.records ?? []) {
    if (!isRow(document[record.key])) return err({ kind: 'invalid-envelope', table: record.table, message: record.message });
  }
  const rawTables = document['tables'];
  if (!isRow(rawTables)) {
    return err({ kind: 'invalid-envelope', message: `${spec.subject} holds no tables.` });
  }

  const ofVersion = TABLES_BY_SCHEMA_VERSION[schemaVersion] ?? BACKUP_TABLES;
  const tables: RawTables = {};
  for (const table of spec.tables.filter((name) => ofVersion.includes(name))) {
    const rows = rawTables[table];
    if (!Array.isArray(rows)) {
      return err({ kind: 'invalid-envelope', table, message: `${spec.subject} is missing the ${table} table.` });
    }
    const index = rows.findIndex((row) => !isRow(row));
    if (index >= 0) {
      return err({ kind: 'invalid-record', table, index, message: `${table}, record ${index + 1}: is not a record.` });
    }
    tables[table] = rows as Row[];
  }
  return ok({ document, app: { name: app['name'], version: app['version'] }, schemaVersion, createdAt, tables });
}

const BACKUP_ENVELOPE: EnvelopeSpec<'not-a-backup'> = {
  format: BACKUP_FORMAT,
  formatVersion: BACKUP_FORMAT_VERSION,
  subject: 'This backup',
  kindName: 'backup',
  formatName: 'backup format',
  verb: 'restore',
  emptyMessage: 'This file is empty: it holds no backup.',
  truncatedMessage:
    'This file ends part-way through, as if it was not completely saved or copied. Nothing was restored; try another copy of the backup.',
  notThisKind: 'not-a-backup',
  other: {
    format: TRIP_FILE_FORMAT_NAME,
    kind: 'not-a-backup',
    message: 'This is the file of one trip, not a backup: import it with “Import a trip file…” instead.',
  },
  tables: BACKUP_TABLES,
};

function checkRecords(tables: RawTables): Result<BackupTables, BackupProblem> {
  const checked = checkTableRecords(tables, BACKUP_TABLES);
  if (!checked.ok) return checked;
  // Every row passed its table's validator, so the tables have the domain's types.
  return ok({
    trips: tables.trips ?? [],
    stops: tables.stops ?? [],
    segments: tables.segments ?? [],
    accommodations: tables.accommodations ?? [],
    organisations: tables.organisations ?? [],
    contacts: tables.contacts ?? [],
    people: tables.people ?? [],
    memberships: tables.memberships ?? [],
    engagements: tables.engagements ?? [],
    followUps: tables.followUps ?? [],
    settings: tables.settings ?? [],
    acknowledgements: tables.acknowledgements ?? [],
  } as unknown as BackupTables);
}

/**
 * Why one row of a table is invalid, or null when its table's validator accepts it. `where` names the record
 * at the start of the message ("stops, record 2 (id "s-2")" unless given).
 */
export function recordProblem(table: BackupTableName, index: number, row: Row, where?: string): BackupProblem | null {
  const keyField = table === 'settings' ? 'key' : 'id';
  const key = row[keyField];
  const recordId = typeof key === 'string' ? key : undefined;
  const label = typeof row['name'] === 'string' ? row['name'] : typeof row['title'] === 'string' ? row['title'] : '';
  const named = label.trim() === '' ? '' : ` “${shorten(label)}”`;
  const at = where ?? `${table}, record ${index + 1}${named}${recordId !== undefined ? ` (${keyField} "${recordId}")` : ''}`;
  if (table === 'settings') {
    if (typeof key !== 'string' || key === '') {
      return { kind: 'invalid-record', table, index, field: 'key', message: `${at}, field "key": must be a non-empty text.` };
    }
    return null;
  }
  const parsed = RECORD_SCHEMAS[table].safeParse(row);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  return {
    kind: 'invalid-record',
    table,
    index,
    ...(recordId !== undefined ? { recordId } : {}),
    ...(field !== undefined ? { field } : {}),
    message: `${at}${field !== undefined ? `, field "${field}"${foundValue(row, issue?.path ?? [])}` : ''}: ${issue?.message ?? 'is not valid'}.`,
  };
}

/** ` is "31/02/2027"`: the value found at a field, so the organiser can search the file for it; empty when not a plain value. */
function foundValue(row: Row, path: readonly PropertyKey[]): string {
  let value: unknown = row;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return '';
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  if (typeof value === 'string') return ` is "${shorten(value)}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return ` is ${String(value)}`;
  if (value === null) return ' is empty';
  return '';
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Checks every row of the named tables against its table's validator, and that no two rows of a table share
 * an id (a key for settings). The first problem found is returned, naming the table, record and field.
 */
export function checkTableRecords(tables: RawTables, names: readonly BackupTableName[]): Result<RawTables, BackupProblem> {
  for (const table of names) {
    const rows = tables[table] ?? [];
    const keyField = table === 'settings' ? 'key' : 'id';
    const seen = new Set<string>();
    for (const [index, row] of rows.entries()) {
      const problem = recordProblem(table, index, row);
      if (problem) return err(problem);
      // Validated above: the key is a string.
      const key = row[keyField] as string;
      if (seen.has(key)) {
        return err({
          kind: 'duplicate-id',
          table,
          index,
          recordId: key,
          message: `${table}, record ${index + 1} (${keyField} "${key}"): another record of ${table} has the same ${keyField}.`,
        });
      }
      seen.add(key);
    }
  }
  return ok(tables);
}

/** A field of a table's records that holds the id of a record of another table. */
export interface BackupReference {
  table: BackupTableName;
  field: string;
  target: BackupTableName;
}

/**
 * The references a restored database relies on: every record of a trip belongs to a trip that is there, and
 * the stop, person or engagement it hangs on is there too. References the app tolerates missing (a person's
 * organisation, which may have been deleted) are not checked.
 */
const REFERENCES: readonly BackupReference[] = [
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
];

/** What one record of each table is called in messages. */
const RECORD_SINGULAR: Record<BackupTableName, string> = {
  trips: 'trip',
  stops: 'stop',
  segments: 'journey',
  accommodations: 'hotel',
  organisations: 'organisation',
  contacts: 'contact',
  people: 'person',
  memberships: 'membership',
  engagements: 'engagement',
  followUps: 'follow-up',
  settings: 'setting',
  acknowledgements: 'acknowledgement',
};

function checkReferences(tables: BackupTables): Result<BackupTables, BackupProblem> {
  const problem = findDanglingReference(tables as unknown as RawTables, REFERENCES, 'backup');
  return problem ? err(problem) : ok(tables);
}

/**
 * The first record whose reference (of those listed) names a record that is not in the tables, as a problem
 * saying it "is not in the {holder}"; null when every reference holds. A reference that is not text (a home
 * journey's null stop) is not a reference.
 */
export function findDanglingReference(
  tables: RawTables,
  references: readonly BackupReference[],
  holder: string,
): BackupProblem | null {
  const ids = new Map<BackupTableName, Set<string>>();
  const idsOf = (table: BackupTableName): Set<string> => {
    let set = ids.get(table);
    if (!set) {
      set = new Set((tables[table] ?? []).map((row) => String(row['id'])));
      ids.set(table, set);
    }
    return set;
  };
  for (const reference of references) {
    const rows = tables[reference.table] ?? [];
    for (const [index, row] of rows.entries()) {
      const target = row[reference.field];
      if (typeof target === 'string' && !idsOf(reference.target).has(target)) {
        const recordId = String(row['id']);
        return {
          kind: 'dangling-reference',
          table: reference.table,
          index,
          recordId,
          field: reference.field,
          message: `${reference.table}, record ${index + 1} (id "${recordId}"), field "${reference.field}": the ${RECORD_SINGULAR[reference.target]} "${target}" it belongs to is not in the ${holder}.`,
        };
      }
    }
  }
  return null;
}

/**
 * True when the text reads as the start of a JSON document that stops before its end: a string left open, or
 * an object or array not closed. Tells a file cut short from one that was never JSON.
 */
function endsPartWay(text: string): boolean {
  const start = text.trimStart();
  if (!start.startsWith('{') && !start.startsWith('[')) return false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const char of start) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return false;
    }
  }
  return inString || depth > 0;
}

/** Whether a JSON value is an object (a record), not an array or a scalar. */
function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface BackupSummary {
  app: BackupApp;
  createdAt: string;
  schemaVersion: number;
  counts: Record<BackupTableName, number>;
  /** The trips the backup holds, by start date, for the preview. */
  trips: { id: string; name: string; startDate: string; endDate: string }[];
}

/** What a backup holds, for the preview before restoring it. */
export function summarizeBackup(backup: Backup): BackupSummary {
  const counts = Object.fromEntries(BACKUP_TABLES.map((table) => [table, backup.tables[table].length])) as Record<
    BackupTableName,
    number
  >;
  const trips = backup.tables.trips
    .map((trip) => ({ id: trip.id, name: trip.name, startDate: trip.startDate, endDate: trip.endDate }))
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.name.localeCompare(b.name));
  return { app: backup.app, createdAt: backup.createdAt, schemaVersion: backup.schemaVersion, counts, trips };
}
