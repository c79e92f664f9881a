import {
  createTheme,
  DEFAULT_THEME,
  getPrimaryShade,
  localStorageColorSchemeManager,
  Modal,
  Notification,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type MantineThemeOverride,
} from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The names of the close buttons every dialog and notification has, in the interface's language. */
export interface ThemeWords {
  closeDialog: string;
  dismissNotification: string;
}

/** WCAG 2.1 AA for text: 4.5:1; a little more, so text on a tinted (light-variant) background still reads. */
const TEXT_CONTRAST = 4.8;
/** From this shade up, a palette's colours are used as text on white (dimmed text is gray 6, links indigo 6). */
const TEXT_SHADES_FROM = 5;

function luminance(hex: string): number {
  const channel = (index: number) => {
    const value = Number.parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** The contrast of two colours, as WCAG computes it. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function darker(hex: string, step = 0.94): string {
  const channels = [0, 1, 2].map((index) => Math.round(Number.parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16) * step));
  return `#${channels.map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

/** The light variant's text (a badge, an active link) is shade 8 or 9 on a tint as deep as shade 3 when hovered. */
const ON_TINT_FROM = 8;
const TINT = 3;

/**
 * A palette whose shades from TEXT_SHADES_FROM up read as text on white at AA, and whose darkest shades read on
 * the palette's own tints, each darkened as little as it takes and never lighter than the shade below it: the
 * colour of text is fixed here, once, rather than element by element (Mantine's own shades 6 of gray, indigo,
 * orange and red read at 3–4:1).
 */
export function readablePalette(palette: readonly string[]): MantineColorsTuple {
  const shades = [...palette];
  const readable = (shade: string, index: number) =>
    contrast(shade, '#ffffff') >= TEXT_CONTRAST && (index < ON_TINT_FROM || contrast(shade, palette[TINT]!) >= TEXT_CONTRAST);
  for (let index = TEXT_SHADES_FROM; index < shades.length; index += 1) {
    let shade = shades[index]!;
    while (!readable(shade, index)) shade = darker(shade);
    const below = shades[index - 1]!;
    shades[index] = index > TEXT_SHADES_FROM && luminance(below) < luminance(shade) ? below : shade;
  }
  return shades as unknown as MantineColorsTuple;
}

/** Every palette but `dark` (the dark scheme's surfaces), made readable. */
const READABLE_COLORS = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors)
    .filter(([name]) => name !== 'dark')
    .map(([name, palette]) => [name, readablePalette(palette)]),
);

export function appTheme(words: ThemeWords): MantineThemeOverride {
  return createTheme({
    colors: READABLE_COLORS,
    primaryColor: 'indigo',
    defaultRadius: 'sm',
    fontFamily:
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
    headings: { fontWeight: '650' },
    components: {
      // A dialog's title bar is a <header>, which would be another banner landmark on the page: it is only the title.
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': words.closeDialog }, attributes: { header: { role: 'none' } } } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': words.dismissNotification } } }),
    },
  });
}

/** The app's theme in the current language, made again only when the language changes. */
export function useAppTheme(): MantineThemeOverride {
  const { t } = useTranslation();
  return useMemo(() => appTheme({ closeDialog: t('dialog.close'), dismissNotification: t('dialog.dismissNotification') }), [t]);
}

/** Where this computer remembers the colour scheme chosen in Settings. Persisted: do not rename. */
export const COLOR_SCHEME_STORAGE_KEY = 'delegation-planner:color-scheme';

/** Light, dark, or as the computer is set ('auto', until a choice is made), kept on this computer. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_STORAGE_KEY });

/** Mantine's mark of the scheme in use, on the root element. */
const SCHEME_ATTRIBUTE = 'data-mantine-color-scheme';

/**
 * Paper is white: whatever the screen's colour scheme, a page is printed, or saved as a PDF (which prints it
 * too), in the light one. The scheme is switched for as long as the printing lasts and put back after it.
 */
export function usePrintedInLight(): void {
  useEffect(() => {
    const root = document.documentElement;
    let onScreen: string | null = null;
    const before = () => {
      onScreen = root.getAttribute(SCHEME_ATTRIBUTE);
      root.setAttribute(SCHEME_ATTRIBUTE, 'light');
    };
    const after = () => {
      if (onScreen !== null) root.setAttribute(SCHEME_ATTRIBUTE, onScreen);
      onScreen = null;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}

/** What text is read on in the dark scheme: the page (dark 7), and the cards, papers and fields on it (dark 6). */
export const DARK_SURFACES = [DEFAULT_THEME.colors.dark[7], DEFAULT_THEME.colors.dark[6]] as const;

/** Mantine's own shade for coloured text in the dark scheme (`c="red"`, links, outlines). */
const DARK_TEXT_SHADE = 4;

function lighter(hex: string, step = 0.06): string {
  const channels = [0, 1, 2].map((index) => {
    const value = Number.parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16);
    return Math.round(value + (255 - value) * step);
  });
  return `#${channels.map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

/** A colour lightened as little as it takes to read as text on every dark surface. */
export function readableOnDark(hex: string): string {
  let colour = hex;
  while (DARK_SURFACES.some((surface) => contrast(colour, surface) < TEXT_CONTRAST)) colour = lighter(colour);
  return colour;
}

/**
 * The dark scheme's colours, fixed here for every screen at once. The app names text colours by shade
 * (`c="orange.8"`, `c="red.7"`): dark shades, chosen to read on white, which on a dark page do not read at all.
 * In the dark scheme every shade from Mantine's dark text shade (4) up is that shade made readable on the dark
 * surfaces, so `c="orange.8"` reads as `c="orange"` does there. Remapping the shades' variables (rather than
 * virtual colours, which swap a whole palette wherever it is used, or a rule per element) changes nothing in the
 * light scheme and keeps every name the app uses. The filled colours (buttons, filled badges) are the one use of
 * those shades as a background under white text: they are the light scheme's, by value, so a button looks the
 * same in both schemes. Dimmed text (Mantine's dark 2, 4:1 on the page) is made readable the same way.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => {
  const filled = getPrimaryShade(theme, 'light');
  const dark: Record<string, string> = { '--mantine-color-dimmed': readableOnDark(theme.colors.dark[2]) };
  for (const [name, palette] of Object.entries(theme.colors)) {
    if (name === 'dark') continue;
    const text = readableOnDark(palette[DARK_TEXT_SHADE]);
    for (let shade = DARK_TEXT_SHADE; shade < palette.length; shade += 1) dark[`--mantine-color-${name}-${shade}`] = text;
    dark[`--mantine-color-${name}-filled`] = palette[filled]!;
    dark[`--mantine-color-${name}-filled-hover`] = palette[filled === 9 ? 8 : filled + 1]!;
  }
  return { variables: {}, light: {}, dark };
};
