/**
 * A replace writes a backup a part at a time in its one transaction, telling how many records are written, and
 * reads the records it replaces in that transaction, so that it can be undone exactly with no capture around it.
 */
import { describe, expect, it } from 'vitest';
import { parseBackup, type Backup } from '../../src/domain/files/backup';
import { RECORDS_PER_REQUEST } from '../../src/storage/backup-repository';
import { fullSizeBackup } from '../bench-browser/dataset';
import { databaseHash } from './database-hash';
import { aDatabaseWithTheSampleTrip } from '../usecases/sample-data';

function aLargerBackup(): Backup {
  const parsed = parseBackup(fullSizeBackup({ trips: 3, people: 60, engagementsPerTrip: 400, membersPerTrip: 10 }).text);
  if (!parsed.ok) throw new Error('the backup was refused');
  return parsed.value;
}

describe('replacing the data with a backup, part by part', () => {
  it('tells the records written as it goes, up to all of them, and then holds exactly the backup', async () => {
    const { repos } = await aDatabaseWithTheSampleTrip();
    const backup = aLargerBackup();
    const records = Object.values(backup.tables).reduce((sum, rows) => sum + rows.length, 0);
    expect(records).toBeGreaterThan(RECORDS_PER_REQUEST * 2);
    const told: number[] = [];

    const replaced = await repos.backups.restoreReplace(backup, (written, total) => {
      expect(total).toBe(records);
      told.push(written);
    });

    expect(replaced.ok).toBe(true);
    expect(told[0]).toBe(0);
    expect(told.at(-1)).toBe(records);
    expect(told).toEqual([...told].sort((a, b) => a - b));
    expect(told.length).toBeGreaterThan(3);
    expect((await repos.backups.readAll()).engagements.length).toBe(backup.tables.engagements.length);
  });

  it('is undone exactly, over a few records and over more than one read holds', async () => {
    const { db, repos } = await aDatabaseWithTheSampleTrip();
    const before = await databaseHash(db);
    const backup = aLargerBackup();

    const replaced = await repos.backups.restoreReplace(backup);
    if (!replaced.ok) throw new Error('not replaced');
    const afterRestore = await databaseHash(db);
    expect(replaced.value.change.touched).toBeGreaterThan(backup.tables.engagements.length);

    expect(await replaced.value.change.revert()).toEqual({ ok: true, value: undefined });
    expect(await databaseHash(db)).toBe(before);

    // Now the records replaced are more than one read takes (1,200 engagements): they come back all the same.
    const again = await repos.backups.restoreReplace(backup);
    expect(await databaseHash(db)).toBe(afterRestore);
    const current = parseBackup(await repos.backups.exportAll());
    if (!again.ok || !current.ok) throw new Error('not replaced');
    const fewer = await repos.backups.restoreReplace({ ...current.value, tables: { ...current.value.tables, engagements: [] } });
    if (!fewer.ok) throw new Error('not replaced');
    expect(await fewer.value.change.revert()).toEqual({ ok: true, value: undefined });
    expect(await databaseHash(db)).toBe(afterRestore);
  });

  it('changes nothing when a record is refused part-way through', async () => {
    const { db, repos } = await aDatabaseWithTheSampleTrip();
    const before = await databaseHash(db);
    const backup = aLargerBackup();
    // Two engagements with one id: the second add is refused, after many records were written.
    const engagements = [...backup.tables.engagements, backup.tables.engagements[0]!];

    const replaced = await repos.backups.restoreReplace({ ...backup, tables: { ...backup.tables, engagements } });

    expect(replaced.ok).toBe(false);
    expect(await databaseHash(db)).toBe(before);
  });
});
