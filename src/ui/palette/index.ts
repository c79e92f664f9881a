/** The command palette (Ctrl/Cmd+K) and what opens it. */
export { CommandPalette, openCommandPalette } from './CommandPalette';
export { ShortcutsSheet } from './ShortcutsSheet';
