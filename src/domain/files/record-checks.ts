/**
 * The checks every record read from a file passes before it may enter the database: its table's validator,
 * an id no other record of the table has, and references to records that are there. Backups and trip files
 * share them, so a broken record is refused with the same words ("stops, record 2 (id "s-2"), field
 * "arrivalDate" is "31/02/2027": …") whichever file brought it.
 */
import type { z } from 'zod';
import { acknowledgementSchema } from '../checks/acknowledgements';
import { contactSchema, organisationSchema } from '../directory/organisation';
import { engagementSchema, followUpSchema } from '../engagements/engagement';
import { membershipSchema, personSchema } from '../people/person';
import { citySchema } from '../route/city';
import { hotelSchema } from '../route/hotel';
import { journeySchema } from '../route/journey';
import type { RawTables, Row, StoredTableName } from '../schema/schema-history';
import { message, type Message } from '../shared/message';
import { err, ok, type Result } from '../shared/result';
import { TIME_SCHEMA_ISSUES, zonedTimeProblem, type ZonedTimeError } from '../shared/time';
import { tripSchema } from '../trip/trip';
import { roomSchema } from '../rooming/room';
import { assignmentSchema, CLOCK_TIME_ISSUE, resourceSchema } from '../logistics/resource';

/**
 * Why a file was refused, as a message for the organiser, with where it went wrong when that is known. Table
 * and field names are given as stored (`stops`, `arrivalDate`), in every language: they are what the organiser
 * (or whoever helps them) finds in the file.
 */
export interface FileProblem<K extends string> {
  kind: K;
  message: Message;
  table?: StoredTableName;
  /** Position of the record in its table, 0 first. */
  index?: number;
  recordId?: string;
  field?: string;
}

export type RecordProblemKind = 'invalid-record' | 'duplicate-id' | 'dangling-reference';

const RECORD_SCHEMAS: Record<Exclude<StoredTableName, 'settings'>, z.ZodType> = {
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
  rooms: roomSchema,
  resources: resourceSchema,
  assignments: assignmentSchema,
};

/**
 * Why one row of a table is invalid, or null when its table's validator accepts it. `where` names the record
 * at the start of the message ("stops, record 2 (id "s-2")" unless given).
 */
export function recordProblem(
  table: StoredTableName,
  index: number,
  row: Row,
  where?: Message,
): FileProblem<'invalid-record'> | null {
  const keyField = table === 'settings' ? 'key' : 'id';
  const key = row[keyField];
  const recordId = typeof key === 'string' ? key : undefined;
  const at = where ?? rowAt(table, index, row);
  if (table === 'settings') {
    if (typeof key !== 'string' || key === '') {
      return { kind: 'invalid-record', table, index, field: 'key', message: message('files:record.settingWithoutKey', { at, field: 'key' }) };
    }
    return null;
  }
  const parsed = RECORD_SCHEMAS[table].safeParse(row);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  const detail = issue ? issueDetail(issue) : message('files:record.notValid');
  return {
    kind: 'invalid-record',
    table,
    index,
    ...(recordId !== undefined ? { recordId } : {}),
    ...(field !== undefined ? { field } : {}),
    message: field === undefined ? message('files:record.invalid', { at, detail }) : invalidField(at, field, foundValue(row, issue?.path ?? []), detail),
  };
}

/**
 * A field of a record that its table's validator accepts but a rule of its own refuses (a website the app would not
 * open), worded as the validators' problems are: "organisations, record 3 “Zhengxin Group” (id "o-3"), field
 * "website" is "javascript:…": must be …".
 */
export function fieldProblem(table: StoredTableName, index: number, row: Row, field: string, detail: Message): FileProblem<'invalid-record'> {
  const recordId = typeof row['id'] === 'string' ? row['id'] : undefined;
  return {
    kind: 'invalid-record',
    table,
    index,
    ...(recordId !== undefined ? { recordId } : {}),
    field,
    message: invalidField(rowAt(table, index, row), field, foundValue(row, [field]), detail),
  };
}

/** The record at `index` of its table, by its name or title and its key, as far as they are known. */
function rowAt(table: StoredTableName, index: number, row: Row): Message {
  const keyField = table === 'settings' ? 'key' : 'id';
  const key = row[keyField];
  const label = typeof row['name'] === 'string' ? row['name'] : typeof row['title'] === 'string' ? row['title'] : '';
  return recordAt(table, index, label.trim() === '' ? undefined : shorten(label), typeof key === 'string' ? { keyField, key } : undefined);
}

/**
 * The rule a field broke: the time schemas' codes are worded here; other validators' own words (zod's, a field's
 * rule for programmers) come as they are.
 */
function issueDetail(issue: z.core.$ZodIssue): Message | string {
  const params = issue.code === 'custom' ? (issue.params ?? {}) : {};
  switch (issue.message) {
    case TIME_SCHEMA_ISSUES.isoDate:
      return message('files:record.isoDate');
    case TIME_SCHEMA_ISSUES.timeZone:
      return message('files:record.timeZone');
    case CLOCK_TIME_ISSUE:
      return message('files:record.clockTime', { format: 'HH:mm', example: '14:30' });
    case TIME_SCHEMA_ISSUES.zonedTime:
      return params['error'] ? zonedTimeProblem(params['error'] as ZonedTimeError) : message('files:record.notValid');
    case TIME_SCHEMA_ISSUES.instantMismatch:
      return message('files:record.instantMismatch', {
        utc: String(params['utc']),
        local: String(params['local']),
        zone: String(params['zone']),
      });
    default:
      return issue.message;
  }
}

