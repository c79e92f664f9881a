/**
 * The theme's colours are readable: every palette's text shades reach WCAG AA (4.5:1) on white, and its
 * darkest on its own tints, as the light variant (badges, the active section) draws them. In the dark scheme,
 * the text colours the app uses (dimmed, the shades it names, links, errors, the light variant's text) reach it
 * on the dark page and on the cards on it, as the browser would compute them from the theme's CSS variables.
 */
import { defaultCssVariablesResolver, DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { appTheme, contrast, cssVariablesResolver, DARK_SURFACES } from '../../../src/ui/app/theme';

const theme = appTheme({ closeDialog: 'Close', dismissNotification: 'Dismiss' });
const fullTheme = mergeMantineTheme(DEFAULT_THEME, theme);

/** The value of a CSS variable in a colour scheme, as Mantine writes them (its own, then the theme's), resolved. */
function cssColour(name: `--${string}`, scheme: 'light' | 'dark'): string {
  const own = defaultCssVariablesResolver(fullTheme);
  const app = cssVariablesResolver(fullTheme);
  const value = app[scheme][name] ?? own[scheme][name] ?? app.variables[name] ?? own.variables[name];
  if (value === undefined) throw new Error(`No CSS variable ${name}`);
  const reference = /^var\((--[\w-]+)\)$/.exec(value);
  return reference ? cssColour(reference[1] as `--${string}`, scheme) : asHex(value);
}

/** `rgba(r, g, b, 1)`, as Mantine writes the light variant's backgrounds, as hex. */
function asHex(value: string): string {
  const rgba = /^rgba\((\d+), (\d+), (\d+), 1\)$/.exec(value);
  if (!rgba) return value;
  return `#${rgba.slice(1).map((channel) => Number(channel).toString(16).padStart(2, '0')).join('')}`;
}

const PALETTES = Object.keys(theme.colors ?? {});

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

describe('the dark scheme', () => {
  const surfaces = { page: DARK_SURFACES[0], card: DARK_SURFACES[1] };

  it('is drawn on Mantine’s dark 7, with cards on dark 6', () => {
    expect(cssColour('--mantine-color-body', 'dark')).toBe(DEFAULT_THEME.colors.dark[7]);
    expect(surfaces.card).toBe(DEFAULT_THEME.colors.dark[6]);
  });

  for (const [surface, background] of Object.entries(surfaces)) {
    it(`text, dimmed text, links and errors read on the ${surface}`, () => {
      for (const name of ['--mantine-color-text', '--mantine-color-dimmed', '--mantine-color-anchor', '--mantine-color-error', '--mantine-color-success'] as const)
        expect(contrast(cssColour(name, 'dark'), background), name).toBeGreaterThanOrEqual(4.5);
    });

    it(`every palette's shades the app names as text (c="orange.8"), and its own text colour, read on the ${surface}`, () => {
      for (const palette of PALETTES) {
        for (let shade = 4; shade <= 9; shade += 1) {
          const name = `--mantine-color-${palette}-${shade}` as const;
          expect(contrast(cssColour(name, 'dark'), background), name).toBeGreaterThanOrEqual(4.5);
        }
        expect(contrast(cssColour(`--mantine-color-${palette}-text`, 'dark'), background), `${palette} text`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it('the light variant (badges, alerts) reads, hovered or not, and white reads on the filled one (buttons)', () => {
    for (const palette of PALETTES) {
      const text = cssColour(`--mantine-color-${palette}-light-color`, 'dark');
      for (const tint of ['light', 'light-hover'])
        expect(contrast(text, cssColour(`--mantine-color-${palette}-${tint}`, 'dark')), `${palette} ${tint}`).toBeGreaterThanOrEqual(4.5);
      for (const fill of ['filled', 'filled-hover'])
        expect(contrast('#ffffff', cssColour(`--mantine-color-${palette}-${fill}`, 'dark')), `${palette} ${fill}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('leaves the light scheme as it is', () => {
    const app = cssVariablesResolver(fullTheme);
    expect(app.light).toEqual({});
    expect(app.variables).toEqual({});
    expect(cssColour('--mantine-color-orange-8', 'light')).toBe(theme.colors?.['orange']?.[8]);
  });
});
