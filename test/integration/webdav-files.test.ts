/**
 * The team space's files on a real WebDAV server (Apache with mod_dav, started here): what sync writes is what
 * it reads and lists back, folders are made as writes need them, and every way the server can fail comes back
 * as the problem the organiser is told about (wrong password, no right to write, a full disk, a server that is
 * down or hangs). And the browser build may reach it: the server's CORS answers are those the page needs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpaceFiles, SpaceResult } from '../../src/platform/team-space';
import { memoryStore } from '../../src/platform/web-calendar-server';
import { createWebTeamSpace } from '../../src/platform/web-team-space';
import { createWebDavFiles } from '../../src/platform/webdav-files';
import { startWebDavServer, webdavInstalled, type WebDavServer } from '../support/webdav-server';

const installed = webdavInstalled();
/** On CI a missing server fails the tests; elsewhere they are skipped, and the suite's name says why. */
const skip = !installed.ok && !process.env.CI;
const APP_ORIGIN = 'http://127.0.0.1:4195';
const USER = 'organiser';
const PASSWORD = 'team-secret';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (content: Uint8Array | null) => (content === null ? null : new TextDecoder().decode(content));

function value<T>(result: SpaceResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.failure.problem}: ${result.failure.detail}`);
  return result.value;
}

function problem(result: SpaceResult<unknown>): string {
  return result.ok ? 'none' : result.failure.problem;
}

describe.skipIf(skip)(installed.ok ? 'team space files on a WebDAV server' : `team space files on a WebDAV server (skipped: ${installed.why})`, () => {
  let server: WebDavServer;
  let files: SpaceFiles;

  beforeAll(async () => {
    server = await startWebDavServer({ users: { [USER]: PASSWORD }, corsOrigins: [APP_ORIGIN] });
    files = createWebDavFiles({ url: server.url, username: USER, password: PASSWORD });
  });
  afterAll(() => server?.dispose());

  describe('as it should', () => {
    it('reads back a file written into folders that did not exist, and lists each folder', async () => {
      value(await files.write('computers/ab12cd34ef56ab78/00000001.dpt', bytes('first change')));
      value(await files.write('summary.dpt', bytes('the summary')));

      expect(text(value(await files.read('computers/ab12cd34ef56ab78/00000001.dpt')))).toBe('first change');
      expect(readFileSync(join(server.root, 'computers', 'ab12cd34ef56ab78', '00000001.dpt'), 'utf8')).toBe('first change');
      expect(value(await files.list('')).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
        { name: 'computers/', size: 0 },
        { name: 'summary.dpt', size: 11 },
      ]);
      expect(value(await files.list('computers/'))).toEqual([{ name: 'ab12cd34ef56ab78/', size: 0 }]);
      expect(value(await files.list('computers/ab12cd34ef56ab78'))).toEqual([{ name: '00000001.dpt', size: 12 }]);
    });

    it('replaces a file whole, bytes that are not text included', async () => {
      const binary = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7) % 256);
      value(await files.write('replaced.dpt', bytes('a much longer first version of the file')));
      value(await files.write('replaced.dpt', binary));
      expect(value(await files.read('replaced.dpt'))).toEqual(binary);
    });

    it('reads what another computer left there, also when it is cut short on the disk', async () => {
      value(await files.write('cut.dpt', bytes('whole content')));
      writeFileSync(join(server.root, 'cut.dpt'), 'whole');
      expect(text(value(await files.read('cut.dpt')))).toBe('whole');
    });

    it('finds no file and an empty folder where nothing was written, and removes what is not there', async () => {
      expect(value(await files.read('nothing-here.dpt'))).toBeNull();
      expect(value(await files.read('no-folder/nothing.dpt'))).toBeNull();
      expect(value(await files.list('no-folder'))).toEqual([]);
      value(await files.remove('nothing-here.dpt'));
      value(await files.remove('no-folder/nothing.dpt'));
    });

    it('removes a file', async () => {
      value(await files.write('gone/soon.dpt', bytes('soon gone')));
      value(await files.remove('gone/soon.dpt'));
      expect(value(await files.read('gone/soon.dpt'))).toBeNull();
      expect(value(await files.list('gone'))).toEqual([]);
    });

    it('refuses paths that could leave the space, before asking the server', async () => {
      for (const path of ['../outside.dpt', '/summary.dpt', 'a/../../b.dpt', 'Summary.dpt', 'a//b.dpt', 'a/./b.dpt', '']) {
        expect(problem(await files.read(path)), path).toBe('refused');
        expect(problem(await files.write(path, bytes('x'))), path).toBe('refused');
        expect(problem(await files.remove(path)), path).toBe('refused');
      }
      expect(problem(await files.list('..'))).toBe('refused');
    });
  });

  describe('when the server says no', () => {
    it('says the password is wrong', async () => {
      const wrong = createWebDavFiles({ url: server.url, username: USER, password: 'not-the-password' });
      const listed = await wrong.list('');
      expect(listed).toMatchObject({ ok: false, failure: { problem: 'unauthorised', status: 401 } });
      expect(problem(await wrong.write('summary.dpt', bytes('x')))).toBe('unauthorised');
    });

    it('says the space was not found when its own folder is not there', async () => {
      const elsewhere = createWebDavFiles({ url: `${server.url}no-such-space/`, username: USER, password: PASSWORD });
      expect(await elsewhere.list('')).toMatchObject({ ok: false, failure: { problem: 'server', status: 404 } });
      expect(problem(await elsewhere.write('computers/a/1.dpt', bytes('x')))).toBe('server');
    });

    it('says the user may not write, and may not read', async () => {
      server.answerWith({ status: 403, methods: ['PUT', 'MKCOL'] });
      try {
        expect(await files.write('forbidden/file.dpt', bytes('x'))).toMatchObject({ ok: false, failure: { problem: 'forbidden', status: 403 } });
      } finally {
        server.answerNormally();
      }
      server.answerWith({ status: 403, methods: ['GET', 'PROPFIND'] });
      try {
        expect(problem(await files.read('summary.dpt'))).toBe('forbidden');
        expect(problem(await files.list(''))).toBe('forbidden');
      } finally {
        server.answerNormally();
      }
    });

    it('says the server is full, and writes again once it is not', async () => {
      server.answerWith({ status: 507, methods: ['PUT'] });
      try {
        expect(await files.write('summary.dpt', bytes('more'))).toMatchObject({ ok: false, failure: { problem: 'full', status: 507 } });
      } finally {
        server.answerNormally();
      }
      value(await files.write('summary.dpt', bytes('more')));
      expect(text(value(await files.read('summary.dpt')))).toBe('more');
    });

    it('says the server failed for any other answer', async () => {
      server.answerWith({ status: 500, methods: ['DELETE'] });
      try {
        expect(await files.remove('summary.dpt')).toMatchObject({ ok: false, failure: { problem: 'server', status: 500 } });
      } finally {
        server.answerNormally();
      }
    });
  });

  describe('when the server does not answer', () => {
    it('says it cannot be reached while it is down, and works once it is back', async () => {
      value(await files.write('before-the-fault.dpt', bytes('kept')));
      await server.stop();
      try {
        expect(await files.read('summary.dpt')).toMatchObject({ ok: false, failure: { problem: 'unreachable', status: null } });
        expect(problem(await files.write('summary.dpt', bytes('x')))).toBe('unreachable');
      } finally {
        await server.restart();
      }
      expect(text(value(await files.read('before-the-fault.dpt')))).toBe('kept');
    });

    it('gives up on a server that hangs', async () => {
      const impatient = createWebDavFiles({ url: server.url, username: USER, password: PASSWORD }, { timeoutMs: 300 });
      server.pause();
      try {
        expect(await impatient.list('')).toMatchObject({ ok: false, failure: { problem: 'timeout', status: null } });
        expect(problem(await impatient.write('summary.dpt', bytes('x')))).toBe('timeout');
      } finally {
        server.resume();
      }
      expect(value(await files.list('no-folder'))).toEqual([]);
    });
  });

  describe('for the browser build', () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}summary.dpt`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization, content-type' },
      });

    it('lets the app page ask, without credentials, and send what the space needs', async () => {
      const answer = await preflight(APP_ORIGIN);
      expect(answer.ok).toBe(true);
      expect(answer.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
      const methods = answer.headers.get('access-control-allow-methods')?.split(/,\s*/);
      expect(methods).toEqual(expect.arrayContaining(['GET', 'PUT', 'DELETE', 'PROPFIND', 'MKCOL']));
      const headers = answer.headers.get('access-control-allow-headers')?.toLowerCase().split(/,\s*/);
      expect(headers).toEqual(expect.arrayContaining(['authorization', 'content-type', 'depth']));
    });

    it('lets the app page read a refusal as what it is', async () => {
      const refused = await fetch(`${server.url}summary.dpt`, { headers: { origin: APP_ORIGIN } });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
      const authorization = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
      const read = await fetch(`${server.url}summary.dpt`, { headers: { origin: APP_ORIGIN, authorization } });
      expect(read.headers.get('access-control-expose-headers')).toContain('ETag');
    });

    it('connects the browser\'s team space once the folder lets the user in, and reaches its files', async () => {
      const teamSpace = createWebTeamSpace({ local: memoryStore(), session: memoryStore() });
      const wrong = await teamSpace.connect({ kind: 'webdav', url: server.url, username: USER, password: 'wrong', remember: false });
      expect(wrong).toMatchObject({ status: 'failed', failure: { problem: 'unauthorised' } });
      expect(await teamSpace.space()).toBeNull();

      const connected = await teamSpace.connect({ kind: 'webdav', url: server.url, username: USER, password: PASSWORD, remember: false });
      expect(connected).toEqual({ status: 'connected', space: { kind: 'webdav', url: server.url, username: USER, passwordKept: 'session' } });
      value(await teamSpace.files.write('computers/cd34/00000001.dpt', bytes('from the browser')));
      expect(text(value(await files.read('computers/cd34/00000001.dpt')))).toBe('from the browser');
    });

    it('allows no other page', async () => {
      const answer = await preflight('http://elsewhere.example');
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      expect(answer.headers.get('access-control-allow-methods')).toBeNull();
    });
  });
});
