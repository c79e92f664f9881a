/**
 * A delegate's phone, played by clients nobody here wrote: vdirsyncer subscribes to one calendar collection on
 * the CalDAV server (read-only, as a phone that only shows it) and keeps a local copy of it in a folder; khal,
 * a calendar program, then lists what that copy holds as a person in a given time zone sees it.
 *
 * The phone keeps its copy between syncs, as a real one does: an event deleted on the server must be deleted on
 * the phone by the next sync, and one changed must be changed, not doubled. Its zone is pinned (khal's locale
 * and TZ), so what it lists never depends on the zone of the machine the tests run on.
 *
 * Plain Node, no test runner: usable from vitest and from Playwright alike. Both programs are Debian's packages
 * (`.ci/run` installs them) and run with Debian's /usr/bin/python3.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PhoneOptions {
  /** The collection's address (the calendar the app published). */
  collectionUrl: string;
  username: string;
  password: string;
  /** The phone's time zone, an IANA name: the events' times are listed as a person there reads them. */
  timeZone: string;
}

/** One event as the phone lists it. */
export interface PhoneEvent {
  uid: string;
  /** Local start in the phone's zone, "YYYY-MM-DD HH:MM"; the date alone for an all-day event. */
  start: string;
  /** Local end, likewise. */
  end: string;
  /** STATUS (CONFIRMED, TENTATIVE, CANCELLED), or '' when the event has none. */
  status: string;
  summary: string;
}

export interface Phone {
  /** Fetches the collection as it is now on the server into the phone's copy. */
  sync(): Promise<void>;
  /** The events of the phone's copy between two dates (YYYY-MM-DD, the second included), in time order. */
  list(from: string, to: string): Promise<PhoneEvent[]>;
  /** How many files the phone's copy holds (one per event it received). */
  fileCount(): number;
  /** Removes the phone's folder. */
  dispose(): void;
}

/** Whether vdirsyncer and khal are installed; `why` says what is missing when they are not. */
export function phoneClientsInstalled(): { ok: true } | { ok: false; why: string } {
  const missing = ['vdirsyncer', 'khal'].filter(
    (program) => spawnSync(program, ['--version'], { encoding: 'utf8', env: clientEnv(tmpdir(), 'UTC') }).status !== 0,
  );
  return missing.length === 0 ? { ok: true } : { ok: false, why: `${missing.join(' and ')} not installed (apt-get install ${missing.join(' ')})` };
}

/** Each client in a home of its own, a locale every machine has, the phone's zone, no pyenv settings. */
function clientEnv(home: string, timeZone: string): NodeJS.ProcessEnv {
  const { PYTHONPATH: _path, PYTHONHOME: _home, ...rest } = process.env;
  return {
    ...rest,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    TZ: timeZone,
  };
}

/** A TOML string (vdirsyncer's configuration): quoted, with backslashes and quotes escaped. */
const toml = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Sets up a phone subscribed to one collection; nothing is fetched until {@link Phone.sync}. */
export function createPhone(options: PhoneOptions): Phone {
  const home = mkdtempSync(join(tmpdir(), 'phone-'));
  const calendar = join(home, 'calendar');
  mkdirSync(calendar);
  const env = clientEnv(home, options.timeZone);

  const vdirsyncerConfig = join(home, 'vdirsyncer.conf');
  writeFileSync(
    vdirsyncerConfig,
    [
      '[general]',
      `status_path = ${toml(join(home, 'status'))}`,
      '',
      '[pair published]',
      'a = "server"',
      'b = "phone"',
      // The address is the collection itself, not a home to discover calendars in.
      'collections = null',
      'conflict_resolution = "a wins"',
      '',
      '[storage server]',
      'type = "caldav"',
      `url = ${toml(options.collectionUrl)}`,
      `username = ${toml(options.username)}`,
      `password = ${toml(options.password)}`,
      // A phone that only shows the calendar never writes to it.
      'read_only = true',
      '',
      '[storage phone]',
      'type = "filesystem"',
      `path = ${toml(calendar)}`,
      'fileext = ".ics"',
      '',
    ].join('\n'),
  );

  const khalConfig = join(home, 'khal.conf');
  writeFileSync(
    khalConfig,
    [
      '[calendars]',
      '[[published]]',
      `path = ${calendar}`,
      'type = calendar',
      '[locale]',
      `local_timezone = ${options.timeZone}`,
      `default_timezone = ${options.timeZone}`,
      'timeformat = %H:%M',
      'dateformat = %Y-%m-%d',
      'longdateformat = %Y-%m-%d',
      'datetimeformat = %Y-%m-%d %H:%M',
      'longdatetimeformat = %Y-%m-%d %H:%M',
      '[sqlite]',
      `path = ${join(home, 'khal.db')}`,
      '',
    ].join('\n'),
  );

  let discovered = false;
  const vdirsyncer = async (...args: string[]) => {
    try {
      // Nothing to answer: the phone's folder exists, so discover asks no question; stdin is closed anyway.
      return await run('vdirsyncer', ['-c', vdirsyncerConfig, ...args], { env, cwd: home, maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string; message: string };
      throw new Error(`vdirsyncer ${args.join(' ')} failed: ${failed.stderr ?? ''}${failed.stdout ?? ''}${failed.message}`);
    }
  };

  return {
    async sync() {
      if (!discovered) {
        await vdirsyncer('discover', 'published');
        discovered = true;
      }
      await vdirsyncer('sync', 'published');
    },

    async list(from, to) {
      // Tab-separated, one event a line, each once even when it spans days; no day headings.
      const format = '{uid}\t{start}\t{end}\t{status}\t{title}';
      let output: { stdout: string; stderr: string };
      try {
        output = await run(
          'khal',
          ['-c', khalConfig, '--no-color', 'list', '--once', '--day-format', '', '--format', format, from, `${to} 23:59`],
          { env, cwd: home, maxBuffer: 16 * 1024 * 1024 },
        );
      } catch (error) {
        const failed = error as { stdout?: string; stderr?: string; message: string };
        throw new Error(`khal list failed: ${failed.stderr ?? ''}${failed.stdout ?? ''}${failed.message}`);
      }
      // khal warns on stderr of an event it cannot read, and leaves it out: a phone that drops events is a failure.
      if (output.stderr.trim() !== '') throw new Error(`khal warned: ${output.stderr}`);
      return output.stdout
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => {
          const [uid = '', start = '', end = '', status = '', ...summary] = line.split('\t');
          return { uid, start, end, status: status.trim(), summary: summary.join('\t') };
        });
    },

    fileCount: () => readdirSync(calendar).filter((name) => name.endsWith('.ics')).length,

    dispose() {
      rmSync(home, { recursive: true, force: true });
    },
  };
}
