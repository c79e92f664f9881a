/** The browser's automatic backup writes its text in slices: together they are the text, and no character is cut in two. */
import { describe, expect, it } from 'vitest';
import { textSlices } from '../../../src/platform/web-automatic-backups';

describe('the text of a backup in slices', () => {
  it('gives back the whole text, slice by slice', () => {
    const text = 'Kunming 昆明, '.repeat(1000);
    const slices = [...textSlices(text, 64)];
    expect(slices.join('')).toBe(text);
    expect(slices.every((slice) => slice.length <= 65)).toBe(true);
  });

  it('never ends a slice between the two halves of a character outside the basic plane', () => {
    const text = 'a' + '𠀋'.repeat(50);
    const slices = [...textSlices(text, 4)];
    expect(slices.join('')).toBe(text);
    for (const slice of slices) expect(new TextDecoder().decode(new TextEncoder().encode(slice))).toBe(slice);
    expect(slices.some((slice) => slice.length === 5)).toBe(true);
  });

  it('gives nothing for an empty text', () => {
    expect([...textSlices('')]).toEqual([]);
  });
});
