import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/domain/people/person';
import { guessMapping, readRosterCsv } from '../../src/domain/files/roster-csv';
import { parseRosterRows, type ImportedPerson } from '../../src/domain/files/roster-rows';
import type { City } from '../../src/domain/route/city';
import type { PlannerDatabase } from '../../src/storage/database';
import { createRosterImportRepository } from '../../src/storage/roster-import-repository';
import { aTripDraft } from '../builders/trip-draft';
import { aCityDraft } from '../builders/city-draft';
import { freshRepositories, sequentialClock } from './test-database';
import { inEnglish } from '../builders/words';
import { worded } from '../unit/domain/files/roster-test-files';
import { PASSPORT_UNKNOWN } from '../builders/person-record';

const ROUTE = [
  ['Kunming', '昆明', '2016-11-06', '2016-11-09'],
  ['Chongqing', '重庆', '2016-11-09', '2016-11-11'],
  ['Tianjin', '天津', '2016-11-11', '2016-11-13'],
  ['Beijing', '北京', '2016-11-13', '2016-11-15'],
  ['Qingdao', '青岛', '2016-11-15', '2016-11-17'],
  ['Shanghai', '上海', '2016-11-17', '2016-11-19'],
] as const;

// Not `new URL(..., import.meta.url)`: under happy-dom, `URL` is the DOM's, which node:fs does not take.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/rosters');

async function tripWithRoute(name = 'Liverpool City Region trade mission to China') {
  const clock = sequentialClock();
  const { db, repos } = freshRepositories(clock);
  const rosterImport = createRosterImportRepository(db, clock);
  const addTrip = async (tripName: string) => {
    const trip = await repos.trips.create(aTripDraft().named(tripName).from('2016-11-05').to('2016-11-19').build());
    if (!trip.ok) throw new Error('trip not created');
    const stops: City[] = [];
    for (const [city, nameLocal, arrivalDate, departureDate] of ROUTE) {
      const stop = await repos.route.addCity(trip.value.id, aCityDraft(city, arrivalDate, departureDate, nameLocal));
      if (!stop.ok) throw new Error(`stop not added: ${JSON.stringify(stop.error)}`);
      stops.push(stop.value);
    }
    return { tripId: trip.value.id, stops };
  };
  const { tripId, stops } = await addTrip(name);
  return { db, repos, rosterImport, tripId, stops, addTrip };
}

function checkedRows(fixture: string, stops: City[]) {
  return checkedText(readFileSync(join(FIXTURES, fixture), 'utf8'), stops);
}

function checkedText(text: string, stops: City[]) {
  const table = readRosterCsv(text);
  if (!table.ok) throw new Error(inEnglish(table.error));
  return parseRosterRows(table.value, guessMapping(table.value.headers), stops);
}

/** A fingerprint of every table, to prove that something wrote nothing. */
async function hashOfEveryTable(db: PlannerDatabase): Promise<string> {
  const hash = createHash('sha256');
  for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    hash.update(table.name);
    hash.update(JSON.stringify(await table.toArray()));
  }
  return hash.digest('hex');
}

async function membersOf(db: PlannerDatabase, tripId: string) {
  const memberships = await db.memberships.where('tripId').equals(tripId).toArray();
  const people = await db.people.bulkGet(memberships.map((membership) => membership.personId));
  return memberships.map((membership, index) => ({ person: people[index]!, membership }));
}

