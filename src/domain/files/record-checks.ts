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
import { err, ok, type Result } from '../shared/result';
import { tripSchema } from '../trip/trip';

/** Why a file was refused, in words for the organiser, with where it went wrong when that is known. */
export interface FileProblem<K extends string> {
  kind: K;
  message: string;
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
};

/**
 * Why one row of a table is invalid, or null when its table's validator accepts it. `where` names the record
 * at the start of the message ("stops, record 2 (id "s-2")" unless given).
 */
export function recordProblem(
  table: StoredTableName,
  index: number,
  row: Row,
  where?: string,
): FileProblem<'invalid-record'> | null {
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
export function checkTableRecords(
  tables: RawTables,
  names: readonly StoredTableName[],
): Result<RawTables, FileProblem<'invalid-record' | 'duplicate-id'>> {
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
export interface RecordReference {
  table: StoredTableName;
  field: string;
  target: StoredTableName;
}

/** What one record of each table is called in messages. */
const RECORD_SINGULAR: Record<StoredTableName, string> = {
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

/**
 * The first record whose reference (of those listed) names a record that is not in the tables, as a problem
 * saying it "is not in the {holder}"; null when every reference holds. A reference that is not text (a home
 * journey's null city) is not a reference.
 */
export function findDanglingReference(
  tables: RawTables,
  references: readonly RecordReference[],
  holder: string,
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
