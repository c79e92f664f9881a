/**
 * What differs between the desktop app and the plain web app: saving files, opening links, the
 * application menu. The UI talks only to this interface; `index.ts` picks the implementation.
 */
import type {
  ChooseFolderResult,
  ChosenFolder,
  MenuCommand,
  NamedFile,
  OpenExternalResult,
  SaveFileRequest,
  SaveFileResult,
  SaveFilesResult,
} from '../../electron/shared/ipc-contract';

export type {
  ChooseFolderResult,
  ChosenFolder,
  MenuCommand,
  NamedFile,
  OpenExternalResult,
  SaveFileRequest,
  SaveFileResult,
  SaveFilesResult,
};

export interface SaveFilesRequest {
  /** The folder chosen with {@link Platform.chooseFolder} (desktop); the web ignores it. */
  folderId: string | null;
  /** The zip file's name in the browser, such as `Trip calendars.zip`. */
  archiveName: string;
  files: NamedFile[];
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
}
