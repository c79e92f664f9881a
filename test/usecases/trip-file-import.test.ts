import { describe, expect, it } from 'vitest';
import { inEnglish } from '../builders/words';
import { parseTripFile, TRIP_FILE_OWNED_TABLES, type TripFile } from '../../src/domain/files/trip-file';
import type { Clock } from '../../src/storage/clock';
import { applyTripFileImport, planTripFileImport } from '../../src/usecases/trip-file-import';
import { databaseHash } from '../storage/database-hash';
import { freshRepositories, sequentialClock } from '../storage/test-database';
import { aDatabaseWithTheSampleTrip } from './sample-data';
import { aTestPlatform } from '../builders/test-platform';
import { expectNoneOf, loggedWithoutTimes } from '../builders/logged-entries';

/** A colleague's computer: its own clock, whose ids never meet this one's. */
function colleagueClock(): Clock {
  let counter = 0;
  return { ...sequentialClock('2026-12-01T09:00:00.000Z'), newId: () => `colleague-${++counter}` };
}

/** The text of the sample trip's file, exported on a colleague's computer. */
async function aColleaguesTripFile(): Promise<string> {
  const { repos, tripId } = await aDatabaseWithTheSampleTrip(colleagueClock());
  const exported = await repos.tripFiles.exportTrip(tripId);
  if (!exported.ok) throw new Error(inEnglish(exported.error));
  return exported.value.text;
}

/** The same file, claiming to be another trip: its records' ids are those of the trip already here. */
function asAnotherTrip(file: TripFile): TripFile {
  const tripId = 'another-trip';
  const tables = { ...file.tables };
  for (const name of TRIP_FILE_OWNED_TABLES) {
    (tables as Record<string, unknown[]>)[name] = (file.tables[name] as { tripId: string }[]).map((row) => ({ ...row, tripId }));
  }
  return { ...file, trip: { ...file.trip, id: tripId }, tables };
}

describe('importing a trip file', () => {
  it('plans a new trip without writing anything', async () => {
    const { db, repos } = freshRepositories();
    const before = await databaseHash(db);

    const planned = await planTripFileImport({ repositories: repos, platform: aTestPlatform() }, await aColleaguesTripFile());

    if (!planned.ok) throw new Error(inEnglish(planned.error.message));
    expect(planned.value.plan.kind).toBe('new');
    expect(planned.value.plan.tripName).toBe('Liverpool City Region trade mission to China');
    expect(planned.value.plan.refusal).toBeNull();
    expect(await databaseHash(db)).toBe(before);
  });

  it('adds the trip with its people, and says which trip it was', async () => {
    const { repos } = freshRepositories();
    const planned = await planTripFileImport({ repositories: repos, platform: aTestPlatform() }, await aColleaguesTripFile());
    if (!planned.ok) throw new Error(inEnglish(planned.error.message));

    const imported = await applyTripFileImport({ repositories: repos, platform: aTestPlatform() }, planned.value.file);

    if (!imported.ok) throw new Error(inEnglish(imported.error.reason));
    expect(imported.value.plan.kind).toBe('new');
    const bundle = await repos.trips.getBundle(imported.value.plan.tripId);
    expect(bundle?.trip.name).toBe('Liverpool City Region trade mission to China');
    expect(bundle?.people).toHaveLength(20);
  });

  it('can be undone, leaving the database exactly as it was', async () => {
    const { db, repos } = freshRepositories();
    const before = await databaseHash(db);
    const planned = await planTripFileImport({ repositories: repos, platform: aTestPlatform() }, await aColleaguesTripFile());
    if (!planned.ok) throw new Error(inEnglish(planned.error.message));

    const imported = await applyTripFileImport({ repositories: repos, platform: aTestPlatform() }, planned.value.file);
    if (!imported.ok) throw new Error(inEnglish(imported.error.reason));
    expect(await databaseHash(db)).not.toBe(before);

    expect(await imported.value.change.revert()).toEqual({ ok: true, value: undefined });
    expect(await databaseHash(db)).toBe(before);
  });

  it('gives the file’s problem when it is not a trip file, and changes nothing', async () => {
    const { db, repos } = freshRepositories();
    const before = await databaseHash(db);

    const planned = await planTripFileImport({ repositories: repos, platform: aTestPlatform() }, await repos.backups.exportAll());

    expect(planned.ok).toBe(false);
    expect(!planned.ok && planned.error.kind).toBe('whole-backup');
    expect(await databaseHash(db)).toBe(before);
  });

  it('refuses a file holding a website that is not a web address, naming the organisation, and changes nothing', async () => {
    const { db, repos } = freshRepositories();
    const before = await databaseHash(db);
    const document = JSON.parse(await aColleaguesTripFile()) as { tables: { organisations: { name: string; website: string }[] } };
    const organisation = document.tables.organisations[0]!;
    organisation.website = 'javascript:alert(1)';

    const planned = await planTripFileImport({ repositories: repos, platform: aTestPlatform() }, JSON.stringify(document));

    expect(planned.ok).toBe(false);
    expect(!planned.ok && planned.error).toMatchObject({ table: 'organisations', field: 'website' });
    expect(!planned.ok && inEnglish(planned.error.message)).toContain(`“${organisation.name}”`);
    expect(await databaseHash(db)).toBe(before);
  });

  it('refuses a file whose records belong to another trip here, and changes nothing', async () => {
    const { db, repos } = freshRepositories();
    const text = await aColleaguesTripFile();
    const file = parseTripFile(text);
    if (!file.ok) throw new Error(inEnglish(file.error.message));
    await applyTripFileImport({ repositories: repos, platform: aTestPlatform() }, file.value);
    const before = await databaseHash(db);

    const imported = await applyTripFileImport({ repositories: repos, platform: aTestPlatform() }, asAnotherTrip(file.value));

    expect(imported.ok).toBe(false);
    expect(!imported.ok && imported.error.kind).toBe('refused');
    expect(!imported.ok && inEnglish(imported.error.reason)).toMatch(/part of another trip/);
    expect(await databaseHash(db)).toBe(before);
  });
});

