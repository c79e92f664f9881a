/**
 * What importing a trip file would do, worked out before anything is written, so the organiser sees it first
 * and the repository applies exactly that. Records are matched by id, which every machine keeps (ids are
 * UUIDs, never counters), so a newer copy of a trip a colleague sent back updates the trip in place.
 *
 * The trip's own records follow the file: what the file holds is added or updated, and what the trip here
 * holds that the file does not is removed, as the colleague removed it. The shared directory (organisations,
 * contacts, people) is only ever added to or updated: other trips may use a record the file no longer names.
 *
 * When this computer holds the version the file was made from (its base, see trip-file-base.ts), the trip and
 * each record are merged against it field by field: a field only the file changed takes the file's value, a
 * field only changed here keeps this computer's, and a field both changed to different values is a clash the
 * organiser chooses (mergeFields, as an edit form's save does). A record added on either side is kept; one
 * deleted on one side and unchanged on the other is deleted; one deleted on one side and changed on the other is
 * kept, and the preview says so. The directory records the file brings are merged too, but never removed: one
 * deleted here is brought back, since the trip's records may refer to it.
 *
 * Without a base (a file of an older build, or made from a version this computer never saw), the file's copy
 * wins: a record changed here after the file's copy of it (its updatedAt is later) is flagged, not kept, and the
 * preview says which changes here it replaces.
 *
 * The preview is told in messages: names stay as they were typed, fields and counts are worded by the catalogues.
 */
import type { Organisation } from '../directory/organisation';
import type { Person } from '../people/person';
import type { City } from '../route/city';
import type { Trip } from '../trip/trip';
import {
  TRIP_FILE_DIRECTORY_TABLES,
  TRIP_FILE_OWNED_TABLES,
  type TripFile,
  type TripFileTableName,
  type TripFileTables,
} from './trip-file';
import { resolveClashes, type ClashChoices, type FieldClash } from '../shared/field-merge';
import { BOOKKEEPING, canonical, later, mergeRecord, sameRecord, withoutAbsentFields } from './trip-record-merge';
import { listOf, message, type Message, type MessageValue } from '../shared/message';
import type { TripFileBase } from './trip-file-base';
import { CALENDAR_DETAILS, COUNTED, fieldWord, ONE, UNNAMED } from './trip-import-words';

/** The tables a plan reports on: the trip itself, its own records, and the directory records it brings. */
export type PlanTableName = 'trips' | TripFileTableName;

/** Trip first, then its records, then the directory: the order of the preview. */
export const PLAN_TABLES: readonly PlanTableName[] = ['trips', ...TRIP_FILE_OWNED_TABLES, ...TRIP_FILE_DIRECTORY_TABLES];

export interface PlannedRecord {
  table: PlanTableName;
  id: string;
  /** What the organiser calls it: "Tianjin", "MoU signing", "Ada Lovelace"; a message when it has no name. */
  label: Label;
  /**
   * For an update, the fields that differ, as words: "arrival date", "time". Empty otherwise, and for a record
   * that was only saved again (its updatedAt differs, nothing else): written, but not told as a change.
   */
  fields: Message[];
  /** For an update, the label and the fields: "Tianjin: arrival date". The label otherwise. */
  description: Label;
  /**
   * Changed here since the file's copy was made, so importing replaces (or, for a removal, takes away) that
   * change: its updatedAt here is later than the file's. Records without an updatedAt of their own (stops,
   * journeys, hotels, members, follow-ups, contacts) are never flagged; the trip's flag covers its records.
   */
  changedHere: boolean;
  /**
   * Merged against the base: the fields both sides changed to different values since, `mine` as here and
   * `theirs` as in the file. Empty otherwise.
   */
  clashes: FieldClash<Row>[];
  /**
   * Merged against the base: the record to write, every field as the merge took it and a clashing field as in
   * the file (see recordsToWrite, which applies the organiser's choices). Absent when the file's copy is written.
   */
  merged?: Row;
  /** Kept although one side deleted it, because the other changed it since the base. */
  kept?: 'deleted-here' | 'deleted-in-file';
}

