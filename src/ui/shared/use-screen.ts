/**
 * What a screen does when it appears: names the window after it, shows it from its top, and moves keyboard focus
 * to its heading, so that after creating, deleting or navigating the focus is somewhere meaningful rather than
 * lost on the page (and a screen opened from far down a list does not open far down itself). A screen is on view
 * once its data is: the first one to be lets the screens likely next be fetched (lazy-screen.ts).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { focusOnceClear } from './focus-landing';
import { dialogOpen } from './hotkeys';
import { screenOnView } from './lazy-screen';

/** Long enough for a dialog's closing animation on a busy computer; a dialog open longer is in use. */
const DIALOG_CLOSING_MS = 1_500;

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
    if (!dialogOpen()) {
      headingRef.current?.focus({ preventScroll: true });
      return;
    }
    // A dialog is over the screen: the form that created this screen's record, still closing, or the palette,
    // opened again while the screen was fetched. The heading takes the focus once the dialog is gone, unless the
    // person has typed or clicked meanwhile (in the palette, say).
    focusOnceClear(() => headingRef.current, DIALOG_CLOSING_MS);
  }, [ready]);

  return headingRef;
}
