/**
 * A real CalDAV server for the tests: Debian's Radicale (3.1.8), started on 127.0.0.1 on a port the system
 * chooses, with a throw-away storage folder and users of its own (htpasswd, plain text), each allowed only their
 * own calendars (`owner_only`). It can send the CORS headers the browser build needs (`corsOrigin`).
 *
 * Plain Node, no test runner: the vitest integration tests, the CalDAV benchmark and Playwright's fixtures and
 * global setup all start it the same way. `kill()` ends it as a crash would (SIGKILL), `pause()` freezes it as a server that hangs, `restart()` brings it back
 * on the same port with the same storage, as a server that came back after a fault.
 *
 * Besides the server, what the tests do to it as someone other than the app: write an event over the app's
 * (`putOnServer`, as another client editing it on the server), and list what a collection holds (`listCollection`).
 *
 * From Playwright, for the browser build (whose page calls the server itself), in a global setup:
 *
 *     const radicale = await startRadicale({ users: { organiser: 'secret' }, corsOrigin: `http://127.0.0.1:${port}` });
 *     process.env.RADICALE_URL = radicale.url;   // the workers read it
 *     return () => radicale.dispose();
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's Radicale: run by Debian's /usr/bin/python3, whatever python3 comes first on PATH. */
export const RADICALE = '/usr/bin/radicale';

export interface RadicaleOptions {
  /** User names and their passwords; one user, `delegation` with password `planner-secret`, unless given. */
  users?: Record<string, string>;
  /** The web page's origin to allow (CORS), for the browser build; none unless given. */
  corsOrigin?: string;
  /** Seconds Radicale waits before answering a wrong password (its default is 1). */
  authDelaySeconds?: number;
  /** A port to listen on; one the system chooses unless given. */
  port?: number;
}

export interface Radicale {
  /** The server's address, with a final slash: http://127.0.0.1:<port>/ */
  readonly url: string;
  readonly port: number;
  /** The storage folder (collections under `collection-root/<user>/`). */
  readonly storage: string;
  readonly users: Readonly<Record<string, string>>;
  /** The address of a user's calendar home. */
  homeUrl(user: string): string;
  /** Whether the process is running. */
  readonly running: boolean;
  /** Ends it as an administrator would (SIGTERM), and waits until it has. */
  stop(): Promise<void>;
  /** Ends it as a crash does (SIGKILL), and waits until it has. */
  kill(): Promise<void>;
  /** Freezes it (SIGSTOP): it takes connections but answers nothing, as a server that hangs. */
  pause(): void;
  /** Lets a frozen server go on (SIGCONT). */
  resume(): void;
  /** Starts it again on the same port with the same storage (after a stop or kill), and waits until it answers. */
  restart(): Promise<void>;
  /** Stops it and removes its folder. */
  dispose(): Promise<void>;
  /** What it logged lately, for a failing test's message. */
  log(): string;
}

/** Whether this machine has Radicale; `why` says what is missing when it does not. */
export function radicaleInstalled(): { ok: true } | { ok: false; why: string } {
  const run = spawnSync(RADICALE, ['--version'], { encoding: 'utf8', env: serverEnv(tmpdir()) });
  return run.status === 0 ? { ok: true } : { ok: false, why: `${RADICALE} --version failed (apt-get install radicale)` };
}

/** Debian's Python, which Radicale runs with. */
const PYTHON = '/usr/bin/python3';

/**
 * Starts a program (Radicale) that the kernel ends when the process that started it ends, however it ends (a
 * test runner killed, a worker stopped): no server outlives its tests. Linux's parent-death signal outlives the
 * exec, and the program keeps the process id, so stop and kill still reach it.
 */
const GO_WITH_PARENT = [
  'import ctypes, os, sys',
  'try:',
  '    ctypes.CDLL(None).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL',
  'except (AttributeError, OSError):',
  '    pass',
  'os.execv(sys.argv[1], sys.argv[1:])',
].join('\n');

/** Methods and headers the app's requests use, which a browser asks leave for before sending (CORS). */
const CORS_METHODS = 'GET, HEAD, OPTIONS, PUT, DELETE, PROPFIND, PROPPATCH, REPORT, MKCOL, MKCALENDAR';
const CORS_REQUEST_HEADERS = 'Authorization, Content-Type, Depth, If-Match, If-None-Match, Prefer, Brief';
/** The ETag above all: the app keeps it to write the next version with If-Match. */
const CORS_EXPOSED_HEADERS = 'ETag, DAV, Location, Content-Type';