export interface TablePlan {
  added: PlannedRecord[];
  updated: PlannedRecord[];
  /** Only ever for the trip's own records: directory records are never removed by an import. */
  removed: PlannedRecord[];
  /**
   * Deleted on one side and changed on the other since the base, so kept: one deleted here is written back
   * from the file, one the file deleted stays as it is here.
   */
  kept: PlannedRecord[];
  unchanged: PlannedRecord[];
}

/** The organiser's choice for each clashing field, by record (recordKey): their own value or the file's. */
export type ImportChoices = Record<string, ClashChoices<Row>>;

export interface TripImportPlan {
  tripId: string;
  tripName: string;
  /** new: no trip with this id here; update: the file is another copy of a trip that is here. */
  kind: 'new' | 'update';
  /**
   * Without a base: the trip here was changed after the file's copy of it (its updatedAt is later), and the
   * file's copy replaces it. Always false when the import is merged against a base.
   */
  changedHere: boolean;
  /** The copy both sides started from, when the import is merged against it; null when the file's copy wins. */
  mergedWith: Pick<TripFileBase, 'direction' | 'recordedAt'> | null;
  tables: Record<PlanTableName, TablePlan>;
  /** Whether importing would change anything the organiser sees (records only saved again do not count). */
  hasChanges: boolean;
  /**
   * Why the file cannot be imported here; null when it can. A record of the file whose id is, here, a record
   * of another trip is refused: writing it would move it out of that trip.
   */
  refusal: Message | null;
  /** The preview, one line per kind of change: "2 engagements changed: MoU signing (time), …". */
  summary: Message[];
  /** What the import replaces that was changed here since the file was made. */
  warnings: Message[];
}

/** A record's name as typed, or a message for one without a name ("a city"). */
export type Label = string | Message;

/**
 * What is here that the import touches: the trip with the file's trip's id (if any) and, per table, every
 * record of that trip here together with every other record here whose id the file uses.
 */
export interface RecordsHere {
  trip: Trip | undefined;
  tables: TripFileTables;
}

type Row = Record<string, unknown>;

/** Fields reported only when nothing else changed: a calendar's sequence moves with every other change. */
const ONLY_WHEN_ALONE = new Set([CALENDAR_DETAILS.code]);

/** How many records are named in a line of the summary before "and 3 more". */
const NAMED_IN_SUMMARY = 5;

/**
 * The plan for importing `file` into a database that holds `here`: whether the trip is new or an update, and
 * per table the records added, updated (with the fields that changed, in words), removed and unchanged, with
 * the summary and warnings the preview shows. Pure: the repository reads `here` and applies the plan.
 */
export function planTripImport(file: TripFile, here: RecordsHere, base?: TripFileBase): TripImportPlan {
  const namer = recordNamer(file, here);
  const tripId = file.trip.id;
  const fileTripTime = file.trip.updatedAt;
  const refusals: Message[] = [];
  // A trip that is not here is added whole, even if this computer once exchanged it: it was deleted here, and
  // importing it again is asking for it back.
  const mergedWith = here.trip !== undefined && base !== undefined && base.tripId === tripId ? base : undefined;
  const baseRows = (table: TripFileTableName) => (mergedWith ? (mergedWith.tables[table] as unknown as Row[]) : undefined);

  const tables = {} as Record<PlanTableName, TablePlan>;
  tables.trips = compareTable('trips', [file.trip], here.trip ? [here.trip] : [], namer, {
    removes: false,
    fileTripTime,
    base: mergedWith ? [mergedWith.trip as unknown as Row] : undefined,
  });
  for (const table of TRIP_FILE_OWNED_TABLES) {
    const rowsHere = here.tables[table] as unknown as Row[];
    const ofThisTrip = rowsHere.filter((row) => row['tripId'] === tripId);
    const fileIds = new Set((file.tables[table] as unknown as Row[]).map((row) => String(row['id'])));
    for (const row of rowsHere) {
      if (row['tripId'] !== tripId && fileIds.has(String(row['id']))) {
        refusals.push(message('files:plan.partOfAnotherTrip', { label: namer(table, row), kind: ONE[table] }));
      }
    }
    tables[table] = compareTable(table, file.tables[table] as unknown as Row[], ofThisTrip, namer, {
      removes: true,
      fileTripTime,
      base: baseRows(table),
    });
  }
  for (const table of TRIP_FILE_DIRECTORY_TABLES) {
    tables[table] = compareTable(table, file.tables[table] as unknown as Row[], here.tables[table] as unknown as Row[], namer, {
      removes: false,
      fileTripTime,
      base: baseRows(table),
    });
  }

  const kind = here.trip ? 'update' : 'new';
  const hasChanges = PLAN_TABLES.some((table) => {
    const plan = tables[table];
    return (
      plan.added.length + plan.removed.length > 0 ||
      plan.updated.some((record) => record.fields.length > 0 || record.clashes.length > 0) ||
      plan.kept.some((record) => record.kept === 'deleted-here')
    );
  });
  const refusal = refusals.length === 0 ? null : message('files:plan.refusal', { reasons: listed(refusals) });
  const plan: TripImportPlan = {
    tripId,
    tripName: file.trip.name,
    kind,
    changedHere: here.trip !== undefined && !mergedWith && later(here.trip.updatedAt, file.trip.updatedAt),
    mergedWith: mergedWith ? { direction: mergedWith.direction, recordedAt: mergedWith.recordedAt } : null,
    tables,
    hasChanges,
    refusal,
    summary: [],
    warnings: [],
  };
  return { ...plan, summary: describePlan(plan), warnings: warningsOf(plan) };
}

