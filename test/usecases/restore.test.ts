import { describe, expect, it } from 'vitest';
import { localeOf } from '../../src/i18n/locale';
import { inEnglish, testI18n } from '../builders/words';
import { parseBackup, type Backup } from '../../src/domain/files/backup';
import type { Repositories } from '../../src/storage/repositories';
import { restoreBackup } from '../../src/usecases/restore';
import { aTestPlatform } from '../builders/test-platform';
import { aTripDraft } from '../builders/trip-draft';
import { databaseHash } from '../storage/database-hash';
import { freshRepositories, sequentialClock } from '../storage/test-database';
import { aDatabaseWithTheSampleTrip, COMPUTER_ZONE, NOW } from './sample-data';
import { expectNoneOf, loggedWithoutTimes } from '../builders/logged-entries';

/** A backup made on another computer (whose ids differ from this one's) that holds one trip, the Chengdu return visit. */
async function aBackupOfTheChengduVisit(): Promise<Backup> {
  let counter = 0;
  const { repos } = freshRepositories({ ...sequentialClock(), newId: () => `other-computer-${++counter}` });
  await repos.trips.create(aTripDraft().named('Chengdu return visit').build());
  const backup = parseBackup(await repos.backups.exportAll());
  if (!backup.ok) throw new Error(inEnglish(backup.error.message));
  return backup.value;
}

async function tripNames(repos: Repositories): Promise<string[]> {
  return (await repos.trips.listSummaries()).map((summary) => summary.trip.name).sort();
}

const at = { now: NOW, zone: COMPUTER_ZONE, locale: localeOf(testI18n('en')) };

describe('restoring a backup by replacing the data', () => {
  it('keeps the data as it was first, then holds exactly what the backup holds', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform();
    const backup = await aBackupOfTheChengduVisit();

    const restored = await restoreBackup({ repositories: repos, platform, ...at }, backup, 'replace');

    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    expect(restored.value.kept?.kind).toBe('automatic-backup');
    expect(restored.value.counts.trips).toBe(1);
    expect(restored.value.counts.people).toBe(0);
    expect(await tripNames(repos)).toEqual(['Chengdu return visit']);
    const [kept] = [...platform.automaticBackupsKept.values()];
    const keptBackup = parseBackup(kept!.content);
    expect(keptBackup.ok && keptBackup.value.tables.trips.map((trip) => trip.name)).toEqual(['Liverpool City Region trade mission to China']);
  });

  it('can be undone, leaving the database exactly as it was', async () => {
    const { db, repos } = await aDatabaseWithTheSampleTrip();
    const before = await databaseHash(db);

    const restored = await restoreBackup({ repositories: repos, platform: aTestPlatform(), ...at }, await aBackupOfTheChengduVisit(), 'replace');
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    expect(await databaseHash(db)).not.toBe(before);

    expect(await restored.value.change.revert()).toEqual({ ok: true, value: undefined });
    expect(await databaseHash(db)).toBe(before);
  });

  it('refuses to go on when the data as it is cannot be kept, and changes nothing', async () => {
    const { db, repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform().withoutAutomaticBackups().nextSave('cancel');
    const before = await databaseHash(db);

    const restored = await restoreBackup({ repositories: repos, platform, ...at }, await aBackupOfTheChengduVisit(), 'replace');

    expect(restored).toEqual({ ok: false, error: { kind: 'not-kept', notKept: { kind: 'cancelled' } } });
    expect(await databaseHash(db)).toBe(before);
  });

  it('carries the reason the data could not be kept when the file fails, and changes nothing', async () => {
    const { db, repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform().withoutAutomaticBackups().nextSave({ fail: 'The folder is read-only.' });
    const before = await databaseHash(db);

    const restored = await restoreBackup({ repositories: repos, platform, ...at }, await aBackupOfTheChengduVisit(), 'replace');

    expect(restored).toEqual({ ok: false, error: { kind: 'not-kept', notKept: { kind: 'failed', reason: 'The folder is read-only.' } } });
    expect(await databaseHash(db)).toBe(before);
  });

  it('changes nothing when the database refuses the backup, and says where the data was kept', async () => {
    const { db, repos } = await aDatabaseWithTheSampleTrip();
    const backup = await aBackupOfTheChengduVisit();
    const trip = backup.tables.trips[0]!;
    const twice: Backup = { ...backup, tables: { ...backup.tables, trips: [trip, trip] } };
    const before = await databaseHash(db);

    const restored = await restoreBackup({ repositories: repos, platform: aTestPlatform(), ...at }, twice, 'replace');

    expect(restored.ok).toBe(false);
    if (restored.ok || restored.error.kind !== 'refused') throw new Error('expected a refusal');
    expect(inEnglish(restored.error.reason)).toMatch(/nothing was changed/);
    expect(restored.error.kept?.kind).toBe('automatic-backup');
    expect(await databaseHash(db)).toBe(before);
  });
});

describe('restoring a backup by merging it', () => {
  it('keeps nothing first and adds the backup to what is here', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform().withoutAutomaticBackups();

    const restored = await restoreBackup({ repositories: repos, platform, ...at }, await aBackupOfTheChengduVisit(), 'merge');

    expect(restored.ok && restored.value.kept).toBeNull();
    expect(platform.saved).toEqual([]);
    expect(await tripNames(repos)).toEqual(['Chengdu return visit', 'Liverpool City Region trade mission to China']);
  });

  it('can be undone, leaving the database exactly as it was', async () => {
    const { db, repos } = await aDatabaseWithTheSampleTrip();
    const before = await databaseHash(db);

    const restored = await restoreBackup({ repositories: repos, platform: aTestPlatform(), ...at }, await aBackupOfTheChengduVisit(), 'merge');
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));

    await restored.value.change.revert();
    expect(await databaseHash(db)).toBe(before);
  });
});

