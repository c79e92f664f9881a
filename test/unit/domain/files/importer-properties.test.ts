/**
 * Random and hostile input at the two import edges, the roster CSV and the calendar file: whatever the file
 * holds, reading and checking it never throws, a refusal is a message (naming a line that exists, when it
 * names one) and every row or event left out says why; what is accepted holds to its domain's rules.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importItems, previewCalendarImport, type CalendarImportPreview } from '../../../../src/domain/calendars/calendar-import-preview';
import { parseEngagementDraft } from '../../../../src/domain/engagements/engagement-rules';
import { MEMBER_ROLES, VISA_STATUSES } from '../../../../src/domain/people/person';
import {
  guessMapping,
  mappingProblems,
  readRosterCsv,
  readRosterFile,
  IMPORT_FIELDS,
  type RosterTable,
} from '../../../../src/domain/files/roster-csv';
import {
  emailKey,
  isEmailAddress,
  parseRosterRows,
  type RosterParse,
} from '../../../../src/domain/files/roster-rows';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import { inRouteOrder, type City } from '../../../../src/domain/route/city';
import { isIsoDate, zonedTime } from '../../../../src/domain/shared/time';
import type { TripBundle } from '../../../../src/domain/trip/trip-bundle';
import type { Result } from '../../../../src/domain/shared/result';
import { inEnglish } from '../../../builders/words';
import { decodeText, TEXT_ENCODINGS, type TextEncoding } from '../../../../src/domain/files/text-encoding';
import { DATE_ORDERS } from '../../../../src/domain/files/roster-dates';
import { gb18030, utf16, utf8, windows1252 } from './text-encodings';
import type { Message } from '../../../../src/domain/shared/message';

function sampleTrip(prefix: string): TripBundle {
  let counter = 0;
  return buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `${prefix}-${++counter}` });
}

const sample = sampleTrip('id');

/** The sample trip moved to a zone whose clocks go back on 6 November 2016, the day the trip starts. */
const newYork: TripBundle = (() => {
  const bundle = sampleTrip('ny');
  return { ...bundle, stops: bundle.stops.map((stop) => ({ ...stop, timeZone: 'America/New_York' })) };
})();

const fixture = (path: string) => readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');

const physicalLines = (text: string) => text.split(/\r\n|\n|\r/).length;

