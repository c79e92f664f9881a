import { describe, expect, it } from 'vitest';
import { localeOf } from '../../src/i18n/locale';
import { testI18n } from '../builders/words';
import { parseBackup } from '../../src/domain/files/backup';
import { backUpNow, backUpToFile } from '../../src/usecases/back-up';
import { aTestPlatform } from '../builders/test-platform';
import { databaseHash } from '../storage/database-hash';
import { aDatabaseWithTheSampleTrip, COMPUTER_ZONE, NOW } from './sample-data';
import { expectNoneOf, loggedWithoutTimes } from '../builders/logged-entries';

describe('backing up to a file', () => {
  it('saves every trip and the directory in one file named for the time on this computer', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform();

    const result = await backUpToFile({ repositories: repos, platform, now: NOW, zone: COMPUTER_ZONE, locale: localeOf(testI18n('en')) });

    expect(result).toEqual({ ok: true, value: { path: '/home/organiser/Delegation Planner backup 2026-11-21 1730.json', savedAt: NOW } });
    expect(platform.saved.map((file) => file.name)).toEqual(['Delegation Planner backup 2026-11-21 1730.json']);
    const backup = parseBackup(platform.saved[0]!.content);
    expect(backup.ok && backup.value.tables.trips.map((trip) => trip.name)).toEqual(['Liverpool City Region trade mission to China']);
    expect(backup.ok && backup.value.tables.people.length).toBe(20);
  });

  it('says when the person cancelled the save, and changes nothing', async () => {
    const { db, repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform().nextSave('cancel');
    const before = await databaseHash(db);

    const result = await backUpToFile({ repositories: repos, platform, now: NOW, zone: COMPUTER_ZONE, locale: localeOf(testI18n('en')) });

    expect(result).toEqual({ ok: false, error: { kind: 'cancelled' } });
    expect(platform.saved).toEqual([]);
    expect(await databaseHash(db)).toBe(before);
  });

  it('carries the platform’s reason when the file cannot be written, and changes nothing', async () => {
    const { db, repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform().nextSave({ fail: 'The disk is full.' });
    const before = await databaseHash(db);

    const result = await backUpToFile({ repositories: repos, platform, now: NOW, zone: COMPUTER_ZONE, locale: localeOf(testI18n('en')) });

    expect(result).toEqual({ ok: false, error: { kind: 'failed', reason: 'The disk is full.' } });
    expect(await databaseHash(db)).toBe(before);
  });
});

describe('backing up now', () => {
  it('keeps an automatic backup of the whole database, marked as asked for', async () => {
    const { db, repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform();
    const before = await databaseHash(db);

    const result = await backUpNow({ repositories: repos, platform });

    expect(result.ok && result.value.reason).toBe('manual');
    const [kept] = [...platform.automaticBackupsKept.values()];
    expect(kept?.info.reason).toBe('manual');
    const backup = parseBackup(kept!.content);
    expect(backup.ok && backup.value.tables.people.length).toBe(20);
    expect(await databaseHash(db)).toBe(before);
  });

  it('is unavailable where the platform keeps no automatic backups', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform().withoutAutomaticBackups();

    expect(await backUpNow({ repositories: repos, platform })).toEqual({ ok: false, error: { kind: 'unavailable' } });
  });

  it('carries the reason when the automatic backup cannot be saved', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform().failNextAutomaticBackup('The automatic backup could not be saved: no space.');

    const result = await backUpNow({ repositories: repos, platform });

    expect(result).toEqual({ ok: false, error: { kind: 'failed', reason: 'The automatic backup could not be saved: no space.' } });
    expect(platform.automaticBackupsKept.size).toBe(0);
  });
});

describe('backups in the log', () => {
  it('logs a backup file saved, with its size, never its name or where it went', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform();

    await backUpToFile({ repositories: repos, platform, now: NOW, zone: COMPUTER_ZONE, locale: localeOf(testI18n('en')) });

    expect(loggedWithoutTimes(platform.logged)).toEqual([
      { event: 'backup', what: 'file', outcome: 'done', problem: null, messageCode: null, sizeBytes: new Blob([platform.saved[0]!.content]).size, durationMs: 0 },
    ]);
    expectNoneOf(['Delegation Planner backup', '/home/organiser', 'Liverpool'], platform.logged);
  });

  it('logs a backup file cancelled, and one that could not be written', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform().nextSave('cancel');
    const needs = { repositories: repos, platform, now: NOW, zone: COMPUTER_ZONE, locale: localeOf(testI18n('en')) };

    await backUpToFile(needs);
    platform.nextSave({ fail: 'The disk is full.' });
    await backUpToFile(needs);

    expect(loggedWithoutTimes(platform.logged).map((entry) => 'outcome' in entry && [entry.outcome, entry.problem])).toEqual([
      ['cancelled', null],
      ['failed', 'write-failed'],
    ]);
  });

  it('logs Back up now with the backup’s size, and where there are no automatic backups, that there was nothing to do', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform();

    const made = await backUpNow({ repositories: repos, platform });
    await backUpNow({ repositories: repos, platform: platform.withoutAutomaticBackups() });

    expect(loggedWithoutTimes(platform.logged)).toEqual([
      { event: 'backup', what: 'manual', outcome: 'done', problem: null, messageCode: null, sizeBytes: made.ok ? made.value.sizeBytes : -1, durationMs: 0 },
      { event: 'backup', what: 'manual', outcome: 'refused', problem: 'nothing-to-do', messageCode: null, sizeBytes: null, durationMs: 0 },
    ]);
  });
});
