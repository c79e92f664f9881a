/**
 * The contract between the renderer and the desktop shell: the channel names and the shapes of what
 * crosses them. The preload exposes exactly the functions of `DesktopApi`; main validates every argument.
 * Channel names are persisted in no file but must match on both sides: change them here only.
 */

import type { CalendarPush, PushOutcome, ServerFailure } from '../../src/caldav/caldav-server';
import type {
  KeptTeamSpace,
  SpaceEntry,
  SpaceResult,
  TeamSpaceConnectRequest,
  TeamSpaceConnectResult,
} from '../../src/platform/team-space';
import type { PageLogEntry } from './log-entries';

export type { CalendarPush, PushOutcome, ServerFailure };
export type { KeptTeamSpace, SpaceEntry, SpaceResult, TeamSpaceConnectRequest, TeamSpaceConnectResult };

export const IPC_CHANNELS = {
  saveFile: 'desktop:save-file',
  /** renderer → main: print the page (a briefing book) to PDF and save it where the person chooses. */
  savePdf: 'desktop:save-pdf',
  /** renderer → main: print the page to PDF into a folder chosen before (every delegate's book, one by one). */
  savePdfToFolder: 'desktop:save-pdf-to-folder',
  chooseFolder: 'desktop:choose-folder',
  saveFilesToFolder: 'desktop:save-files-to-folder',
  openExternal: 'desktop:open-external',
  appInfo: 'desktop:app-info',
  listAutomaticBackups: 'desktop:list-automatic-backups',
  saveAutomaticBackup: 'desktop:save-automatic-backup',
  readAutomaticBackup: 'desktop:read-automatic-backup',
  showAutomaticBackups: 'desktop:show-automatic-backups',
  /** renderer → main: the answer to a backupRequest (the backup's text, or null when none could be made). */
  backupResponse: 'desktop:backup-response',
  /** main → renderer: make a backup of the whole database now (on a timer, or before quitting). */
  backupRequest: 'desktop:backup-request',
  /** renderer → main: the language the page shows, for the menu and the native dialogs. */
  setLanguage: 'desktop:set-language',
  /** main → renderer: a command chosen in the application menu. */
  menuCommand: 'desktop:menu-command',
  /** renderer → main: the CalDAV account connected for publishing calendars, without its password. */
  caldavAccount: 'desktop:caldav-account',
  /** renderer → main: test a CalDAV account and, if it answers, keep it (the password in the OS keychain). */
  caldavConnect: 'desktop:caldav-connect',
  /** renderer → main: forget the CalDAV account and its password. */
  caldavDisconnect: 'desktop:caldav-disconnect',
  /** renderer → main: write one calendar's changes to the connected account's server. */
  caldavPush: 'desktop:caldav-push',
  /** renderer → main: delete one published calendar from the connected account's server. */
  caldavRemoveCalendar: 'desktop:caldav-remove-calendar',
  /** renderer → main: the team space connected, without its password. */
  teamSpace: 'desktop:team-space',
  /** renderer → main: test a team space (WebDAV, or a chosen local folder) and, if it answers, keep it. */
  teamSpaceConnect: 'desktop:team-space-connect',
  /** renderer → main: forget the team space, its password and the team key. */
  teamSpaceDisconnect: 'desktop:team-space-disconnect',
  /** renderer → main: the team key kept for the connected space, or null. */
  teamKey: 'desktop:team-key',
  /** renderer → main: keep the team key (in the OS keychain). */
  keepTeamKey: 'desktop:keep-team-key',
  /** renderer → main: what a folder of the team space holds. */
  teamSpaceList: 'desktop:team-space-list',
  /** renderer → main: one file of the team space, as bytes. */
  teamSpaceRead: 'desktop:team-space-read',
  /** renderer → main: write one whole file into the team space. */
  teamSpaceWrite: 'desktop:team-space-write',
  /** renderer → main: remove one file from the team space. */
  teamSpaceRemove: 'desktop:team-space-remove',
  /** renderer → main: one entry for the log file (an outcome or an error), of the closed set in log-entries.ts. */
  log: 'desktop:log',
} as const;