describe('a restore in the log', () => {
  it('logs a replace with the backup kept first and how many records the backup held, never what they are', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform();

    const restored = await restoreBackup({ repositories: repos, platform, ...at }, await aBackupOfTheChengduVisit(), 'replace');

    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    const [kept] = [...platform.automaticBackupsKept.values()];
    expect(loggedWithoutTimes(platform.logged)).toEqual([
      { event: 'backup', what: 'before-restore', outcome: 'done', problem: null, messageCode: null, sizeBytes: kept?.info.sizeBytes, durationMs: 0 },
      { event: 'restore', mode: 'replace', outcome: 'done', problem: null, messageCode: null, records: 1, durationMs: 0 },
    ]);
    expectNoneOf(['Chengdu', 'Liverpool', kept!.info.id], platform.logged);
  });

  it('logs a replace stopped because the person cancelled keeping the data first', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform().withoutAutomaticBackups().nextSave('cancel');

    await restoreBackup({ repositories: repos, platform, ...at }, await aBackupOfTheChengduVisit(), 'replace');

    expect(loggedWithoutTimes(platform.logged)).toEqual([
      { event: 'backup', what: 'file', outcome: 'cancelled', problem: null, messageCode: null, sizeBytes: null, durationMs: 0 },
      { event: 'restore', mode: 'replace', outcome: 'cancelled', problem: null, messageCode: null, records: 0, durationMs: 0 },
    ]);
  });

  it('logs a replace stopped because the data could not be kept first', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform().failNextAutomaticBackup('No space.').nextSave({ fail: 'The disk is full.' });

    await restoreBackup({ repositories: repos, platform, ...at }, await aBackupOfTheChengduVisit(), 'replace');

    expect(loggedWithoutTimes(platform.logged)).toEqual([
      { event: 'backup', what: 'before-restore', outcome: 'failed', problem: 'write-failed', messageCode: null, sizeBytes: null, durationMs: 0 },
      { event: 'backup', what: 'file', outcome: 'failed', problem: 'write-failed', messageCode: null, sizeBytes: null, durationMs: 0 },
      { event: 'restore', mode: 'replace', outcome: 'failed', problem: 'not-kept', messageCode: null, records: 0, durationMs: 0 },
    ]);
    expectNoneOf(['No space', 'disk is full'], platform.logged);
  });

  it('logs a merge', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform().withoutAutomaticBackups();

    await restoreBackup({ repositories: repos, platform, ...at }, await aBackupOfTheChengduVisit(), 'merge');

    expect(loggedWithoutTimes(platform.logged)).toEqual([
      { event: 'restore', mode: 'merge', outcome: 'done', problem: null, messageCode: null, records: 1, durationMs: 0 },
    ]);
  });
});