describe('a trip file import in the log', () => {
  it('logs how many records the import wrote, never the trip’s name', async () => {
    const { repos } = freshRepositories();
    const platform = aTestPlatform();
    const planned = await planTripFileImport({ repositories: repos, platform }, await aColleaguesTripFile());
    if (!planned.ok) throw new Error(inEnglish(planned.error.message));

    await applyTripFileImport({ repositories: repos, platform }, planned.value.file);

    const [entry] = loggedWithoutTimes(platform.logged);
    expect(platform.logged).toHaveLength(1);
    expect(entry).toMatchObject({ event: 'import', what: 'trip-file', outcome: 'done', problem: null });
    expect(entry && 'records' in entry && entry.records).toBeGreaterThan(20);
    expectNoneOf([planned.value.plan.tripName], platform.logged);
  });

  it('logs a file that is not a trip file as unreadable', async () => {
    const { repos } = freshRepositories();
    const platform = aTestPlatform();

    await planTripFileImport({ repositories: repos, platform }, await repos.backups.exportAll());

    expect(loggedWithoutTimes(platform.logged)).toEqual([
      { event: 'import', what: 'trip-file', outcome: 'refused', problem: 'unreadable', messageCode: null, records: 0, durationMs: 0 },
    ]);
  });

  it('logs a refused import with the code of the message the person read', async () => {
    const { repos } = freshRepositories();
    const file = parseTripFile(await aColleaguesTripFile());
    if (!file.ok) throw new Error(inEnglish(file.error.message));
    await applyTripFileImport({ repositories: repos, platform: aTestPlatform() }, file.value);
    const platform = aTestPlatform();

    const imported = await applyTripFileImport({ repositories: repos, platform }, asAnotherTrip(file.value));

    expect(loggedWithoutTimes(platform.logged)).toEqual([
      { event: 'import', what: 'trip-file', outcome: 'refused', problem: 'refused', messageCode: !imported.ok ? imported.error.reason.code : null, records: 0, durationMs: 0 },
    ]);
  });
});
