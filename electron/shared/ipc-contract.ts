/**
 * The contract between the renderer and the desktop shell: the channel names and the shapes of what
 * crosses them. The preload exposes exactly the functions of `DesktopApi`; main validates every argument.
 * Channel names are persisted in no file but must match on both sides: change them here only.
 */

export const IPC_CHANNELS = {
  saveFile: 'desktop:save-file',
  openExternal: 'desktop:open-external',
  appInfo: 'desktop:app-info',
  /** main → renderer: a command chosen in the application menu. */
  menuCommand: 'desktop:menu-command',
} as const;

/** Commands the application menu sends to the page. */
export const MENU_COMMANDS = ['new-trip', 'show-trips', 'load-sample-trip', 'remove-sample-data'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  /** File name offered in the save dialog, without folders. */
  suggestedName: string;
  /** Text content: calendars, CSV, backups. */
  content: string;
  filters: FileFilter[];
}

export type SaveFileResult =
  | { status: 'saved'; path: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export type OpenExternalResult = { status: 'opened' } | { status: 'refused'; message: string };

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
}

/** What the preload exposes to the page as `window.desktop`. */
export interface DesktopApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openExternal(url: string): Promise<OpenExternalResult>;
  appInfo(): Promise<AppInfo>;
  /** Calls `listener` for each menu command; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
