/**
 * The whole import boundary, file to database, for the roster CSV and the calendar file, as the import dialogs
 * run it: whatever the file holds, an import that is refused (the file cannot be read, nothing in it can be
 * imported, or the repository says no) leaves every table exactly as it was, and one that goes through changes
 * nothing of any other trip. The repository's own refusals part-way through a list are checked too.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { importItems, previewCalendarImport, type CalendarImportItem } from '../../src/domain/calendars/calendar-import-preview';
import { guessMapping, mappingProblems, readRosterCsv, readRosterFile } from '../../src/domain/files/roster-csv';
import { parseRosterRows, rosterDateOrder, type ImportedPerson } from '../../src/domain/files/roster-rows';
import { DATE_ORDERS, type DateOrder } from '../../src/domain/files/roster-dates';
import { TEXT_ENCODINGS, type TextEncoding } from '../../src/domain/files/text-encoding';
import { importRoster } from '../../src/usecases/roster-import';
import { utf16, utf8, windows1252 } from '../unit/domain/files/text-encodings';
import type { Repositories } from '../../src/storage/repositories';
import { aTripDraft } from '../builders/trip-draft';
import { aTestPlatform } from '../builders/test-platform';
import { canonical, databaseHash } from './database-hash';
import { freshRepositories } from './test-database';
import { inEnglish } from '../builders/words';
import { worded } from '../unit/domain/files/roster-test-files';

/** A hash of one trip's own records: the trip and every row of every table that names it. */
async function tripHash(db: Dexie, tripId: string): Promise<string> {
  const records: Record<string, unknown[]> = {};
  for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    const rows = (await table.orderBy(':id').toArray()) as Record<string, unknown>[];
    records[table.name] = rows.filter((row) => row['tripId'] === tripId || (table.name === 'trips' && row['id'] === tripId));
  }
  return createHash('sha256').update(canonical(records)).digest('hex');
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');
const ROSTER = readFileSync(join(FIXTURES, 'rosters/liverpool-clean.csv'), 'utf8');
const INVITATION = readFileSync(join(FIXTURES, 'calendars/zhengxin-invitation.ics'), 'utf8');

/** The sample trip, and another trip with a city, a person and an engagement of its own. */
async function twoTrips() {
  const { db, repos } = freshRepositories();
  const { tripId } = await repos.sample.load();
  const other = await repos.trips.create(aTripDraft().named('Manchester mission to Shenzhen').from('2016-11-06').to('2016-11-19').build());
  if (!other.ok) throw new Error('trip not created');
  const otherId = other.value.id;
  const stop = await repos.route.addCity(otherId, {
    name: 'Tianjin',
    nameLocal: '天津',
    country: 'CN',
    timeZone: 'Asia/Shanghai',
    latitude: null,
    longitude: null,
    arrivalDate: '2016-11-06',
    departureDate: '2016-11-19',
    notes: '',
  });
  if (!stop.ok) throw new Error('stop not added');
  const joined = await repos.rosterImport.importRoster(otherId, [
    { ...blankPerson(2), name: 'Joe Anderson', email: 'joe.anderson@liverpoolcouncil.example', stopIds: [stop.value.id] },
  ]);
  if (!joined.ok) throw new Error(inEnglish(joined.error));
  const bundle = await repos.trips.getBundle(otherId);
  const engagement = previewCalendarImport(INVITATION, { ...bundle!, stops: [stop.value] }, inEnglish);
  if (!engagement.ok) throw new Error(inEnglish(engagement.error));
  const saved = await repos.engagements.importCalendar(otherId, importItems(engagement.value.events));
  if (!saved.ok) throw new Error(inEnglish(saved.error));
  return { db, repos, tripId, otherId, otherStopId: stop.value.id, otherEngagementId: saved.value[0]!.id };
}

function blankPerson(row: number): ImportedPerson {
  return {
    row,
    name: '',
    title: '',
    givenNames: '',
    familyName: '',
    nameOrder: 'given-first',
    nameAsEntered: null,
    nameToConfirm: false,
    nameLocal: '',
    sex: null,
    dateOfBirth: null,
    placeOfBirth: '',
    passportNumber: '',
    passportIssueDate: null,
    passportAuthority: '',
    visaType: '',
    email: '',
    phone: '',
    organisationName: '',
    jobTitle: '',
    dietary: '',
    accessibility: '',
    nationality: '',
    passportExpiry: null,
    visaStatus: null,
    emergencyContact: '',
    notes: '',
    role: 'delegate',
    stopIds: [],
  };
}

type Outcome = { refused: true; reason: string } | { refused: false };

