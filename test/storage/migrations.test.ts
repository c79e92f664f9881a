/**
 * Every schema upgrade, run on a database made by the version before it, keeps every record and leaves them
 * valid for today's code. The last test proves each upgrade in the schema history has a test here.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { buildSampleTrip } from '../../src/domain/trip/sample-trip';
import { membershipSchema, personSchema, type Person } from '../../src/domain/people/person';
import { journeySchema } from '../../src/domain/route/journey';
import { tripSchema } from '../../src/domain/trip/trip';
import { openDatabase } from '../../src/storage/database';
import { declareSchema } from '../../src/storage/schema';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../src/domain/schema/schema-history';

/** Opens a database exactly as the app of `version` did: only the schema steps up to it. */
async function databaseAtVersion(version: number, indexedDB: IDBFactory): Promise<Dexie> {
  const db = new Dexie('migration-test', { indexedDB, IDBKeyRange });
  declareSchema(db, version);
  await db.open();
  return db;
}

/**
 * A whole sample trip as version 1 stored it: trips had no `home` (v2), no `conflictBufferMinutes` (v3) and no
 * contacts in emergencies (v6), and journeys no `connections` (v5: a journey that connected was entered as one
 * journey a leg) and no terminals (v6).
 */
function version1Fixture() {
  let counter = 0;
  const bundle = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `v1-${++counter}` });
  const {
    home,
    conflictBufferMinutes,
    acknowledgements,
    organiserContact: _organiserContact,
    localCoordinator: _localCoordinator,
    diplomaticMissions: _diplomaticMissions,
    ...tripV1
  } = { ...bundle.trip, acknowledgements: [] };
  expect(home).not.toBeNull();
  expect(conflictBufferMinutes).toBe(45);
  expect(acknowledgements).toEqual([]);
  const segments = bundle.segments.map(
    ({ connections: _connections, departureTerminal: _departureTerminal, arrivalTerminal: _arrivalTerminal, ...journey }) => journey,
  );
  const people = bundle.people.map((person) => withoutVersion7Fields(person));
  return { ...bundle, trip: tripV1, segments, people };
}

/** A person as versions 1 to 6 stored them: one name, no passport details. */
function withoutVersion7Fields(person: Person): Record<string, unknown> {
  const {
    title: _title,
    givenNames: _givenNames,
    familyName: _familyName,
    nameOrder: _nameOrder,
    nameAsEntered: _nameAsEntered,
    nameToConfirm: _nameToConfirm,
    sex: _sex,
    dateOfBirth: _dateOfBirth,
    placeOfBirth: _placeOfBirth,
    passportNumber: _passportNumber,
    passportIssueDate: _passportIssueDate,
    passportAuthority: _passportAuthority,
    visaType: _visaType,
    ...before
  } = person;
  return before;
}

/** What version 6 gives every trip and journey stored before it. */
const NO_CONTACTS = {
  organiserContact: { name: '', phone: '', email: '' },
  localCoordinator: { name: '', phone: '', email: '' },
  diplomaticMissions: [],
};
const NO_TERMINALS = { departureTerminal: '', arrivalTerminal: '' };

async function fill(db: Dexie, fixture: Omit<ReturnType<typeof version1Fixture>, 'trip'> & { trip: object }) {
  await db.table('trips').add(fixture.trip);
  await db.table('stops').bulkAdd(fixture.stops);
  await db.table('segments').bulkAdd(fixture.segments);
  await db.table('accommodations').bulkAdd(fixture.accommodations);
  await db.table('organisations').bulkAdd(fixture.organisations);
  await db.table('contacts').bulkAdd(fixture.contacts);
  await db.table('people').bulkAdd(fixture.people);
  await db.table('memberships').bulkAdd(fixture.memberships);
  await db.table('engagements').bulkAdd(fixture.engagements);
  await db.table('followUps').bulkAdd(fixture.followUps);
}

async function counts(db: Dexie): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.count()])));
}