const existingPerson = (overrides: Partial<Person>): Person => ({
  id: 'ellen',
  name: 'Ellen Cutler',
  nameLocal: '',
  organisationId: null,
  organisationName: 'Invest Liverpool',
  jobTitle: 'Director',
  email: 'Ellen.Cutler@InvestLiverpool.example',
  phone: '+44 151 496 0000',
  dietary: '',
  accessibility: 'Step-free access',
  nationality: 'British',
  ...PASSPORT_UNKNOWN,
  passportExpiry: null,
  visaStatus: 'granted',
  emergencyContact: '',
  notes: '',
  sample: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

describe('roster import repository', () => {
  it('imports the clean Liverpool roster: 20 members, each with their part of the route', async () => {
    const { db, rosterImport, tripId, stops } = await tripWithRoute();
    const { people, problems } = checkedRows('liverpool-clean.csv', stops);
    expect(problems).toEqual([]);

    const result = await rosterImport.importRoster(tripId, people);
    expect(result).toEqual({ ok: true, value: { created: 20, updated: 0, addedToTrip: 20, alreadyOnTrip: 0, notes: [] } });

    const members = await membersOf(db, tripId);
    expect(members).toHaveLength(20);
    const cityNames = (stopIds: string[]) => stopIds.map((id) => stops.find((stop) => stop.id === id)!.name);
    const stopsOf = (name: string) => cityNames(members.find((member) => member.person.name === name)!.membership.stopIds);
    expect(stopsOf('Joe Anderson')).toEqual(['Kunming', 'Chongqing', 'Tianjin', 'Beijing', 'Qingdao', 'Shanghai']);
    expect(stopsOf('Priya Shah')).toEqual(['Beijing', 'Qingdao', 'Shanghai']);
    expect(stopsOf('Sarah Kemp')).toEqual(['Kunming', 'Chongqing', 'Tianjin', 'Beijing', 'Qingdao']);
    expect(members.filter((member) => member.membership.role === 'head').map((member) => member.person.name).sort()).toEqual([
      'Joe Anderson',
      'Phil Davies',
    ]);
    expect(members.find((member) => member.person.name === 'Dr Fiona Grant')!.person).toMatchObject({
      dietary: 'Gluten free',
      passportExpiry: '2028-02-02',
      visaStatus: 'not-started',
      sample: false,
    });
  });

  it('imports only the good rows of the bad file', async () => {
    const { db, rosterImport, tripId, stops } = await tripWithRoute();
    const { people, problems } = checkedRows('liverpool-bad.csv', stops);
    expect(new Set(problems.map((problem) => problem.row))).toEqual(new Set([4, 6, 7, 9, 11, 12, 14]));

    const result = await rosterImport.importRoster(tripId, people);
    expect(result.ok && result.value.created).toBe(6);
    const names = (await membersOf(db, tripId)).map((member) => member.person.name).sort();
    expect(names).toEqual(['Ellen Cutler', 'Graham Ellis', 'Li Wei', 'Mark Holloway', "Rachel O'Neill", 'Sian Roberts']);
    expect(await db.people.count()).toBe(6);
  });

  it('merges a row whose email matches a person in the directory, ignoring case, and says so', async () => {
    const { db, rosterImport, tripId, stops } = await tripWithRoute();
    await db.people.add(existingPerson({}));
    const { people } = checkedRows('liverpool-clean.csv', stops);

    expect(worded(await rosterImport.previewMatches(tripId, people))).toEqual([
      { row: 4, message: 'Row 4: Ellen Cutler is already in the directory: will be updated and added' },
    ]);
    const result = await rosterImport.importRoster(tripId, people);
    expect(worded(result.ok && result.value)).toMatchObject({
      created: 19,
      updated: 1,
      addedToTrip: 20,
      notes: [{ row: 4, message: 'Row 4: Ellen Cutler is already in the directory: updated and added' }],
    });

    expect(await db.people.count()).toBe(20);
    const ellen = await db.people.get('ellen');
    // Filled fields from the file win; fields the file leaves empty keep what was there.
    expect(ellen).toMatchObject({
      phone: '+44 151 496 0103',
      passportExpiry: '2028-05-09',
      accessibility: 'Step-free access',
      nationality: 'British',
      visaStatus: 'granted',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    expect(await db.memberships.where({ tripId, personId: 'ellen' }).count()).toBe(1);
  });

  it('updates the role and route of someone already on the trip, without a second membership', async () => {
    const { db, rosterImport, tripId, stops } = await tripWithRoute();
    const first = checkedRows('liverpool-clean.csv', stops).people;
    await rosterImport.importRoster(tripId, first);
    const second = checkedRows('liverpool-bad.csv', stops).people;

    const notes = await rosterImport.previewMatches(tripId, second);
    expect(notes.map((note) => inEnglish(note.message))).toEqual([
      'Row 2: Ellen Cutler is already on this trip: will be updated',
      'Row 3: Mark Holloway is already on this trip: will be updated',
    ]);
    const result = await rosterImport.importRoster(tripId, second);
    expect(result.ok && result.value).toMatchObject({ created: 4, updated: 2, addedToTrip: 4, alreadyOnTrip: 2 });
    expect(await db.memberships.where('tripId').equals(tripId).count()).toBe(24);
  });

  it('changes nothing when the organiser reads and checks a file but does not confirm', async () => {
    const { db, rosterImport, tripId, stops } = await tripWithRoute();
    await db.people.add(existingPerson({}));
    const before = await hashOfEveryTable(db);

    const { people } = checkedRows('liverpool-bad.csv', stops);
    await rosterImport.previewMatches(tripId, people);

    expect(await hashOfEveryTable(db)).toBe(before);
  });

  it('refuses the whole import, writing nothing, when a row names a city of another trip', async () => {
    const { db, rosterImport, tripId, stops, addTrip } = await tripWithRoute();
    const other = await addTrip('Another mission');
    await db.people.add(existingPerson({}));
    const before = await hashOfEveryTable(db);

    const { people } = checkedRows('liverpool-clean.csv', stops);
    const stray: ImportedPerson = { ...people[5]!, stopIds: [other.stops[0]!.id] };
    const result = await rosterImport.importRoster(tripId, [...people.slice(0, 5), stray, ...people.slice(6)]);

    expect(worded(result)).toEqual({
      ok: false,
      error: "Row 7: Sarah Kemp is given a city that is not on this trip's route: nothing was imported.",
    });
    expect(await hashOfEveryTable(db)).toBe(before);
  });

  it('refuses two rows with one email, and a trip that is gone, writing nothing', async () => {
    const { db, rosterImport, tripId, stops } = await tripWithRoute();
    const { people } = checkedRows('liverpool-clean.csv', stops);
    const before = await hashOfEveryTable(db);

    const twice = await rosterImport.importRoster(tripId, [people[0]!, { ...people[1]!, email: people[0]!.email.toUpperCase() }]);
    expect(worded(twice)).toEqual({ ok: false, error: 'Row 3 has the same email as row 2: nothing was imported.' });
    expect(await rosterImport.importRoster('no-such-trip', people)).toMatchObject({ ok: false });
    expect(await hashOfEveryTable(db)).toBe(before);
  });

  it('imports a registration form’s names in parts and passport details, splitting a whole name only when that is all there is', async () => {
    const { db, rosterImport, tripId, stops } = await tripWithRoute();
    const { people } = checkedRows('registration-form.csv', stops);
    const whole = checkedText('Name,Email\nMaria van der Berg,maria@example.nl\n', stops).people;
    expect(await rosterImport.importRoster(tripId, [...people, ...whole])).toMatchObject({ ok: true, value: { created: 5 } });

    const stored = (await membersOf(db, tripId)).map((member) => member.person);
    expect(stored.find((person) => person.email === 'li.na@investni.example')).toMatchObject({
      name: 'Ms Li Na',
      title: 'Ms',
      givenNames: 'Na',
      familyName: 'Li',
      nameOrder: 'family-first',
      nameAsEntered: null,
      nameToConfirm: false,
      nameLocal: '李娜',
      sex: 'F',
      dateOfBirth: '1988-09-05',
      placeOfBirth: 'Qingdao',
      passportNumber: 'E48213375',
      passportIssueDate: '2020-06-11',
      passportExpiry: '2030-06-10',
      passportAuthority: 'National Immigration Administration',
      visaStatus: 'not-required',
    });
    expect(stored.find((person) => person.email === 'maria@example.nl')).toMatchObject({
      name: 'Maria van der Berg',
      givenNames: 'Maria van der',
      familyName: 'Berg',
      nameAsEntered: 'Maria van der Berg',
      nameToConfirm: true,
      sex: null,
      passportNumber: '',
    });
  });

  it('fills the new fields of someone already stored without wiping what the file leaves empty', async () => {
    const { db, rosterImport, tripId, stops } = await tripWithRoute();
    await db.people.add(
      existingPerson({
        title: 'Ms',
        givenNames: 'Ellen',
        familyName: 'Cutler',
        sex: 'F',
        dateOfBirth: '1975-06-01',
        passportNumber: '123456789',
        passportAuthority: 'HMPO',
        visaType: 'M',
      }),
    );
    const { people } = checkedText(
      'Email;Name;Place of birth;Passport number;Date of issue;Date of birth\n' +
        'ellen.cutler@investliverpool.example;Ellen Cutler;Liverpool;987654321;01/02/2020;\n',
      stops,
    );
    expect(await rosterImport.importRoster(tripId, people)).toMatchObject({ ok: true, value: { updated: 1 } });
    expect(await db.people.get('ellen')).toMatchObject({
      name: 'Ellen Cutler',
      // The same whole name leaves the confirmed parts as they were.
      title: 'Ms',
      givenNames: 'Ellen',
      familyName: 'Cutler',
      nameToConfirm: false,
      placeOfBirth: 'Liverpool',
      passportNumber: '987654321',
      passportIssueDate: '2020-02-01',
      dateOfBirth: '1975-06-01',
      sex: 'F',
      passportAuthority: 'HMPO',
      visaType: 'M',
      phone: '+44 151 496 0000',
      visaStatus: 'granted',
    });
  });

  it('takes the parts of a name the file gives for someone already stored, and confirms them', async () => {
    const { db, rosterImport, tripId, stops } = await tripWithRoute();
    await db.people.add(existingPerson({ name: 'Ellen M Cutler', givenNames: 'Ellen M', familyName: 'Cutler', nameAsEntered: 'Ellen M Cutler', nameToConfirm: true }));
    const { people } = checkedText('Email,Title,First name,Last name\nellen.cutler@investliverpool.example,Dr,Ellen Mary,\n', stops);
    await rosterImport.importRoster(tripId, people);
    expect(await db.people.get('ellen')).toMatchObject({
      name: 'Dr Ellen Mary Cutler',
      title: 'Dr',
      givenNames: 'Ellen Mary',
      familyName: 'Cutler',
      nameAsEntered: 'Ellen M Cutler',
      nameToConfirm: false,
    });
  });
});