/** The roster dialog's path: read, map by the headers, check, and import the people that pass. */
async function importRosterFile(repos: Repositories, tripId: string, text: string): Promise<Outcome> {
  const table = readRosterCsv(text);
  if (!table.ok) return { refused: true, reason: inEnglish(table.error) };
  const mapping = guessMapping(table.value.headers);
  if (mappingProblems(mapping).length > 0) return { refused: true, reason: 'columns' };
  const bundle = await repos.trips.getBundle(tripId);
  const checked = parseRosterRows(table.value, mapping, bundle?.stops ?? []);
  if (checked.people.length === 0) return { refused: true, reason: 'nobody to import' };
  const result = await repos.rosterImport.importRoster(tripId, checked.people);
  return result.ok ? { refused: false } : { refused: true, reason: inEnglish(result.error) };
}

/**
 * The roster dialog's path from the file's bytes: read them (in the encoding chosen, or the one detected), map by
 * the headers, answer the date question when there is one, check, and import through the use case. Anything
 * thrown on the way is a failure of the property, not an outcome.
 */
async function importRosterBytes(
  repos: Repositories,
  tripId: string,
  bytes: Uint8Array,
  encoding: TextEncoding | null,
  answer: DateOrder,
): Promise<Outcome> {
  const file = await readRosterFile(bytes, encoding ?? undefined);
  if (!file.ok) return { refused: true, reason: inEnglish(file.error) };
  const { table } = file.value;
  const mapping = guessMapping(table.headers);
  if (mappingProblems(mapping).length > 0) return { refused: true, reason: 'columns' };
  const question = rosterDateOrder(table, mapping);
  const bundle = await repos.trips.getBundle(tripId);
  const checked = parseRosterRows(table, mapping, bundle?.stops ?? [], { dateOrder: question.kind === 'ask' ? answer : question.order });
  const result = await importRoster({ repositories: repos, platform: aTestPlatform() }, tripId, checked.people);
  if (result.ok) return { refused: false };
  return { refused: true, reason: result.error.kind === 'refused' ? inEnglish(result.error.reason) : 'nobody to import' };
}

/** The calendar dialog's path: preview against the trip as stored, and import every event that can be. */
async function importCalendarFile(repos: Repositories, tripId: string, text: string): Promise<Outcome> {
  const bundle = await repos.trips.getBundle(tripId);
  if (!bundle) return { refused: true, reason: 'no trip' };
  const preview = previewCalendarImport(text, bundle, inEnglish);
  if (!preview.ok) return { refused: true, reason: inEnglish(preview.error) };
  const items = importItems(preview.value.events);
  if (items.length === 0) return { refused: true, reason: 'nothing to import' };
  const result = await repos.engagements.importCalendar(tripId, items);
  return result.ok ? { refused: false } : { refused: true, reason: inEnglish(result.error) };
}

const HOSTILE = ['=cmd|\' /C calc\'!A0', '+1', '-1', '@SUM(A1)', '\u0000', '\uD800', '"', '\r', '\r\n', '\uFEFF', 'x'.repeat(3000), ',', ';'];
const hostile = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 12 }));

/** A file cut short, with something hostile put in, or with lines repeated, dropped or their ends changed. */
function damaged(base: string, lines: readonly string[]): fc.Arbitrary<string> {
  const edit = fc.oneof(
    fc.nat().map((at) => (text: string) => text.slice(0, at % (text.length + 1))),
    fc.tuple(fc.nat(), hostile).map(([at, value]) => (text: string) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + value + text.slice(i);
    }),
    fc.tuple(fc.nat(), fc.constantFrom(...lines)).map(([at, line]) => (text: string) => {
      const parts = text.split('\n');
      parts.splice(at % (parts.length + 1), 0, line);
      return parts.join('\n');
    }),
    fc.tuple(fc.nat(), fc.boolean()).map(([at, repeat]) => (text: string) => {
      const parts = text.split('\n');
      const i = at % parts.length;
      parts.splice(i, 1, ...(repeat ? [parts[i]!, parts[i]!] : []));
      return parts.join('\n');
    }),
    fc.constantFrom('\r', '\n', '\r\n').map((end) => (text: string) => text.replace(/\r\n|\n|\r/g, end)),
  );
  return fc.oneof(
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
    { weight: 4, arbitrary: fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => edits.reduce((text, apply) => apply(text), base)) },
  );
}

const ROSTER_LINES = [
  'Joe Anderson,JOE.ANDERSON@liverpoolcouncil.example,,,,Delegate,,,,,',
  'Intruder,intruder@example.org,,,,Delegate,Paris,,,,',
  'Leaves early,le@example.org,,,,Delegate,Shanghai,Kunming,,,',
  'No email,,,,,VIP,,,,,',
  ',,,,,,,,,,',
];

