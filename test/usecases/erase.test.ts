import { describe, expect, it } from 'vitest';
import { localeOf } from '../../src/i18n/locale';
import { testI18n } from '../builders/words';
import { parseBackup } from '../../src/domain/files/backup';
import { eraseAllData } from '../../src/usecases/erase';
import { aTestPlatform } from '../builders/test-platform';
import { databaseHash } from '../storage/database-hash';
import { freshRepositories } from '../storage/test-database';
import { aDatabaseWithTheSampleTrip, COMPUTER_ZONE, NOW } from './sample-data';

const at = { now: NOW, zone: COMPUTER_ZONE, locale: localeOf(testI18n('en')) };

describe('erasing all data', () => {
  it('keeps the data first, then removes every record', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform();

    const erased = await eraseAllData({ repositories: repos, platform, ...at });

    expect(erased.ok && erased.value.kept.kind).toBe('automatic-backup');
    expect(Object.values(await repos.backups.countAll()).every((count) => count === 0)).toBe(true);
    const [kept] = [...platform.automaticBackupsKept.values()];
    const backup = parseBackup(kept!.content);
    expect(backup.ok && backup.value.tables.people.length).toBe(20);
  });

  it('can be undone, leaving the database exactly as it was', async () => {
    const { db, repos } = await aDatabaseWithTheSampleTrip();
    const before = await databaseHash(db);

    const erased = await eraseAllData({ repositories: repos, platform: aTestPlatform(), ...at });
    if (!erased.ok) throw new Error(JSON.stringify(erased.error));

    expect(await erased.value.change.revert()).toEqual({ ok: true, value: undefined });
    expect(await databaseHash(db)).toBe(before);
  });

  it('refuses to erase when the data cannot be kept first, and changes nothing', async () => {
    const { db, repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform().withoutAutomaticBackups().nextSave({ fail: 'The disk is full.' });
    const before = await databaseHash(db);

    const erased = await eraseAllData({ repositories: repos, platform, ...at });

    expect(erased).toEqual({ ok: false, error: { kind: 'not-kept', notKept: { kind: 'failed', reason: 'The disk is full.' } } });
    expect(await databaseHash(db)).toBe(before);
  });

  it('erases a database that holds nothing a person made without asking to keep it', async () => {
    const { repos } = freshRepositories();
    const platform = aTestPlatform().withoutAutomaticBackups().nextSave('cancel');

    const erased = await eraseAllData({ repositories: repos, platform, ...at });

    expect(erased.ok && erased.value.kept).toEqual({ kind: 'nothing-to-keep' });
  });
});
