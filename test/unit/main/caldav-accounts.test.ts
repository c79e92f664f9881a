/**
 * Main's CalDAV account, against a real Radicale: the password kept only encrypted (the OS keychain stands in as
 * AES here, as Electron cannot run on this machine), requests only into the account's own calendars, and
 * nothing kept when the test of the account fails.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalDavAccounts, isWithin, type Keychain } from '../../../electron/main/caldav-accounts';
import { createCalDavServer } from '../../../src/caldav/caldav-server';
import { listCollection, startRadicale, type Radicale } from '../../support/radicale';

const PASSWORD = 'planner-secret';
const EVENT = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Delegation Planner//Test//EN',
  'BEGIN:VEVENT',
  'UID:banquet@delegation-planner',
  'DTSTAMP:20161101T000000Z',
  'DTSTART:20161114T110000Z',
  'DTEND:20161114T130000Z',
  'SUMMARY:Welcome banquet',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

/** An OS keychain's stand-in: AES-256-GCM with a key this process keeps. */
function aesKeychain(available = true): Keychain {
  const key = randomBytes(32);
  return {
    available: () => available,
    encrypt(text) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), data]));
    },
    decrypt(bytes) {
      const buffer = Buffer.from(bytes);
      const decipher = createDecipheriv('aes-256-gcm', key, buffer.subarray(0, 12));
      decipher.setAuthTag(buffer.subarray(12, 28));
      return Buffer.concat([decipher.update(buffer.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

function accountsWith(keychain: Keychain, file: { text: string | null }) {
  return createCalDavAccounts({
    readText: () => Promise.resolve(file.text),
    writeText: (text) => {
      file.text = text;
      return Promise.resolve();
    },
    keychain,
    createServer: (account, password) => createCalDavServer(account, password, { timeoutMs: 5_000 }),
  });
}

let radicale: Radicale;
beforeAll(async () => {
  radicale = await startRadicale({ users: { delegation: PASSWORD, colleague: 'other-secret' } });
});
afterAll(async () => {
  await radicale.dispose();
});

describe('the CalDAV account main keeps', () => {
  it('is kept once it answers, its password only encrypted, and publishes into its own calendars', async () => {
    const file = { text: null as string | null };
    const accounts = accountsWith(aesKeychain(), file);
    const connected = await accounts.connect({ serverUrl: radicale.url, username: 'delegation', password: PASSWORD, remember: false });
    expect(connected).toEqual({
      status: 'connected',
      account: { serverUrl: radicale.url, username: 'delegation', homeUrl: radicale.homeUrl('delegation'), passwordKept: 'keychain' },
    });
    expect(file.text).not.toContain(PASSWORD);
    // Connecting again to the same account without a password keeps the one kept.
    expect((await accounts.connect({ serverUrl: radicale.url, username: 'delegation', password: null, remember: false })).status).toBe('connected');

    const outcome = await accounts.push({ url: null, slug: 'delegation-planner-trip-1-trip', displayName: 'Trade mission', puts: [{ uid: 'banquet@delegation-planner', text: EVENT, href: null, etag: null }], deletes: [] });
    expect(outcome.failure).toBeNull();
    expect(outcome.events.map((event) => event.status)).toEqual(['written']);
    const listed = await listCollection(outcome.url!, { username: 'delegation', password: PASSWORD });
    expect(listed).toHaveLength(1);
  });

  it('refuses any address outside the account’s calendars, before sending anything there', async () => {
    const accounts = accountsWith(aesKeychain(), { text: null });
    await accounts.connect({ serverUrl: radicale.url, username: 'delegation', password: PASSWORD, remember: false });
    const elsewhere = `${radicale.homeUrl('colleague')}stolen/`;
    const outcome = await accounts.push({ url: elsewhere, slug: 'x', displayName: 'x', puts: [{ uid: 'a', text: EVENT, href: null, etag: null }], deletes: [] });
    expect(outcome.failure?.problem).toBe('refused');
    expect(await listCollection(elsewhere, { username: 'colleague', password: 'other-secret' })).toBeNull();
    const anotherServer = await accounts.push({ url: 'https://attacker.example/calendars/', slug: 'x', displayName: 'x', puts: [], deletes: [] });
    expect(anotherServer.failure?.problem).toBe('refused');
    // Nor the calendar home itself.
    expect(await accounts.removeCalendar(radicale.homeUrl('delegation'))).toMatchObject({ status: 'failed', failure: { problem: 'refused' } });
    // A request of the wrong shape is refused whole.
    expect((await accounts.push({ url: 42 })).failure?.problem).toBe('refused');
  });

  it('keeps nothing when the account does not answer as it should', async () => {
    const file = { text: null as string | null };
    const accounts = accountsWith(aesKeychain(), file);
    const wrong = await accounts.connect({ serverUrl: radicale.url, username: 'delegation', password: 'wrong', remember: false });
    expect(wrong).toMatchObject({ status: 'failed', failure: { problem: 'credentials', status: 401 } });
    expect(file.text).toBeNull();
    expect(await accounts.account()).toBeNull();
    expect((await accounts.push({ url: null, slug: 'x', displayName: 'x', puts: [], deletes: [] })).failure?.problem).toBe('no-account');
  });

  it('keeps the password for this run only where the keychain cannot encrypt, and asks again after', async () => {
    const file = { text: null as string | null };
    const connected = await accountsWith(aesKeychain(false), file).connect({ serverUrl: radicale.url, username: 'delegation', password: PASSWORD, remember: true });
    expect(connected).toMatchObject({ status: 'connected', account: { passwordKept: 'session' } });
    expect(file.text).not.toContain(PASSWORD);
    // The app started again: the account is known, its password is not.
    const restarted = accountsWith(aesKeychain(false), file);
    expect(await restarted.account()).toMatchObject({ username: 'delegation', passwordKept: null });
    expect((await restarted.push({ url: null, slug: 'x', displayName: 'x', puts: [], deletes: [] })).failure?.problem).toBe('no-account');
  });
});

describe('an address within a calendar home', () => {
  it('is below the home on the same origin, never beside it or above it', () => {
    const home = 'https://cloud.example/remote.php/dav/calendars/ellen/';
    expect(isWithin('https://cloud.example/remote.php/dav/calendars/ellen/trip/', home)).toBe(true);
    expect(isWithin('https://cloud.example/remote.php/dav/calendars/ellen/trip/a%40b.ics', home)).toBe(true);
    expect(isWithin('https://cloud.example/remote.php/dav/calendars/ellen2/trip/', home)).toBe(false);
    expect(isWithin('https://cloud.example/remote.php/dav/calendars/ellen/../joe/', home)).toBe(false);
    expect(isWithin('http://cloud.example/remote.php/dav/calendars/ellen/trip/', home)).toBe(false);
    expect(isWithin('not an address', home)).toBe(false);
  });
});
