/**
 * The CalDAV account calendars are published to, kept by main: its address and user name in a file in the app's
 * data folder, its password encrypted with the OS keychain (Electron's `safeStorage`), so that the page never
 * holds it and IndexedDB never sees it. Where the keychain cannot encrypt (a Linux desktop without a secret
 * service), the password is kept in memory for this run only, and the page is told so.
 *
 * Main makes the requests (no CORS, and the password stays here), and only to the connected account's calendar
 * home: a page that names any other address is refused, so a compromised page cannot send the password
 * elsewhere. Plain functions over what Electron gives, for tests to call without it.
 */
import { z } from 'zod';
import type { CalDavAccount, CalDavServer, CalendarPush, PushOutcome, ServerFailure } from '../../src/caldav/caldav-server';
import type { CalDavConnectResult, CalDavRemoveResult, KeptCalDavAccount } from '../shared/ipc-contract';
import { describeInvalidArgument } from './ipc/invalid-argument';

/** The file in the app's data folder: persisted, do not rename. */
export const CALDAV_ACCOUNT_FILE_NAME = 'caldav-account.json';

export interface Keychain {
  /** Whether it can encrypt with a key the OS keeps (not a key written in the app). */
  available(): boolean;
  encrypt(text: string): Uint8Array;
  decrypt(data: Uint8Array): string;
}

export interface CalDavAccountsOptions {
  readText: () => Promise<string | null>;
  writeText: (text: string) => Promise<void>;
  keychain: Keychain;
  /** The server of `account`; given the calendar home it was connected with, calendars are made there without finding it again. */
  createServer: (account: CalDavAccount, password: string) => CalDavServer;
}

const httpUrl = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'must be an http or https address');

const connectRequest = z.object({
  serverUrl: httpUrl,
  username: z.string().min(1).max(512),
  password: z.string().max(4096).nullable(),
  remember: z.boolean(),
});

const eventPut = z.object({ uid: z.string().min(1).max(1024), text: z.string().max(1_000_000), href: httpUrl.nullable(), etag: z.string().max(1024).nullable() });
const eventDelete = z.object({ uid: z.string().min(1).max(1024), href: httpUrl, etag: z.string().max(1024).nullable() });
const calendarPush = z.object({
  url: httpUrl.nullable(),
  slug: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/),
  displayName: z.string().max(1024),
  puts: z.array(eventPut).max(100_000),
  deletes: z.array(eventDelete).max(100_000),
});

const storedAccount = z.object({ serverUrl: z.string(), username: z.string(), homeUrl: z.string(), password: z.string().nullable() });
type StoredAccount = z.infer<typeof storedAccount>;

const refused = (detail: string): ServerFailure => ({ problem: 'refused', status: null, detail });
const noAccount: ServerFailure = { problem: 'no-account', status: null, detail: 'no CalDAV account connected' };

/** Whether `url` lies within the calendar home `home` (same origin, path below it). */
export function isWithin(url: string, home: string): boolean {
  try {
    const target = new URL(url);
    const base = new URL(home);
    const path = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
    return target.origin === base.origin && target.pathname.startsWith(path) && !target.pathname.slice(path.length).split('/').includes('..');
  } catch {
    return false;
  }
}

export function createCalDavAccounts(options: CalDavAccountsOptions) {
  // The password of this run when the keychain cannot keep it.
  let sessionPassword: { account: string; password: string } | null = null;
  const keyOf = (account: { serverUrl: string; username: string }) => `${account.username}@${account.serverUrl}`;

  const read = async (): Promise<StoredAccount | null> => {
    try {
      const parsed = storedAccount.safeParse(JSON.parse((await options.readText()) ?? 'null'));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  };

  const passwordOf = (stored: StoredAccount): string | null => {
    if (stored.password !== null && options.keychain.available()) {
      try {
        return options.keychain.decrypt(Uint8Array.from(Buffer.from(stored.password, 'base64')));
      } catch {
        return null; // encrypted by another keychain (the profile moved): ask again
      }
    }
    return sessionPassword?.account === keyOf(stored) ? sessionPassword.password : null;
  };

  const kept = (stored: StoredAccount): KeptCalDavAccount => ({
    serverUrl: stored.serverUrl,
    username: stored.username,
    homeUrl: stored.homeUrl,
    passwordKept: passwordOf(stored) === null ? null : stored.password !== null ? 'keychain' : 'session',
  });

  const connected = async (): Promise<{ stored: StoredAccount; server: CalDavServer } | null> => {
    const stored = await read();
    const password = stored && passwordOf(stored);
    return stored && password !== null && password !== undefined
      ? { stored, server: options.createServer({ serverUrl: stored.serverUrl, username: stored.username, homeUrl: stored.homeUrl }, password) }
      : null;
  };

  return {
    async account(): Promise<KeptCalDavAccount | null> {
      const stored = await read();
      return stored ? kept(stored) : null;
    },

    async connect(request: unknown): Promise<CalDavConnectResult> {
      const parsed = connectRequest.safeParse(request);
      if (!parsed.success) return { status: 'failed', failure: refused(describeInvalidArgument(parsed.error)) };
      const { serverUrl, username, password: given } = parsed.data;
      const before = await read();
      const sameAccount = before !== null && keyOf(before) === keyOf({ serverUrl, username });
      const password = given ?? (sameAccount ? passwordOf(before) : null);
      if (password === null) return { status: 'failed', failure: noAccount };
      const tested = await options.createServer({ serverUrl, username }, password).test();
      if (tested.status === 'failed') return tested;
      const encrypted = options.keychain.available() ? Buffer.from(options.keychain.encrypt(password)).toString('base64') : null;
      sessionPassword = encrypted === null ? { account: keyOf({ serverUrl, username }), password } : null;
      const stored: StoredAccount = { serverUrl, username, homeUrl: tested.homeUrl, password: encrypted };
      await options.writeText(`${JSON.stringify(stored, null, 2)}\n`);
      return { status: 'connected', account: kept(stored) };
    },

    async disconnect(): Promise<void> {
      sessionPassword = null;
      await options.writeText('null\n');
    },

    async push(request: unknown): Promise<PushOutcome> {
      const parsed = calendarPush.safeParse(request);
      if (!parsed.success) return { url: null, failure: refused(describeInvalidArgument(parsed.error)), events: [] };
      const account = await connected();
      if (!account) return { url: null, failure: noAccount, events: [] };
      const push: CalendarPush = parsed.data;
      const addresses = [push.url, ...push.puts.map((put) => put.href), ...push.deletes.map((entry) => entry.href)].filter((url) => url !== null);
      const outside = addresses.find((url) => !isWithin(url, account.stored.homeUrl));
      if (outside !== undefined) return { url: null, failure: refused(`${outside} is not in the connected account's calendars`), events: [] };
      return account.server.push(push);
    },

    async removeCalendar(url: unknown): Promise<CalDavRemoveResult> {
      const parsed = httpUrl.safeParse(url);
      if (!parsed.success) return { status: 'failed', failure: refused(describeInvalidArgument(parsed.error)) };
      const account = await connected();
      if (!account) return { status: 'failed', failure: noAccount };
      // Only a calendar inside the home, never the home itself.
      if (!isWithin(parsed.data, account.stored.homeUrl) || new URL(parsed.data).pathname === new URL(account.stored.homeUrl).pathname) {
        return { status: 'failed', failure: refused(`${parsed.data} is not one of the connected account's calendars`) };
      }
      return account.server.removeCalendar(parsed.data);
    },
  };
}
