/**
 * The team space's files in a WebDAV folder (Nextcloud, ownCloud, SharePoint, Apache's mod_dav): GET, PUT,
 * DELETE, PROPFIND and MKCOL with Basic credentials, by paths relative to the folder. The page runs it in the
 * browser and main runs it on the desktop, so it needs nothing but `fetch`: no DOM (main has no DOMParser), no
 * Node. A listing is read with a few patterns rather than an XML parser, which is enough for the two properties
 * asked for (whether a member is a folder, and its size) in any namespace prefix.
 *
 * Every answer becomes a SpaceResult: expected failures are values, never thrown. Paths are checked before any
 * request (space-paths.ts), so none can reach outside the folder.
 */
import { fileSegments, folderSegments, refusedPath } from './space-paths';
import type { SpaceEntry, SpaceFailure, SpaceFiles, SpaceResult } from './team-space';

/** The folder the space is in and the credentials it is reached with. */
export interface WebDavFolder {
  /** The folder's address, such as https://cloud.agency.example/remote.php/dav/files/ada/Missions/ */
  url: string;
  username: string;
  password: string;
}

export interface WebDavFilesOptions {
  /** For tests that make the network fail in ways a real server cannot; the global fetch otherwise. */
  fetch?: typeof fetch;
  /** How long one request may take, its answer's body included. */
  timeoutMs?: number;
}

/** Long enough for a slow office connection to send a file of a few megabytes. */
export const DEFAULT_TIMEOUT_MS = 20_000;

const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getcontentlength/></d:prop></d:propfind>';

/** "Basic" credentials of a user name and password in UTF-8 (RFC 7617). */
function basic(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/** The failure an HTTP status stands for. */
export function failureOfStatus(status: number, detail: string): SpaceFailure {
  const problem = status === 401 ? 'unauthorised' : status === 403 ? 'forbidden' : status === 507 ? 'full' : 'server';
  return { problem, status, detail };
}

const ok = <T>(value: T): SpaceResult<T> => ({ ok: true, value });
const failed = <T>(failure: SpaceFailure): SpaceResult<T> => ({ ok: false, failure });
const done: SpaceResult<void> = { ok: true, value: undefined };

/** An address's path with its escapes undone: servers escape the same name differently (`@` or `%40`). */
function decodedPath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}

/** What a PROPFIND answer (depth 1) says the folder at `folderUrl` holds, the folder itself left out. */
export function parseListing(body: string, folderUrl: string): SpaceEntry[] {
  const own = decodedPath(new URL(folderUrl));
  const entries: SpaceEntry[] = [];
  for (const [, part = ''] of body.matchAll(/<(?:[\w-]+:)?response\b[^>]*>([\s\S]*?)<\/(?:[\w-]+:)?response>/g)) {
    const href = /<(?:[\w-]+:)?href\b[^>]*>([^<]*)<\/(?:[\w-]+:)?href>/.exec(part)?.[1];
    if (href === undefined) continue;
    let path: string;
    try {
      path = decodedPath(new URL(unescapeXml(href.trim()), folderUrl));
    } catch {
      continue;
    }
    if (!path.startsWith(own)) continue;
    const name = path.slice(own.length).replace(/\/$/, '');
    if (name === '' || name.includes('/')) continue;
    const folder = /<(?:[\w-]+:)?collection\s*\/>/.test(part) || /<(?:[\w-]+:)?collection\s*>/.test(part);
    const size = Number(/<(?:[\w-]+:)?getcontentlength\b[^>]*>\s*(\d+)\s*</.exec(part)?.[1] ?? 0);
    entries.push(folder ? { name: `${name}/`, size: 0 } : { name, size });
  }
  return entries;
}

