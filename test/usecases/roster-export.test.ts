import { describe, expect, it } from 'vitest';
import { readRosterCsv } from '../../src/domain/files/roster-csv';
import { exportRoster } from '../../src/usecases/roster-export';
import { aTestPlatform } from '../builders/test-platform';
import { inEnglish, testI18n } from '../builders/words';
import { localeOf } from '../../src/i18n/locale';

const english = localeOf(testI18n('en'), 'en');
import { databaseHash } from '../storage/database-hash';
import { aDatabaseWithTheSampleTrip } from './sample-data';
import { expectNoneOf, loggedWithoutTimes } from '../builders/logged-entries';

describe('exporting a trip’s roster', () => {
  it('saves every member under the import’s headers, in a file named for the trip, and changes nothing', async () => {
    const { db, repos, tripId } = await aDatabaseWithTheSampleTrip();
    const trip = (await repos.trips.get(tripId))!;
    const cities = await db.stops.where('tripId').equals(tripId).toArray();
    const platform = aTestPlatform();
    const before = await databaseHash(db);

    const exported = await exportRoster({ repositories: repos, platform }, trip, cities, english);

    expect(exported).toEqual({
      ok: true,
      value: { path: '/home/organiser/Liverpool City Region trade mission to China roster.csv', people: 20 },
    });
    const table = readRosterCsv(platform.saved[0]!.content);
    if (!table.ok) throw new Error(inEnglish(table.error));
    expect(table.value.rows).toHaveLength(20);
    expect(table.value.headers).toContain('Organisation');
    expect(await databaseHash(db)).toBe(before);
  });

  it('names a person’s organisation as the directory does when they are linked to one', async () => {
    const { db, repos, tripId } = await aDatabaseWithTheSampleTrip();
    const trip = (await repos.trips.get(tripId))!;
    const cities = await db.stops.where('tripId').equals(tripId).toArray();
    const linked = (await db.people.toArray()).find((person) => person.organisationId !== null)!;
    const organisation = (await db.organisations.get(linked.organisationId!))!;
    await db.people.update(linked.id, { organisationName: 'An old name' });
    const platform = aTestPlatform();

    await exportRoster({ repositories: repos, platform }, trip, cities, english);

    const line = platform.saved[0]!.content.split('\r\n').find((row) => row.includes(linked.name))!;
    expect(line).toContain(organisation.name);
    expect(line).not.toContain('An old name');
  });

  it('says when the save was cancelled, and carries the reason when it failed', async () => {
    const { db, repos, tripId } = await aDatabaseWithTheSampleTrip();
    const trip = (await repos.trips.get(tripId))!;
    const cities = await db.stops.where('tripId').equals(tripId).toArray();

    const cancelled = await exportRoster({ repositories: repos, platform: aTestPlatform().nextSave('cancel') }, trip, cities, english);
    const failed = await exportRoster({ repositories: repos, platform: aTestPlatform().nextSave({ fail: 'The disk is full.' }) }, trip, cities, english);

    expect(cancelled).toEqual({ ok: false, error: { kind: 'cancelled' } });
    expect(failed).toEqual({ ok: false, error: { kind: 'failed', reason: 'The disk is full.' } });
  });
});

describe('exporting a trip’s roster with or without passport details', () => {
  it('leaves passport numbers and dates of birth out unless the organiser ticks “Include passport details”', async () => {
    const { db, repos, tripId } = await aDatabaseWithTheSampleTrip();
    const trip = (await repos.trips.get(tripId))!;
    const cities = await db.stops.where('tripId').equals(tripId).toArray();
    const people = await db.people.toArray();
    const platform = aTestPlatform();

    await exportRoster({ repositories: repos, platform }, trip, cities, english);
    await exportRoster({ repositories: repos, platform }, trip, cities, english, { includePassportDetails: true });

    const [without, withDetails] = platform.saved.map((file) => file.content);
    for (const person of people) {
      expect(without).not.toContain(person.passportNumber);
      expect(without).not.toContain(person.dateOfBirth!);
      expect(withDetails).toContain(person.passportNumber);
      expect(withDetails).toContain(person.dateOfBirth!);
    }
  });
});

describe('a roster export in the log', () => {
  it('logs the CSV saved with its size, never who is in it', async () => {
    const { db, repos, tripId } = await aDatabaseWithTheSampleTrip();
    const trip = (await repos.trips.get(tripId))!;
    const cities = await db.stops.where('tripId').equals(tripId).toArray();
    const platform = aTestPlatform();

    await exportRoster({ repositories: repos, platform }, trip, cities, english, { includePassportDetails: true });

    expect(loggedWithoutTimes(platform.logged)).toEqual([
      { event: 'export', what: 'roster-csv', outcome: 'done', problem: null, messageCode: null, files: 1, sizeBytes: new Blob([platform.saved[0]!.content]).size, durationMs: 0 },
    ]);
    const people = await db.people.toArray();
    expectNoneOf([...people.map((person) => person.name), 'Liverpool', 'organiser', '.json', '.csv', '.ics'], platform.logged);
  });
});
