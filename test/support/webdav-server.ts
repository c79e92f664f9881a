/**
 * A real WebDAV server for the tests: Debian's Apache httpd with mod_dav and mod_dav_fs, started unprivileged on
 * 127.0.0.1 on a port the system chooses, with a throw-away folder of its own (its configuration, the shared
 * folder, the lock database, its pid file), Basic auth users of its own, and CORS for the origins the browser
 * build is served from. None of the machine's Apache configuration is read.
 *
 * Plain Node, no test runner: vitest's integration tests and Playwright's fixtures start it the same way.
 * Apache runs as one process (`-X`, the event MPM's threads inside it), so that `kill()` ends all of it as a
 * crash would (SIGKILL), `pause()` freezes all of it as a server that hangs, and the kernel ends it with the
 * process that started it. `restart()` brings it back on the same port with the same files.
 *
 * Faults the server itself makes: `answerWith({ status: 507, methods: ['PUT'] })` has it answer those methods
 * with that status (as a full disk, a refused write or a broken gateway would) until `answerNormally()`. It is
 * done with mod_rewrite and a map file that Apache reads again whenever it changes, so no restart is needed.
 * `root` is the folder on disk behind the address, for tests that corrupt or truncate files as a sync client or
 * a failing disk would.
 *
 * From Playwright, for the browser build (whose page calls the server itself), in a global setup:
 *
 *     const webdav = await startWebDavServer({ corsOrigins: [`http://127.0.0.1:${port}`] });
 *     process.env.WEBDAV_URL = webdav.url;   // the workers read it
 *     return () => webdav.dispose();
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's Apache (package apache2). */
export const APACHE = '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';

export interface WebDavServerOptions {
  /** User names and their passwords; one user, `organiser` with password `team-secret`, unless given. */
  users?: Record<string, string>;
  /** The web pages' origins to allow (CORS), for the browser build; none unless given. */
  corsOrigins?: readonly string[];
  /** A port to listen on; one the system chooses unless given. */
  port?: number;
}

/** Statuses `answerWith` can make the server answer: those a WebDAV server answers when something is wrong. */
export const FAULT_STATUSES = [400, 401, 403, 404, 405, 409, 412, 413, 423, 429, 500, 501, 502, 503, 504, 507] as const;
export type FaultStatus = (typeof FAULT_STATUSES)[number];

export interface Fault {
  status: FaultStatus;
  /** The methods answered so, such as ['PUT', 'MKCOL']. */
  methods: readonly string[];
}

export interface WebDavServer {
  /** The shared folder's address, with a final slash: http://127.0.0.1:<port>/ */
  readonly url: string;
  readonly port: number;
  /** The folder on disk that the address shows. */
  readonly root: string;
  readonly users: Readonly<Record<string, string>>;
  /** Whether the process is running. */
  readonly running: boolean;
  /** Has the server answer `methods` with `status`, in place of any fault before, from the next request on. */
  answerWith(fault: Fault): void;
  /** Has it answer every request as it should again. */
  answerNormally(): void;
  /** Ends it as an administrator would (SIGTERM), and waits until it has. */
  stop(): Promise<void>;
  /** Ends it as a crash does (SIGKILL), and waits until it has. */
  kill(): Promise<void>;
  /** Freezes it (SIGSTOP): it takes connections but answers nothing, as a server that hangs. */
  pause(): void;
  /** Lets a frozen server go on (SIGCONT). */
  resume(): void;
  /** Starts it again on the same port with the same files (after a stop or kill), and waits until it answers. */
  restart(): Promise<void>;
  /** Stops it and removes its folder. */
  dispose(): Promise<void>;
  /** What it logged lately (errors and every request), for a failing test's message. */
  log(): string;
}

/** Whether this machine has Apache with mod_dav; `why` says what is missing when it does not. */
export function webdavInstalled(): { ok: true } | { ok: false; why: string } {
  const run = spawnSync(APACHE, ['-v'], { encoding: 'utf8', env: serverEnv() });
  if (run.status !== 0) return { ok: false, why: `${APACHE} -v failed (apt-get install apache2)` };
  const dav = spawnSync('test', ['-f', join(MODULES, 'mod_dav_fs.so')]);
  return dav.status === 0 ? { ok: true } : { ok: false, why: `${MODULES}/mod_dav_fs.so is missing (apt-get install apache2)` };
}

