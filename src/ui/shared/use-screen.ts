/**
 * What a screen does when it appears: names the window after it, shows it from its top, and moves keyboard focus
 * to its heading, so that after creating, deleting or navigating the focus is somewhere meaningful rather than
 * lost on the page (and a screen opened from far down a list does not open far down itself). A screen is on view
 * once its data is: the first one to be lets the screens likely next be fetched (lazy-screen.ts).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { dialogOpen } from './hotkeys';
import { screenOnView } from './lazy-screen';

export function useScreen(title: string | null) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation('app');

  useEffect(() => {
    document.title = title ? t('windowTitle', { screen: title }) : t('name');
  }, [title, t]);

  const ready = title !== null;
  useEffect(() => {
    if (!ready) return;
    screenOnView();
    window.scrollTo({ top: 0 });
    // Not from a dialog opened meanwhile (the palette, opened again while this screen was fetched): the person
    // is already there.
    if (!dialogOpen()) headingRef.current?.focus({ preventScroll: true });
  }, [ready]);

  return headingRef;
}
