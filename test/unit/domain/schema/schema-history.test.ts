/**
 * The migration list's row upgrades, one before/after test each, as the database and the file readers run
 * them; the last test proves every upgrade in the list has one here.
 */
import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_HISTORY,
  STORED_TABLES,
  TRIP_OWNED_TABLES,
  schemaVersion,
  tablesOfVersion,
  upgradeTables,
  type Row,
} from '../../../../src/domain/schema/schema-history';

const upgrade = (version: number, table: string, row: Row): Row => {
  const upgradeRow = schemaVersion(version).upgrade?.[table];
  if (!upgradeRow) throw new Error(`Version ${version} has no upgrade of ${table}.`);
  return upgradeRow(row);
};

const ROW_TESTS: Record<number, Record<string, () => void>> = {
  2: {
    trips: () => {
      expect(upgrade(2, 'trips', { id: 't-1', name: 'Tianjin mission' })).toEqual({ id: 't-1', name: 'Tianjin mission', home: null });
      const home = { name: 'Liverpool', timeZone: 'Europe/London' };
      expect(upgrade(2, 'trips', { id: 't-1', home })).toEqual({ id: 't-1', home });
    },
  },
  3: {
    trips: () => {
      expect(upgrade(3, 'trips', { id: 't-1' })).toEqual({ id: 't-1', conflictBufferMinutes: 45 });
      expect(upgrade(3, 'trips', { id: 't-1', conflictBufferMinutes: 30 })).toEqual({ id: 't-1', conflictBufferMinutes: 30 });
    },
  },
  4: {
    memberships: () => {
      expect(upgrade(4, 'memberships', { id: 'm-1', calendarExportedAt: '2016-11-01T09:00:00.000Z' })).toEqual({
        id: 'm-1',
        calendarExportedAt: '2016-11-01T09:00:00.000Z',
        calendarExportedEvents: null,
      });
      const events = { 'e-1@delegation-planner': '2 CONFIRMED' };
      expect(upgrade(4, 'memberships', { id: 'm-1', calendarExportedEvents: events })).toEqual({ id: 'm-1', calendarExportedEvents: events });
    },
  },
  5: {
    segments: () => {
      expect(upgrade(5, 'segments', { id: 'j-1', number: 'HU7908' })).toEqual({ id: 'j-1', number: 'HU7908', connections: [] });
      const connections = [{ arrivalPlace: 'Beijing Capital T2', number: 'HU7279' }];
      expect(upgrade(5, 'segments', { id: 'j-1', connections })).toEqual({ id: 'j-1', connections });
    },
  },
  6: {
    trips: () => {
      const empty = { name: '', phone: '', email: '' };
      expect(upgrade(6, 'trips', { id: 't-1', name: 'Kunming', home: null })).toEqual({
        id: 't-1',
        name: 'Kunming',
        home: null,
        organiserContact: empty,
        localCoordinator: empty,
        diplomaticMissions: [],
      });
      const organiserContact = { name: 'Ellen Cutler', phone: '+44 7700 900110', email: 'ellen@example.org' };
      const diplomaticMissions = [{ id: 'm-1', country: 'CN', name: 'British Embassy Beijing' }];
      expect(upgrade(6, 'trips', { id: 't-1', organiserContact, diplomaticMissions })).toEqual({
        id: 't-1',
        organiserContact,
        localCoordinator: empty,
        diplomaticMissions,
      });
    },
    segments: () => {
      expect(upgrade(6, 'segments', { id: 'j-1', departurePlace: 'Beijing Capital International Airport T3', connections: [] })).toEqual({
        id: 'j-1',
        departurePlace: 'Beijing Capital International Airport T3',
        connections: [],
        departureTerminal: '',
        arrivalTerminal: '',
      });
      expect(upgrade(6, 'segments', { id: 'j-1', departureTerminal: 'T3', arrivalTerminal: 'T2' })).toEqual({
        id: 'j-1',
        departureTerminal: 'T3',
        arrivalTerminal: 'T2',
      });
    },
  },
  7: {
    people: () => {
      const unknownPassport = {
        sex: null,
        dateOfBirth: null,
        placeOfBirth: '',
        passportNumber: '',
        passportIssueDate: null,
        passportAuthority: '',
        visaType: '',
      };
      expect(upgrade(7, 'people', { id: 'p-1', name: 'Cllr Phil Davies', nameLocal: '' })).toEqual({
        id: 'p-1',
        name: 'Cllr Phil Davies',
        nameLocal: '',
        title: 'Cllr',
        givenNames: 'Phil',
        familyName: 'Davies',
        nameOrder: 'given-first',
        nameAsEntered: 'Cllr Phil Davies',
        nameToConfirm: false,
        ...unknownPassport,
      });
      expect(upgrade(7, 'people', { id: 'p-2', name: '张伟', nameLocal: '' })).toMatchObject({
        name: '张伟',
        givenNames: '伟',
        familyName: '张',
        nameOrder: 'family-first',
        nameToConfirm: false,
      });
      // Three words: which are the family name is a guess, kept whole for the organiser to confirm.
      expect(upgrade(7, 'people', { id: 'p-3', name: 'Anne Marie van der Berg', nameLocal: '' })).toMatchObject({
        name: 'Anne Marie van der Berg',
        nameAsEntered: 'Anne Marie van der Berg',
        nameToConfirm: true,
      });
      // A record that already has the parts is left as it is.
      const split = { id: 'p-4', name: 'Ann Lee', familyName: 'Lee', givenNames: 'Ann' };
      expect(upgrade(7, 'people', split)).toEqual(split);
    },
  },
};