/** Commands the application menu sends to the page. */
export const MENU_COMMANDS = [
  'new-trip',
  'show-trips',
  'show-settings',
  'load-sample-trip',
  'load-shenzhen-sample-trip',
  'remove-sample-data',
  'back-up',
  'restore',
  'import-trip',
  'show-backups',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  /** File name offered in the save dialog, without folders. */
  suggestedName: string;
  /** Text content (calendars, CSV, backups), or the bytes of a binary file (a spreadsheet). */
  content: string | Uint8Array;
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
 * `saved` lists the files written, in order, by the names the page gave them (also one kept beside a file of
 * the same name, under a numbered name), also when a later file failed; `unknown-folder` means the folder
 * must be chosen again (never granted, forgotten, or no longer there); `cancelled` that the person, asked about
 * files already in the folder, chose to save nothing, and nothing was.
 */
export type SaveFilesResult =
  | { status: 'saved'; location: string; saved: string[] }
  | { status: 'unknown-folder'; message: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string; saved: string[] };

export type OpenExternalResult = { status: 'opened' } | { status: 'refused'; message: string };

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
}

/**
 * Why an automatic backup was made: on a timer while the app is open, when quitting, just before a restore
 * or an erase replaced the data, or because the person asked for one (Back up now). Part of the backup's file
 * name: persisted, do not rename.
 */
export const AUTOMATIC_BACKUP_REASONS = ['scheduled', 'quit', 'before-restore', 'manual'] as const;
export type AutomaticBackupReason = (typeof AUTOMATIC_BACKUP_REASONS)[number];

/** One file in the automatic backups folder. */
export interface AutomaticBackupInfo {
  /** The file's name: the only way the page names a backup to read. */
  id: string;
  /** When it was made, as an ISO instant in UTC. */
  createdAt: string;
  reason: AutomaticBackupReason;
  sizeBytes: number;
}

export type ListAutomaticBackupsResult =
  | { status: 'listed'; folder: string; backups: AutomaticBackupInfo[] }
  | { status: 'failed'; message: string };

/**
 * The backup file's content: text, or its UTF-8 bytes, which the page hands over without ever holding 16 MB of
 * text on its own thread.
 */
export type AutomaticBackupContent = string | Uint8Array;

export interface SaveAutomaticBackupRequest {
  content: AutomaticBackupContent;
  reason: AutomaticBackupReason;
}

/** `removed` names the older backups the keeping rule let go after this one was saved. */
export type SaveAutomaticBackupResult =
  | { status: 'saved'; backup: AutomaticBackupInfo; removed: string[] }
  | { status: 'failed'; message: string };

export type ReadAutomaticBackupResult = { status: 'read'; content: string } | { status: 'failed'; message: string };

/** main → renderer: a request for a backup's text. */
export interface BackupRequest {
  requestId: string;
  reason: AutomaticBackupReason;
}

/** Sheets a document is printed on. */
export const PDF_PAPER_SIZES = ['a4', 'letter'] as const;
export type PdfPaperSize = (typeof PDF_PAPER_SIZES)[number];

/** The page as it is now, printed to PDF: the name offered in the save dialog and the sheet. */
export interface SavePdfRequest {
  suggestedName: string;
  paper: PdfPaperSize;
}

/** The page as it is now, printed to PDF into a folder granted before, under a plain name. */
export interface SavePdfToFolderRequest {
  folderId: string;
  name: string;
  paper: PdfPaperSize;
}

/** A CalDAV account to test and keep: `password` null keeps the one kept before for the same server and user. */
export interface CalDavConnectRequest {
  serverUrl: string;
  username: string;
  password: string | null;
  /** In the browser: keep the password after this session (the desktop keeps it in the OS keychain). */
  remember: boolean;
}

/** Where the password of the connected account is kept. */
export type PasswordKeeping = 'keychain' | 'session' | 'browser';

/** The connected account as the page may know it: never its password. */
export interface KeptCalDavAccount {
  serverUrl: string;
  username: string;
  /** The account's calendar home, found when it was tested. */
  homeUrl: string;
  /** Where its password is kept; null when it is not (connect again to publish). */
  passwordKept: PasswordKeeping | null;
}

export type CalDavConnectResult = { status: 'connected'; account: KeptCalDavAccount } | { status: 'failed'; failure: ServerFailure };

export type CalDavRemoveResult = { status: 'removed' } | { status: 'failed'; failure: ServerFailure };

export type LogEntryResult = { status: 'logged' } | { status: 'refused'; message: string };

export type SetLanguageResult = { status: 'set' } | { status: 'refused'; message: string };