const upgradeTests: Record<number, () => Promise<void>> = {
  2: async () => {
    const indexedDB = new IDBFactory();
    const old = await databaseAtVersion(1, indexedDB);
    const fixture = version1Fixture();
    await fill(old, fixture);
    const before = await counts(old);
    old.close();

    const db = await databaseAtVersion(2, indexedDB);
    expect(db.verno).toBe(2);
    expect(await counts(db)).toEqual(before);
    expect(await db.table('trips').get(fixture.trip.id)).toEqual({ ...fixture.trip, home: null });
    expect(await db.table('engagements').toArray()).toEqual(expect.arrayContaining(fixture.engagements));
    db.close();
  },
  3: async () => {
    const indexedDB = new IDBFactory();
    const old = await databaseAtVersion(2, indexedDB);
    const fixture = version1Fixture();
    await fill(old, { ...fixture, trip: { ...fixture.trip, home: null } });
    const before = await counts(old);
    old.close();

    const db = await databaseAtVersion(3, indexedDB);
    expect(db.verno).toBe(3);
    expect(await counts(db)).toEqual({ ...before, acknowledgements: 0 });
    const trip = await db.table('trips').get(fixture.trip.id);
    expect(trip).toEqual({ ...fixture.trip, home: null, conflictBufferMinutes: 45 });
    expect(await db.table('engagements').toArray()).toEqual(expect.arrayContaining(fixture.engagements));
    db.close();
  },
  4: async () => {
    const indexedDB = new IDBFactory();
    const old = await databaseAtVersion(3, indexedDB);
    const fixture = version1Fixture();
    const trip = { ...fixture.trip, home: null, conflictBufferMinutes: 45 };
    // One member whose calendar was exported by version 3, which kept only when.
    const [sent, ...others] = fixture.memberships;
    const memberships = [{ ...sent!, calendarExportedAt: '2016-11-01T09:00:00.000Z' }, ...others];
    await fill(old, { ...fixture, trip, memberships });
    const acknowledgement = { id: 'ack-1', tripId: trip.id, conflictId: 'c-1', fingerprint: 'f', note: 'Fine.', acknowledgedAt: trip.updatedAt };
    await old.table('acknowledgements').add(acknowledgement);
    const before = await counts(old);
    old.close();

    const db = await databaseAtVersion(4, indexedDB);
    expect(db.verno).toBe(4);
    expect(await counts(db)).toEqual(before);
    const upgraded = await db.table('memberships').toArray();
    expect(upgraded).toHaveLength(memberships.length);
    expect(upgraded).toEqual(
      expect.arrayContaining(memberships.map((membership) => ({ ...membership, calendarExportedEvents: null }))),
    );
    expect(upgraded.map((membership) => membershipSchema.safeParse(membership).success).every(Boolean)).toBe(true);
    expect(await db.table('trips').get(trip.id)).toEqual(trip);
    expect(await db.table('acknowledgements').toArray()).toEqual([acknowledgement]);
    db.close();
  },
  5: async () => {
    const indexedDB = new IDBFactory();
    const old = await databaseAtVersion(4, indexedDB);
    const fixture = version1Fixture();
    const trip = { ...fixture.trip, home: null, conflictBufferMinutes: 45 };
    const memberships = fixture.memberships.map((membership) => ({ ...membership, calendarExportedEvents: null }));
    await fill(old, { ...fixture, trip, memberships });
    const before = await counts(old);
    old.close();

    const db = await databaseAtVersion(5, indexedDB);
    expect(db.verno).toBe(5);
    expect(await counts(db)).toEqual(before);
    const journeys = await db.table('segments').toArray();
    expect(journeys).toHaveLength(fixture.segments.length);
    expect(journeys).toEqual(expect.arrayContaining(fixture.segments.map((journey) => ({ ...journey, connections: [] }))));
    // Valid for today's schema but for the terminals, which version 6 adds.
    expect(journeys.map((journey) => journeySchema.safeParse({ ...journey, ...NO_TERMINALS }).success).every(Boolean)).toBe(true);
    expect(await db.table('trips').get(trip.id)).toEqual(trip);
    db.close();
  },
  6: async () => {
    const indexedDB = new IDBFactory();
    const old = await databaseAtVersion(5, indexedDB);
    const fixture = version1Fixture();
    const trip = { ...fixture.trip, home: null, conflictBufferMinutes: 45 };
    const memberships = fixture.memberships.map((membership) => ({ ...membership, calendarExportedEvents: null }));
    const segments = fixture.segments.map((journey) => ({ ...journey, connections: [] }));
    await fill(old, { ...fixture, trip, memberships, segments });
    const before = await counts(old);
    old.close();

    const db = await databaseAtVersion(6, indexedDB);
    expect(db.verno).toBe(6);
    expect(await counts(db)).toEqual(before);
    const upgradedTrip = await db.table('trips').get(trip.id);
    expect(upgradedTrip).toEqual({ ...trip, ...NO_CONTACTS });
    expect(tripSchema.safeParse(upgradedTrip).success).toBe(true);
    const journeys = await db.table('segments').toArray();
    expect(journeys).toHaveLength(segments.length);
    expect(journeys).toEqual(expect.arrayContaining(segments.map((journey) => ({ ...journey, ...NO_TERMINALS }))));
    expect(journeys.map((journey) => journeySchema.safeParse(journey).success).every(Boolean)).toBe(true);
    db.close();
  },
  7: async () => {
    const indexedDB = new IDBFactory();
    const old = await databaseAtVersion(6, indexedDB);
    const fixture = version1Fixture();
    const trip = { ...fixture.trip, home: null, conflictBufferMinutes: 45, ...NO_CONTACTS };
    const memberships = fixture.memberships.map((membership) => ({ ...membership, calendarExportedEvents: null }));
    const segments = fixture.segments.map((journey) => ({ ...journey, connections: [], ...NO_TERMINALS }));
    await fill(old, { ...fixture, trip, memberships, segments });
    const before = await counts(old);
    old.close();

    const db = await databaseAtVersion(7, indexedDB);
    expect(db.verno).toBe(7);
    const after = await counts(db);
    for (const [table, count] of Object.entries(before)) expect(after[table], table).toBe(count);
    expect({ rooms: after['rooms'], resources: after['resources'], assignments: after['assignments'] }).toEqual({ rooms: 0, resources: 0, assignments: 0 });
    const people = await db.table('people').toArray();
    expect(people).toHaveLength(fixture.people.length);
    // Every field a person had is kept, the whole name among them; the parts are added beside it.
    expect(people).toEqual(expect.arrayContaining(fixture.people.map((person) => expect.objectContaining(person))));
    expect(people.every((person) => person.nameAsEntered === person.name)).toBe(true);
    expect(people.map((person) => personSchema.safeParse(person).success).every(Boolean)).toBe(true);
    const byName = new Map(people.map((person) => [person.name, person]));
    expect(byName.get('Councillor Phil Davies')).toMatchObject({ title: 'Councillor', givenNames: 'Phil', familyName: 'Davies', nameToConfirm: false });
    expect(byName.get('Dr Joanne Phoenix')).toMatchObject({ title: 'Dr', givenNames: 'Joanne', familyName: 'Phoenix', nameToConfirm: false });
    // Her name in characters is Chinese: whether "Meilin Zhang" is written family name first is for the organiser to say.
    expect(byName.get('Meilin Zhang')).toMatchObject({ givenNames: 'Meilin', familyName: 'Zhang', nameToConfirm: true });
    db.close();
  },
};

