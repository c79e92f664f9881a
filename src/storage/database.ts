/**
 * The local database: IndexedDB through Dexie. Everything the product knows lives here, on this machine.
 * Only the repositories use it; the UI never reaches a table directly.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Hotel } from '../domain/route/hotel';
import type { Acknowledgement } from '../domain/checks/acknowledgements';
import type { Engagement, FollowUp } from '../domain/engagements/engagement';
import type { Contact, Organisation } from '../domain/directory/organisation';
import type { Membership, Person } from '../domain/people/person';
import type { City } from '../domain/route/city';
import type { Journey } from '../domain/route/journey';
import type { Trip } from '../domain/trip/trip';
import type { Room } from '../domain/rooming/room';
import type { Assignment, Resource } from '../domain/logistics/resource';
import type { FieldChange } from '../domain/history/field-changes';
import type { TripFileBase } from '../domain/files/trip-file-base';
import type { StoredClash, SyncStateRow } from './team-sync-state';
import { installChangeCapture } from './change-capture';
import { installChangeLog, type ChangeLogOptions } from './change-log';
import { declareSchema } from './schema';

export interface SettingRow {
  key: string;
  value: unknown;
}

export type PlannerDatabase = Dexie & {
  trips: EntityTable<Trip, 'id'>;
  stops: EntityTable<City, 'id'>;
  segments: EntityTable<Journey, 'id'>;
  accommodations: EntityTable<Hotel, 'id'>;
  organisations: EntityTable<Organisation, 'id'>;
  contacts: EntityTable<Contact, 'id'>;
  people: EntityTable<Person, 'id'>;
  memberships: EntityTable<Membership, 'id'>;
  engagements: EntityTable<Engagement, 'id'>;
  followUps: EntityTable<FollowUp, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  acknowledgements: EntityTable<Acknowledgement, 'id'>;
  rooms: EntityTable<Room, 'id'>;
  resources: EntityTable<Resource, 'id'>;
  assignments: EntityTable<Assignment, 'id'>;
  changes: EntityTable<FieldChange, 'id'>;
  /** What this computer exchanged in trip files, to merge a colleague's copy with: see trip-file-base.ts. */
  tripFileBases: EntityTable<TripFileBase, 'id'>;
  /** Where this computer is in the team space: see storage/team-sync.ts. */
  syncState: EntityTable<SyncStateRow, 'key'>;
  /** Fields two organisers changed apart, with the value that lost: see domain/sync/sync-merge.ts. */
  syncClashes: EntityTable<StoredClash, 'id'>;
};

/** The database's name in IndexedDB: persisted, do not rename. */
export const DATABASE_NAME = 'delegation-planner';

export interface DatabaseOptions {
  /** For tests: an isolated IndexedDB implementation. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Who changes the data on this computer, and the clock, for the change log. */
  changeLog?: ChangeLogOptions;
}

export function openDatabase(name: string = DATABASE_NAME, options: DatabaseOptions = {}): PlannerDatabase {
  const db = new Dexie(name, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as PlannerDatabase;
  declareSchema(db);
  installChangeCapture(db);
  installChangeLog(db, options.changeLog);
  return db;
}