/** What the preload exposes to the page as `window.desktop`. */
export interface DesktopApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Prints the page as it is now to PDF (its own page size, head and foot) and saves it where the person chooses. */
  savePdf(request: SavePdfRequest): Promise<SaveFileResult>;
  /**
   * Prints the page as it is now to PDF into a folder chosen before, asking first when a file of that name is
   * there; `saved` names the file written.
   */
  savePdfToFolder(request: SavePdfToFolderRequest): Promise<SaveFilesResult>;
  /** Asks the person for a folder to save many files into, such as every delegate's calendar. */
  chooseFolder(): Promise<ChooseFolderResult>;
  /**
   * Writes each file into a folder chosen before; when files of the same names are there, main asks the person
   * whether to replace them whole, keep both, or save nothing.
   */
  saveFilesToFolder(request: SaveFilesToFolderRequest): Promise<SaveFilesResult>;
  openExternal(url: string): Promise<OpenExternalResult>;
  appInfo(): Promise<AppInfo>;
  /** The automatic backups in the app's data folder, newest first. */
  listAutomaticBackups(): Promise<ListAutomaticBackupsResult>;
  /** Saves a backup into the automatic backups folder, then lets go of those the keeping rule no longer needs. */
  saveAutomaticBackup(request: SaveAutomaticBackupRequest): Promise<SaveAutomaticBackupResult>;
  /** The text of one automatic backup, named by its id from the list. */
  readAutomaticBackup(id: string): Promise<ReadAutomaticBackupResult>;
  /** Opens the automatic backups folder in the file manager. */
  showAutomaticBackups(): Promise<OpenExternalResult>;
  /**
   * Main asks for a backup on a timer and before quitting; `makeBackup` returns the whole database as a backup
   * file's content, or null when it cannot. The preload sends the answer back. Returns a function that stops
   * answering.
   */
  onBackupRequest(makeBackup: (reason: AutomaticBackupReason) => Promise<AutomaticBackupContent | null>): () => void;
  /**
   * Tells main the language the page shows (one of the interface's languages, such as 'zh-CN'): the menu and
   * the native dialogs follow it. Anything else is refused.
   */
  setLanguage(language: string): Promise<SetLanguageResult>;
  /** Calls `listener` for each menu command; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** The CalDAV account connected for publishing, without its password; null when none is. */
  caldavAccount(): Promise<KeptCalDavAccount | null>;
  /** Tests the account; if it answers, keeps it, its password encrypted with the OS keychain. */
  caldavConnect(request: CalDavConnectRequest): Promise<CalDavConnectResult>;
  /** Forgets the account and its password. */
  caldavDisconnect(): Promise<void>;
  /** Writes one calendar's changes to the connected account's server; main refuses addresses outside it. */
  caldavPush(push: CalendarPush): Promise<PushOutcome>;
  /** Deletes one published calendar of the connected account. */
  caldavRemoveCalendar(url: string): Promise<CalDavRemoveResult>;
  /** The team space connected, without its password; null when none is. */
  teamSpace(): Promise<KeptTeamSpace | null>;
  /**
   * Tests the space (a listing of its root) and, if it answers, keeps it: a WebDAV password encrypted with the OS
   * keychain, a local folder by the path of the folder chosen with chooseFolder.
   */
  teamSpaceConnect(request: TeamSpaceConnectRequest): Promise<TeamSpaceConnectResult>;
  /** Forgets the space, its password and the team key. */
  teamSpaceDisconnect(): Promise<void>;
  /** The team key (32 bytes) kept for the connected space, or null. */
  teamKey(): Promise<Uint8Array | null>;
  /** Keeps the team key for the connected space, encrypted with the OS keychain. */
  keepTeamKey(key: Uint8Array): Promise<void>;
  /** What a folder of the space holds; main refuses a path that is not a plain one inside the space. */
  teamSpaceList(folder: string): Promise<SpaceResult<SpaceEntry[]>>;
  /** A file's bytes, or null when there is none. */
  teamSpaceRead(path: string): Promise<SpaceResult<Uint8Array | null>>;
  /** Writes a whole file, in place of any before. */
  teamSpaceWrite(path: string, content: Uint8Array): Promise<SpaceResult<void>>;
  /** Removes a file; removing one that is not there succeeds. */
  teamSpaceRemove(path: string): Promise<SpaceResult<void>>;
  /** Writes one entry to the log file; main refuses an entry that is not of the closed set of log-entries.ts. */
  log(entry: PageLogEntry): Promise<LogEntryResult>;
}