describe('schema upgrades', () => {
  it('version 2 gives every trip an empty home and keeps every record of a version 1 database', async () => {
    await upgradeTests[2]!();
  });

  it('version 3 gives every trip the default 45-minute buffer and an empty table of acknowledgements', async () => {
    await upgradeTests[3]!();
  });

  it('version 4 gives every membership an unknown last calendar, keeping when it was exported', async () => {
    await upgradeTests[4]!();
  });

  it('version 5 makes every journey a direct one, with no connections, keeping its ends and times', async () => {
    await upgradeTests[5]!();
  });

  it('version 6 gives every trip empty contacts in emergencies and no missions, and every journey unknown terminals', async () => {
    await upgradeTests[6]!();
  });

  it('version 7 splits every person’s name into title, given and family names, keeping the whole name and every record', async () => {
    await upgradeTests[7]!();
  });

  it('version 8 adds empty tables of the change log and the trip files exchanged, and a version 7 database opens with every record as it was', async () => {
    const indexedDB = new IDBFactory();
    const old = await databaseAtVersion(7, indexedDB);
    const bundle = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => crypto.randomUUID() });
    await fill(old, bundle);
    await old.table('rooms').bulkAdd(bundle.rooms);
    const before = await counts(old);
    old.close();

    const db = await databaseAtVersion(8, indexedDB);
    expect(db.verno).toBe(8);
    expect(await counts(db)).toEqual({ ...before, changes: 0, tripFileBases: 0 });
    expect(await db.table('trips').get(bundle.trip.id)).toEqual(bundle.trip);
    expect(await db.table('people').toArray()).toEqual(expect.arrayContaining(bundle.people));
    expect(await db.table('rooms').toArray()).toEqual(expect.arrayContaining(bundle.rooms));
    db.close();
  });

  it('a version 1 database opened by today’s code keeps every record, each valid for today’s schemas', async () => {
    const indexedDB = new IDBFactory();
    const old = await databaseAtVersion(1, indexedDB);
    const fixture = version1Fixture();
    await fill(old, fixture);
    const before = await counts(old);
    old.close();

    const db = openDatabase('migration-test', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const after = await counts(db);
    for (const [table, count] of Object.entries(before)) expect(after[table], table).toBe(count);
    const trips = await db.trips.toArray();
    expect(trips.map((trip) => tripSchema.safeParse(trip).success)).toEqual([true]);
    expect(trips[0]).toEqual({ ...fixture.trip, home: null, conflictBufferMinutes: 45, ...NO_CONTACTS });
    expect(await db.engagements.toArray()).toEqual(expect.arrayContaining(fixture.engagements));
    const people = await db.people.toArray();
    expect(people).toEqual(expect.arrayContaining(fixture.people.map((person) => expect.objectContaining(person))));
    expect(people.every((person) => personSchema.safeParse(person).success && person.nameAsEntered === person.name)).toBe(true);
    const memberships = await db.memberships.toArray();
    expect(memberships.every((membership) => membership.calendarExportedEvents === null)).toBe(true);
    expect(memberships.every((membership) => membershipSchema.safeParse(membership).success)).toBe(true);
    const journeys = await db.segments.toArray();
    expect(journeys.every((journey) => journey.connections.length === 0)).toBe(true);
    expect(journeys.every((journey) => journey.departureTerminal === '' && journey.arrivalTerminal === '')).toBe(true);
    expect(journeys.every((journey) => journeySchema.safeParse(journey).success)).toBe(true);
    db.close();
  });

  it('a database already at the current version opens without change', async () => {
    const indexedDB = new IDBFactory();
    const db = openDatabase('current', { indexedDB, IDBKeyRange });
    await db.open();
    const bundle = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => crypto.randomUUID() });
    await db.trips.add(bundle.trip);
    db.close();
    const again = openDatabase('current', { indexedDB, IDBKeyRange });
    expect(await again.trips.get(bundle.trip.id)).toEqual(bundle.trip);
    again.close();
  });

  it('has a test for every upgrade in the schema history', () => {
    const withUpgrade = SCHEMA_HISTORY.filter((step) => step.upgrade).map((step) => step.version);
    expect(Object.keys(upgradeTests).map(Number)).toEqual(withUpgrade);
  });
});
