import { describe, expect, it } from 'vitest';
import { safeFileName, uniqueFileNames } from '../../../../src/domain/shared/file-name';

describe('file names the app proposes', () => {
  it('keeps an ordinary name, Chinese included', () => {
    expect(safeFileName('Tianjin delegation', 'ics')).toBe('Tianjin delegation.ics');
    expect(safeFileName('天津 行程', 'ics')).toBe('天津 行程.ics');
  });

  it.each([
    ['folder separators', 'trips/../Tianjin', 'trips .. Tianjin.ics'],
    ['Windows’ forbidden characters', 'Mission: "China" <2016>? *|\\', 'Mission China 2016.ics'],
    ['control characters', 'Tianjin\u0000\nplan', 'Tianjin plan.ics'],
    ['leading dots (hidden files)', '..hidden', 'hidden.ics'],
    ['trailing dots and spaces', 'Tianjin. . ', 'Tianjin.ics'],
    ['bidirectional controls, which show a name in another order', 'calendar\u202Esci.exe', 'calendarsci.exe.ics'],
  ])('removes %s', (_what, stem, expected) => {
    expect(safeFileName(stem, 'ics')).toBe(expected);
  });

  it('never proposes a Windows device name', () => {
    expect(safeFileName('CON', 'ics')).toBe('_CON.ics');
    expect(safeFileName('com1', 'ics')).toBe('_com1.ics');
    expect(safeFileName('Console', 'ics')).toBe('Console.ics');
    expect(safeFileName('nul .tar', 'ics')).toBe('_nul .tar.ics');
    expect(safeFileName('conin$', 'ics')).toBe('_conin$.ics');
  });

  it('falls back when nothing is left', () => {
    expect(safeFileName(' ./ ', 'ics', 'calendar')).toBe('calendar.ics');
  });

  it('cuts a long name between characters, within 255 bytes', () => {
    const name = safeFileName('天'.repeat(200), 'ics');
    expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(255);
    expect(name).toMatch(/^天+\.ics$/);
  });

  it('numbers repeats, compared without case, as Windows and macOS compare names', () => {
    expect(uniqueFileNames(['Trip - Li Wei', 'Trip - LI WEI', 'Trip - Li Wei', 'Trip - Chen Jing'], 'ics')).toEqual([
      'Trip - Li Wei.ics',
      'Trip - LI WEI (2).ics',
      'Trip - Li Wei (3).ics',
      'Trip - Chen Jing.ics',
    ]);
  });
});
