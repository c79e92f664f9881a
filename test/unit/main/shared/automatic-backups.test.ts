import { describe, expect, it } from 'vitest';
import {
  AUTOMATIC_BACKUP_INTERVAL_MS,
  automaticBackupFileName,
  backupsToRemove,
  parseAutomaticBackupFileName,
} from '../../../../electron/shared/automatic-backups';
import { AUTOMATIC_BACKUP_REASONS } from '../../../../electron/shared/ipc-contract';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A backup as listed: its id is its file name. */
function backupAt(iso: string) {
  const createdAt = new Date(iso).toISOString();
  return { id: automaticBackupFileName(new Date(iso), 'scheduled'), createdAt };
}

/** Backups every `stepMs` from `from` up to and including `to`. */
function backupsEvery(stepMs: number, from: string, to: string) {
  const backups = [];
  for (let time = Date.parse(from); time <= Date.parse(to); time += stepMs) backups.push(backupAt(new Date(time).toISOString()));
  return backups;
}

function kept(backups: { id: string; createdAt: string }[], now: string): string[] {
  const removed = new Set(backupsToRemove(backups, new Date(now)));
  return backups
    .filter((backup) => !removed.has(backup.id))
    .map((backup) => backup.createdAt)
    .sort()
    .reverse();
}

describe('the name of an automatic backup', () => {
  it('holds the UTC instant to the millisecond and the reason, with nothing a file system refuses', () => {
    expect(automaticBackupFileName(new Date('2026-11-21T10:30:05.123Z'), 'quit')).toBe(
      'delegation-planner-2026-11-21T10-30-05-123Z-quit.json',
    );
  });

  it('is the same whatever zone the computer is in', () => {
    expect(automaticBackupFileName(new Date('2026-11-21T23:30:00+08:00'), 'scheduled')).toBe(
      'delegation-planner-2026-11-21T15-30-00-000Z-scheduled.json',
    );
  });

  it.each(AUTOMATIC_BACKUP_REASONS)('is read back with its date and the reason "%s"', (reason) => {
    const name = automaticBackupFileName(new Date('2027-01-02T03:04:05.006Z'), reason);
    expect(parseAutomaticBackupFileName(name)).toEqual({ createdAt: '2027-01-02T03:04:05.006Z', reason });
  });

  it('is read without milliseconds too', () => {
    expect(parseAutomaticBackupFileName('delegation-planner-2026-11-21T10-30-05Z-quit.json')).toEqual({
      createdAt: '2026-11-21T10:30:05.000Z',
      reason: 'quit',
    });
  });

  it('sorts by date', () => {
    const names = ['2026-11-21T10:30:05.123Z', '2026-02-01T00:00:00.000Z', '2026-11-21T09:00:00.000Z'].map((iso) =>
      automaticBackupFileName(new Date(iso), 'scheduled'),
    );
    expect([...names].sort().map((name) => parseAutomaticBackupFileName(name)?.createdAt)).toEqual([
      '2026-02-01T00:00:00.000Z',
      '2026-11-21T09:00:00.000Z',
      '2026-11-21T10:30:05.123Z',
    ]);
  });

  it.each([
    ['another file', 'notes.txt'],
    ['a backup the person saved by hand', 'Delegation Planner backup 2026-11-21.json'],
    ['the temporary file of a write', '.delegation-planner-2026-11-21T10-30-05-123Z-quit.json.0b1c.tmp'],
    ['a parent folder', '../delegation-planner-2026-11-21T10-30-05-123Z-quit.json'],
    ['a sub-folder', 'old/delegation-planner-2026-11-21T10-30-05-123Z-quit.json'],
    ['a Windows folder', 'old\\delegation-planner-2026-11-21T10-30-05-123Z-quit.json'],
    ['an unknown reason', 'delegation-planner-2026-11-21T10-30-05-123Z-hourly.json'],
    ['a day that does not exist', 'delegation-planner-2026-02-30T10-30-05-123Z-quit.json'],
    ['an hour that does not exist', 'delegation-planner-2026-11-21T24-30-05-123Z-quit.json'],
    ['another extension', 'delegation-planner-2026-11-21T10-30-05-123Z-quit.json.bak'],
    ['a name with a trailing space', 'delegation-planner-2026-11-21T10-30-05-123Z-quit.json '],
    ['an empty name', ''],
  ])('is not taken from %s', (_what, name) => {
    expect(parseAutomaticBackupFileName(name)).toBeNull();
  });
});