/** Generous: on a busy shared machine even starting Python takes a while. */
const READY_TIMEOUT_MS = 30_000;
const LOG_LINES = 200;

function serverEnv(home: string): NodeJS.ProcessEnv {
  // A locale every machine has, and no Python settings of another interpreter (pyenv's) leaking in.
  const { PYTHONPATH: _path, PYTHONHOME: _home, ...rest } = process.env;
  return { ...rest, HOME: home, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
}

function configText(folder: string, port: number, options: RadicaleOptions): string {
  const lines = [
    '[server]',
    `hosts = 127.0.0.1:${port}`,
    '[auth]',
    'type = htpasswd',
    `htpasswd_filename = ${join(folder, 'users')}`,
    'htpasswd_encryption = plain',
    `delay = ${options.authDelaySeconds ?? 1}`,
    '[rights]',
    'type = owner_only',
    '[storage]',
    `filesystem_folder = ${join(folder, 'collections')}`,
    '[web]',
    'type = none',
    '[logging]',
    // "info" says which port it listens on, and every request: the last lines go into a failing test's message.
    'level = info',
    '[headers]',
  ];
  if (options.corsOrigin) {
    lines.push(
      `Access-Control-Allow-Origin = ${options.corsOrigin}`,
      `Access-Control-Allow-Methods = ${CORS_METHODS}`,
      `Access-Control-Allow-Headers = ${CORS_REQUEST_HEADERS}`,
      `Access-Control-Expose-Headers = ${CORS_EXPOSED_HEADERS}`,
      'Access-Control-Max-Age = 600',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Starts Radicale and resolves once it answers. */
export async function startRadicale(options: RadicaleOptions = {}): Promise<Radicale> {
  const users = options.users ?? { delegation: 'planner-secret' };
  for (const [user, password] of Object.entries(users)) {
    if (!/^[A-Za-z0-9._-]+$/.test(user) || /[\r\n]/.test(password)) throw new Error(`unusable Radicale user ${user}`);
  }
  const folder = mkdtempSync(join(tmpdir(), 'radicale-'));
  writeFileSync(join(folder, 'users'), Object.entries(users).map(([user, password]) => `${user}:${password}\n`).join(''));
  const logLines: string[] = [];
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let port = options.port ?? 0;

  const launch = async () => {
    writeFileSync(join(folder, 'config'), configText(folder, port, options));
    const process_ = spawn(PYTHON, ['-c', GO_WITH_PARENT, RADICALE, '-C', join(folder, 'config')], {
      env: serverEnv(folder),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child = process_;
    exited = new Promise((resolve) => process_.once('exit', () => resolve()));
    const listening = new Promise<number>((resolve, reject) => {
      let pending = '';
      let heard = 0;
      const timer = setTimeout(() => reject(new Error(`Radicale did not start in ${READY_TIMEOUT_MS} ms:\n${logLines.join('\n')}`)), READY_TIMEOUT_MS);
      process_.stderr!.setEncoding('utf8');
      process_.stderr!.on('data', (chunk: string) => {
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          logLines.push(line);
          if (logLines.length > LOG_LINES) logLines.shift();
          const address = /Listening on '\[?127\.0\.0\.1\]?:(\d+)'/.exec(line);
          if (address) heard = Number(address[1]);
          if (line.includes('Radicale server ready') && heard > 0) {
            clearTimeout(timer);
            resolve(heard);
          }
        }
      });
      process_.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Radicale ended before it was ready (${signal ?? code}):\n${logLines.join('\n')}`));
      });
    });
    port = await listening;
    await answering(`http://127.0.0.1:${port}/`);
  };

  const end = async (signal: NodeJS.Signals) => {
    const running = child as ChildProcess | null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    running.kill(signal);
    // A frozen server ends only once it may go on.
    if (signal !== 'SIGKILL') running.kill('SIGCONT');
    await exited;
  };

  // A test runner that dies leaves no server behind.
  const onExit = () => {
    const running = child as ChildProcess | null;
    if (running && running.exitCode === null && running.signalCode === null) running.kill('SIGKILL');
  };
  process.once('exit', onExit);

  try {
    await launch();
  } catch (error) {
    await end('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
    process.removeListener('exit', onExit);
    throw error;
  }

  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    port,
    storage: folder,
    users,
    homeUrl: (user) => `${url}${encodeURIComponent(user)}/`,
    get running() {
      const running = child as ChildProcess | null;
      return running !== null && running.exitCode === null && running.signalCode === null;
    },
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
    pause: () => void (child as ChildProcess | null)?.kill('SIGSTOP'),
    resume: () => void (child as ChildProcess | null)?.kill('SIGCONT'),
    async restart() {
      await end('SIGTERM');
      await launch();
    },
    async dispose() {
      await end('SIGTERM');
      process.removeListener('exit', onExit);
      rmSync(folder, { recursive: true, force: true });
    },
    log: () => logLines.join('\n'),
  };
}

/** Waits until the server answers an OPTIONS request (which needs no credentials). */
async function answering(url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    let why: string;
    try {
      const response = await fetch(url, { method: 'OPTIONS', signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      why = `${response.status} ${response.statusText}`;
    } catch (error) {
      why = String(error);
    }
    if (Date.now() > deadline) throw new Error(`Radicale at ${url} does not answer: ${why}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface Credentials {
  username: string;
  password: string;
}

const authorization = ({ username, password }: Credentials) => `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;

/**
 * Writes an event's text at `href` as another client would (a phone, a colleague's calendar): no If-Match, so
 * whatever is there is replaced. Returns the new ETag.
 */
export async function putOnServer(href: string, text: string, credentials: Credentials): Promise<string | null> {
  const response = await fetch(href, {
    method: 'PUT',
    headers: { authorization: authorization(credentials), 'content-type': 'text/calendar; charset=utf-8' },
    body: text,
  });
  if (!response.ok) throw new Error(`PUT ${href}: ${response.status} ${response.statusText}`);
  return response.headers.get('etag');
}

/** The text of the resource at `href`, as the server holds it. */
export async function readFromServer(href: string, credentials: Credentials): Promise<string> {
  const response = await fetch(href, { headers: { authorization: authorization(credentials) } });
  if (!response.ok) throw new Error(`GET ${href}: ${response.status} ${response.statusText}`);
  return response.text();
}

export interface ListedResource {
  /** The resource's full address. */
  href: string;
  etag: string | null;
}

/**
 * What a collection holds, as the server says (PROPFIND, depth 1): each resource's address and ETag, the
 * collection itself left out. Null when there is no collection at `collectionUrl`.
 */
export async function listCollection(collectionUrl: string, credentials: Credentials): Promise<ListedResource[] | null> {
  const response = await fetch(collectionUrl, {
    method: 'PROPFIND',
    headers: { authorization: authorization(credentials), depth: '1', 'content-type': 'application/xml; charset=utf-8' },
    body: '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>',
  });
  if (response.status === 404) return null;
  if (response.status !== 207) throw new Error(`PROPFIND ${collectionUrl}: ${response.status} ${response.statusText}`);
  const body = await response.text();
  const own = new URL(collectionUrl).pathname.replace(/\/?$/, '/');
  const listed: ListedResource[] = [];
  // Radicale's answer is plain: one <response> per resource with its <href> and <getetag>, in any prefix.
  for (const [, part] of body.matchAll(/<(?:\w+:)?response\b[^>]*>([\s\S]*?)<\/(?:\w+:)?response>/g)) {
    const path = /<(?:\w+:)?href>([^<]*)<\/(?:\w+:)?href>/.exec(part ?? '')?.[1];
    if (path === undefined || path.replace(/\/?$/, '/') === own) continue;
    const etag = /<(?:\w+:)?getetag>([^<]*)<\/(?:\w+:)?getetag>/.exec(part ?? '')?.[1] ?? null;
    listed.push({ href: new URL(path, collectionUrl).href, etag: etag === null ? null : unescapeXml(etag) });
  }
  return listed;
}

const unescapeXml = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * A `fetch` to Radicale through which it answers a whole calendar PUT to a collection as servers that keep one
 * event per resource do (SabreDAV, so Nextcloud: 409 "PUT is not allowed on non-files"), without sending it:
 * the app must then write the calendar's events one by one. Every other request goes as it is.
 */
export function refusingWholeCalendars(base: typeof fetch = fetch): typeof fetch {
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if ((init?.method ?? 'GET').toUpperCase() === 'PUT' && new URL(url).pathname.endsWith('/')) {
      return Promise.resolve(new Response('PUT is not allowed on non-files.', { status: 409, statusText: 'Conflict' }));
    }
    return base(input, init);
  };
}
