/**
 * One record of a trip file and its copy here, compared and merged as a trip import needs them: merged field by
 * field against the base (the copy both started from, see trip-file-base.ts) with mergeFields, the same merge an
 * edit form's save makes; told apart from bookkeeping (when it was saved) so that a record only saved again is
 * not a change.
 */
import { mergeFields, type FieldMerge } from '../shared/field-merge';

type Row = Record<string, unknown>;

/** Fields that say nothing about the record itself: ids, its trip, and when it was made or last saved. */
export const BOOKKEEPING = new Set(['id', 'tripId', 'createdAt', 'updatedAt']);

/**
 * A record here and its copy in the file, merged field by field against the base: `mine` is this computer's,
 * `theirs` the file's. Bookkeeping is not merged: the record keeps its id, trip and creation, and was last
 * saved when the later of the two was.
 */
export function mergeRecord(base: Row, here: Row, there: Row): FieldMerge<Row> {
  const [inBase, ours, theirs] = [asStored(base), asStored(here), asStored(there)];
  const withCalendars = isCalendar(ours['calendar']) && isCalendar(theirs['calendar']);
  const fields = [...new Set([...Object.keys(inBase), ...Object.keys(ours), ...Object.keys(theirs)])].filter(
    (key) => !BOOKKEEPING.has(key) && !(withCalendars && key === 'calendar'),
  );
  // Every field named on every side, absent ones as undefined, so that one only a side has is merged too.
  const only = (row: Row): Row => Object.fromEntries(fields.map((key) => [key, row[key]]));
  const merge = mergeFields(only(inBase), only(ours), only(theirs));
  const calendar = withCalendars ? mergedCalendar(ours, theirs, merge.merged, [only(ours), only(theirs)]) : undefined;
  const bookkeeping = Object.fromEntries(Object.entries(ours).filter(([key]) => BOOKKEEPING.has(key)));
  if (later(theirs['updatedAt'], ours['updatedAt'])) bookkeeping['updatedAt'] = theirs['updatedAt'];
  return { merged: { ...bookkeeping, ...merge.merged, ...(calendar ? { calendar } : {}) }, clashes: merge.clashes };
}

/**
 * The calendar identity of a merged record (its event's uid and sequence), which is not the organiser's to
 * choose: each side raised the sequence with its own changes, so the merge takes the higher, and raises it once
 * more when the merge holds changes of both (it differs from each side), a version neither side's calendars
 * have seen. Only for records whose both sides have a calendar identity; mergeFields takes any other.
 */
function mergedCalendar(ours: Row, theirs: Row, merged: Row, sides: readonly Row[]): Row {
  const mine = ours['calendar'] as Row & { sequence: number };
  const their = theirs['calendar'] as Row & { sequence: number };
  const ofBoth = sides.every((side) => canonical(side) !== canonical(merged));
  return { ...mine, sequence: Math.max(mine.sequence, their.sequence) + (ofBoth ? 1 : 0) };
}

function isCalendar(value: unknown): value is Row & { sequence: number } {
  return typeof value === 'object' && value !== null && typeof (value as Row)['sequence'] === 'number';
}

/** A record as JSON holds it (a file's records were read from JSON), so that a field stored as undefined is absent. */
function asStored(row: Row): Row {
  return JSON.parse(JSON.stringify(row)) as Row;
}

/** The record without the fields a merge left undefined (absent on every side that has it). */
export function withoutAbsentFields(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined));
}

/** Whether two copies of a record hold the same facts, whenever each was saved. */
export function sameRecord(a: Row, b: Row): boolean {
  const facts = (row: Row) => Object.fromEntries(Object.entries(row).filter(([key]) => !BOOKKEEPING.has(key)));
  return canonical(facts(a)) === canonical(facts(b));
}

/** JSON with object keys sorted and absent fields left out, so equal data compares equal whatever its order. */
export function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Row)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonical(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Whether an ISO instant is later than another; false when either is missing. */
export function later(a: unknown, b: unknown): boolean {
  return typeof a === 'string' && typeof b === 'string' && a > b;
}