/** The lines a message names that the file does not have. */
function missingLines(message: string, lineCount: number): string[] {
  return [...message.matchAll(/\b(?:Line|line|Row|row) (\d+)/g)]
    .map((match) => Number(match[1]))
    .filter((line) => line < 1 || line > lineCount)
    .map((line) => `“${message}” names line ${line} of ${lineCount}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Generators shared by both files

/** Text as a file picker can hand it over: any UTF-16, lone surrogates included. */
const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 400 });

/** Bytes read as text the way `File.text()` does (UTF-8, bad sequences replaced), or as Latin-1. */
const decodedBytes = fc
  .tuple(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('utf-8', 'latin1'))
  .map(([bytes, encoding]) => new TextDecoder(encoding).decode(bytes));

const randomText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), anyUtf16, decodedBytes);

const HOSTILE_VALUES = [
  '=HYPERLINK("http://evil.example","click")',
  '=cmd|\' /C calc\'!A0',
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  "'=1+1",
  '\t=1',
  '\r=1',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDBFF',
  '\uFEFF',
  '\u202Eevil',
  '\u2028',
  '"',
  '""',
  '"unclosed',
  '\r\n',
  '\r',
  '\n\r',
  ',;\t',
  'x'.repeat(5000),
  `a@${'a.'.repeat(3000)}@`,
  'e\u0301\u0301\u0301',
  '😀👩‍👩‍👧',
];
const hostileValue = fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.string({ maxLength: 20 }), anyUtf16.map((text) => text.slice(0, 20)));

type Mutation = (text: string) => string;

const splitLines = (text: string) => text.split(/(?<=\r\n|\n|\r(?!\n))/);

/** One change a damaged or hand-edited file might have; `extra` adds changes particular to one format. */
function mutation(extra: fc.Arbitrary<Mutation>[] = []): fc.Arbitrary<Mutation> {
  return fc.oneof(
    fc.nat().map((at): Mutation => (text) => text.slice(0, at % (text.length + 1))),
    fc.tuple(fc.nat(), hostileValue).map(([at, value]): Mutation => (text) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + value + text.slice(i);
    }),
    fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })).map(([at, length]): Mutation => (text) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + text.slice(i + length);
    }),
    fc.tuple(fc.nat(), fc.integer({ min: 1, max: 5 })).map(([at, times]): Mutation => (text) => {
      const lines = splitLines(text);
      const i = at % Math.max(lines.length, 1);
      return [...lines.slice(0, i), ...Array<string>(times).fill(lines[i] ?? ''), ...lines.slice(i + 1)].join('');
    }),
    fc.nat().map((at): Mutation => (text) => {
      const lines = splitLines(text);
      lines.splice(at % Math.max(lines.length, 1), 1);
      return lines.join('');
    }),
    fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (text) => {
      const lines = splitLines(text);
      const [i, j] = [a % Math.max(lines.length, 1), b % Math.max(lines.length, 1)];
      [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      return lines.join('');
    }),
    fc.array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: 1, maxLength: 8 }).map((ends): Mutation => (text) => {
      let n = 0;
      return text.replace(/\r\n|\n|\r/g, () => ends[n++ % ends.length]!);
    }),
    fc.constant<Mutation>((text) => `\uFEFF${text}`),
    ...extra,
  );
}

const mutated = (base: string, change: fc.Arbitrary<Mutation>) =>
  fc.array(change, { minLength: 1, maxLength: 4 }).map((changes) => changes.reduce((text, apply) => apply(text), base));

// ---------------------------------------------------------------------------------------------------------------
// Roster CSV

/** The roster import boundary up to the preview, as the import dialog runs it with the guessed columns. */
function checkRoster(text: string, stops: readonly City[]): { table: Result<RosterTable, Message>; parsed: RosterParse | null } {
  const table = readRosterCsv(text);
  if (!table.ok) return { table, parsed: null };
  const mapping = guessMapping(table.value.headers);
  if (mappingProblems(mapping).length > 0) return { table, parsed: null };
  return { table, parsed: parseRosterRows(table.value, mapping, stops) };
}

/** What is wrong with the roster boundary's answer for a file: nothing, for every file. */
function rosterViolations(text: string, stops: readonly City[]): string[] {
  const { table, parsed } = checkRoster(text, stops);
  const lineCount = physicalLines(text);
  if (!table.ok) {
    const refusal = inEnglish(table.error);
    return [...(refusal.trim() === '' ? ['an empty refusal'] : []), ...missingLines(refusal, lineCount)];
  }
  const wrong: string[] = [];
  const { rows, lines, headers } = table.value;
  if (lines.length !== rows.length) wrong.push('a line number for each row');
  lines.forEach((line, index) => {
    if (line < 2 || line > lineCount) wrong.push(`row on line ${line} of ${lineCount}`);
    if (index > 0 && line <= lines[index - 1]!) wrong.push(`line ${line} after line ${lines[index - 1]}`);
  });
  if (headers.length === 0) wrong.push('no header');
  if (!parsed) return wrong;

  const rowSet = new Set(lines);
  for (const problem of parsed.problems) {
    if (!rowSet.has(problem.row)) wrong.push(`a problem on row ${problem.row}, not a row of the file`);
    const said = inEnglish(problem.message);
    if (!said.includes(`Row ${problem.row}`)) wrong.push(`“${said}” does not name row ${problem.row}`);
    if (problem.field !== null && !IMPORT_FIELDS.includes(problem.field)) wrong.push(`a problem with field ${problem.field}`);
  }
  const route = inRouteOrder(stops).map((stop) => stop.id);
  const emails = new Set<string>();
  for (const person of parsed.people) {
    const at = `row ${person.row}:`;
    if (!rowSet.has(person.row)) wrong.push(`${at} not a row of the file`);
    if (person.name === '' || person.name !== person.name.trim() || /\s{2}/.test(person.name)) wrong.push(`${at} name “${person.name}”`);
    if (person.email) {
      if (!isEmailAddress(person.email)) wrong.push(`${at} email “${person.email}”`);
      if (emails.has(emailKey(person.email))) wrong.push(`${at} email imported twice`);
      emails.add(emailKey(person.email));
    }
    if (!MEMBER_ROLES.includes(person.role)) wrong.push(`${at} role ${person.role}`);
    if (person.visaStatus !== null && !VISA_STATUSES.includes(person.visaStatus)) wrong.push(`${at} visa ${person.visaStatus}`);
    if (person.passportExpiry !== null && !isIsoDate(person.passportExpiry)) wrong.push(`${at} expiry ${person.passportExpiry}`);
    // A part of the route: consecutive stops of this trip, in route order.
    const first = route.indexOf(person.stopIds[0] ?? '');
    const span = route.slice(first, first + person.stopIds.length);
    if (first < 0 || span.join() !== person.stopIds.join()) wrong.push(`${at} stops ${person.stopIds.join()}`);
  }
  // Every row is either imported or left out with a reason, never both and never neither.
  const imported = new Set(parsed.people.map((person) => person.row));
  const refused = new Set(parsed.problems.map((problem) => problem.row));
  if (imported.size !== parsed.people.length) wrong.push('two people from one row');
  for (const row of imported) if (refused.has(row)) wrong.push(`row ${row} both imported and left out`);
  if (imported.size + refused.size !== rows.length) wrong.push('a row neither imported nor left out');
  return wrong;
}

function expectSoundRoster(text: string, stops: readonly City[]) {
  expect(rosterViolations(text, stops)).toEqual([]);
}

const ROSTER = fixture('rosters/liverpool-clean.csv');

/** Set one cell of a row to a value, quoted as a spreadsheet would or not at all. */
const setCell = fc.tuple(fc.nat(), fc.nat(), hostileValue, fc.boolean()).map(([row, cell, value, quote]): Mutation => (text) => {
  const lines = text.split('\n');
  const i = row % lines.length;
  const cells = (lines[i] ?? '').split(',');
  cells[cell % cells.length] = quote ? `"${value.replace(/"/g, '""')}"` : value;
  lines[i] = cells.join(',');
  return lines.join('\n');
});