/**
 * Every record the plan would write in `table` (added, updated, or deleted here and kept): the file's copy, or
 * for a record merged against the base, the merge with the organiser's choices (their own value where they
 * made none).
 */
export function recordsToWrite<T extends PlanTableName>(
  plan: TripImportPlan,
  file: TripFile,
  table: T,
  choices: ImportChoices = {},
): (T extends 'trips' ? Trip : T extends TripFileTableName ? TripFileTables[T][number] : never)[] {
  const tablePlan = plan.tables[table];
  const records = [...tablePlan.added, ...tablePlan.updated, ...tablePlan.kept.filter((record) => record.kept === 'deleted-here')];
  const rows: { id: string }[] = table === 'trips' ? [file.trip] : file.tables[table as TripFileTableName];
  const fileRows = new Map(rows.map((row) => [row.id, row]));
  return records.flatMap((record) => {
    if (record.merged) {
      return [withoutAbsentFields(resolveClashes({ merged: record.merged, clashes: record.clashes }, choices[recordKey(table, record.id)] ?? {}))];
    }
    const row = fileRows.get(record.id);
    return row ? [row] : [];
  }) as never;
}

/** The key of a record's choices in ImportChoices. */
export function recordKey(table: PlanTableName, id: string): string {
  return `${table}/${id}`;
}