const unescapeXml = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The files of the space in the WebDAV folder `folder`. */
export function createWebDavFiles(folder: WebDavFolder, options: WebDavFilesOptions = {}): SpaceFiles {
  const send = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const authorization = basic(folder.username, folder.password);
  const base = folder.url.endsWith('/') ? folder.url : `${folder.url}/`;
  const fileUrl = (segments: readonly string[]) => new URL(segments.join('/'), base).href;
  const folderUrl = (segments: readonly string[]) => (segments.length === 0 ? base : new URL(`${segments.join('/')}/`, base).href);

  /**
   * Sends one request and lets `answer` read its response, both within the time limit: a server that sends its
   * headers and then stalls times out too.
   */
  const exchange = async <T>(
    method: string,
    url: string,
    init: { headers?: Record<string, string>; body?: BodyInit },
    answer: (response: Response) => Promise<SpaceResult<T>>,
  ): Promise<SpaceResult<T>> => {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException(`no answer to ${method} ${url} within ${timeoutMs} ms`, 'TimeoutError'));
    }, timeoutMs);
    try {
      const response = await send(url, { method, headers: { authorization, ...init.headers }, body: init.body, signal: controller.signal, cache: 'no-store' });
      return await answer(response);
    } catch (error) {
      const detail = `${method} ${url}: ${error instanceof Error ? error.message : String(error)}`;
      if (timedOut) return failed({ problem: 'timeout', status: null, detail });
      // fetch rejects with a TypeError when nothing answers (refused, no route, bad name, CORS refused).
      if (error instanceof TypeError) return failed({ problem: 'unreachable', status: null, detail });
      return failed({ problem: 'server', status: null, detail });
    } finally {
      clearTimeout(timer);
    }
  };

  const statusFailure = <T>(method: string, url: string, response: Response): SpaceResult<T> =>
    failed(failureOfStatus(response.status, `${method} ${url}: ${response.status} ${response.statusText}`));

  const put = (url: string, content: Uint8Array) =>
    exchange('PUT', url, { headers: { 'content-type': 'application/octet-stream' }, body: content as Uint8Array<ArrayBuffer> }, async (response) => {
      await response.arrayBuffer();
      return response.ok ? done : statusFailure<void>('PUT', url, response);
    });

  /** Makes the folders above a file, from the space's root down; one made meanwhile by another computer is fine. */
  const makeFolders = async (segments: readonly string[]): Promise<SpaceResult<void>> => {
    for (let depth = 1; depth < segments.length; depth++) {
      const url = folderUrl(segments.slice(0, depth));
      const made = await exchange('MKCOL', url, {}, async (response) => {
        await response.arrayBuffer();
        return response.ok || response.status === 405 ? done : statusFailure<void>('MKCOL', url, response);
      });
      if (!made.ok) return made;
    }
    return done;
  };

  return {
    async list(path) {
      const segments = folderSegments(path);
      if (segments === null) return failed(refusedPath(path));
      const url = folderUrl(segments);
      return exchange('PROPFIND', url, { headers: { depth: '1', 'content-type': 'application/xml; charset=utf-8' }, body: PROPFIND_BODY }, async (response) => {
        const body = await response.text();
        // A folder not made yet holds nothing; the space's own folder missing is a wrong address.
        if ((response.status === 404 || response.status === 410) && segments.length > 0) return ok([]);
        if (response.status !== 207) {
          return response.ok
            ? failed({ problem: 'server', status: response.status, detail: `PROPFIND ${url}: ${response.status}, not a WebDAV answer` })
            : statusFailure('PROPFIND', url, response);
        }
        return ok(parseListing(body, url));
      });
    },

    async read(path) {
      const segments = fileSegments(path);
      if (segments === null) return failed(refusedPath(path));
      const url = fileUrl(segments);
      return exchange('GET', url, {}, async (response) => {
        if (response.status === 404 || response.status === 410) {
          await response.arrayBuffer();
          return ok(null);
        }
        if (!response.ok) {
          await response.arrayBuffer();
          return statusFailure('GET', url, response);
        }
        return ok(new Uint8Array(await response.arrayBuffer()));
      });
    },

    async write(path, content) {
      const segments = fileSegments(path);
      if (segments === null) return failed(refusedPath(path));
      const url = fileUrl(segments);
      const written = await put(url, content);
      // 409: a folder above the file is missing (some servers say 404). Make them, then write again.
      const missingFolder = !written.ok && (written.failure.status === 409 || written.failure.status === 404) && segments.length > 1;
      if (!missingFolder) return written;
      const made = await makeFolders(segments);
      return made.ok ? put(url, content) : made;
    },

    async remove(path) {
      const segments = fileSegments(path);
      if (segments === null) return failed(refusedPath(path));
      const url = fileUrl(segments);
      return exchange('DELETE', url, {}, async (response) => {
        await response.arrayBuffer();
        return response.ok || response.status === 404 || response.status === 410 ? done : statusFailure<void>('DELETE', url, response);
      });
    },
  };
}
