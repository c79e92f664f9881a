/**
 * What differs between the desktop app and the plain web app: saving files, opening links, the
 * application menu. The UI talks only to this interface; `index.ts` picks the implementation.
 */
import type { MenuCommand, OpenExternalResult, SaveFileRequest, SaveFileResult } from '../../electron/shared/ipc-contract';

export type { MenuCommand, OpenExternalResult, SaveFileRequest, SaveFileResult };

export interface Platform {
  kind: 'desktop' | 'web';
  /** Saves text to a file the person chooses (desktop) or downloads it (web). */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Opens an https, mailto or tel link outside the app; anything else is refused. */
  openExternal(url: string): Promise<OpenExternalResult>;
  /** Commands from the desktop application menu; the web app has none. Returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
