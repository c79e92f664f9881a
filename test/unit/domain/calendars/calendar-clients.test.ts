/**
 * The exported calendars as programs nobody here wrote read them: Debian's python3-icalendar, which records the
 * errors of each component, and khal, a real calendar client that refuses invalid events on import and lists
 * times as a person in a given zone sees them.
 *
 * Both come from Debian's packages (.ci/run installs them). On CI a missing checker fails these tests; on a
 * machine without them they are skipped, and the test names say why.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPersonCalendar, exportTripCalendar } from '../../../../src/domain/calendars/calendar-files';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import { inChinese, inEnglish } from '../../../builders/words';
import type { Message } from '../../../../src/domain/shared/message';

/** Debian's own Python: another python3 earlier on PATH may not see Debian's packages. */
const PYTHON = '/usr/bin/python3';

/**
 * The clients run in a locale every machine has: the suite also runs with the computer set to Chinese
 * (LANG=zh_CN.UTF-8), a locale Python refuses where it was never generated.
 */
const CLIENT_ENV = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };

function missingCheckers(): string[] {
  const missing: string[] = [];
  if (spawnSync(PYTHON, ['-c', 'import icalendar'], { encoding: 'utf8', env: CLIENT_ENV }).status !== 0) {
    missing.push(`python3-icalendar (${PYTHON} -c "import icalendar" failed)`);
  }
  if (spawnSync('khal', ['--version'], { encoding: 'utf8', env: CLIENT_ENV }).status !== 0) missing.push('khal');
  return missing;
}

const missing = missingCheckers();
const onCi = Boolean(process.env.CI);
const skip = missing.length > 0 && !onCi;
const suiteName = skip
  ? `calendar clients (skipped: ${missing.join(' and ')} not installed; apt-get install khal python3-icalendar)`
  : 'calendar clients';

