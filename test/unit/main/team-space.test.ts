/**
 * Main's team space: the password and the team key kept only encrypted (the OS keychain stands in as AES here,
 * as Electron cannot run on this machine) or, without a keychain, for this run only; nothing kept when the
 * test of a space fails; a local folder only one the person chose; every argument from the page checked.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Keychain } from '../../../electron/main/caldav-accounts';
import { createFolderFiles } from '../../../electron/main/folder-space-files';
import { createTeamSpace } from '../../../electron/main/team-space';
import type { SpaceFiles, SpaceResult } from '../../../src/platform/team-space';
import type { WebDavFolder } from '../../../src/platform/webdav-files';

const ADDRESS = 'https://cloud.agency.example/remote.php/dav/files/ada/Missions/';
const PASSWORD = 'team-secret';
const KEY = Uint8Array.from({ length: 32 }, (_, index) => index + 1);

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

/** A WebDAV folder's stand-in: it answers whoever gives the right password, and remembers what it was asked. */
function webdavServer() {
  const asked: { folder: WebDavFolder; call: string }[] = [];
  const files = new Map<string, Uint8Array>();
  const unauthorised = { ok: false, failure: { problem: 'unauthorised', status: 401, detail: '401' } } as const;
  const open = (folder: WebDavFolder): SpaceFiles => {
    const answer = <T>(call: string, value: () => T): Promise<SpaceResult<T>> => {
      asked.push({ folder, call });
      return Promise.resolve(folder.password === PASSWORD ? { ok: true, value: value() } : unauthorised);
    };
    return {
      list: (path) => answer(`list ${path}`, () => [...files.keys()].map((name) => ({ name, size: files.get(name)!.length }))),
      read: (path) => answer(`read ${path}`, () => files.get(path) ?? null),
      write: (path, content) => answer(`write ${path}`, () => void files.set(path, content)),
      remove: (path) => answer(`remove ${path}`, () => void files.delete(path)),
    };
  };
  return { asked, files, open };
}

let folders: string;
beforeEach(() => {
  folders = mkdtempSync(join(tmpdir(), 'team-space-'));
});
afterEach(() => rmSync(folders, { recursive: true, force: true }));

/** Main's team space over a settings file in memory, as one run of the app. */
function mainWith(keychain: Keychain, file: { text: string | null }, server = webdavServer(), granted: Record<string, string> = {}) {
  return createTeamSpace({
    readText: () => Promise.resolve(file.text),
    writeText: (text) => {
      file.text = text;
      return Promise.resolve();
    },
    keychain,
    folderPath: (id) => Promise.resolve(granted[id] ?? null),
    webdavFiles: server.open,
    folderFiles: createFolderFiles,
  });
}

const connectWebDav = (password: string | null, url = ADDRESS) => ({ kind: 'webdav', url, username: 'ada', password, remember: false });

describe('a WebDAV team space on the desktop', () => {
  it('keeps the password and the team key encrypted, and makes the requests with the password', async () => {
    const file = { text: null as string | null };
    const keychain = aesKeychain();
    const server = webdavServer();
    const main = mainWith(keychain, file, server);

    const connected = await main.connect(connectWebDav(PASSWORD));
    expect(connected).toEqual({ status: 'connected', space: { kind: 'webdav', url: ADDRESS, username: 'ada', passwordKept: 'keychain' } });
    await main.keepTeamKey(KEY);
    expect(file.text).not.toContain(PASSWORD);
    expect(file.text).not.toContain(Buffer.from(KEY).toString('base64'));

    // The app starts again: what it kept is read back.
    const again = mainWith(keychain, file, server);
    expect(await again.space()).toEqual({ kind: 'webdav', url: ADDRESS, username: 'ada', passwordKept: 'keychain' });
    expect(await again.teamKey()).toEqual(KEY);
    expect(await again.write('summary.dpt', new Uint8Array([1, 2, 3]))).toEqual({ ok: true, value: undefined });
    expect(server.asked.at(-1)).toEqual({ folder: { url: ADDRESS, username: 'ada', password: PASSWORD }, call: 'write summary.dpt' });
  });

  it('keeps nothing when the password is wrong', async () => {
    const file = { text: null as string | null };
    const main = mainWith(aesKeychain(), file);
    expect(await main.connect(connectWebDav('wrong'))).toMatchObject({ status: 'failed', failure: { problem: 'unauthorised' } });
    expect(file.text).toBeNull();
    expect(await main.space()).toBeNull();
    expect(await main.read('summary.dpt')).toMatchObject({ ok: false, failure: { problem: 'no-space' } });
  });

  it('connects again with the password kept, and keeps the team key for the same space only', async () => {
    const main = mainWith(aesKeychain(), { text: null });
    await main.connect(connectWebDav(PASSWORD));
    await main.keepTeamKey(KEY);

    expect(await main.connect(connectWebDav(null))).toMatchObject({ status: 'connected' });
    expect(await main.teamKey()).toEqual(KEY);

    const elsewhere = 'https://cloud.agency.example/remote.php/dav/files/ada/Other/';
    expect(await main.connect(connectWebDav(null, elsewhere))).toMatchObject({ status: 'failed', failure: { problem: 'no-space' } });
    expect(await main.connect(connectWebDav(PASSWORD, elsewhere))).toMatchObject({ status: 'connected' });
    expect(await main.teamKey()).toBeNull();
  });

  it('forgets the space, its password and the team key', async () => {
    const file = { text: null as string | null };
    const main = mainWith(aesKeychain(), file);
    await main.connect(connectWebDav(PASSWORD));
    await main.keepTeamKey(KEY);
    await main.disconnect();
    expect(await main.space()).toBeNull();
    expect(await main.teamKey()).toBeNull();
    expect(JSON.parse(file.text!)).toBeNull();
    expect(await main.list('')).toMatchObject({ ok: false, failure: { problem: 'no-space' } });
  });

  it('without a keychain, keeps the password and the team key for this run only', async () => {
    const file = { text: null as string | null };
    const keychain = aesKeychain(false);
    const main = mainWith(keychain, file);
    expect(await main.connect(connectWebDav(PASSWORD))).toMatchObject({ status: 'connected', space: { passwordKept: 'session' } });
    await main.keepTeamKey(KEY);
    expect(await main.teamKey()).toEqual(KEY);
    expect(file.text).not.toContain(PASSWORD);

    const nextRun = mainWith(keychain, file);
    expect(await nextRun.space()).toMatchObject({ kind: 'webdav', passwordKept: null });
    expect(await nextRun.teamKey()).toBeNull();
    expect(await nextRun.read('summary.dpt')).toMatchObject({ ok: false, failure: { problem: 'no-space' } });
  });

  it('asks again when the keychain that encrypted the password is another one (the profile moved)', async () => {
    const file = { text: null as string | null };
    await mainWith(aesKeychain(), file).connect(connectWebDav(PASSWORD));
    const moved = mainWith(aesKeychain(), file);
    expect(await moved.space()).toMatchObject({ passwordKept: null });
    expect(await moved.read('summary.dpt')).toMatchObject({ ok: false, failure: { problem: 'no-space' } });
  });
});

