/**
 * The team space as the page reaches it: a folder on the agency's file server (WebDAV: Nextcloud, ownCloud,
 * SharePoint, Apache) or, on the desktop, a local folder that a sync client (OneDrive, Dropbox, Syncthing) keeps
 * in step between the organisers' computers. Sync (storage/team-sync.ts) only reads and writes whole files in it,
 * by paths relative to its root; what they hold is encrypted with the team key before it leaves the page.
 *
 * On the desktop, main makes the requests and keeps the password and the team key with Electron's safeStorage
 * (the OS keychain): the page never holds the password. In the browser, the page calls the server itself (the
 * server must allow the app's origin) and keeps both for the session, or in this browser when asked to. Neither
 * is ever in IndexedDB, so no backup holds them.
 */
import type { SpaceFailure, SpaceFiles } from '../domain/sync/space-files';

export type { SpaceEntry, SpaceFailure, SpaceFiles, SpaceProblem, SpaceResult } from '../domain/sync/space-files';

/** Where the space is, as the page may know it: never the password. */
export type KeptTeamSpace =
  | { kind: 'webdav'; url: string; username: string; passwordKept: 'keychain' | 'session' | 'browser' | null }
  | { kind: 'folder'; /** The folder's path as its owner knows it, to show. */ label: string };

export type TeamSpaceConnectRequest =
  | {
      kind: 'webdav';
      /** The folder's address, such as https://cloud.agency.example/remote.php/dav/files/ada/Missions/ */
      url: string;
      username: string;
      /** null keeps the password kept before for the same address and user. */
      password: string | null;
      /** In the browser: keep the password and the team key after this session (the desktop keeps them in the keychain). */
      remember: boolean;
    }
  | { kind: 'folder'; /** A folder chosen with Platform.chooseFolder (desktop only). */ folderId: string };

export type TeamSpaceConnectResult = { status: 'connected'; space: KeptTeamSpace } | { status: 'failed'; failure: SpaceFailure };

export interface TeamSpaceAccess {
  /** The connected space, or null when none is. */
  space(): Promise<KeptTeamSpace | null>;
  /** Tests the space (it must answer a listing of its root) and, if it answers, keeps it in place of any before. */
  connect(request: TeamSpaceConnectRequest): Promise<TeamSpaceConnectResult>;
  /** Forgets the space, its password and the team key; the files in it and the data here stay as they are. */
  disconnect(): Promise<void>;
  /** The team key (32 bytes) as kept on this computer for the connected space, or null. */
  teamKey(): Promise<Uint8Array | null>;
  /** Keeps the team key, derived once from the passphrase, so that it is not asked again on this computer. */
  keepTeamKey(key: Uint8Array): Promise<void>;
  /** Whether a local folder can be the space here (desktop only). */
  foldersAllowed: boolean;
  files: SpaceFiles;
}