describe('hostile roster files', () => {
  it('random text never throws, and is refused with a message or read row by row', () => {
    fc.assert(fc.property(randomText, (text) => expectSoundRoster(text, sample.stops)), { numRuns: 300 });
  });

  it('random text under a roster header never throws, and each row is imported or named with its problem', () => {
    const header = fc.constantFrom('Name,Email,Role,Joins at,Leaves after,Passport expiry,Visa status\n', 'Name;E-mail;Role\r\n', 'Full name\tOrganisation\r');
    fc.assert(fc.property(header, randomText, (head, body) => expectSoundRoster(head + body, sample.stops)), { numRuns: 300 });
  }, 30_000);

  it('a real roster cut short, edited or filled with hostile values never throws, and what it accepts is sound', () => {
    fc.assert(fc.property(mutated(ROSTER, mutation([setCell])), (text) => expectSoundRoster(text, sample.stops)), { numRuns: 150 });
  }, 30_000);

  it('rows of a file with mixed line ends, or two byte-order marks, are named by the lines an editor shows', () => {
    const text = '\uFEFF\uFEFFName,Email\rAda,ada@\r\nBen,ben@example.org\rCy,cy@\r';
    const { table, parsed } = checkRoster(text, sample.stops);
    expect(table.ok && table.value.lines).toEqual([2, 3, 4]);
    expect(parsed?.problems.map((problem) => problem.row)).toEqual([2, 4]);
  });

  it('a formula in a cell is kept as text, with the apostrophe an export adds taken off', () => {
    const text = 'Name,Email,Notes\n"=HYPERLINK(""x"")",a@b.example,\'+1\n';
    const { parsed } = checkRoster(text, sample.stops);
    expect(parsed?.people[0]).toMatchObject({ name: '=HYPERLINK("x")', notes: '+1' });
  });

  it('a cell of hundreds of thousands of characters in every column is checked in well under a second', () => {
    const huge = `a@${'a.'.repeat(150_000)}@`;
    const text = `Name,Email,Role,Joins at,Leaves after,Passport expiry,Visa status\n${Array(7).fill(huge).join(',')}\n`;
    const started = performance.now();
    const { parsed } = checkRoster(text, sample.stops);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(parsed?.people).toEqual([]);
    expect(parsed?.problems.map((problem) => problem.field)).toContain('email');
  });
});