let counter = 0;
const built = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++counter}` });
/** A name with the characters ics 3.12 mishandles in categories: a comma and a semicolon. */
const tripName = 'Liverpool City Region mission to China, November 2016; phase 1';
const sample = { ...built, trip: { ...built.trip, name: tripName } };
const head = sample.people.find((person) => person.name === 'Joe Anderson')!;
const mouTitle = sample.engagements.find((engagement) => engagement.title.includes('MoU signing'))!.title;

function text(result: { ok: true; value: { text: string } } | { ok: false; error: Message }): string {
  if (!result.ok) throw new Error(inEnglish(result.error));
  return result.value.text;
}

let folder = '';
const files: Record<'trip' | 'delegate' | 'chinese', string> = { trip: '', delegate: '', chinese: '' };

it.runIf(onCi)('finds khal and python3-icalendar installed on CI', () => {
  expect(missing).toEqual([]);
});

describe.skipIf(skip)(suiteName, { timeout: 60_000 }, () => {
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'calendar-clients-'));
    // A double quote in the organiser's name is another thing ics 3.12 writes so that parsers choke on it.
    const options = { words: inEnglish, now: '2026-01-02T03:04:05Z', organizerName: 'Ellen "Nell" Cutler', organizerEmail: 'ellen@example.com' };
    files.trip = join(folder, 'trip.ics');
    files.delegate = join(folder, 'delegate.ics');
    writeFileSync(files.trip, text(exportTripCalendar(sample, options)));
    writeFileSync(files.delegate, text(exportPersonCalendar(sample, head.id, options)));
    // The same trip in Chinese: every word the app writes in Chinese, in UTF-8 folded by octets.
    files.chinese = join(folder, 'trip-zh.ics');
    writeFileSync(files.chinese, text(exportTripCalendar(sample, { ...options, words: inChinese })));
  });

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('python3-icalendar finds no error in any component of the trip’s or a delegate’s calendar, in either language', () => {
    const script = [
      'import json, sys, icalendar',
      'report = []',
      'for path in sys.argv[1:]:',
      '    calendar = icalendar.Calendar.from_ical(open(path, "rb").read())',
      '    errors = [[component.name, str(error)] for component in calendar.walk() for error in component.errors]',
      '    events = calendar.walk("VEVENT")',
      '    organizers = sorted({event.get("organizer").params["CN"] for event in events})',
      '    report.append({"events": len(events), "errors": errors, "organizers": organizers})',
      'print(json.dumps(report))',
    ].join('\n');
    const run = spawnSync(PYTHON, ['-c', script, files.trip, files.delegate, files.chinese], { encoding: 'utf8', env: CLIENT_ENV });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as {
      events: number;
      errors: string[][];
      organizers: string[];
    }[];
    expect(report.map((entry) => entry.errors)).toEqual([[], [], []]);
    // Not the categories' values: python3-icalendar 4.0.3 unescapes CATEGORIES before splitting it at commas, so
    // it reads "China\, November" as two. ical.js reads them right (calendar-events.test.ts).
    expect(report.map((entry) => entry.organizers)).toEqual([["Ellen 'Nell' Cutler"], ["Ellen 'Nell' Cutler"], ["Ellen 'Nell' Cutler"]]);
    expect(report[0]?.events).toBe(sample.engagements.length + sample.segments.length + sample.accommodations.length);
    expect(report[1]?.events).toBeGreaterThan(0);
    expect(report[2]?.events).toBe(report[0]?.events);
  });

  /** khal with its own configuration, calendar folder and database, and the given zone as the user's. */
  function khal(zone: string, file: string): (...args: string[]) => string {
    const home = mkdtempSync(join(folder, 'khal-'));
    const vdir = join(home, 'calendar');
    mkdirSync(vdir);
    const config = join(home, 'config');
    writeFileSync(
      config,
      [
        '[calendars]',
        '[[delegation]]',
        `path = ${vdir}`,
        'type = calendar',
        '[locale]',
        `local_timezone = ${zone}`,
        `default_timezone = ${zone}`,
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
    const env = {
      ...CLIENT_ENV,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_DATA_HOME: join(home, '.local', 'share'),
      XDG_CACHE_HOME: join(home, '.cache'),
      TZ: zone,
      LC_ALL: 'C.UTF-8',
    };
    const run = (...args: string[]) => {
      const result = spawnSync('khal', ['-c', config, '--no-color', ...args], { encoding: 'utf8', env });
      if (result.status !== 0) throw new Error(`khal ${args.join(' ')} failed: ${result.stderr}${result.stdout}`);
      return result.stdout;
    };
    const imported = spawnSync('khal', ['-c', config, 'import', '--batch', file], { encoding: 'utf8', env });
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    return run;
  }

  const listed = (run: (...args: string[]) => string, date: string) =>
    run('list', '--format', '{start-date} {start-time}-{end-time} {title}', date, '2d').split('\n');

  it.each([
    ['Europe/London', '2016-11-12 02:00-03:00'],
    ['Asia/Shanghai', '2016-11-12 10:00-11:00'],
  ])('khal set to %s imports the trip’s calendar and lists the MoU signing at %s', (zone, expected) => {
    const lines = listed(khal(zone, files.trip), '2016-11-12');
    expect(lines).toContain(`${expected} ${mouTitle}`);
  });

  it.each([
    ['Europe/London', '2016-11-12 02:00-03:00', '2016-11-05 13:15-05:45'],
    ['Asia/Shanghai', '2016-11-12 10:00-11:00', '2016-11-05 21:15-13:45'],
  ])(
    'khal set to %s imports a delegate’s calendar: the MoU signing at %s, the overnight flight out at %s',
    (zone, signing, flight) => {
      const run = khal(zone, files.delegate);
      expect(listed(run, '2016-11-12')).toContain(`${signing} ${mouTitle}`);
      expect(listed(run, '2016-11-05')).toContain(
        `${flight} Flight HU7908 + HU7279: Manchester Airport T2 → Kunming Changshui International Airport`,
      );
    },
  );

  it('khal imports the trip’s calendar in Chinese and lists the same events at the same times, in Chinese', () => {
    const run = khal('Asia/Shanghai', files.chinese);
    expect(listed(run, '2016-11-12')).toContain(`2016-11-12 10:00-11:00 ${mouTitle}`);
    expect(listed(run, '2016-11-05')).toContain(
      '2016-11-05 21:15-13:45 航班 HU7908 + HU7279：Manchester Airport T2 → Kunming Changshui International Airport',
    );
  });
});
