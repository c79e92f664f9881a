import { describe, expect, it } from 'vitest';
import { localeOf } from '../../src/i18n/locale';
import { testI18n } from '../builders/words';
import { parseTripFile } from '../../src/domain/files/trip-file';
import { exportTripFile } from '../../src/usecases/trip-file-export';
import { aTestPlatform } from '../builders/test-platform';
import { databaseHash } from '../storage/database-hash';
import { aDatabaseWithTheSampleTrip } from './sample-data';
import { expectNoneOf, loggedWithoutTimes } from '../builders/logged-entries';

describe('exporting a trip file', () => {
  it('saves the trip with its people in a file named for the trip, and keeps only the trip as the file holds it', async () => {
    const { db, repos, tripId } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform();
    const before = await databaseHash(db);

    const exported = await exportTripFile({ repositories: repos, platform, locale: localeOf(testI18n('en')) }, tripId);

    expect(exported).toEqual({ ok: true, value: { path: '/home/organiser/Liverpool City Region trade mission to China.trip.json' } });
    const file = parseTripFile(platform.saved[0]!.content);
    expect(file.ok && file.value.trip.id).toBe(tripId);
    expect(file.ok && file.value.tables.people).toHaveLength(20);
    // The version the colleague's reply will be merged against, and nothing else.
    const bases = await db.tripFileBases.toArray();
    expect(bases.map((base) => [base.id, base.direction])).toEqual([[file.ok && file.value.versionId, 'sent']]);
    await db.tripFileBases.clear();
    expect(await databaseHash(db)).toBe(before);
  });

  it('says when the person cancelled the save, and keeps no copy of a file never saved', async () => {
    const { db, repos, tripId } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform().nextSave('cancel');

    expect(await exportTripFile({ repositories: repos, platform, locale: localeOf(testI18n('en')) }, tripId)).toEqual({ ok: false, error: { kind: 'cancelled' } });
    expect(platform.saved).toEqual([]);
    expect(await db.tripFileBases.count()).toBe(0);
  });

  it('carries the platform’s reason when the file cannot be written', async () => {
    const { repos, tripId } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform().nextSave({ fail: 'The disk is full.' });

    expect(await exportTripFile({ repositories: repos, platform, locale: localeOf(testI18n('en')) }, tripId)).toEqual({
      ok: false,
      error: { kind: 'failed', reason: 'The disk is full.' },
    });
  });

  it('says the trip is gone when it was deleted, and saves nothing', async () => {
    const { repos, tripId } = await aDatabaseWithTheSampleTrip();
    await repos.trips.remove(tripId);
    const platform = aTestPlatform();

    const exported = await exportTripFile({ repositories: repos, platform, locale: localeOf(testI18n('en')) }, tripId);

    expect(!exported.ok && exported.error.kind).toBe('trip-gone');
    expect(platform.saved).toEqual([]);
  });
});

describe('a trip file export in the log', () => {
  it('logs the file saved with its size, never its name, and a cancelled one', async () => {
    const { repos, tripId } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform();
    const needs = { repositories: repos, platform, locale: localeOf(testI18n('en')) };

    await exportTripFile(needs, tripId);
    platform.nextSave('cancel');
    await exportTripFile(needs, tripId);

    expect(loggedWithoutTimes(platform.logged)).toEqual([
      { event: 'export', what: 'trip-file', outcome: 'done', problem: null, messageCode: null, files: 1, sizeBytes: new Blob([platform.saved[0]!.content]).size, durationMs: 0 },
      { event: 'export', what: 'trip-file', outcome: 'cancelled', problem: null, messageCode: null, files: 0, sizeBytes: null, durationMs: 0 },
    ]);
    expectNoneOf(['Liverpool', 'organiser', '.json', '.csv', '.ics'], platform.logged);
  });
});
