import { describe, expect, it } from 'vitest';
import { backupAge, backupFileName, formatFileSize } from '../../../../src/domain/files/backup-display';
import { formatInstant } from '../../../../src/i18n/format';
import { inChinese, inEnglish } from '../../../builders/words';

describe('how a backup is shown', () => {
  it('names the file by the time on the computer’s clock, not UTC, after the reader’s words', () => {
    expect(backupFileName('2026-11-21T02:30:00.000Z', 'Asia/Shanghai', 'Delegation Planner backup')).toBe('Delegation Planner backup 2026-11-21 1030.json');
    expect(backupFileName('2026-11-21T02:30:00.000Z', 'America/Los_Angeles', 'Delegation Planner backup')).toBe(
      'Delegation Planner backup 2026-11-20 1830.json',
    );
    expect(backupFileName('2026-11-21T02:30:00.000Z', 'Europe/London', 'Delegation Planner before restore')).toBe(
      'Delegation Planner before restore 2026-11-21 0230.json',
    );
    expect(backupFileName('2026-11-21T02:30:00.000Z', 'Asia/Shanghai', 'Delegation Planner 备份')).toBe('Delegation Planner 备份 2026-11-21 1030.json');
  });

  it('shows when it was made on the computer’s clock, and how long ago', () => {
    expect(formatInstant('2026-11-21T02:30:00.000Z', 'Europe/London', 'en')).toBe('Sat 21 Nov 2026, 02:30');
    expect(formatInstant('2026-09-21T02:30:00.000Z', 'Europe/London', 'en')).toBe('Mon 21 Sep 2026, 03:30');
    expect(formatInstant('not a time', 'Europe/London', 'en')).toBe('not a time');
    expect(inEnglish(backupAge('2026-11-21T02:30:00.000Z', '2026-11-21T02:30:20.000Z'))).toBe('just now');
    expect(backupAge('2026-11-21T02:30:00.000Z', '2026-11-21T05:30:00.000Z')).toBe('3 hours ago');
    expect(backupAge('2026-11-18T02:30:00.000Z', '2026-11-21T02:30:00.000Z')).toBe('3 days ago');
  });

  it('shows them in Chinese to a Chinese reader', () => {
    expect(formatInstant('2026-11-21T02:30:00.000Z', 'Asia/Shanghai', 'zh-CN')).toBe('2026年11月21日 周六 10:30');
    expect(inChinese(backupAge('2026-11-21T02:30:00.000Z', '2026-11-21T02:30:20.000Z', 'zh-CN'))).toBe('刚刚');
    expect(backupAge('2026-11-21T02:30:00.000Z', '2026-11-21T05:30:00.000Z', 'zh-CN')).toBe('3小时前');
    expect(formatFileSize(512, 'zh-CN')).toBe('512字节');
  });

  it('gives a file’s size in the platform’s units', () => {
    expect(formatFileSize(512)).toBe('512 bytes');
    expect(formatFileSize(2048)).toBe('2 kB');
    expect(formatFileSize(5 * 1024 * 1024)).toBe('5.0 MB');
  });
});
