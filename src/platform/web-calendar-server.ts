/**
 * The CalDAV server in the browser: the page calls it itself, which the server must allow (CORS for the app's
 * origin). The account (address and user name) is kept in this browser; the password for this session only,
 * unless the organiser asks to keep it here too. Nothing of it is ever in IndexedDB, so backups never hold it.
 */
import type { CalDavAccount, CalDavServer, ServerFailure, ServerOptions } from '../caldav/caldav-server';
import type { CalendarServerAccess, KeptCalDavAccount } from './platform';

/** Keys in the browser's storage: persisted, do not rename. */
const ACCOUNT_KEY = 'delegation-planner:caldav-account';
const PASSWORD_KEY = 'delegation-planner:caldav-password';

/** The part of the Web Storage API used here (localStorage, sessionStorage, or a stand-in). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface WebCalendarServerOptions {
  /** Kept across sessions: the account, and the password when asked to. */
  local: KeyValueStore;
  /** Kept for this session: the password otherwise. */
  session: KeyValueStore;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

interface StoredAccount {
  serverUrl: string;
  username: string;
  homeUrl: string;
}

const noAccount: ServerFailure = { problem: 'no-account', status: null, detail: 'no CalDAV account connected' };

function readAccount(store: KeyValueStore): StoredAccount | null {
  try {
    const value: unknown = JSON.parse(store.getItem(ACCOUNT_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { serverUrl, username, homeUrl } = value as Record<string, unknown>;
    return typeof serverUrl === 'string' && typeof username === 'string' && typeof homeUrl === 'string' ? { serverUrl, username, homeUrl } : null;
  } catch {
    return null;
  }
}

/** The CalDAV client (tsdav, ical.js) is fetched the first time a server is spoken to, not when the app starts. */
async function calDavServer(account: CalDavAccount, password: string, options: ServerOptions): Promise<CalDavServer> {
  const { createCalDavServer } = await import('../caldav/caldav-server');
  return createCalDavServer(account, password, options);
}

export function createWebCalendarServer(options: WebCalendarServerOptions): CalendarServerAccess {
  const { local, session } = options;
  const serverOptions = { ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) };
  const kept = (): KeptCalDavAccount | null => {
    const account = readAccount(local);
    if (!account) return null;
    const passwordKept = session.getItem(PASSWORD_KEY) !== null ? 'session' : local.getItem(PASSWORD_KEY) !== null ? 'browser' : null;
    return { ...account, passwordKept };
  };
  const password = () => session.getItem(PASSWORD_KEY) ?? local.getItem(PASSWORD_KEY);
  const server = () => {
    const account = readAccount(local);
    const secret = password();
    return account && secret !== null ? calDavServer(account, secret, serverOptions) : null;
  };

  return {
    account: () => Promise.resolve(kept()),

    async connect({ serverUrl, username, password: given, remember }) {
      const before = readAccount(local);
      const sameAccount = before?.serverUrl === serverUrl && before.username === username;
      const secret = given ?? (sameAccount ? password() : null);
      if (secret === null) return { status: 'failed', failure: noAccount };
      const account: CalDavAccount = { serverUrl, username };
      const tested = await (await calDavServer(account, secret, serverOptions)).test();
      if (tested.status === 'failed') return tested;
      local.setItem(ACCOUNT_KEY, JSON.stringify({ serverUrl, username, homeUrl: tested.homeUrl } satisfies StoredAccount));
      session.removeItem(PASSWORD_KEY);
      local.removeItem(PASSWORD_KEY);
      (remember ? local : session).setItem(PASSWORD_KEY, secret);
      return { status: 'connected', account: kept()! };
    },

    disconnect() {
      local.removeItem(ACCOUNT_KEY);
      local.removeItem(PASSWORD_KEY);
      session.removeItem(PASSWORD_KEY);
      return Promise.resolve();
    },

    async push(push, progress) {
      const connected = await server();
      return connected ? connected.push(push, progress) : { url: null, failure: noAccount, events: [] };
    },

    async removeCalendar(url) {
      const connected = await server();
      return connected ? connected.removeCalendar(url) : { status: 'failed', failure: noAccount };
    },
  };
}

/** A store that lasts as long as the page: for tests, and where the browser's storage is refused. */
export function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}