describe('the automatic backups kept', () => {
  it('are made every three hours', () => {
    expect(AUTOMATIC_BACKUP_INTERVAL_MS).toBe(3 * HOUR);
  });

  it('after thirty days of hourly backups: the newest six, the newest of each of the last seven days, and of each week', () => {
    // Saturday 21 November 2026; the weeks start on Mondays 16, 9 and 2 November and 26 and 19 October.
    const backups = backupsEvery(HOUR, '2026-10-22T10:30:00Z', '2026-11-21T10:30:00Z');
    expect(kept(backups, '2026-11-21T10:30:00Z')).toEqual([
      '2026-11-21T10:30:00.000Z',
      '2026-11-21T09:30:00.000Z',
      '2026-11-21T08:30:00.000Z',
      '2026-11-21T07:30:00.000Z',
      '2026-11-21T06:30:00.000Z',
      '2026-11-21T05:30:00.000Z',
      '2026-11-20T23:30:00.000Z',
      '2026-11-19T23:30:00.000Z',
      '2026-11-18T23:30:00.000Z',
      '2026-11-17T23:30:00.000Z',
      '2026-11-16T23:30:00.000Z',
      '2026-11-15T23:30:00.000Z',
      '2026-11-08T23:30:00.000Z',
      '2026-11-01T23:30:00.000Z',
      '2026-10-25T23:30:00.000Z',
    ]);
  });

  it('when each save is followed by pruning for three months: at most 22, one a week reaching back nine weeks', () => {
    let backups: { id: string; createdAt: string }[] = [];
    let most = 0;
    for (let time = Date.parse('2026-06-01T08:00:00Z'); time <= Date.parse('2026-09-01T08:00:00Z'); time += 3 * HOUR) {
      backups.push(backupAt(new Date(time).toISOString()));
      const removed = new Set(backupsToRemove(backups, new Date(time)));
      backups = backups.filter((backup) => !removed.has(backup.id));
      most = Math.max(most, backups.length);
    }
    expect(most).toBeLessThanOrEqual(22);
    const oldest = backups.map((backup) => Date.parse(backup.createdAt)).sort((a, b) => a - b)[0]!;
    const age = Date.parse('2026-09-01T08:00:00Z') - oldest;
    // 1 September 2026 is a Tuesday: this week and the eight before it, the oldest ending on Sunday 12 July.
    expect(new Date(oldest).toISOString()).toBe('2026-07-12T23:00:00.000Z');
    expect(age).toBeGreaterThan(7 * 7 * DAY);
    // Each past week is kept as its last backup: Sunday 23:00 (UTC).
    const sundays = backups.filter((backup) => new Date(backup.createdAt).getUTCDay() === 0 && backup.createdAt.endsWith('T23:00:00.000Z'));
    expect(sundays.map((backup) => backup.createdAt.slice(0, 10)).sort()).toEqual([
      '2026-07-12',
      '2026-07-19',
      '2026-07-26',
      '2026-08-02',
      '2026-08-09',
      '2026-08-16',
      '2026-08-23',
      '2026-08-30',
    ]);
  });

  it('never go over 22 with a backup every few minutes for a week', () => {
    let backups: { id: string; createdAt: string }[] = [];
    for (let time = Date.parse('2026-03-01T00:00:00Z'); time <= Date.parse('2026-03-08T00:00:00Z'); time += 7 * 60 * 1000) {
      backups.push(backupAt(new Date(time).toISOString()));
      const removed = new Set(backupsToRemove(backups, new Date(time)));
      backups = backups.filter((backup) => !removed.has(backup.id));
      expect(backups.length).toBeLessThanOrEqual(22);
    }
  });

  it.each<[string, string[], string, string[]]>([
    ['none when there are none', [], '2026-11-21T10:30:00Z', []],
    ['the only one, however old', ['2025-01-01T00:00:00Z'], '2026-11-21T10:30:00Z', ['2025-01-01T00:00:00.000Z']],
    [
      'only the newest when all are older than nine weeks',
      ['2026-08-01T12:00:00Z', '2026-08-02T12:00:00Z', '2026-07-01T12:00:00Z'],
      '2026-11-21T10:30:00Z',
      ['2026-08-02T12:00:00.000Z'],
    ],
    [
      'the newest six of one busy day, and nothing older of that day',
      backupsEvery(HOUR, '2026-11-21T01:00:00Z', '2026-11-21T08:00:00Z').map((backup) => backup.createdAt),
      '2026-11-21T08:00:00Z',
      ['08', '07', '06', '05', '04', '03'].map((hour) => `2026-11-21T${hour}:00:00.000Z`),
    ],
    [
      'yesterday’s last backup beside today’s',
      ['2026-11-20T22:00:00Z', '2026-11-20T23:59:00Z', '2026-11-21T00:01:00Z'],
      '2026-11-23T12:00:00Z',
      ['2026-11-21T00:01:00.000Z', '2026-11-20T23:59:00.000Z'],
    ],
    [
      'a backup dated after now, the clock having been put back, with the newest of the present',
      ['2027-05-01T00:00:00Z', '2027-05-01T01:00:00Z', '2026-11-21T10:00:00Z'],
      '2026-11-21T10:30:00Z',
      ['2027-05-01T01:00:00.000Z', '2027-05-01T00:00:00.000Z', '2026-11-21T10:00:00.000Z'],
    ],
  ])('are %s', (_what, dates, now, expected) => {
    expect(kept(dates.map(backupAt), now)).toEqual(expected);
  });

  it('do not depend on the order they are listed in', () => {
    const backups = backupsEvery(5 * HOUR, '2026-09-01T00:00:00Z', '2026-11-21T10:00:00Z');
    const reversed = [...backups].reverse();
    expect(backupsToRemove(reversed, new Date('2026-11-21T10:00:00Z')).sort()).toEqual(
      backupsToRemove(backups, new Date('2026-11-21T10:00:00Z')).sort(),
    );
  });

  it('leave alone a backup whose date cannot be read', () => {
    const backups = [{ id: 'odd', createdAt: 'yesterday' }, backupAt('2026-01-01T00:00:00Z'), backupAt('2026-11-21T10:00:00Z')];
    expect(backupsToRemove(backups, new Date('2026-11-21T10:30:00Z'))).toEqual([backups[1]!.id]);
  });
});