const CALENDAR_LINES = [
  'BEGIN:VEVENT\r\nUID:extra@partner.example\r\nDTSTART;TZID=Asia/Shanghai:20161114T100000\r\nDTEND;TZID=Asia/Shanghai:20161114T110000\r\nSUMMARY:Extra meeting\r\nEND:VEVENT\r',
  'BEGIN:VEVENT\r\nUID:plant-tour-20161112@zhengxin.example\r\nDTSTART:20161112T020000Z\r\nDURATION:PT1H\r\nSUMMARY:The same tour twice\r\nEND:VEVENT\r',
  'BEGIN:VTIMEZONE\r\nTZID:China Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nRRULE:FREQ=MINUTELY\r\nTZOFFSETFROM:+0800\r\nTZOFFSETTO:+0900\r\nEND:STANDARD\r\nEND:VTIMEZONE\r',
  'DTSTART;TZID=Not/AZone:20161112T100000\r',
  'DURATION:P99999999W\r',
  'RRULE:FREQ=SECONDLY;COUNT=999999999\r',
  'BEGIN:VCALENDAR\r',
  'END:VEVENT\r',
];

describe('importing a roster file', () => {
  it('a refused import leaves the database as it was, and one that goes through leaves other trips alone', async () => {
    const { db, repos, tripId, otherId } = await twoTrips();
    const otherBefore = await tripHash(db, otherId);
    let [refusals, imports] = [0, 0];
    await fc.assert(
      fc.asyncProperty(damaged(ROSTER, ROSTER_LINES), async (text) => {
        const before = await databaseHash(db);
        const outcome = await importRosterFile(repos, tripId, text);
        if (outcome.refused) {
          refusals += 1;
          expect(await databaseHash(db)).toBe(before);
        } else imports += 1;
        expect(await tripHash(db, otherId)).toBe(otherBefore);
      }),
      { numRuns: 40 },
    );
    // Both kinds of outcome were tried.
    expect(refusals).toBeGreaterThan(0);
    expect(imports).toBeGreaterThan(0);
  }, 60_000);

  it('hostile bytes (random, random text in random encodings, ragged rows, huge or formula cells) never throw, and a refusal changes nothing', async () => {
    const { db, repos, tripId, otherId } = await twoTrips();
    const otherBefore = await tripHash(db, otherId);
    const registration = readFileSync(join(FIXTURES, 'rosters/registration-form.csv'), 'utf8').replace(/^\uFEFF/, '');
    const header = 'Title;First name;Last name;Email;Sex;Date of birth;Passport number;Passport expiry;Joins at\r\n';
    const cell = fc.oneof(
      fc.constantFrom(...HOSTILE, 'F', '女', 'Ms', 'José', '03/04/1980', '31/12/1980', '12/31/1980', '1980年12月31日', '31 Dec 1980', 'Tianjin', 'x@y.example'),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
    );
    const ragged = fc.array(fc.array(cell, { minLength: 0, maxLength: 12 }), { minLength: 1, maxLength: 6 }).map((rows) => header + rows.map((cells) => cells.join(';')).join('\r\n'));
    const text = fc.oneof(ragged, damaged(registration, ['Ms;Ana;Núñez;;ana@example.es;F;03/04/1980;;;;;;;;;;', ';;;;;;;;']), damaged(ROSTER, ROSTER_LINES));
    const write = (value: string, how: number): Uint8Array => {
      const latin = [...value].every((char) => char.codePointAt(0)! <= 0xff);
      return [utf8(value), utf8(value, true), utf16(value, 'le'), utf16(value, 'be'), latin ? windows1252(value) : utf8(value)][how % 5]!;
    };
    const bytes = fc.oneof(
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }) },
      { weight: 4, arbitrary: fc.tuple(text, fc.nat()).map(([value, how]) => write(value, how)) },
    );
    let [refusals, imports] = [0, 0];
    await fc.assert(
      fc.asyncProperty(bytes, fc.option(fc.constantFrom(...TEXT_ENCODINGS), { freq: 4 }), fc.constantFrom(...DATE_ORDERS), async (file, encoding, answer) => {
        const before = await databaseHash(db);
        const outcome = await importRosterBytes(repos, tripId, file, encoding, answer);
        if (outcome.refused) {
          refusals += 1;
          expect(await databaseHash(db)).toBe(before);
        } else imports += 1;
        expect(await tripHash(db, otherId)).toBe(otherBefore);
      }),
      { numRuns: 40 },
    );
    expect(refusals).toBeGreaterThan(0);
    expect(imports).toBeGreaterThan(0);
  }, 120_000);

  it('a roster refused part-way through its people, for a repeated email or another trip’s city, writes nothing', async () => {
    const { db, repos, tripId, otherStopId } = await twoTrips();
    const table = readRosterCsv(ROSTER);
    if (!table.ok) throw new Error(inEnglish(table.error));
    const bundle = await repos.trips.getBundle(tripId);
    const { people } = parseRosterRows(table.value, guessMapping(table.value.headers), bundle!.stops);
    const poison = fc.oneof(
      fc.nat().map((index) => ({ ...people[index % people.length]!, row: 999, email: people[index % people.length]!.email.toUpperCase() })),
      fc.nat().map((index) => ({ ...people[index % people.length]!, row: 999, email: 'someone.new@example.org', stopIds: [otherStopId] })),
    );
    const before = await databaseHash(db);
    await fc.assert(
      fc.asyncProperty(poison, fc.nat(), async (bad, at) => {
        const list = [...people];
        list.splice(at % (list.length + 1), 0, bad);
        const result = await repos.rosterImport.importRoster(tripId, list);
        expect(result.ok).toBe(false);
        expect(await databaseHash(db)).toBe(before);
      }),
      { numRuns: 20 },
    );
  }, 60_000);

  it('a roster checked before its trip was deleted is refused, and writes nothing', async () => {
    const { db, repos, tripId } = await twoTrips();
    const table = readRosterCsv(ROSTER);
    if (!table.ok) throw new Error(inEnglish(table.error));
    const bundle = await repos.trips.getBundle(tripId);
    const { people } = parseRosterRows(table.value, guessMapping(table.value.headers), bundle!.stops);
    await repos.trips.remove(tripId);
    const before = await databaseHash(db);
    expect(worded(await repos.rosterImport.importRoster(tripId, people))).toEqual({ ok: false, error: expect.stringContaining('no longer there') });
    expect(await databaseHash(db)).toBe(before);
  });
});

