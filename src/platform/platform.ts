/**
 * What differs between the desktop app and the plain web app: saving files, opening links, the
 * application menu. The UI talks only to this interface; `index.ts` picks the implementation.
 */
import type { Language } from '../i18n/catalogues';
import type {
  AutomaticBackupInfo,
  AutomaticBackupReason,
  ChooseFolderResult,
  ListAutomaticBackupsResult,
  ReadAutomaticBackupResult,
  SaveAutomaticBackupResult,
  ChosenFolder,
  MenuCommand,
  NamedFile,
  OpenExternalResult,
  SaveFileRequest,
  SaveFileResult,
  SaveFilesResult,
  SavePdfRequest,
  SavePdfToFolderRequest,
  CalDavConnectRequest,
  CalDavConnectResult,
  CalDavRemoveResult,
  KeptCalDavAccount,
  PasswordKeeping,
} from '../../electron/shared/ipc-contract';
import type { CalendarPush, PushOutcome } from '../caldav/caldav-server';
import type { PageLogEntry } from '../../electron/shared/log-entries';
import type { TeamSpaceAccess } from './team-space';

export type {
  AutomaticBackupInfo,
  AutomaticBackupReason,
  ListAutomaticBackupsResult,
  ReadAutomaticBackupResult,
  SaveAutomaticBackupResult,
  ChooseFolderResult,
  ChosenFolder,
  MenuCommand,
  NamedFile,
  OpenExternalResult,
  SaveFileRequest,
  SaveFileResult,
  SaveFilesResult,
  SavePdfRequest,
  SavePdfToFolderRequest,
  CalDavConnectRequest,
  CalDavConnectResult,
  CalDavRemoveResult,
  KeptCalDavAccount,
  PasswordKeeping,
  PageLogEntry,
};

export interface SaveFilesRequest {
  /** The folder chosen with {@link Platform.chooseFolder} (desktop); the web ignores it. */
  folderId: string | null;
  /** The zip file's name in the browser, such as `Trip calendars.zip`. */
  archiveName: string;
  files: NamedFile[];
}

/**
 * Backups the app makes by itself: on a timer, before quitting (desktop), and before a restore replaces the
 * data. The desktop keeps them in the app's data folder; the browser in its private file system for this site.
 */
export interface AutomaticBackups {
  list(): Promise<ListAutomaticBackupsResult>;
  save(request: AutomaticBackupSave): Promise<SaveAutomaticBackupResult>;
  read(id: string): Promise<ReadAutomaticBackupResult>;
  /** Opens the folder in the file manager (desktop only). */
  showFolder: (() => Promise<OpenExternalResult>) | null;
  /**
   * Answers the requests for a backup (on a timer, and before quitting on the desktop): `makeBackup` returns the
   * whole database as a backup file's content, or null when it cannot. Returns a function that stops answering.
   */
  onBackupRequest(makeBackup: (reason: AutomaticBackupReason) => Promise<BackupContent | null>): () => void;
}

/**
 * A backup file's content as the page holds it: its text, or a Blob of it that the backup worker wrote. A Blob
 * reaches the page without its 16 MB being copied onto the page's thread, and is written out the same way.
 */
export type BackupContent = string | Blob;

export interface AutomaticBackupSave {
  content: BackupContent;
  reason: AutomaticBackupReason;
}

/**
 * The CalDAV server calendars are published to. On the desktop, main makes the requests and keeps the password
 * in the OS keychain: the page never holds it. In the browser, the page calls the server itself (the server must
 * allow the app's origin), and keeps the password for the session, or in this browser when asked to.
 */
export interface CalendarServerAccess {
  /** The connected account, without its password; null when none is. */
  account(): Promise<KeptCalDavAccount | null>;
  /** Tests the account and, if it answers, keeps it in place of any before. */
  connect(request: CalDavConnectRequest): Promise<CalDavConnectResult>;
  /** Forgets the account and its password. */
  disconnect(): Promise<void>;
  /** Writes one calendar's changes; a failure of `no-account` when none is connected or its password is gone. */
  push(push: CalendarPush, progress?: (done: number) => void): Promise<PushOutcome>;
  removeCalendar(url: string): Promise<CalDavRemoveResult>;
}

export interface Platform {
  kind: 'desktop' | 'web';
  /** Saves text to a file the person chooses (desktop) or downloads it (web). */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /**
   * Saves several files at once: into the chosen folder (desktop; `unknown-folder` when it must be chosen
   * again), or as one zip download (web).
   */
  saveFiles(request: SaveFilesRequest): Promise<SaveFilesResult>;
  /** Asks for a folder to save many files into (desktop). The web has no folders: it downloads a zip. */
  chooseFolder(): Promise<ChooseFolderResult>;
  /** Opens an https, mailto or tel link outside the app; anything else is refused. */
  openExternal(url: string): Promise<OpenExternalResult>;
  /** Commands from the desktop application menu; the web app has none. Returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Prints the page as it is now to PDF and saves it where the person chooses (desktop); null in the browser,
   * whose print dialog saves as PDF itself.
   */
  savePdf: ((request: SavePdfRequest) => Promise<SaveFileResult>) | null;
  /** Prints the page as it is now to PDF into a folder chosen with {@link Platform.chooseFolder} (desktop); null in the browser. */
  savePdfToFolder: ((request: SavePdfToFolderRequest) => Promise<SaveFilesResult>) | null;
  /** Automatic backups, or null where this platform cannot keep them. */
  automaticBackups: AutomaticBackups | null;
  /** Tells the shell the interface's language, for its own words (the desktop's menu and dialogs). */
  setLanguage(language: Language): void;
  /** Where calendars are published for delegates' phones. */
  calendarServer: CalendarServerAccess;
  /** The folder the team's data is shared through (WebDAV, or on the desktop a synced local folder). */
  teamSpace: TeamSpaceAccess;
  /**
   * Notes an outcome or an error in the log a person can send when something goes wrong: the desktop's log file.
   * Entries are of a closed set holding no personal data (electron/shared/log-entries.ts). Never fails.
   */
  log(entry: PageLogEntry): void;
}