/** Text as a program might save it: in UTF-8 with or without a mark, UTF-16 either way, or Windows-1252 where it can. */
function encoded(text: string, how: number): Uint8Array {
  const latin = [...text].every((char) => char.codePointAt(0)! <= 0xff);
  switch (how % 5) {
    case 0: return utf8(text);
    case 1: return utf8(text, true);
    case 2: return utf16(text, 'le');
    case 3: return utf16(text, 'be');
    default: return latin ? windows1252(text) : utf8(text);
  }
}

/** Text without lone surrogates, which no encoding can write, and not starting with what reads as a mark. */
const writableText = fc.string({ unit: 'grapheme', maxLength: 200 }).filter((text) => !text.startsWith('\uFEFF'));

describe('hostile roster files as bytes', () => {
  it('random bytes never throw: they are read in one of the encodings and refused with a message, or read row by row', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 800 }), fc.option(fc.constantFrom(...TEXT_ENCODINGS)), async (bytes, chosen) => {
        const file = await readRosterFile(bytes, chosen ?? undefined);
        if (!file.ok) expect(inEnglish(file.error).trim()).not.toBe('');
        else expect(TEXT_ENCODINGS).toContain(file.value.encoding);
        const { text } = await decodeText(bytes, chosen ?? undefined);
        expectSoundRoster(text, sample.stops);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('text written in UTF-8 or UTF-16 reads back exactly as it was, with or without a mark', async () => {
    await fc.assert(
      fc.asyncProperty(writableText, fc.integer({ min: 0, max: 3 }), async (text, how) => {
        expect((await decodeText(encoded(text, how))).text).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('a real roster, damaged, in any of the encodings and read under either date order, never throws and is sound', async () => {
    const registration = fixture('rosters/registration-form.csv').replace(/^\uFEFF/, '');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(ROSTER, registration).chain((base) => mutated(base, mutation([setCell]))),
        fc.nat(),
        fc.constantFrom(...DATE_ORDERS),
        async (text, how, dateOrder) => {
          const file = await readRosterFile(encoded(text, how));
          if (!file.ok) return;
          const mapping = guessMapping(file.value.table.headers);
          if (mappingProblems(mapping).length > 0) return;
          const parsed = parseRosterRows(file.value.table, mapping, sample.stops, { dateOrder });
          for (const problem of parsed.problems) expect(inEnglish(problem.message)).toContain(`Row ${problem.row}`);
          for (const person of parsed.people) {
            for (const date of [person.dateOfBirth, person.passportIssueDate, person.passportExpiry]) if (date !== null) expect(isIsoDate(date)).toBe(true);
            expect(person.name.trim()).not.toBe('');
          }
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it('reads the registration form in whichever encoding it was saved in, GB18030 when the organiser chooses it', async () => {
    const text = fixture('rosters/registration-form.csv').replace(/^\uFEFF/, '');
    const names = async (bytes: Uint8Array, encoding?: TextEncoding) => {
      const file = await readRosterFile(bytes, encoding);
      if (!file.ok) throw new Error(inEnglish(file.error));
      return parseRosterRows(file.value.table, guessMapping(file.value.table.headers), sample.stops).people.map((person) => person.name);
    };
    const expected = ['Dr Aoife Brennan', 'Cllr Marcus Hale', 'Ms Li Na', 'Mrs Hannah McAllister'];
    for (const how of [0, 1, 2, 3]) expect(await names(encoded(text, how))).toEqual(expected);
    // Three Chinese characters in a page of English are too few for jschardet to tell GB18030 from Windows-1252:
    // the preview shows the names wrong, and the organiser chooses GB18030.
    expect(await names(gb18030(text.replace('Ciarán;Ó Dónaill', 'Ciaran;O Donaill')), 'gb18030')).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Calendar files

function expectSoundPreview(text: string, trip: TripBundle) {
  const result = previewCalendarImport(text, trip, inEnglish);
  if (!result.ok) {
    expect(inEnglish(result.error).trim()).not.toBe('');
    expect(missingLines(inEnglish(result.error), physicalLines(text))).toEqual([]);
    return;
  }
  expectSoundEvents(result.value, trip);
}

function expectSoundEvents(preview: CalendarImportPreview, trip: TripBundle) {
  const { events } = preview;
  expect(events.length).toBeGreaterThan(0);
  expect(events.map((event) => event.position)).toEqual(events.map((_, index) => index + 1));
  for (const event of events) {
    for (const problem of event.problems) expect(inEnglish(problem.message).trim()).not.toBe('');
    for (const time of [event.start, event.end]) {
      // Every time shown is a real wall time of its zone, with the instant it is there.
      if (time) expect(zonedTime(time.local, time.zone)).toEqual({ ok: true, value: time });
    }
    const blocked = event.problems.some((problem) => problem.blocking);
    expect(blocked).toBe(event.draft === null);
    if (!event.draft) continue;

    // An importable event is an engagement of this trip that the engagement form itself accepts.
    const stop = trip.stops.find((candidate) => candidate.id === event.stopId);
    expect(stop).toBeDefined();
    expect(event.draft.stopId).toBe(event.stopId);
    const parsed = parseEngagementDraft(event.draft, trip.stops);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || !event.start || !event.end) throw new Error('an importable event has times');
    const minutes = (Date.parse(event.end.utc) - Date.parse(event.start.utc)) / 60_000;
    expect(minutes).toBeGreaterThan(0);
    expect(minutes).toBeLessThanOrEqual(16 * 60);
    if (event.start.zone === stop!.timeZone) {
      // Read in the city's own zone: the engagement is at exactly the moment the event is.
      expect(parsed.value.start).toEqual(event.start);
      expect(parsed.value.end.utc).toBe(event.end.utc);
    } else {
      // Moved to the city's zone: the same moment, give or take an hour the clocks repeat there.
      expect(Math.abs(Date.parse(parsed.value.start.utc) - Date.parse(event.start.utc))).toBeLessThanOrEqual(3_600_000);
    }
  }
  const items = importItems(events);
  expect(items).toHaveLength(events.filter((event) => event.draft).length);
  expect(preview.drafts).toEqual(events.flatMap((event) => (event.draft && !event.updates ? [event.draft] : [])));
  const engagementIds = new Set(trip.engagements.map((engagement) => engagement.id));
  for (const item of items) if (item.kind === 'update') expect(engagementIds.has(item.engagementId)).toBe(true);
}

const known = sample.engagements[0]!;

const SHANGHAI_ZONE = ['BEGIN:VTIMEZONE', 'TZID:Asia/Shanghai', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'END:STANDARD', 'END:VTIMEZONE'];
const OUTLOOK_ZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:China Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T000000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const event = (uid: string, ...lines: string[]) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20161101T000000Z', ...lines, 'END:VEVENT'];

/** A partner's calendar with an event of each kind the importer reads. */
const CALENDAR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Partner//Invitations//EN',
  'X-WR-CALNAME:Partner invitations',
  ...SHANGHAI_ZONE,
  ...OUTLOOK_ZONE,
  ...event('zoned@partner.example', 'DTSTART;TZID=Asia/Shanghai:20161112T150000', 'DTEND;TZID=Asia/Shanghai:20161112T163000', 'SUMMARY:Tour of the sensor plant', 'LOCATION:Binhai\\, Tianjin', 'ORGANIZER;CN=Li Na:mailto:li.na@partner.example', 'STATUS:CONFIRMED'),
  ...event('utc@partner.example', 'DTSTART:20161114T020000Z', 'DTEND:20161114T033000Z', 'SUMMARY:Signing in Beijing'),
  ...event('floating@partner.example', 'DTSTART:20161110T190000', 'DURATION:PT2H', 'SUMMARY:Dinner'),
  ...event('outlook@partner.example', 'DTSTART;TZID=China Standard Time:20161116T100000', 'DTEND;TZID=China Standard Time:20161116T110000', 'SUMMARY:Port briefing'),
  ...event('all-day@partner.example', 'DTSTART;VALUE=DATE:20161118', 'SUMMARY:Expo'),
  ...event(known.calendar.uid, 'SEQUENCE:5', 'DTSTART;TZID=Asia/Shanghai:20161107T090000', 'DTEND;TZID=Asia/Shanghai:20161107T100000', 'SUMMARY:Moved'),
  'END:VCALENDAR',
  '',
].join('\r\n');

const HOSTILE_LINES = [
  'DTSTART;TZID=Not/AZone:20161112T100000',
  'DTSTART;TZID=:20161112T100000',
  'DTSTART;TZID=Mars Standard Time:20161112T100000',
  'DTSTART;TZID=/mozilla.org/20050126_1/Asia/Shanghai:20161112T100000',
  'DTSTART;TZID=America/New_York:20161106T013000',
  'DTEND;TZID=America/New_York:20161106T013000',
  'DTSTART;TZID=America/New_York:20160313T023000',
  'DTSTART:20161112T100000',
  'DTSTART;VALUE=DATE:20161112',
  'DTSTART:99991231T235959Z',
  'DTSTART:00000101T000000Z',
  'DTSTART:20161131T250000Z',
  'DTSTART:not a time',
  'DTEND:20161112T090000Z',
  'DTEND;TZID=Asia/Tokyo:20161112T120000',
  'DURATION:P99999999W',
  'DURATION:-PT1H',
  'DURATION:PT0S',
  'DURATION:garbage',
  'RRULE:FREQ=SECONDLY;COUNT=999999999',
  'RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15',
  'RDATE:20161113T100000Z',
  'RECURRENCE-ID:20161112T100000Z',
  'EXDATE:20161112T100000Z',
  'SEQUENCE:99999999999999999999',
  'SEQUENCE:-5',
  `UID:${known.calendar.uid}`,
  'UID:',
  'STATUS:CANCELLED',
  'SUMMARY:=HYPERLINK("http://evil.example")',
  `SUMMARY:${'x'.repeat(5000)}`,
  'SUMMARY:\u0000\uD800',
  'LOCATION:Tianjin Beijing Shanghai',
  'ORGANIZER;CN="unterminated:mailto:x',
  ' folded continuation',
  '\tfolded continuation',
  'BEGIN:VEVENT',
  'END:VEVENT',
  'BEGIN:VCALENDAR',
  'END:VCALENDAR',
  'BEGIN:VTIMEZONE',
  'END:VTIMEZONE',
  'TZOFFSETTO:-9999',
  'TZOFFSETFROM:+2400',
  'TZID:Asia/Shanghai',
  'RRULE:FREQ=MINUTELY',
  'X-\u0000:\uDFFF',
  'no colon at all',
  ':',
  ';;;',
];

/** Time zone definitions that lie about what their name means, or ask for work no real zone needs. */
function lyingZone(tzid: string, ...observance: string[]): string[] {
  return ['BEGIN:VTIMEZONE', `TZID:${tzid}`, 'BEGIN:STANDARD', ...observance, 'END:STANDARD', 'END:VTIMEZONE'];
}
const LYING_ZONES = [
  lyingZone('Asia/Shanghai', 'DTSTART:19700101T000000', 'TZOFFSETFROM:-1100', 'TZOFFSETTO:-1100'),
  lyingZone('China Standard Time', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+9999', 'TZOFFSETTO:-9999'),
  lyingZone('China Standard Time', 'DTSTART:16010101T000000', 'RRULE:FREQ=MINUTELY', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0900'),
  lyingZone('Asia/Shanghai', 'DTSTART:16010101T000000', 'RRULE:FREQ=DAILY;INTERVAL=1', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0900'),
  lyingZone('China Standard Time', 'DTSTART:00010101T000000', 'RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0900'),
  lyingZone('China Standard Time', 'DTSTART:16010101T000000', 'RRULE:FREQ=YEARLY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0900'),
  lyingZone('China Standard Time', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0900'),
  ['BEGIN:VTIMEZONE', 'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'END:STANDARD', 'END:VTIMEZONE'],
].map((lines) => lines.join('\r\n') + '\r\n');

/** Insert a line at a line boundary, as an editor would. */
const insertLine = (lines: fc.Arbitrary<string>) =>
  fc.tuple(fc.nat(), lines).map(([at, line]): Mutation => (text) => {
    const parts = splitLines(text);
    parts.splice(at % (parts.length + 1), 0, /[\r\n]$/.test(line) ? line : `${line}\r\n`);
    return parts.join('');
  });

/** Events or calendars nested inside one another, hundreds deep. */
const nest = fc.tuple(fc.constantFrom('VEVENT', 'VCALENDAR', 'VTIMEZONE', 'X-THING'), fc.integer({ min: 1, max: 400 }), fc.boolean()).map(
  ([name, depth, closed]): Mutation => (text) => {
    const at = text.indexOf('BEGIN:VEVENT');
    if (at < 0) return text;
    const open = `BEGIN:${name}\r\n`.repeat(depth);
    const close = closed ? `END:${name}\r\n`.repeat(depth) : '';
    const end = text.indexOf('END:VEVENT', at);
    return end < 0 ? text.slice(0, at) + open + text.slice(at) : text.slice(0, at) + open + text.slice(at, end + 12) + close + text.slice(end + 12);
  },
);

const calendarMutation = mutation([
  insertLine(fc.constantFrom(...HOSTILE_LINES)),
  insertLine(fc.constantFrom(...HOSTILE_LINES)),
  insertLine(fc.constantFrom(...LYING_ZONES)),
  nest,
]);

describe('hostile calendar files', () => {
  it('the partner calendar the mutations start from reads, with events of each kind', () => {
    const preview = previewCalendarImport(CALENDAR, sample, inEnglish);
    if (!preview.ok) throw new Error(inEnglish(preview.error));
    expect(preview.value.events.map((e) => e.timing)).toEqual(['zoned', 'utc', 'floating', 'zoned', 'all-day', 'zoned']);
    expect(preview.value.events.filter((e) => e.draft)).toHaveLength(5);
    expectSoundEvents(preview.value, sample);
  });

  it('random text never throws, and is refused with a message', () => {
    fc.assert(
      fc.property(randomText, (text) => {
        expectSoundPreview(text, sample);
        expectSoundPreview(`BEGIN:VCALENDAR\r\n${text}`, sample);
      }),
      { numRuns: 200 },
    );
  });

  it('a calendar cut short, edited or given hostile lines never throws, and what it accepts can be saved as it says', () => {
    fc.assert(
      fc.property(mutated(CALENDAR, calendarMutation), fc.constantFrom(sample, newYork), (text, trip) => expectSoundPreview(text, trip)),
      { numRuns: 100 },
    );
  }, 30_000);

  it('time zones that lie, or ask for a clock change every minute, are read or refused quickly', () => {
    const at = CALENDAR.indexOf('BEGIN:VEVENT');
    for (const zone of LYING_ZONES) {
      const text = CALENDAR.slice(0, at).replace(OUTLOOK_ZONE.join('\r\n') + '\r\n', '') + zone + CALENDAR.slice(at);
      const started = performance.now();
      expectSoundPreview(text, sample);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });

  it('a clock-change rule no real zone has refuses the file, naming its line', () => {
    const text = CALENDAR.replace('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'RRULE:FREQ=MINUTELY');
    const line = text.split('\r\n').indexOf('RRULE:FREQ=MINUTELY') + 1;
    const preview = previewCalendarImport(text, sample, inEnglish);
    expect(preview.ok ? '' : inEnglish(preview.error)).toMatch(new RegExp(`^Line ${line}: a time zone`));
  });

  it('a duration of millions of weeks is too long, not an hour', () => {
    const text = CALENDAR.replace('DURATION:PT2H', 'DURATION:P99999999W');
    const preview = previewCalendarImport(text, sample, inEnglish);
    if (!preview.ok) throw new Error(inEnglish(preview.error));
    const dinner = preview.value.events[2]!;
    expect(dinner.draft).toBeNull();
    expect(dinner.problems.map((problem) => problem.kind)).toContain('too-long');
  });
});
