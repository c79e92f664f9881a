/**
 * The theme's colours are readable: every palette's text shades reach WCAG AA (4.5:1) on white, and its
 * darkest on its own tints, as the light variant (badges, the active section) draws them.
 */
import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { appTheme, contrast } from '../../../src/ui/app/theme';

const theme = appTheme({ closeDialog: 'Close', dismissNotification: 'Dismiss' });

describe('the theme', () => {
  for (const [name, palette] of Object.entries(theme.colors ?? {})) {
    it(`${name}: shades 5 to 9 read on white, and 8 and 9 on the palette's tint`, () => {
      for (let shade = 5; shade <= 9; shade += 1) expect(contrast(palette![shade]!, '#ffffff'), `${name}.${shade}`).toBeGreaterThanOrEqual(4.5);
      for (const shade of [8, 9]) expect(contrast(palette![shade]!, palette![3]!), `${name}.${shade} on ${name}.3`).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('keeps the light shades as Mantine made them, and every palette but the dark scheme’s surfaces', () => {
    expect(Object.keys(theme.colors ?? {}).sort()).toEqual(Object.keys(DEFAULT_THEME.colors).filter((name) => name !== 'dark').sort());
    expect(theme.colors?.['indigo']?.slice(0, 5)).toEqual(DEFAULT_THEME.colors.indigo.slice(0, 5));
    // Mantine's own gray 6, the dimmed text, reads at 3.3:1: made darker.
    expect(contrast(DEFAULT_THEME.colors.gray[6], '#ffffff')).toBeLessThan(4.5);
  });
});