function compareTable(
  table: PlanTableName,
  fileRows: readonly Row[],
  rowsHere: readonly Row[],
  namer: (table: PlanTableName, row: Row) => Label,
  /** base: the table's records in the base, when the import is merged against one. */
  options: { removes: boolean; fileTripTime: string; base: readonly Row[] | undefined },
): TablePlan {
  const byIdHere = new Map(rowsHere.map((row) => [String(row['id']), row]));
  const byIdInBase = new Map((options.base ?? []).map((row) => [String(row['id']), row]));
  const plan: TablePlan = { added: [], updated: [], removed: [], kept: [], unchanged: [] };
  const record = (id: string, label: Label, more: Partial<PlannedRecord> = {}): PlannedRecord => ({
    table,
    id,
    label,
    fields: [],
    description: label,
    changedHere: false,
    clashes: [],
    ...more,
  });
  const fileIds = new Set<string>();
  for (const row of fileRows) {
    const id = String(row['id']);
    fileIds.add(id);
    const label = namer(table, row);
    const existing = byIdHere.get(id);
    const inBase = byIdInBase.get(id);
    if (!existing) {
      if (inBase && options.removes) {
        // Deleted here since the base: it stays deleted unless the file changed it.
        if (!sameRecord(inBase, row)) plan.kept.push(record(id, label, { kept: 'deleted-here' }));
        continue;
      }
      plan.added.push(record(id, label));
      continue;
    }
    if (inBase) {
      const merge = mergeRecord(inBase, existing, row);
      // What the import changes here whatever the organiser chooses: the clashing fields stay theirs to decide.
      const fields = changedFields(table, existing, resolveClashes(merge, {}));
      if (fields === null && merge.clashes.length === 0) {
        plan.unchanged.push(record(id, label));
        continue;
      }
      const told = fields ?? [];
      plan.updated.push(
        record(id, label, {
          fields: told,
          description: told.length > 0 ? message('files:plan.recordFields', { label, fields: series(told) }) : label,
          clashes: merge.clashes,
          merged: merge.merged,
        }),
      );
      continue;
    }
    const fields = changedFields(table, existing, row);
    if (fields === null) {
      // The same record, saved at the same moment: nothing to write.
      plan.unchanged.push(record(id, label));
      continue;
    }
    plan.updated.push(
      record(id, label, {
        fields,
        description: fields.length > 0 ? message('files:plan.recordFields', { label, fields: series(fields) }) : label,
        changedHere: later(existing['updatedAt'], row['updatedAt']),
      }),
    );
  }
  if (options.removes) {
    for (const row of rowsHere) {
      const id = String(row['id']);
      if (fileIds.has(id)) continue;
      const label = namer(table, row);
      if (options.base) {
        const inBase = byIdInBase.get(id);
        // Not in the base: added here since, which the file cannot have removed.
        if (!inBase) continue;
        if (sameRecord(inBase, row)) plan.removed.push(record(id, label));
        else plan.kept.push(record(id, label, { kept: 'deleted-in-file' }));
        continue;
      }
      // Saved here after the last change in the file's copy of the trip: the file cannot have known it.
      const savedHere = row['updatedAt'] ?? row['acknowledgedAt'] ?? row['createdAt'];
      plan.removed.push(record(id, label, { changedHere: later(savedHere, options.fileTripTime) }));
    }
  }
  return plan;
}

/**
 * The fields that differ, as words and without repeats: empty when only bookkeeping (such as updatedAt)
 * differs, null when nothing does.
 */
function changedFields(table: PlanTableName, here: Row, there: Row): Message[] | null {
  const words: Message[] = [];
  let differs = false;
  for (const key of new Set([...Object.keys(here), ...Object.keys(there)])) {
    if (canonical(here[key]) === canonical(there[key])) continue;
    differs = true;
    if (BOOKKEEPING.has(key)) continue;
    const word = fieldWord(table, key);
    if (!words.some((known) => canonical(known) === canonical(word))) words.push(word);
  }
  if (!differs) return null;
  const telling = words.filter((word) => !ONLY_WHEN_ALONE.has(word.code));
  return telling.length > 0 ? telling : words;
}

/** What each record is called in the preview, looking up stops and people in the file first, then here. */
function recordNamer(file: TripFile, here: RecordsHere): (table: PlanTableName, row: Row) => Label {
  const stops = new Map<string, City>([...here.tables.stops, ...file.tables.stops].map((stop) => [stop.id, stop]));
  const people = new Map<string, Person>([...here.tables.people, ...file.tables.people].map((person) => [person.id, person]));
  const organisations = new Map<string, Organisation>(
    [...here.tables.organisations, ...file.tables.organisations].map((organisation) => [organisation.id, organisation]),
  );
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const stopName = (id: unknown): Label => (id === null ? message('files:plan.home') : (stops.get(text(id))?.name ?? UNNAMED.stops));
  return (table, row) => {
    switch (table) {
      case 'segments': {
        const number = text(row['number']);
        const ends = { from: stopName(row['fromStopId']), to: stopName(row['toStopId']) };
        return number ? message('files:plan.journeyNumbered', { ...ends, number }) : message('files:plan.journey', ends);
      }
      case 'memberships':
        return people.get(text(row['personId']))?.name ?? UNNAMED.memberships;
      case 'engagements':
        return text(row['title']) || UNNAMED.engagements;
      case 'followUps':
        return shortened(text(row['description'])) || UNNAMED.followUps;
      case 'acknowledgements':
        return message('files:plan.quoted', { text: shortened(text(row['note'])) });
      case 'contacts': {
        const organisation = organisations.get(text(row['organisationId']));
        return organisation ? message('files:plan.contactAt', { name: text(row['name']), organisation: organisation.name }) : text(row['name']);
      }
      default:
        return text(row['name']) || UNNAMED[table];
    }
  };
}

