/**
 * The app's keyboard shortcuts, one way: none fires while typing in a field (Mantine's useHotkeys leaves inputs,
 * text areas and selects alone) or behind an open dialog (a tab switched under a form would lose the form's
 * place), and none of one key while a menu is open (its items hold the keyboard); Ctrl on Windows and Linux is
 * Cmd on a Mac (`mod`), and each shortcut is written out the same way in the help sheet, the menus and the
 * tooltips.
 */
import { Kbd } from '@mantine/core';
import { useHotkeys, useOs, type HotkeyItem } from '@mantine/hooks';

/** Whether a dialog (a form, a confirmation, the palette) is open over the screen. */
export function dialogOpen(): boolean {
  return document.querySelector('[role="dialog"][aria-modal="true"]') !== null;
}

/**
 * Whether a menu (a row's actions) is open. It is no dialog, so the screen's shortcuts would still hear its keys:
 * a letter or a digit pressed on its item belongs to the menu, not to a tab or a day behind it.
 */
export function menuOpen(): boolean {
  return document.querySelector('[role="menu"]') !== null;
}

/** Whether the shortcut is a key alone (or with Shift, as '?'): a key a menu keeps for itself. */
function oneKey(keys: string): boolean {
  return !keys
    .toLowerCase()
    .split('+')
    .some((key) => ['mod', 'ctrl', 'alt', 'meta'].includes(key));
}

/**
 * Shortcuts of the screen on show, as Mantine writes them ('mod+enter', 'j', 'shift+?'); quiet under dialogs, and
 * those of one key quiet while a menu is open.
 */
export function useScreenHotkeys(hotkeys: readonly HotkeyItem[]): void {
  useHotkeys(
    hotkeys.map(([keys, handler, options]): HotkeyItem => [
      keys,
      (event) => {
        if (dialogOpen() || (oneKey(keys) && menuOpen())) return;
        if (options?.preventDefault !== false) event.preventDefault();
        handler(event);
      },
      // Prevented only when it fires: under a dialog the key does what it does there.
      { ...options, preventDefault: false },
    ]),
  );
}

/** The name of the modifier the computer uses for shortcuts: ⌘ on a Mac, Ctrl elsewhere. */
export function useModifierName(): string {
  const os = useOs();
  return os === 'macos' || os === 'ios' ? '⌘' : 'Ctrl';
}

/** A shortcut as keys to press, `mod` written as the computer names it: for tooltips, menus and the sheet. */
export function ShortcutKeys({ keys }: { keys: readonly string[] }) {
  const modifier = useModifierName();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {keys.map((key, index) => (
        <span key={`${key}-${index}`}>
          {index > 0 && ' + '}
          <Kbd size="xs">{key === 'mod' ? modifier : key}</Kbd>
        </span>
      ))}
    </span>
  );
}

/** A shortcut written as text, for an accessible name or a `title`: "Ctrl+Enter", "⌘+K", "J". */
export function useShortcutText(): (keys: readonly string[]) => string {
  const modifier = useModifierName();
  return (keys) => keys.map((key) => (key === 'mod' ? modifier : key)).join('+');
}