describe('importing a calendar file', () => {
  it('a refused import leaves the database as it was, and one that goes through leaves other trips alone', async () => {
    const { db, repos, tripId, otherId } = await twoTrips();
    const otherBefore = await tripHash(db, otherId);
    let [refusals, imports] = [0, 0];
    await fc.assert(
      fc.asyncProperty(damaged(INVITATION, CALENDAR_LINES), async (text) => {
        const before = await databaseHash(db);
        const outcome = await importCalendarFile(repos, tripId, text);
        if (outcome.refused) {
          refusals += 1;
          expect(await databaseHash(db)).toBe(before);
        } else imports += 1;
        expect(await tripHash(db, otherId)).toBe(otherBefore);
      }),
      { numRuns: 40 },
    );
    // Both kinds of outcome were tried.
    expect(refusals).toBeGreaterThan(0);
    expect(imports).toBeGreaterThan(0);
  }, 60_000);

  it('events refused part-way through, as already there, of another trip or updating what is gone, write nothing', async () => {
    const { db, repos, tripId, otherStopId, otherEngagementId } = await twoTrips();
    const bundle = await repos.trips.getBundle(tripId);
    const preview = previewCalendarImport(INVITATION, bundle!, inEnglish);
    if (!preview.ok) throw new Error(inEnglish(preview.error));
    const good = importItems(preview.value.events);
    expect(good.length).toBeGreaterThan(0);
    const [first] = good as [CalendarImportItem & { kind: 'add' }];
    const existing = bundle!.engagements[0]!;
    const poison = fc.constantFrom<CalendarImportItem>(
      first,
      { kind: 'add', draft: first.draft, calendar: { uid: existing.calendar.uid, sequence: 0 } },
      { kind: 'add', draft: { ...first.draft, stopId: otherStopId }, calendar: null },
      { kind: 'add', draft: { ...first.draft, startTime: '25:00' }, calendar: null },
      { kind: 'update', engagementId: otherEngagementId, draft: first.draft, sequence: 3 },
      { kind: 'update', engagementId: 'gone', draft: first.draft, sequence: 3 },
    );
    const before = await databaseHash(db);
    await fc.assert(
      fc.asyncProperty(poison, fc.nat(), async (bad, at) => {
        const items = [...good];
        items.splice(at % (items.length + 1), 0, bad);
        const result = await repos.engagements.importCalendar(tripId, items);
        expect(result.ok).toBe(false);
        expect(await databaseHash(db)).toBe(before);
      }),
      { numRuns: 20 },
    );
  }, 60_000);

  it('a calendar previewed before its trip was deleted is refused, and writes nothing', async () => {
    const { db, repos, tripId } = await twoTrips();
    const bundle = await repos.trips.getBundle(tripId);
    const preview = previewCalendarImport(INVITATION, bundle!, inEnglish);
    if (!preview.ok) throw new Error(inEnglish(preview.error));
    await repos.trips.remove(tripId);
    const before = await databaseHash(db);
    const result = await repos.engagements.importCalendar(tripId, importItems(preview.value.events));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : inEnglish(result.error)).toContain('no longer exists');
    expect(await databaseHash(db)).toBe(before);
  });
});
