/**
 * The one migration list: every version of the stored data, each declared once, with its tables and indexes
 * (in Dexie's notation) and the row-level upgrade from the version before. Dexie's upgrade of the database
 * (src/storage/schema.ts) and the readers of backups and trip files (src/domain/files) both run this list, so
 * an old database and an old file come up to date through the same code.
 *
 * Append-only: a version that has shipped stays here exactly as it shipped, since users' databases and files
 * were made with it; test/storage/schema-history.test.ts compares the list with a frozen copy of what shipped.
 * Table names, index paths and field names are persisted: do not rename them. The product's words for them
 * (a `stops` row is a city on the route) are in glossary.ts.
 *
 * Each version's `change` is documentation for programmers, never shown to a person: it stays in English and
 * out of the catalogues (test/unit/architecture/domain-words.test.ts lists this folder as such).
 */

import { splitName } from '../people/name-split';

/** A record as stored or read from a file: any JSON object, not yet validated. */
export type Row = Record<string, unknown>;

/** Turns one row of a table, as the version before stored it, into the row this version stores. Pure. */
export type RowUpgrade = (row: Row) => Row;

export interface SchemaVersion {
  version: number;
  /** What this version changed, for whoever reads the history. */
  change: string;
  /** Every table of this version: primary key first, then indexes (Dexie's notation). Persisted. */
  stores: Readonly<Record<string, string>>;
  /** Row-level upgrades from the version before, by table. A table new in this version starts empty. */
  upgrade?: Readonly<Record<string, RowUpgrade>>;
}

const isObject = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

const HISTORY = [
  {
    version: 1,
    change: 'The first version.',
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
    version: 2,
    change: 'Trips gain `home`, the place the delegation leaves from, for the route map. Existing trips have none yet.',
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
    upgrade: {
      trips: (trip) => ('home' in trip ? trip : { ...trip, home: null }),
    },
  },
  {
    version: 3,
    change:
      'Trips gain `conflictBufferMinutes`, the time the checks want between engagements at different venues (45 ' +
      'until the organiser says otherwise); a new table keeps the organiser’s acknowledgements of findings.',
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
    upgrade: {
      // The value of DEFAULT_BUFFER_MINUTES when this version shipped: a later change of the default must not
      // change what this upgrade wrote.
      trips: (trip) => (typeof trip['conflictBufferMinutes'] === 'number' ? trip : { ...trip, conflictBufferMinutes: 45 }),
    },
  },
  {
    version: 4,
    change:
      'Memberships gain `calendarExportedEvents`: what the person’s last exported calendar held (each event’s UID ' +
      'with its SEQUENCE and STATUS), to show who has changes not yet received. Calendars exported before are not ' +
      'known: null.',
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
    upgrade: {
      memberships: (membership) =>
        'calendarExportedEvents' in membership ? membership : { ...membership, calendarExportedEvents: null },
    },
  },
  {
    version: 5,
    change:
      'Journeys gain `connections`: the changes of plane or train on the way, so one booking with legs (Liverpool ' +
      'to Kunming via Beijing) is one journey. Each holds where and when the leg before lands and the next leaves, ' +
      'with that leg’s number and carrier. Journeys stored before were direct: none.',
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
    upgrade: {
      segments: (journey) => (Array.isArray(journey['connections']) ? journey : { ...journey, connections: [] }),
    },
  },
  {
    version: 6,
    change:
      'Trips gain the contacts in emergencies for the briefing book, entered once: `organiserContact` and ' +
      '`localCoordinator` (name, phone, e-mail) and `diplomaticMissions`, the home country’s embassy or consulates ' +
      'on the route. Journeys gain `departureTerminal` and `arrivalTerminal`. Trips stored before have empty ' +
      'contacts and no missions; journeys, unknown terminals (the empty text).',
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
    upgrade: {
      // Written out rather than taken from emptyTripContact: what this upgrade wrote must not follow later changes.
      trips: (trip) => ({
        ...trip,
        organiserContact: isObject(trip['organiserContact']) ? trip['organiserContact'] : { name: '', phone: '', email: '' },
        localCoordinator: isObject(trip['localCoordinator']) ? trip['localCoordinator'] : { name: '', phone: '', email: '' },
        diplomaticMissions: Array.isArray(trip['diplomaticMissions']) ? trip['diplomaticMissions'] : [],
      }),
      segments: (journey) => ({
        ...journey,
        departureTerminal: typeof journey['departureTerminal'] === 'string' ? journey['departureTerminal'] : '',
        arrivalTerminal: typeof journey['arrivalTerminal'] === 'string' ? journey['arrivalTerminal'] : '',
      }),
    },
  },
  {
    version: 7,
    change:
      'People gain the fields a passport has: `title`, `givenNames`, `familyName` and `nameOrder` (split from ' +
      '`name` by splitName in src/domain/people/name-split.ts; `nameAsEntered` keeps the name as it was and ' +
      '`nameToConfirm` marks a split that is a guess), `sex`, `dateOfBirth`, `placeOfBirth`, `passportNumber`, ' +
      '`passportIssueDate`, `passportAuthority` and `visaType`, all unknown (empty or null). New tables: `rooms` ' +
      '(who sleeps in which room of a hotel stay, and for which nights), `resources` (a trip’s vehicles, ' +
      'interpreters and guides) and `assignments` (where a resource is booked: an engagement, or a transfer to or ' +
      'from a journey).',
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
      rooms: 'id, tripId, accommodationId',
      resources: 'id, tripId',
      assignments: 'id, tripId, resourceId',
    },
    upgrade: {
      people: (person) => {
        if (typeof person['familyName'] === 'string') return person;
        const name = typeof person['name'] === 'string' ? person['name'] : '';
        const parts = splitName(name, typeof person['nameLocal'] === 'string' ? person['nameLocal'] : '');
        return {
          ...person,
          title: parts.title,
          givenNames: parts.givenNames,
          familyName: parts.familyName,
          nameOrder: parts.nameOrder,
          nameAsEntered: name,
          nameToConfirm: parts.uncertain,
          sex: null,
          dateOfBirth: null,
          placeOfBirth: '',
          passportNumber: '',
          passportIssueDate: null,
          passportAuthority: '',
          visaType: '',
        };
      },
    },
  },
  {
    version: 8,
    change:
      'Two new tables, both kept on this computer only (never in a backup or a trip file; existing data is ' +
      'unchanged). `changes`: the change log, every write to the data as field-level changes with a hybrid ' +
      'logical clock, who made them and on which computer (src/storage/change-log.ts); old data starts with an ' +
      'empty log. `tripFileBases`: copies of a trip as it was in the trip files this computer exported or ' +
      'imported, by the id the file carries, so that a colleague’s copy is merged field by field against the ' +
      'version both started from.',
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
      rooms: 'id, tripId, accommodationId',
      resources: 'id, tripId',
      assignments: 'id, tripId, resourceId',
      changes: 'id, [table+recordId]',
      tripFileBases: 'id, tripId',
    },
  },
  {
    version: 9,
    change:
      'Two new tables for the team sync, both kept on this computer only (never in a backup or a trip file; ' +
      'existing data is unchanged). `syncState`: how far this computer has read each colleague’s log in the ' +
      'team space and what it has sent (src/storage/team-sync.ts). `syncClashes`: fields two organisers changed ' +
      'apart, settled by the latest change, with the value that lost, for review.',
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
      rooms: 'id, tripId, accommodationId',
      resources: 'id, tripId',
      assignments: 'id, tripId, resourceId',
      changes: 'id, [table+recordId]',
      tripFileBases: 'id, tripId',
      syncState: 'key',
      syncClashes: 'id, detectedAt',
    },
  },
] as const satisfies readonly SchemaVersion[];

