import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainFileName } from '../../../electron/main/plain-file-name';
import { safeFileName, uniqueFileNames } from '../../../src/domain/shared/file-name';

/** Pieces of names that file systems, Windows and the desktop app's main process treat specially. */
const TRICKY_PIECES = [
  'CON', 'con', 'Nul', 'COM1', 'lpt9', 'COM¹', 'CONOUT$', 'aux', '.', '..', ' ', '  ', '/', '\\', ':', '*', '?', '"', '<', '>', '|',
  '\u0000', '\n', '\u007f', '\u202e', '\u202a', '\u2066', '\u2069', '\u200e', '\u200f', '\u061c', '\u00a0', '\u3000',
  '天津', 'é', 'e\u0301', '😀', 'ics', 'Trip', '-', '(2)', '_',
];

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
    ['a trailing dot, which Windows drops', 'export.ics.'],
    ['a trailing space, which Windows drops', 'export.ics '],
    ['a right-to-left override that shows "exe.ics" as "sci.exe"', 'calendar\u202Esci.exe'],
  ])('refuses a name with %s', (_what, name) => {
    expect(isPlainFileName(name)).toBe(false);
  });

  it.each(['CON', 'con', 'PRN', 'Aux', 'NUL', 'COM1', 'com9', 'LPT1', 'lpt9', 'COM¹', 'CONIN$', 'CON.txt', 'nul.tar.gz', 'Com3 .ics'])(
    'refuses the Windows device name %s',
    (name) => {
      expect(isPlainFileName(name)).toBe(false);
    },
  );

  it.each(['Console.ics', 'CON-2026.ics', 'my CON.ics', 'COM10.ics', 'LPT.ics', 'Nullarbor.ics'])(
    'accepts %s, which only looks like a device name',
    (name) => {
      expect(isPlainFileName(name)).toBe(true);
    },
  );

  it.each([
    ['U+202A', '\u202A'],
    ['U+202B', '\u202B'],
    ['U+202C', '\u202C'],
    ['U+202D', '\u202D'],
    ['U+202E', '\u202E'],
    ['U+2066', '\u2066'],
    ['U+2067', '\u2067'],
    ['U+2068', '\u2068'],
    ['U+2069', '\u2069'],
    ['U+200E', '\u200E'],
    ['U+200F', '\u200F'],
    ['U+061C', '\u061C'],
  ])('refuses the bidirectional control %s', (_code, control) => {
    expect(isPlainFileName(`Tianjin${control}.ics`)).toBe(false);
  });

  it('accepts 255 characters and refuses 256', () => {
    expect(isPlainFileName('a'.repeat(255))).toBe(true);
    expect(isPlainFileName('a'.repeat(256))).toBe(false);
  });

  it('accepts every name the page makes from any name at all, one made of tricky pieces included', () => {
    const trickyStem = fc.array(fc.constantFrom(...TRICKY_PIECES), { maxLength: 12 }).map((pieces) => pieces.join(''));
    const anyStem = fc.oneof(trickyStem, fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }));
    fc.assert(
      fc.property(anyStem, (stem) => {
        // The second of two alike is numbered "Name (2).ics": that name must be accepted too.
        for (const name of [safeFileName(stem, 'ics'), ...uniqueFileNames([stem, stem], 'ics')]) {
          expect(isPlainFileName(name)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