/** Debian's Python, which only sets the parent-death signal before Apache replaces it. */
const PYTHON = '/usr/bin/python3';

/**
 * Starts a program (Apache) that the kernel ends when the process that started it ends, however it ends (a
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
const CORS_METHODS = 'GET, PUT, DELETE, PROPFIND, MKCOL, OPTIONS';
const CORS_REQUEST_HEADERS = 'Authorization, Content-Type, Depth';
const CORS_EXPOSED_HEADERS = 'ETag';

const MODULES_LOADED = [
  'mpm_event',
  'authn_core',
  'authn_file',
  'authz_core',
  'authz_user',
  'auth_basic',
  'setenvif',
  'headers',
  'rewrite',
  'dav',
  'dav_fs',
];

/** Generous: on a busy shared machine even starting a server takes a while. */
const READY_TIMEOUT_MS = 30_000;
const LOG_LINES = 200;

function serverEnv(): NodeJS.ProcessEnv {
  // Debian's apache2 reads APACHE_* variables only through apache2ctl, which is not used; a plain locale.
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
}

const quoted = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;
const regexOf = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function configText(folder: string, root: string, port: number, options: WebDavServerOptions): string {
  const origins = options.corsOrigins ?? [];
  const lines = [
    `ServerRoot ${quoted(folder)}`,
    `DefaultRuntimeDir ${quoted(folder)}`,
    `PidFile ${quoted(join(folder, 'httpd.pid'))}`,
    ...MODULES_LOADED.map((module) => `LoadModule ${module}_module ${quoted(join(MODULES, `mod_${module}.so`))}`),
    `Listen 127.0.0.1:${port}`,
    'ServerName 127.0.0.1',
    // One process (-X) of a few threads: enough for a page's requests at once.
    'ServerLimit 1',
    'ThreadsPerChild 16',
    'MaxRequestWorkers 16',
    // Apache's own messages and every request, in one file, whose last lines go into a failing test's message.
    `ErrorLog ${quoted(join(folder, 'httpd.log'))}`,
    'LogLevel warn',
    'LogFormat "%m %U %>s" request',
    `CustomLog ${quoted(join(folder, 'httpd.log'))} request`,
    `DocumentRoot ${quoted(root)}`,
    `DavLockDB ${quoted(join(folder, 'lock', 'davlock'))}`,
    // The fault of the moment: a method's line in the map names the status it is answered with.
    'RewriteEngine On',
    `RewriteMap faults ${quoted(`txt:${join(folder, 'faults.txt')}`)}`,
    ...FAULT_STATUSES.flatMap((status) => [`RewriteCond \${faults:%{REQUEST_METHOD}|none} =${status}`, `RewriteRule ^ - [R=${status},L]`]),
  ];
  if (origins.length > 0) {
    // Sent on every answer, errors included, so that the page can read a 401 or a 507 as what it is.
    lines.push(
      `SetEnvIf Origin ${quoted(`^(${origins.map(regexOf).join('|')})$`)} CORS_ORIGIN=$1`,
      'Header always set Access-Control-Allow-Origin "%{CORS_ORIGIN}e" env=CORS_ORIGIN',
      `Header always set Access-Control-Allow-Methods ${quoted(CORS_METHODS)} env=CORS_ORIGIN`,
      `Header always set Access-Control-Allow-Headers ${quoted(CORS_REQUEST_HEADERS)} env=CORS_ORIGIN`,
      `Header always set Access-Control-Expose-Headers ${quoted(CORS_EXPOSED_HEADERS)} env=CORS_ORIGIN`,
      'Header always set Access-Control-Max-Age "600" env=CORS_ORIGIN',
      'Header always merge Vary Origin',
    );
  }
  lines.push(
    `<Directory ${quoted(root)}>`,
    '  Dav On',
    '  AuthType Basic',
    '  AuthName "Team space"',
    '  AuthBasicProvider file',
    `  AuthUserFile ${quoted(join(folder, 'users'))}`,
    // A browser asks leave (OPTIONS) without credentials: that question must be answered.
    '  <LimitExcept OPTIONS>',
    '    Require valid-user',
    '  </LimitExcept>',
    '</Directory>',
  );
  return `${lines.join('\n')}\n`;
}

