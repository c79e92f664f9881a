import { describe, expect, it } from 'vitest';
import { isPlainFileName } from '../../../electron/main/plain-file-name';

describe('plain file names', () => {
  it.each(['Tianjin delegation.ics', 'participants-2025.csv', 'backup (1).json', '北京行程.ics'])(
    'accepts %s',
    (name) => {
      expect(isPlainFileName(name)).toBe(true);
    },
  );

  it.each([
    ['an empty name', ''],
    ['the current folder', '.'],
    ['the parent folder', '..'],
    ['a forward slash', 'trips/export.ics'],
    ['a backslash', '..\\export.ics'],
    ['a drive or stream colon', 'C:export.ics'],
    ['a NUL byte', 'export.ics\u0000.exe'],
    ['a line break', 'export\n.ics'],
  ])('refuses a name with %s', (_what, name) => {
    expect(isPlainFileName(name)).toBe(false);
  });

  it('accepts 255 characters and refuses 256', () => {
    expect(isPlainFileName('a'.repeat(255))).toBe(true);
    expect(isPlainFileName('a'.repeat(256))).toBe(false);
  });
});