describe('row upgrades of the schema history', () => {
  it('version 2 gives a trip an empty home, and keeps one it has', () => ROW_TESTS[2]!['trips']!());
  it('version 3 gives a trip the 45-minute buffer the checks used then, and keeps one it has', () => ROW_TESTS[3]!['trips']!());
  it('version 4 gives a membership an unknown last calendar, keeping when it was exported', () => ROW_TESTS[4]!['memberships']!());
  it('version 5 makes every journey a direct one, with no connections, and keeps connections it has', () => ROW_TESTS[5]!['segments']!());
  it('version 6 gives a trip empty contacts in emergencies and no missions, keeping any it has', () => ROW_TESTS[6]!['trips']!());
  it('version 6 gives a journey unknown terminals, leaving the place as it was typed', () => ROW_TESTS[6]!['segments']!());
  it('version 7 splits a person’s name into title, given and family names, keeping the whole and marking guesses', () =>
    ROW_TESTS[7]!['people']!());

  it('has a before/after test for every row upgrade in the history', () => {
    const declared = SCHEMA_HISTORY.flatMap((step) => Object.keys(step.upgrade ?? {}).map((table) => `${step.version}:${table}`));
    const tested = Object.entries(ROW_TESTS).flatMap(([version, tables]) => Object.keys(tables).map((table) => `${version}:${table}`));
    expect(tested).toEqual(declared);
  });
});

describe('upgrading the tables of an old file', () => {
  it('brings a version 1 trip up to date, and starts the tables added since empty', () => {
    const upgraded = upgradeTables({ trips: [{ id: 't-1', name: 'Kunming' }], settings: [] }, 1);
    const empty = { name: '', phone: '', email: '' };
    expect(upgraded.trips).toEqual([
      {
        id: 't-1',
        name: 'Kunming',
        home: null,
        conflictBufferMinutes: 45,
        organiserContact: empty,
        localCoordinator: empty,
        diplomaticMissions: [],
      },
    ]);
    expect(upgraded.acknowledgements).toEqual([]);
  });

  it('leaves rows of the current version, and fields it does not know, as they are', () => {
    const membership = { id: 'm-1', calendarExportedEvents: null, calendarExportedReminders: { meeting: 30 } };
    const tables = { memberships: [membership], stops: [{ id: 's-1', notes: 'Tianjin' }] };
    expect(upgradeTables(tables, CURRENT_SCHEMA_VERSION)).toEqual(tables);
    expect(upgradeTables(tables, 3).memberships).toEqual([membership]);
  });

  it('stops at the version asked for', () => {
    expect(upgradeTables({ trips: [{ id: 't-1' }] }, 1, 2).trips).toEqual([{ id: 't-1', home: null }]);
  });

  it('does not change the tables it was given', () => {
    const trips = [{ id: 't-1' }];
    upgradeTables({ trips }, 1);
    expect(trips).toEqual([{ id: 't-1' }]);
  });
});

describe('the tables of each version', () => {
  it('are those its stores declare, in order', () => {
    expect(tablesOfVersion(2)).not.toContain('acknowledgements');
    expect(tablesOfVersion(3)).toContain('acknowledgements');
    expect(STORED_TABLES).toEqual(tablesOfVersion(CURRENT_SCHEMA_VERSION));
  });

  it('name a trip’s own tables among the current ones, each indexed by trip', () => {
    const latest = schemaVersion(CURRENT_SCHEMA_VERSION).stores;
    for (const table of TRIP_OWNED_TABLES) expect(latest[table], table).toMatch(/\btripId\b/);
  });

  it('refuse a version that never existed', () => {
    expect(() => schemaVersion(0)).toThrow('There is no schema version 0.');
  });
});
