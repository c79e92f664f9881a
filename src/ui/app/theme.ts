import { createTheme, Modal, Notification, type MantineThemeOverride } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The names of the close buttons every dialog and notification has, in the interface's language. */
export interface ThemeWords {
  closeDialog: string;
  dismissNotification: string;
}

export function appTheme(words: ThemeWords): MantineThemeOverride {
  return createTheme({
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
