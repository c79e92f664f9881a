import { describe, expect, it } from 'vitest';
import { localeOf } from '../../src/i18n/locale';
import { testI18n } from '../builders/words';
import { parseBackup } from '../../src/domain/files/backup';
import { keepCurrentData } from '../../src/usecases/keep-current-data';
import { aTestPlatform } from '../builders/test-platform';
import { freshRepositories } from '../storage/test-database';
import { aDatabaseWithTheSampleTrip, COMPUTER_ZONE, NOW } from './sample-data';

const at = { now: NOW, zone: COMPUTER_ZONE, locale: localeOf(testI18n('en')) };

describe('keeping the data as it is before it is replaced', () => {
  it('keeps nothing when the database holds nothing a person made', async () => {
    const { repos } = freshRepositories();
    const platform = aTestPlatform();

    expect(await keepCurrentData({ repositories: repos, platform, ...at })).toEqual({ ok: true, value: { kind: 'nothing-to-keep' } });
    expect(platform.automaticBackupsKept.size).toBe(0);
    expect(platform.saved).toEqual([]);
  });

  it('keeps an automatic backup, marked as made before a restore, holding every trip', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform();

    const kept = await keepCurrentData({ repositories: repos, platform, ...at });

    expect(kept.ok && kept.value.kind).toBe('automatic-backup');
    const [backup] = [...platform.automaticBackupsKept.values()];
    expect(backup?.info.reason).toBe('before-restore');
    const parsed = parseBackup(backup!.content);
    expect(parsed.ok && parsed.value.tables.trips.length).toBe(1);
    expect(platform.saved).toEqual([]);
  });

  it('saves a file instead where the platform keeps no automatic backups', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform().withoutAutomaticBackups();

    const kept = await keepCurrentData({ repositories: repos, platform, ...at });

    expect(kept).toEqual({
      ok: true,
      value: { kind: 'file', path: '/home/organiser/Delegation Planner before restore 2026-11-21 1730.json', savedAt: NOW },
    });
  });

  it('saves a file instead when the automatic backup cannot be saved', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform().failNextAutomaticBackup('no space');

    const kept = await keepCurrentData({ repositories: repos, platform, ...at });

    expect(kept.ok && kept.value.kind).toBe('file');
    expect(platform.saved).toHaveLength(1);
  });

  it('says the data was not kept when the person cancels the file', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const platform = aTestPlatform().withoutAutomaticBackups().nextSave('cancel');

    expect(await keepCurrentData({ repositories: repos, platform, ...at })).toEqual({ ok: false, error: { kind: 'cancelled' } });
  });
});
