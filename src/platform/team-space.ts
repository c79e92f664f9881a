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

/** Why the space did not answer as asked. */
export type SpaceProblem =
  /** No space is connected, or its password is no longer kept. */
  | 'no-space'
  /** The server could not be reached (offline, wrong address, refused connection). */
  | 'unreachable'
  /** It did not answer in time. */
  | 'timeout'
  /** 401: the user name or password is wrong. */
  | 'unauthorised'
  /** 403: the user may not read or write there. */
  | 'forbidden'
  /** 507, or a local disk that is full: nothing more can be written. */
  | 'full'
  /** Any other answer (5xx, a 404 of the folder itself, an answer that is not WebDAV). */
  | 'server'
  /** The request itself was refused before it was made (a path outside the space). */
  | 'refused';

export interface SpaceFailure {
  problem: SpaceProblem;
  /** The HTTP status, when there was one. */
  status: number | null;
  /** For the log and for the curious: never shown as the only explanation. */
  detail: string;
}

export type SpaceResult<T> = { ok: true; value: T } | { ok: false; failure: SpaceFailure };

export interface SpaceEntry {
  /** The name inside the folder listed, without the folder: `summary.dpt`, or `ab12cd34ef56ab78/` for a folder. */
  name: string;
  /** Bytes; 0 for a folder. */
  size: number;
}

/**
 * Whole files in the space, by relative paths of plain segments (`computers/ab12cd34ef56ab78/00000001.dpt`):
 * lowercase letters, digits, dot and hyphen; no `..`, no leading slash. Folders are made as writes need them.
 */
export interface SpaceFiles {
  /** What a folder holds; an empty list when the folder does not exist ('' is the root). */
  list(folder: string): Promise<SpaceResult<SpaceEntry[]>>;
  /** A file's bytes; null when there is no such file. */
  read(path: string): Promise<SpaceResult<Uint8Array | null>>;
  /** Writes a whole file, in place of any before. */
  write(path: string, content: Uint8Array): Promise<SpaceResult<void>>;
  /** Removes a file; removing one that is not there succeeds. */
  remove(path: string): Promise<SpaceResult<void>>;
}

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
