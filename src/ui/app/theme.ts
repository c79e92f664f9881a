import { createTheme, DEFAULT_THEME, Modal, Notification, type MantineColorsTuple, type MantineThemeOverride } from '@mantine/core';
import { useMemo } from 'react';
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
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': words.closeDialog } } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': words.dismissNotification } } }),
    },
  });
}

/** The app's theme in the current language, made again only when the language changes. */
export function useAppTheme(): MantineThemeOverride {
  const { t } = useTranslation();
  return useMemo(() => appTheme({ closeDialog: t('dialog.close'), dismissNotification: t('dialog.dismissNotification') }), [t]);
}