/** Every version, oldest first. */
export const SCHEMA_HISTORY: readonly SchemaVersion[] = HISTORY;

/** The version this code stores and writes: the last of the history. */
export const CURRENT_SCHEMA_VERSION = 9 as const satisfies (typeof HISTORY)[number]['version'];

/** The change log's table (storage/change-log.ts). */
export const CHANGE_LOG_TABLE = 'changes';

/**
 * Tables that describe this computer rather than the plan: what was changed here, by whom, what it exchanged in
 * trip files and with the team space. They are declared, upgraded and erased with the rest, but never written to
 * a backup or a trip file; a restore starts the change log afresh and leaves the others as they are.
 */
export const LOCAL_TABLES = [CHANGE_LOG_TABLE, 'tripFileBases', 'syncState', 'syncClashes'] as const;

export type LocalTableName = (typeof LOCAL_TABLES)[number];

/** A table of the current version that holds the plan: what backups hold. */
export type StoredTableName = Exclude<
  keyof Extract<(typeof HISTORY)[number], { version: typeof CURRENT_SCHEMA_VERSION }>['stores'],
  LocalTableName
>;

/** Rows of tables as read from a file or an old database, before upgrade and validation. */
export type RawTables = Partial<Record<StoredTableName, Row[]>>;

/** The declaration of one version; throws for a version that never existed (a programming error). */
export function schemaVersion(version: number): SchemaVersion {
  const found = SCHEMA_HISTORY.find((step) => step.version === version);
  if (!found) throw new Error(`There is no schema version ${version}.`);
  return found;
}

/** The tables of a version, in the order it declares them, but this computer's own: a backup of that version holds each of them. */
export function tablesOfVersion(version: number): StoredTableName[] {
  const local: readonly string[] = LOCAL_TABLES;
  return Object.keys(schemaVersion(version).stores).filter((table) => !local.includes(table)) as StoredTableName[];
}

/** Every data table of the current version, in the order backups write and report them. */
export const STORED_TABLES: readonly StoredTableName[] = tablesOfVersion(CURRENT_SCHEMA_VERSION);

/**
 * The tables whose changes the change log records: the data, but not `settings`, which holds this copy's
 * preferences rather than anything a colleague plans with.
 */
export const TRACKED_TABLES: readonly StoredTableName[] = STORED_TABLES.filter((table) => table !== 'settings');

/** The tables whose rows belong to one trip (by `tripId`): deleted, restored and exported with it. */
export const TRIP_OWNED_TABLES = [
  'stops',
  'segments',
  'accommodations',
  'memberships',
  'engagements',
  'followUps',
  'acknowledgements',
  'rooms',
  'resources',
  'assignments',
] as const satisfies readonly StoredTableName[];

/**
 * The rows of tables stored by version `from`, brought up to version `to` (the current one unless given) by the
 * same row upgrades the database runs: a table new in a version starts empty, and tables a version does not
 * upgrade pass through untouched, rows and unknown fields alike.
 */
export function upgradeTables(tables: RawTables, from: number, to: number = CURRENT_SCHEMA_VERSION): RawTables {
  let upgraded: Record<string, Row[] | undefined> = tables;
  for (const step of SCHEMA_HISTORY) {
    if (step.version <= from || step.version > to) continue;
    const next = { ...upgraded };
    for (const table of Object.keys(step.stores)) next[table] ??= [];
    for (const [table, upgradeRow] of Object.entries(step.upgrade ?? {})) {
      next[table] = (next[table] ?? []).map(upgradeRow);
    }
    upgraded = next;
  }
  return upgraded as RawTables;
}
