/**
 * The version of a trip that two computers last had in common, so that a colleague's copy is merged against
 * it field by field (trip-import-plan.ts) instead of replacing what was changed here. Each trip file carries
 * the id of the version it is and of the version it was made from; each computer keeps, per trip, a copy of
 * the trip as it was in the files it exported ("sent") and imported ("received"), by the file's version id.
 *
 * Only a few are kept per trip: a reply answers one of the last files exchanged, and older copies would only
 * hold personal data (passport numbers among it) that merging no longer needs. They stay on this computer:
 * backups and trip files leave them out (LOCAL_TABLES).
 *
 * A base is stored as its file held it, with the schema version it was written in, and brought up to date by
 * the migration list when it is read, as an old file is.
 */
import { CURRENT_SCHEMA_VERSION, upgradeTables, type Row } from '../schema/schema-history';
import type { Trip } from '../trip/trip';
import { TRIP_FILE_TABLES, type TripFile, type TripFileTableName, type TripFileTables } from './trip-file';

/** How many copies are kept per trip: enough for a colleague answering a file sent a few exchanges ago. */
export const BASES_KEPT_PER_TRIP = 5;

/** A trip as it was in one trip file this computer exported or imported. Persisted: do not rename. */
export interface TripFileBase {
  /** The file's version id. */
  id: string;
  tripId: string;
  /** Exported from here, or imported here. */
  direction: 'sent' | 'received';
  /** When this computer exported or imported it. */
  recordedAt: string;
  /** The schema version its records were written in. */
  schemaVersion: number;
  trip: Trip;
  tables: TripFileTables;
}

/** The base to keep for a file exported or imported here; undefined for a file without a version id (older builds). */
export function baseOfFile(file: TripFile, direction: TripFileBase['direction'], recordedAt: string): TripFileBase | undefined {
  if (file.versionId === undefined) return undefined;
  return {
    id: file.versionId,
    tripId: file.trip.id,
    direction,
    recordedAt,
    schemaVersion: file.schemaVersion,
    trip: file.trip,
    tables: file.tables,
  };
}

/**
 * The version a new file of the trip is made from, among the bases kept here: the last one received, since
 * that is the newest copy the colleague is known to hold; before anything was received, the last one sent.
 * Null when the trip was never exchanged.
 */
export function baseToMakeFrom(bases: readonly TripFileBase[]): string | null {
  const newestFirst = [...bases].sort(newestFirstOrder);
  return (newestFirst.find((base) => base.direction === 'received') ?? newestFirst[0])?.id ?? null;
}

/** The ids of one trip's bases beyond the few kept, oldest first: those to forget. */
export function basesToForget(bases: readonly TripFileBase[]): string[] {
  return [...bases]
    .sort(newestFirstOrder)
    .slice(BASES_KEPT_PER_TRIP)
    .map((base) => base.id)
    .reverse();
}

/** A base as stored, its records brought up to the schema version this code reads. */
export function upgradedBase(base: TripFileBase): TripFileBase {
  if (base.schemaVersion === CURRENT_SCHEMA_VERSION) return base;
  const raw = { ...(base.tables as unknown as Record<TripFileTableName, Row[]>), trips: [base.trip as unknown as Row] };
  const upgraded = upgradeTables(raw, base.schemaVersion);
  const tables = Object.fromEntries(TRIP_FILE_TABLES.map((name) => [name, upgraded[name] ?? []])) as unknown as TripFileTables;
  const trip = (upgraded.trips?.[0] ?? base.trip) as unknown as Trip;
  return { ...base, schemaVersion: CURRENT_SCHEMA_VERSION, trip, tables };
}

function newestFirstOrder(a: TripFileBase, b: TripFileBase): number {
  return a.recordedAt < b.recordedAt ? 1 : a.recordedAt > b.recordedAt ? -1 : 0;
}
