/**
 * The team space in the browser: where it is kept in this browser, the password and the team key for this
 * session unless the organiser asks to keep them here, nothing kept when the folder does not answer, and no
 * local folder. The server is a stand-in `fetch`; the requests themselves are tested against a real one in
 * test/integration/webdav-files.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { memoryStore, type KeyValueStore } from '../../../src/platform/web-calendar-server';
import { createWebTeamSpace } from '../../../src/platform/web-team-space';

const ADDRESS = 'https://cloud.agency.example/remote.php/dav/files/ada/Missions/';
const OTHER = 'https://cloud.agency.example/remote.php/dav/files/ada/Other/';
const PASSWORD = 'team-secret';
const KEY = Uint8Array.from({ length: 32 }, (_, index) => 200 + (index % 50));
const EMPTY_FOLDER = '<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>/remote.php/dav/files/ada/Missions/</d:href></d:response></d:multistatus>';

/** A WebDAV server's stand-in that answers the right password, and remembers the credentials it was sent. */
function server() {
  const sent: string[] = [];
  const fetch: typeof globalThis.fetch = (_input, init) => {
    const authorization = new Headers(init?.headers).get('authorization') ?? '';
    sent.push(atob(authorization.replace(/^Basic /, '')));
    const right = authorization === `Basic ${btoa(`ada:${PASSWORD}`)}`;
    return Promise.resolve(right ? new Response(EMPTY_FOLDER, { status: 207 }) : new Response('', { status: 401, statusText: 'Unauthorized' }));
  };
  return { sent, fetch };
}

function browser(fetch = server().fetch) {
  const local = memoryStore();
  const session = memoryStore();
  return { local, session, space: createWebTeamSpace({ local, session, fetch }) };
}

/** Every value a store holds, to look for a secret in. */
function everything(store: KeyValueStore, keys: string[]): string {
  return keys.map((key) => store.getItem(key) ?? '').join('\n');
}
const KEYS = ['delegation-planner:team-space', 'delegation-planner:team-space-password', 'delegation-planner:team-key'];
const base64Key = btoa(String.fromCharCode(...KEY));

describe('the team space in the browser', () => {
  it('keeps the password and the team key for this session only, unless asked to remember them', async () => {
    const { local, session, space } = browser();
    expect(space.foldersAllowed).toBe(false);
    const connected = await space.connect({ kind: 'webdav', url: ADDRESS, username: 'ada', password: PASSWORD, remember: false });
    expect(connected).toEqual({ status: 'connected', space: { kind: 'webdav', url: ADDRESS, username: 'ada', passwordKept: 'session' } });
    await space.keepTeamKey(KEY);
    expect(await space.teamKey()).toEqual(KEY);
    expect(everything(local, KEYS)).not.toContain(PASSWORD);
    expect(everything(local, KEYS)).not.toContain(base64Key);
    expect(everything(session, KEYS)).toContain(PASSWORD);

    // Asked to remember them: both move to this browser's lasting storage, the team key with the password.
    await space.connect({ kind: 'webdav', url: ADDRESS, username: 'ada', password: null, remember: true });
    expect(await space.space()).toMatchObject({ passwordKept: 'browser' });
    expect(everything(session, KEYS)).toBe('\n\n');
    expect(everything(local, KEYS)).toContain(base64Key);
    expect(await space.teamKey()).toEqual(KEY);
  });

  it('after the session, knows where the space is but not its password or team key', async () => {
    const { local, space } = browser();
    await space.connect({ kind: 'webdav', url: ADDRESS, username: 'ada', password: PASSWORD, remember: false });
    await space.keepTeamKey(KEY);

    const nextSession = createWebTeamSpace({ local, session: memoryStore(), fetch: server().fetch });
    expect(await nextSession.space()).toEqual({ kind: 'webdav', url: ADDRESS, username: 'ada', passwordKept: null });
    expect(await nextSession.teamKey()).toBeNull();
    expect(await nextSession.files.list('')).toMatchObject({ ok: false, failure: { problem: 'no-space' } });
  });

  it('reaches the folder with the password kept', async () => {
    const { sent, fetch } = server();
    const { space } = browser(fetch);
    await space.connect({ kind: 'webdav', url: ADDRESS, username: 'ada', password: PASSWORD, remember: true });
    expect(await space.files.list('')).toEqual({ ok: true, value: [] });
    expect(sent).toEqual([`ada:${PASSWORD}`, `ada:${PASSWORD}`]);
  });

  it('keeps nothing when the folder does not let the user in', async () => {
    const { local, session, space } = browser();
    const failed = await space.connect({ kind: 'webdav', url: ADDRESS, username: 'ada', password: 'wrong', remember: true });
    expect(failed).toMatchObject({ status: 'failed', failure: { problem: 'unauthorised', status: 401 } });
    expect(everything(local, KEYS) + everything(session, KEYS)).toBe('\n\n\n\n');
    expect(await space.space()).toBeNull();
  });

  it('forgets the team key of another space, and everything when disconnected', async () => {
    const { local, session, space } = browser();
    await space.connect({ kind: 'webdav', url: ADDRESS, username: 'ada', password: PASSWORD, remember: true });
    await space.keepTeamKey(KEY);
    expect(await space.connect({ kind: 'webdav', url: OTHER, username: 'ada', password: null, remember: true })).toMatchObject({
      status: 'failed',
      failure: { problem: 'no-space' },
    });
    await space.connect({ kind: 'webdav', url: OTHER, username: 'ada', password: PASSWORD, remember: true });
    expect(await space.teamKey()).toBeNull();

    await space.keepTeamKey(KEY);
    await space.disconnect();
    expect(await space.space()).toBeNull();
    expect(await space.teamKey()).toBeNull();
    expect(everything(local, KEYS) + everything(session, KEYS)).toBe('\n\n\n\n');
  });

  it('refuses a local folder, an address that is not http, and a team key of the wrong length', async () => {
    const { space } = browser();
    expect(await space.connect({ kind: 'folder', folderId: 'folder-1' })).toMatchObject({ status: 'failed', failure: { problem: 'refused' } });
    expect(await space.connect({ kind: 'webdav', url: 'ftp://files.example/', username: 'ada', password: PASSWORD, remember: false })).toMatchObject({
      status: 'failed',
      failure: { problem: 'refused' },
    });
    await expect(space.keepTeamKey(KEY)).rejects.toThrow(/no team space/);
    await space.connect({ kind: 'webdav', url: ADDRESS, username: 'ada', password: PASSWORD, remember: false });
    await expect(space.keepTeamKey(new Uint8Array(16))).rejects.toThrow(/32 bytes/);
  });
});
