/**
 * The team space in the browser: a WebDAV folder the page calls itself, which the server must allow (CORS for
 * the app's origin). Where the folder is (address and user name) is kept in this browser; the password and the
 * team key for this session only, unless the organiser asks to keep them here too. Neither is ever in
 * IndexedDB, so backups never hold them. A browser cannot reach a local folder: only WebDAV is offered.
 */
import type { KeyValueStore } from './web-calendar-server';
import type { KeptTeamSpace, SpaceFailure, SpaceFiles, SpaceResult, TeamSpaceAccess } from './team-space';
import { createWebDavFiles, type WebDavFilesOptions } from './webdav-files';

/** Keys in the browser's storage: persisted, do not rename. */
const SPACE_KEY = 'delegation-planner:team-space';
const PASSWORD_KEY = 'delegation-planner:team-space-password';
const TEAM_KEY_KEY = 'delegation-planner:team-key';

/** The team key's length in bytes (AES-256). */
const TEAM_KEY_BYTES = 32;

export interface WebTeamSpaceOptions extends WebDavFilesOptions {
  /** Kept across sessions: where the space is, and the password and team key when asked to. */
  local: KeyValueStore;
  /** Kept for this session: the password and team key otherwise. */
  session: KeyValueStore;
}

interface StoredSpace {
  url: string;
  username: string;
}

const noSpace: SpaceFailure = { problem: 'no-space', status: null, detail: 'no team space connected, or its password is not kept' };

function readSpace(store: KeyValueStore): StoredSpace | null {
  try {
    const value: unknown = JSON.parse(store.getItem(SPACE_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { url, username } = value as Record<string, unknown>;
    return typeof url === 'string' && typeof username === 'string' ? { url, username } : null;
  } catch {
    return null;
  }
}

function isHttpUrl(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
  } catch {
    return null;
  }
}

export function createWebTeamSpace(options: WebTeamSpaceOptions): TeamSpaceAccess {
  const { local, session } = options;
  const filesOptions: WebDavFilesOptions = { ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) };
  const password = () => session.getItem(PASSWORD_KEY) ?? local.getItem(PASSWORD_KEY);
  /** The store the password is in: the team key is kept as long as it is. */
  const keeping = () => (session.getItem(PASSWORD_KEY) !== null ? session : local.getItem(PASSWORD_KEY) !== null ? local : null);
  const forget = (key: string) => {
    local.removeItem(key);
    session.removeItem(key);
  };

  const kept = (): KeptTeamSpace | null => {
    const space = readSpace(local);
    if (!space) return null;
    const store = keeping();
    return { kind: 'webdav', ...space, passwordKept: store === session ? 'session' : store === local ? 'browser' : null };
  };

  const connectedFiles = (): SpaceFiles | null => {
    const space = readSpace(local);
    const secret = password();
    return space && secret !== null ? createWebDavFiles({ ...space, password: secret }, filesOptions) : null;
  };
  const withFiles =
    <A extends unknown[], T>(call: (files: SpaceFiles, ...args: A) => Promise<SpaceResult<T>>) =>
    (...args: A): Promise<SpaceResult<T>> => {
      const files = connectedFiles();
      return files ? call(files, ...args) : Promise.resolve({ ok: false, failure: noSpace });
    };

  return {
    foldersAllowed: false,

    space: () => Promise.resolve(kept()),

    async connect(request) {
      if (request.kind !== 'webdav') {
        return { status: 'failed', failure: { problem: 'refused', status: null, detail: 'a browser cannot keep a team space in a local folder' } };
      }
      const { url, username, password: given, remember } = request;
      if (!isHttpUrl(url)) return { status: 'failed', failure: { problem: 'refused', status: null, detail: `${url} is not an http or https address` } };
      const before = readSpace(local);
      const sameSpace = before?.url === url && before.username === username;
      const secret = given ?? (sameSpace ? password() : null);
      if (secret === null) return { status: 'failed', failure: noSpace };
      const tested = await createWebDavFiles({ url, username, password: secret }, filesOptions).list('');
      if (!tested.ok) return { status: 'failed', failure: tested.failure };
      // The team key belongs to the space: kept for the same one (where the password now is), forgotten for another.
      const teamKey = sameSpace ? (session.getItem(TEAM_KEY_KEY) ?? local.getItem(TEAM_KEY_KEY)) : null;
      forget(PASSWORD_KEY);
      forget(TEAM_KEY_KEY);
      local.setItem(SPACE_KEY, JSON.stringify({ url, username } satisfies StoredSpace));
      const store = remember ? local : session;
      store.setItem(PASSWORD_KEY, secret);
      if (teamKey !== null) store.setItem(TEAM_KEY_KEY, teamKey);
      return { status: 'connected', space: kept()! };
    },

    disconnect() {
      local.removeItem(SPACE_KEY);
      forget(PASSWORD_KEY);
      forget(TEAM_KEY_KEY);
      return Promise.resolve();
    },

    teamKey() {
      if (!readSpace(local)) return Promise.resolve(null);
      const text = session.getItem(TEAM_KEY_KEY) ?? local.getItem(TEAM_KEY_KEY);
      const key = text === null ? null : fromBase64(text);
      return Promise.resolve(key?.length === TEAM_KEY_BYTES ? key : null);
    },

    keepTeamKey(key) {
      if (key.length !== TEAM_KEY_BYTES) return Promise.reject(new Error(`a team key has ${TEAM_KEY_BYTES} bytes, not ${key.length}`));
      const store = readSpace(local) ? keeping() : null;
      if (store === null) return Promise.reject(new Error('no team space is connected to keep its key for'));
      forget(TEAM_KEY_KEY);
      store.setItem(TEAM_KEY_KEY, toBase64(key));
      return Promise.resolve();
    },

    files: {
      list: withFiles((files, folder: string) => files.list(folder)),
      read: withFiles((files, path: string) => files.read(path)),
      write: withFiles((files, path: string, content: Uint8Array) => files.write(path, content)),
      remove: withFiles((files, path: string) => files.remove(path)),
    },
  };
}
