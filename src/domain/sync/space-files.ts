/**
 * The team space as sync sees it: whole files by relative path, and how a request to it fails. Implemented by
 * the platform (platform/team-space.ts: WebDAV, or a local folder on the desktop).
 */

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