describe('a local folder as the team space', () => {
  it('is a folder the person chose, remembered by its path when the app starts again', async () => {
    const chosen = join(folders, 'OneDrive', 'Missions');
    mkdirSync(chosen, { recursive: true });
    const file = { text: null as string | null };
    const keychain = aesKeychain();
    const main = mainWith(keychain, file, webdavServer(), { 'folder-1': chosen });

    expect(await main.connect({ kind: 'folder', folderId: 'folder-1' })).toEqual({ status: 'connected', space: { kind: 'folder', label: chosen } });
    await main.keepTeamKey(KEY);
    expect(await main.write('computers/ab12/00000001.dpt', new Uint8Array([7]))).toEqual({ ok: true, value: undefined });
    expect(readFileSync(join(chosen, 'computers', 'ab12', '00000001.dpt'))).toEqual(Buffer.from([7]));

    const again = mainWith(keychain, file);
    expect(await again.space()).toEqual({ kind: 'folder', label: chosen });
    expect(await again.teamKey()).toEqual(KEY);
    expect(await again.read('computers/ab12/00000001.dpt')).toEqual({ ok: true, value: new Uint8Array([7]) });
  });

  it('refuses a folder that was never chosen, and keeps nothing for a folder that is gone', async () => {
    const file = { text: null as string | null };
    const main = mainWith(aesKeychain(), file, webdavServer(), { 'folder-1': join(folders, 'gone') });
    expect(await main.connect({ kind: 'folder', folderId: 'folder-2' })).toMatchObject({ status: 'failed', failure: { problem: 'refused' } });
    expect(await main.connect({ kind: 'folder', folderId: 'folder-1' })).toMatchObject({ status: 'failed', failure: { problem: 'unreachable' } });
    expect(file.text).toBeNull();
  });
});

describe('what the page sends', () => {
  it('is checked before anything is kept, sent or written', async () => {
    const file = { text: null as string | null };
    const server = webdavServer();
    const main = mainWith(aesKeychain(), file, server);
    for (const request of [
      null,
      { kind: 'webdav', url: 'file:///etc/passwd', username: 'ada', password: PASSWORD, remember: false },
      { kind: 'webdav', url: ADDRESS, username: '', password: PASSWORD, remember: false },
      { kind: 'webdav', url: ADDRESS, username: 'ada', password: 42, remember: false },
      { kind: 'folder', path: '/etc' },
      { kind: 'elsewhere' },
    ]) {
      expect(await main.connect(request), JSON.stringify(request)).toMatchObject({ status: 'failed', failure: { problem: 'refused' } });
    }
    expect(server.asked).toEqual([]);
    expect(file.text).toBeNull();

    await main.connect(connectWebDav(PASSWORD));
    const asked = server.asked.length;
    expect(await main.list(42)).toMatchObject({ ok: false, failure: { problem: 'refused' } });
    expect(await main.read({ path: 'summary.dpt' })).toMatchObject({ ok: false, failure: { problem: 'refused' } });
    expect(await main.write('summary.dpt', 'not bytes')).toMatchObject({ ok: false, failure: { problem: 'refused' } });
    expect(await main.write('summary.dpt', [1, 2, 3])).toMatchObject({ ok: false, failure: { problem: 'refused' } });
    expect(await main.remove(undefined)).toMatchObject({ ok: false, failure: { problem: 'refused' } });
    expect(server.asked.length).toBe(asked);

    await expect(main.keepTeamKey(new Uint8Array(16))).rejects.toThrow(/32 bytes/);
    await expect(main.keepTeamKey('a key')).rejects.toThrow();
    expect(await main.teamKey()).toBeNull();
  });

  it('cannot keep a team key when no space is connected', async () => {
    await expect(mainWith(aesKeychain(), { text: null }).keepTeamKey(KEY)).rejects.toThrow(/no team space/);
  });
});
