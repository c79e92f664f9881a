/**
 * Where the keyboard lands after a dialog: on the record just created, or back on what opened the dialog.
 *
 * A dialog's own focus return (Mantine's Modal) gives the focus back when the dialog closes, a moment before it is
 * gone. After a creation the focus belongs on the new record instead, so that a keyboard user goes on from it: the
 * list marks each record's landing place (its link, or its row) with `landingFor(id)`, and the form that created
 * the record asks for it with `landOnRecord(id)`. The focus moves once the record is drawn and no dialog is left
 * open, so that nothing takes it back.
 */
import { useLayoutEffect } from 'react';
import { dialogOpen } from './hotkeys';

const LANDING_ATTRIBUTE = 'data-landing-for';

/** How long a created record may take to appear in its list before the request is dropped. */
const WAIT_MS = 5_000;

/** The attributes that make an element the landing place of record `id` (give a row `tabIndex={-1}` too). */
export function landingFor(id: string): Record<typeof LANDING_ATTRIBUTE, string> {
  return { [LANDING_ATTRIBUTE]: id };
}

/** What the person does that says they have gone on: the focus is theirs from then. */
const GOING_ON = ['keydown', 'pointerdown', 'input'] as const;

/**
 * Focuses what `find` returns once it is drawn and no dialog is open (a closing dialog stays on the page through
 * its animation), trying at each frame for `waitMs`. Given up as soon as the person types or clicks meanwhile: a
 * field they went on to keeps the focus.
 */
export function focusOnceClear(find: () => HTMLElement | null, waitMs: number): void {
  const until = performance.now() + waitMs;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const event of GOING_ON) window.removeEventListener(event, stop, true);
  };
  const attempt = () => {
    const target = find();
    if (target && !dialogOpen()) {
      stop();
      target.focus();
    } else if (performance.now() < until) frame = requestAnimationFrame(attempt);
    else stop();
  };
  for (const event of GOING_ON) window.addEventListener(event, stop, true);
  frame = requestAnimationFrame(attempt);
}

/** Moves the focus to record `id`'s landing place once it is drawn and every dialog has closed. */
export function landOnRecord(id: string): void {
  focusOnceClear(() => document.querySelector<HTMLElement>(`[${LANDING_ATTRIBUTE}="${CSS.escape(id)}"]`), WAIT_MS);
}

/** The control that opened a dialog: for an item of a menu, which closes with it, the button the menu is named by. */
function openerOf(active: Element | null): HTMLElement | null {
  const menu = active?.closest('[role="menu"]');
  const label = menu?.getAttribute('aria-labelledby');
  const control = menu ? label && document.getElementById(label) : active;
  return control instanceof HTMLElement ? control : null;
}

/**
 * For a dialog drawn only while it is open: Mantine returns the focus when a dialog closes, not when it is taken
 * off the page, so this gives it back to the control that opened the dialog (or, if that is gone, to the
 * screen's heading) when the dialog goes.
 */
export function useFocusReturnWhenGone(): void {
  useLayoutEffect(() => {
    const opener = openerOf(document.activeElement);
    return () => {
      requestAnimationFrame(() => {
        const lost = document.activeElement === null || document.activeElement === document.body;
        if (!lost) return;
        const heading = document.querySelector<HTMLElement>('main :is(h2, h3)[tabindex="-1"]');
        (opener?.isConnected ? opener : heading)?.focus({ preventScroll: true });
      });
    };
  }, []);
}