/** "stops, record 2 “Chongqing” (id "s-2")": a record of a table, by its place, name and key as far as known. */
function recordAt(table: StoredTableName, index: number, name: string | undefined, key: { keyField: string; key: string } | undefined): Message {
  const number = index + 1;
  if (name === undefined) {
    return key === undefined ? message('files:record.at', { table, number }) : message('files:record.atWithKey', { table, number, ...key });
  }
  return key === undefined ? message('files:record.atNamed', { table, number, name }) : message('files:record.atNamedWithKey', { table, number, name, ...key });
}

function invalidField(at: Message, field: string, found: Found, detail: Message | string): Message {
  if (found === null) return message('files:record.invalidField', { at, field, detail });
  if (found === 'empty') return message('files:record.invalidFieldEmpty', { at, field, detail });
  return message('files:record.invalidFieldValue', { at, field, value: found.value, detail });
}

/** The value found at a field (`"31/02/2027"`, `5`), so the organiser can search the file for it; null when not a plain value. */
type Found = { value: string } | 'empty' | null;

function foundValue(row: Row, path: readonly PropertyKey[]): Found {
  let value: unknown = row;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return null;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  if (typeof value === 'string') return { value: `"${shorten(value)}"` };
  if (typeof value === 'number' || typeof value === 'boolean') return { value: String(value) };
  if (value === null) return 'empty';
  return null;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Checks every row of the named tables against its table's validator, and that no two rows of a table share
 * an id (a key for settings). The first problem found is returned, naming the table, record and field.
 */
export function checkTableRecords(
  tables: RawTables,
  names: readonly StoredTableName[],
  onChecked?: CheckProgress,
): Result<RawTables, FileProblem<'invalid-record' | 'duplicate-id'>> {
  const total = names.reduce((sum, table) => sum + (tables[table]?.length ?? 0), 0);
  let checked = 0;
  onChecked?.(0, total);
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
          message: message('files:record.duplicateKey', { table, number: index + 1, keyField, key }),
        });
      }
      seen.add(key);
      checked += 1;
      if (onChecked && checked % CHECK_PROGRESS_EVERY === 0) onChecked(checked, total);
    }
  }
  onChecked?.(total, total);
  return ok(tables);
}

/** Told how many records of how many have been checked, every {@link CHECK_PROGRESS_EVERY} and at the end. */
export type CheckProgress = (checked: number, total: number) => void;
export const CHECK_PROGRESS_EVERY = 500;

/**
 * How many zoned times (`{ local, zone, utc }`, a wall time at a place) the rows hold, in their fields and in
 * the objects and lists of their fields: what checking a file mostly costs, for the words of its progress.
 */
export function countZonedTimes(tables: RawTables): number {
  let count = 0;
  const visit = (value: unknown, depth: number): void => {
    if (typeof value !== 'object' || value === null || depth > 3) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const fields = value as Row;
    if (typeof fields['local'] === 'string' && typeof fields['zone'] === 'string' && typeof fields['utc'] === 'string') {
      count += 1;
      return;
    }
    for (const field in fields) visit(fields[field], depth + 1);
  };
  for (const rows of Object.values(tables)) for (const row of rows ?? []) visit(row, 0);
  return count;
}

/** A field of a table's records that holds the id of a record of another table. */
export interface RecordReference {
  table: StoredTableName;
  field: string;
  target: StoredTableName;
}

/** What one record of each table is called in messages. */
const RECORD_KIND: Record<StoredTableName, Message> = {
  trips: message('files:recordKind.trip'),
  stops: message('files:recordKind.stop'),
  segments: message('files:recordKind.journey'),
  accommodations: message('files:recordKind.hotel'),
  organisations: message('files:recordKind.organisation'),
  contacts: message('files:recordKind.contact'),
  people: message('files:recordKind.person'),
  memberships: message('files:recordKind.membership'),
  engagements: message('files:recordKind.engagement'),
  followUps: message('files:recordKind.followUp'),
  settings: message('files:recordKind.setting'),
  acknowledgements: message('files:recordKind.acknowledgement'),
  rooms: message('files:recordKind.room'),
  resources: message('files:recordKind.resource'),
  assignments: message('files:recordKind.assignment'),
};

/**
 * The first record whose reference (of those listed) names a record that is not in the tables, as a problem
 * saying it is not in the backup or the file; null when every reference holds. A reference that is not text (a home
 * journey's null city) is not a reference.
 */
export function findDanglingReference(
  tables: RawTables,
  references: readonly RecordReference[],
  holder: 'backup' | 'file',
): FileProblem<'dangling-reference'> | null {
  const ids = new Map<StoredTableName, Set<string>>();
  const idsOf = (table: StoredTableName): Set<string> => {
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
        const facts = { table: reference.table, number: index + 1, idField: 'id', id: recordId, field: reference.field, kind: RECORD_KIND[reference.target], target };
        return {
          kind: 'dangling-reference',
          table: reference.table,
          index,
          recordId,
          field: reference.field,
          message: holder === 'backup' ? message('files:record.missingInBackup', facts) : message('files:record.missingInFile', facts),
        };
      }
    }
  }
  return null;
}
