/**
 * The contract between the renderer and the desktop shell: the channel names and the shapes of what
 * crosses them. The preload exposes exactly the functions of `DesktopApi`; main validates every argument.
 * Channel names are persisted in no file but must match on both sides: change them here only.
 */

export const IPC_CHANNELS = {
  saveFile: 'desktop:save-file',
  chooseFolder: 'desktop:choose-folder',
  saveFilesToFolder: 'desktop:save-files-to-folder',
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

/**
 * A folder the person chose for saving many files at once. Main keeps its path; the page holds only the id
 * and a label to show, and can write only into a folder it was granted this way.
 */
export interface ChosenFolder {
  id: string;
  /** The folder's path, to show the person where their files go. */
  label: string;
}

export type ChooseFolderResult =
  | { status: 'chosen'; folder: ChosenFolder }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** A file to write into a chosen folder: a plain name (no folders) and its text. */
export interface NamedFile {
  name: string;
  content: string;
}

export interface SaveFilesToFolderRequest {
  folderId: string;
  files: NamedFile[];
}

/**
 * `saved` lists the names written, in order, also when a later file failed; `unknown-folder` means the folder
 * must be chosen again (never granted, forgotten, or no longer there).
 */
export type SaveFilesResult =
  | { status: 'saved'; location: string; saved: string[] }
  | { status: 'unknown-folder'; message: string }
  | { status: 'failed'; message: string; saved: string[] };

export type OpenExternalResult = { status: 'opened' } | { status: 'refused'; message: string };

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
}

/** What the preload exposes to the page as `window.desktop`. */
export interface DesktopApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Asks the person for a folder to save many files into, such as every delegate's calendar. */
  chooseFolder(): Promise<ChooseFolderResult>;
  /** Writes each file into a folder chosen before, replacing a file of the same name whole. */
  saveFilesToFolder(request: SaveFilesToFolderRequest): Promise<SaveFilesResult>;
  openExternal(url: string): Promise<OpenExternalResult>;
  appInfo(): Promise<AppInfo>;
  /** Calls `listener` for each menu command; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
