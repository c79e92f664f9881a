import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Membership, Person } from '../../../../src/domain/people/person';
import {
  countProblemRows,
  guessMapping,
  importCountsMessage,
  mappingProblems,
  parseRosterRows,
  readRosterCsv,
  rosterCsv,
  type ImportedPerson,
  type RosterTable,
} from '../../../../src/domain/files/roster-csv';
import type { City } from '../../../../src/domain/route/city';

const CITIES = [
  ['kunming', 'Kunming', '昆明'],
  ['chongqing', 'Chongqing', '重庆'],
  ['tianjin', 'Tianjin', '天津'],
  ['beijing', 'Beijing', '北京'],
  ['qingdao', 'Qingdao', '青岛'],
  ['shanghai', 'Shanghai', '上海'],
] as const;

// Out of order on purpose: the route is the stops' positions, not the order they come in.
const STOPS: City[] = CITIES.map(([id, name, nameLocal], position) => ({
  id,
  tripId: 'liverpool-2016',
  position,
  name,
  nameLocal,
  country: 'CN',
  timeZone: 'Asia/Shanghai',
  latitude: null,
  longitude: null,
  arrivalDate: '2016-11-06',
  departureDate: '2016-11-19',
  notes: '',
})).reverse();
const WHOLE_ROUTE = CITIES.map(([id]) => id);

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/rosters/${name}`, import.meta.url), 'utf8');

function read(text: string): RosterTable {
  const table = readRosterCsv(text);
  if (!table.ok) throw new Error(table.error);
  return table.value;
}

function importText(text: string) {
  const table = read(text);
  return { table, ...parseRosterRows(table, guessMapping(table.headers), STOPS) };
}

const byName = (people: ImportedPerson[], name: string) => people.find((person) => person.name === name)!;

describe('reading a roster file', () => {
  it('reads the Liverpool registration export: comma separated, 20 rows under the header', () => {
    const table = read(fixture('liverpool-clean.csv'));
    expect(table.delimiter).toBe(',');
    expect(table.headers[0]).toBe('Full name');
    expect(table.rows).toHaveLength(20);
    expect(table.lines[0]).toBe(2);
  });

  it('takes off the byte-order mark and finds the semicolons a European spreadsheet writes', () => {
    const table = read(fixture('liverpool-bad.csv'));
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['Full name', 'E-mail', 'Role', 'Joins at', 'Passport expiry']);
  });

  it('finds tab separators', () => {
    expect(read('Name\tEmail\nAnn Price\tann@example.example\n').delimiter).toBe('\t');
  });

  it('keeps a ragged row as it is, for the check to report', () => {
    const table = read('Name,Email,Role\nAnn Price,ann@x.example\n');
    expect(table.rows).toEqual([['Ann Price', 'ann@x.example']]);
  });

  it('refuses an empty file, a blank one and a spreadsheet, saying why', () => {
    expect(readRosterCsv('')).toEqual({ ok: false, error: 'The file is empty.' });
    expect(readRosterCsv('\uFEFF\r\n\r\n')).toEqual({ ok: false, error: 'The file is empty.' });
    const xlsx = readRosterCsv('PK\u0003\u0004\u0000\u0000 binary');
    expect(xlsx.ok || xlsx.error).toMatch(/not CSV/);
  });

  it('refuses text that does not name its columns', () => {
    const prose = readRosterCsv('Dear organiser\nPlease find the list attached\n');
    expect(prose.ok || prose.error).toMatch(/does not look like a CSV roster/);
  });

  it('refuses a quote that is never closed, naming its line', () => {
    const broken = readRosterCsv('Name,Email\nAnn,ann@x.example\n"Bob,bob@x.example\nCat,cat@x.example\n');
    expect(broken.ok || broken.error).toMatch(/^Line 3: a quoted cell is never closed/);
  });

  it('numbers rows by their line in the file, past blank lines and cells spread over lines', () => {
    const { people, problems } = importText('Name,Email,Notes\n\nAnn Price,ann@x.example,"two\nlines"\nBob Lee,bob@,\n');
    expect(people[0]).toMatchObject({ row: 3, notes: 'two\nlines' });
    expect(problems).toEqual([{ row: 5, field: 'email', message: 'Row 5: email “bob@” is not an email address' }]);
  });
});

describe('guessing which column holds what', () => {
  it('knows the names registration forms give their columns, whatever their case', () => {
    expect(
      guessMapping(['FULL NAME', 'E-mail', 'Email address', 'Organization', 'Company', 'Dietary requirements', 'Role', 'Joins at', 'Passport expiry', 'T-shirt size']),
    ).toEqual(['name', 'email', null, 'organisationName', null, 'dietary', 'role', 'joinsAt', 'passportExpiry', null]);
    expect(guessMapping(['Name', 'Email address', 'Organisation', 'Leaves after', 'Visa status'])).toEqual([
      'name',
      'email',
      'organisationName',
      'leavesAfter',
      'visaStatus',
    ]);
  });

  it('asks for a name column and refuses one field from two columns', () => {
    expect(mappingProblems(['email', null])).toEqual(['Choose the column that holds each person’s name.']);
    expect(mappingProblems(['name', 'email', 'email'])).toEqual([
      'Two columns are set to Email: choose one, and set the other to Do not import.',
    ]);
    expect(mappingProblems(['name', 'email'])).toEqual([]);
  });
});

describe('importing the clean Liverpool roster', () => {
  const { people, problems } = importText(fixture('liverpool-clean.csv'));

  it('imports all 20 people and reports nothing', () => {
    expect(problems).toEqual([]);
    expect(people).toHaveLength(20);
    expect(people.map((person) => person.row)).toEqual(Array.from({ length: 20 }, (_, index) => index + 2));
  });

  it('reads the heads of delegation, by label and by the word "Head"', () => {
    expect(people.filter((person) => person.role === 'head').map((person) => person.name)).toEqual(['Joe Anderson', 'Phil Davies']);
    expect(byName(people, 'Ellen Cutler')).toMatchObject({
      role: 'organiser',
      organisationName: 'Invest Liverpool',
      email: 'ellen.cutler@investliverpool.example',
      passportExpiry: '2028-05-09',
      stopIds: WHOLE_ROUTE,
    });
  });

  it('gives the three who join in Beijing Beijing to Shanghai, and the two who leave after Qingdao Kunming to Qingdao', () => {
    const joiners = people.filter((person) => person.stopIds[0] === 'beijing');
    expect(joiners.map((person) => person.name)).toEqual(['Tom Whitfield', 'Priya Shah', 'Gareth Lloyd']);
    expect(joiners[0]!.stopIds).toEqual(['beijing', 'qingdao', 'shanghai']);
    const leavers = people.filter((person) => person.stopIds.at(-1) === 'qingdao');
    expect(leavers.map((person) => person.name)).toEqual(['Sarah Kemp', 'Dr Fiona Grant']);
    expect(leavers[0]!.stopIds).toEqual(['kunming', 'chongqing', 'tianjin', 'beijing', 'qingdao']);
    expect(people.filter((person) => person.stopIds.length === 6)).toHaveLength(15);
  });

  it('keeps dietary needs with their commas', () => {
    expect(byName(people, 'Priya Shah').dietary).toBe('Vegan, no nuts');
    expect(people.filter((person) => person.dietary !== '')).toHaveLength(5);
  });
});

describe('importing a roster with bad rows', () => {
  const { people, problems } = importText(fixture('liverpool-bad.csv'));

  it('imports the good rows', () => {
    expect(people.map((person) => [person.row, person.name, person.role])).toEqual([
      [2, 'Ellen Cutler', 'organiser'],
      [3, 'Mark Holloway', 'delegate'],
      [5, 'Sian Roberts', 'head'],
      [8, 'Li Wei', 'interpreter'],
      [10, 'Graham Ellis', 'head'],
      [13, 'Rachel O\'Neill', 'delegate'],
    ]);
  });

  it('reports each bad row with its line and field, and leaves it out', () => {
    expect(problems).toEqual([
      { row: 4, field: 'email', message: 'Row 4: email “ann@” is not an email address' },
      {
        row: 6,
        field: 'role',
        message: 'Row 6: role “VIP” is not one of Head of delegation, Delegate, Organiser, Interpreter, Press, Other',
      },
      { row: 7, field: null, message: 'Row 7 has 3 cells but the header has 5: check for a missing separator' },
      { row: 9, field: 'name', message: 'Row 9: no name' },
      { row: 11, field: 'joinsAt', message: 'Row 11: joins at “Paris”, which is not a city on this route' },
      { row: 12, field: 'passportExpiry', message: 'Row 12: passport expiry “30/02/2027” is not a date' },
      { row: 14, field: 'email', message: 'Row 14 has the same email as row 3: it is left out' },
    ]);
    expect(importCountsMessage(people.length, countProblemRows(problems))).toBe(
      '6 people will be imported, 7 rows have problems and will be left out',
    );
  });

  it('finds a city by its local name', () => {
    expect(byName(people, 'Li Wei').stopIds).toEqual(['beijing', 'qingdao', 'shanghai']);
  });

  it('reports every problem of a row, and a route that ends before it starts', () => {
    const result = importText('Name,Email,Joins at,Leaves after\n,bad,Qingdao,Beijing\nAnn Price,,Qingdao,Beijing\n');
    expect(result.people).toEqual([]);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'Row 2: no name',
      'Row 2: email “bad” is not an email address',
      'Row 2: leaves after Beijing, before joining at Qingdao',
      'Row 3: leaves after Beijing, before joining at Qingdao',
    ]);
  });

  it('accepts a visa status by label or synonym and refuses an unknown one', () => {
    const result = importText('Name,Visa status\nAnn Price,Issued\nBob Lee,Invitation letter requested\nCat Wu,maybe\n');
    expect(result.people.map((person) => person.visaStatus)).toEqual(['granted', 'invitation-requested']);
    expect(result.problems[0]!.message).toMatch(/^Row 4: visa status “maybe” is not one of Not started,/);
  });
});

describe('exporting the roster', () => {
  const person = (overrides: Partial<Person>): Person => ({
    id: 'p',
    name: 'Ann Price',
    nameLocal: '',
    organisationId: null,
    organisationName: '',
    jobTitle: '',
    email: '',
    phone: '',
    dietary: '',
    accessibility: '',
    nationality: '',
    passportExpiry: null,
    visaStatus: 'not-started',
    emergencyContact: '',
    notes: '',
    sample: false,
    createdAt: '2026-11-21T09:00:00Z',
    updatedAt: '2026-11-21T09:00:00Z',
    ...overrides,
  });
  const membership = (overrides: Partial<Membership>): Membership => ({
    id: 'm',
    tripId: 'liverpool-2016',
    personId: 'p',
    role: 'delegate',
    stopIds: WHOLE_ROUTE,
    notes: '',
    calendarExportedAt: null,
    ...overrides,
  });

  it('re-imports as the same people with the same parts of the route', () => {
    const original = importText(fixture('liverpool-clean.csv')).people;
    const rows = original.map((imported, index) => {
      const { row: _row, role, stopIds, visaStatus, ...fields } = imported;
      return {
        person: person({ ...fields, id: `p${index}`, visaStatus: visaStatus ?? 'not-started' }),
        membership: membership({ personId: `p${index}`, role, stopIds }),
      };
    });
    const csv = rosterCsv(rows, STOPS);
    const again = importText(csv);
    expect(again.problems).toEqual([]);
    expect(again.people).toEqual(original.map((imported) => ({ ...imported, visaStatus: 'not-started' })));
  });

  it('writes CRLF line ends and no byte-order mark, under headers the import recognises', () => {
    const csv = rosterCsv([{ person: person({ name: 'Chen Jing', nameLocal: '陈静' }), membership: membership({ role: 'interpreter' }) }], STOPS);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'Name,Name in local script,Email,Phone,Organisation,Job title,Role,Joins at,Leaves after,Dietary requirements,' +
        'Accessibility,Nationality,Passport expiry,Visa status,Emergency contact,Notes',
    );
    expect(row).toBe('Chen Jing,陈静,,,,,Interpreter,,,,,,,Not started,,');
    expect(guessMapping(header!.split(','))).not.toContain(null);
  });

  it('escapes a name that a spreadsheet would run as a formula, and the import takes the apostrophe off', () => {
    const evil = '=HYPERLINK("http://attacker.example","Click")';
    const csv = rosterCsv(
      [
        { person: person({ name: evil, notes: '=1+1\nsecond line', phone: '+44 151 496 0101' }), membership: membership({}) },
      ],
      STOPS,
    );
    const row = csv.split('\r\n')[1]!;
    expect(row.startsWith(`"'=HYPERLINK(""http://attacker.example"",""Click"")"`)).toBe(true);
    expect(csv).toContain(`"'=1+1\nsecond line"`);
    expect(csv).toContain(`"'+44 151 496 0101"`);
    const again = importText(csv).people[0]!;
    expect(again).toMatchObject({ name: evil, notes: '=1+1\nsecond line', phone: '+44 151 496 0101' });
  });
});