/** A port no one listens on now, chosen by the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts Apache and resolves once it answers. */
export async function startWebDavServer(options: WebDavServerOptions = {}): Promise<WebDavServer> {
  const users = options.users ?? { organiser: 'team-secret' };
  for (const [user, password] of Object.entries(users)) {
    if (!/^[A-Za-z0-9._-]+$/.test(user) || /[\r\n]/.test(password)) throw new Error(`unusable WebDAV user ${user}`);
  }
  const folder = mkdtempSync(join(tmpdir(), 'webdav-'));
  const root = join(folder, 'root');
  mkdirSync(root);
  mkdirSync(join(folder, 'lock'));
  // Apache's {SHA} form: the password's SHA-1, in base64.
  const hashed = (password: string) => `{SHA}${createHash('sha1').update(password, 'utf8').digest('base64')}`;
  writeFileSync(join(folder, 'users'), Object.entries(users).map(([user, password]) => `${user}:${hashed(password)}\n`).join(''));
  const faultsFile = join(folder, 'faults.txt');
  const setFaults = (text: string) => {
    writeFileSync(faultsFile, text);
    // Apache reads the map again when its time changes: make sure it does, even within the same clock tick.
    const now = Date.now() / 1000;
    utimesSync(faultsFile, now, now + Math.random());
  };
  setFaults('');

  // What it says before its log file is open (a wrong configuration), then the log file itself.
  const logLines: string[] = [];
  const log = () => {
    const file = readTextOrEmpty(join(folder, 'httpd.log')).split('\n').slice(-LOG_LINES);
    return [...logLines, ...file].join('\n');
  };
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let port = options.port ?? 0;

  const launchOn = async (chosen: number) => {
    writeFileSync(join(folder, 'httpd.conf'), configText(folder, root, chosen, options));
    const process_ = spawn(PYTHON, ['-c', GO_WITH_PARENT, APACHE, '-X', '-d', folder, '-f', join(folder, 'httpd.conf')], {
      env: serverEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = process_;
    exited = new Promise((resolve) => process_.once('exit', () => resolve()));
    let pending = '';
    const keep = (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        logLines.push(line);
        if (logLines.length > LOG_LINES) logLines.shift();
      }
    };
    process_.stdout!.setEncoding('utf8');
    process_.stdout!.on('data', keep);
    process_.stderr!.setEncoding('utf8');
    process_.stderr!.on('data', keep);
    const ended = new Promise<never>((_, reject) =>
      process_.once('exit', (code, signal) => reject(new Error(`Apache ended before it was ready (${signal ?? code}):\n${log()}`))),
    );
    ended.catch(() => undefined);
    await Promise.race([answering(`http://127.0.0.1:${chosen}/`), ended]);
  };

  const launch = async () => {
    if (port !== 0) return launchOn(port);
    // Apache cannot say which port the system gave it: take one that is free now, and another if it was taken since.
    for (let attempt = 1; ; attempt++) {
      const chosen = await freePort();
      try {
        await launchOn(chosen);
        port = chosen;
        return;
      } catch (error) {
        if (attempt >= 5 || !log().includes('Address already in use')) throw error;
      }
    }
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
    root,
    users,
    get running() {
      const running = child as ChildProcess | null;
      return running !== null && running.exitCode === null && running.signalCode === null;
    },
    answerWith({ status, methods }) {
      if (!(FAULT_STATUSES as readonly number[]).includes(status)) throw new Error(`Apache cannot be made to answer ${status}`);
      if (methods.some((method) => !/^[A-Z]+$/.test(method))) throw new Error(`not methods: ${methods.join(', ')}`);
      setFaults(methods.map((method) => `${method} ${status}\n`).join(''));
    },
    answerNormally: () => setFaults(''),
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
    log,
  };
}

function readTextOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
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
    if (Date.now() > deadline) throw new Error(`Apache at ${url} does not answer: ${why}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