function shortened(text: string, length = 60): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

/** "A, B, C": items one after another, with the reader's separator and no "and". */
function series(items: readonly Label[]): Label {
  if (items.length === 0) return '';
  return items.slice(1).reduce<Label>((head, next) => message('files:plan.series', { head, next }), items[0]!);
}

/** "A, B and C"; "A, B, C, D, E and 3 more" past the names shown. */
function listed(names: readonly Label[], most = NAMED_IN_SUMMARY): MessageValue {
  const shown = names.slice(0, most);
  const rest = names.length - shown.length;
  if (rest > 0) return message('files:plan.andMore', { names: series(shown), count: rest });
  return listOf(shown);
}

function describePlan(plan: TripImportPlan): Message[] {
  const lines: Message[] = [];
  const ownedTables = TRIP_FILE_OWNED_TABLES.filter((table) => table !== 'acknowledgements');
  if (plan.kind === 'new') {
    const held = ownedTables.filter((table) => plan.tables[table].added.length > 0).map((table) => COUNTED[table](plan.tables[table].added.length));
    lines.push(
      held.length > 0
        ? message('files:plan.newTripWith', { name: plan.tripName, held: listOf(held) })
        : message('files:plan.newTrip', { name: plan.tripName }),
    );
  } else {
    const trip = plan.tables.trips.updated[0];
    if (trip && trip.fields.length > 0) lines.push(message('files:plan.tripChanged', { fields: series(trip.fields) }));
    for (const table of TRIP_FILE_OWNED_TABLES) lines.push(...changeLines(table, plan.tables[table]));
  }
  for (const table of TRIP_FILE_DIRECTORY_TABLES) lines.push(...changeLines(table, plan.tables[table]));
  if (plan.kind === 'update' && !plan.hasChanges) lines.push(message('files:plan.nothingToChange', { name: plan.tripName }));
  return lines;
}

function changeLines(table: PlanTableName, plan: TablePlan): Message[] {
  const lines: Message[] = [];
  const counted = COUNTED[table];
  const changed = plan.updated.filter((record) => record.fields.length > 0);
  if (changed.length > 0) {
    const named = changed.map((record) => message('files:plan.recordWithFields', { label: record.label, fields: series(record.fields) }));
    lines.push(message('files:plan.changed', { what: counted(changed.length), names: listed(named) }));
  }
  if (plan.added.length > 0) {
    lines.push(message('files:plan.added', { what: counted(plan.added.length), names: listed(plan.added.map((record) => record.label)) }));
  }
  if (plan.removed.length > 0) {
    lines.push(message('files:plan.removed', { what: counted(plan.removed.length), names: listed(plan.removed.map((record) => record.label)) }));
  }
  return lines;
}

function warningsOf(plan: TripImportPlan): Message[] {
  const warnings: Message[] = [];
  const replaced = PLAN_TABLES.flatMap((table) =>
    plan.tables[table].updated.filter((record) => record.changedHere && record.fields.length > 0),
  );
  const removed = PLAN_TABLES.flatMap((table) => plan.tables[table].removed.filter((record) => record.changedHere));
  if (replaced.length > 0) {
    warnings.push(message('files:plan.replacedHere', { names: listed(replaced.map((record) => record.label)) }));
  }
  if (removed.length > 0) {
    warnings.push(message('files:plan.removedHere', { names: listed(removed.map((record) => record.label)) }));
  }
  const kept = (why: PlannedRecord['kept']) =>
    PLAN_TABLES.flatMap((table) => plan.tables[table].kept.filter((record) => record.kept === why)).map((record) => record.label);
  const keptDeletedHere = kept('deleted-here');
  const keptDeletedInFile = kept('deleted-in-file');
  if (keptDeletedHere.length > 0) warnings.push(message('files:plan.keptDeletedHere', { names: listed(keptDeletedHere) }));
  if (keptDeletedInFile.length > 0) warnings.push(message('files:plan.keptDeletedInFile', { names: listed(keptDeletedInFile) }));
  if (plan.changedHere && warnings.length === 0 && plan.hasChanges) {
    warnings.push(message('files:plan.tripChangedHere', { name: plan.tripName }));
  }
  return warnings;
}
