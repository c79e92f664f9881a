import { describe, expect, it } from 'vitest';
import { backupAge, backupFileName, countInWords, formatBackupTime, formatFileSize, tableLabel } from '../../../../src/domain/files/backup-display';

describe('how a backup is shown', () => {
  it('names the file by the time on the computer’s clock, not UTC', () => {
    expect(backupFileName('2026-11-21T02:30:00.000Z', 'Asia/Shanghai')).toBe('Delegation Planner backup 2026-11-21 1030.json');
    expect(backupFileName('2026-11-21T02:30:00.000Z', 'America/Los_Angeles')).toBe('Delegation Planner backup 2026-11-20 1830.json');
    expect(backupFileName('2026-11-21T02:30:00.000Z', 'Europe/London', 'Delegation Planner before restore')).toBe(
      'Delegation Planner before restore 2026-11-21 0230.json',
    );
  });

  it('shows when it was made on the computer’s clock, and how long ago', () => {
    expect(formatBackupTime('2026-11-21T02:30:00.000Z', 'Europe/London')).toBe('Sat 21 Nov 2026, 02:30');
    expect(formatBackupTime('not a time', 'Europe/London')).toBe('not a time');
    expect(backupAge('2026-11-21T02:30:00.000Z', '2026-11-21T02:30:20.000Z')).toBe('just now');
    expect(backupAge('2026-11-21T02:30:00.000Z', '2026-11-21T05:30:00.000Z')).toBe('3 hours ago');
    expect(backupAge('2026-11-18T02:30:00.000Z', '2026-11-21T02:30:00.000Z')).toBe('3 days ago');
  });

  it('counts records in the organiser’s words', () => {
    expect(countInWords('trips', 1)).toBe('1 trip');
    expect(countInWords('people', 2000)).toBe('2,000 people');
    expect(countInWords('segments', 11)).toBe('11 journeys');
    expect(tableLabel('stops')).toBe('Cities on routes');
    expect(formatFileSize(512)).toBe('512 bytes');
    expect(formatFileSize(2048)).toBe('2 KB');
    expect(formatFileSize(5 * 1024 * 1024)).toBe('5.0 MB');
  });
});
