import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Membership, Person } from '../../../../src/domain/people/person';
import {
  guessMapping,
  IMPORT_FIELD_WORDS,
  IMPORT_FIELDS,
  mappingProblems,
  readRosterCsv,
  readRosterFile,
  ROSTER_FIELDS,
  rosterCsv,
} from '../../../../src/domain/files/roster-csv';
import { inChinese } from '../../../builders/words';
import { utf16, utf8, windows1252 } from './text-encodings';
import { parseRole, parseVisaStatus } from '../../../../src/domain/files/roster-rows';
import { MEMBER_ROLES, VISA_STATUSES } from '../../../../src/domain/people/person';
import { fixture, importText, read, rosterWordsIn, STOPS, WHOLE_ROUTE, worded } from './roster-test-files';
import { inEnglish } from '../../../builders/words';
import { PASSPORT_UNKNOWN } from '../../../builders/person-record';

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
    expect(worded(readRosterCsv(''))).toEqual({ ok: false, error: 'The file is empty.' });
    expect(worded(readRosterCsv('\uFEFF\r\n\r\n'))).toEqual({ ok: false, error: 'The file is empty.' });
    const xlsx = readRosterCsv('PK\u0003\u0004\u0000\u0000 binary');
    expect(xlsx.ok || inEnglish(xlsx.error)).toMatch(/not CSV/);
  });

  it('refuses text that does not name its columns', () => {
    const prose = readRosterCsv('Dear organiser\nPlease find the list attached\n');
    expect(prose.ok || inEnglish(prose.error)).toMatch(/does not look like a CSV roster/);
  });

  it('refuses a quote that is never closed, naming its line', () => {
    const broken = readRosterCsv('Name,Email\nAnn,ann@x.example\n"Bob,bob@x.example\nCat,cat@x.example\n');
    expect(broken.ok || inEnglish(broken.error)).toMatch(/^Line 3: a quoted cell is never closed/);
  });

  it('numbers rows by their line in the file, past blank lines and cells spread over lines', () => {
    const { people, problems } = importText('Name,Email,Notes\n\nAnn Price,ann@x.example,"two\nlines"\nBob Lee,bob@,\n');
    expect(people[0]).toMatchObject({ row: 3, notes: 'two\nlines' });
    expect(worded(problems)).toEqual([{ row: 5, field: 'email', message: 'Row 5: email “bob@” is not an email address' }]);
  });
});

describe('reading a roster file’s bytes', () => {
  const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/rosters/${name}`, import.meta.url)));

  it('reads a form’s UTF-8 export with a byte-order mark and semicolons, a cell over two lines included', async () => {
    const file = await readRosterFile(bytesOf('registration-form.csv'));
    expect(file.ok && { encoding: file.value.encoding, foundBy: file.value.foundBy, delimiter: file.value.table.delimiter }).toEqual({
      encoding: 'utf-8',
      foundBy: 'byte-order-mark',
      delimiter: ';',
    });
    expect(file.ok && file.value.table.headers.slice(0, 4)).toEqual(['Timestamp', 'Title', 'First name', 'Last name']);
    expect(file.ok && file.value.table.rows[1]!.at(-1)).toBe('No pork\nNo shellfish');
  });

  it('reads a Windows-1252 file with its accented names right, and says so', async () => {
    const file = await readRosterFile(bytesOf('registration-form-windows-1252.csv'));
    expect(file.ok && file.value.encoding).toBe('windows-1252');
    expect(file.ok && file.value.table.rows.map((row) => `${row[1]} ${row[2]}`)).toEqual([
      'Siobhán Ó Briain',
      'José Müller',
      'Zoë Brontë',
      'François Lefèvre',
    ]);
  });

  it('reads it again in the encoding the organiser chooses', async () => {
    const file = await readRosterFile(bytesOf('registration-form-windows-1252.csv'), 'utf-8');
    expect(file.ok && file.value).toMatchObject({ encoding: 'utf-8', foundBy: 'chosen' });
    expect(file.ok && file.value.table.rows[0]![1]).toBe('Siobh\uFFFDn');
  });

  it('reads UTF-16 and tab separators, as Excel’s “Unicode text” is', async () => {
    const file = await readRosterFile(utf16('Name\tEmail\r\nJosé Müller\tjose@example.de\r\n', 'le'));
    expect(file.ok && file.value).toMatchObject({ encoding: 'utf-16le', table: { delimiter: '\t', rows: [['José Müller', 'jose@example.de']] } });
  });

  it('refuses an empty file and a spreadsheet, saying why', async () => {
    expect(worded(await readRosterFile(new Uint8Array()))).toEqual({ ok: false, error: 'The file is empty.' });
    const xlsx = await readRosterFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    expect(xlsx.ok || inEnglish(xlsx.error)).toMatch(/not CSV/);
    expect(worded(await readRosterFile(utf8('\r\n', true)))).toEqual({ ok: false, error: 'The file is empty.' });
    expect((await readRosterFile(windows1252('Name;Email\r\nJosé;j@x.example\r\n'))).ok).toBe(true);
  });
});

describe('guessing which column holds what', () => {
  it('knows names in parts, passport details and dates, in English and in Chinese, ignoring what is in brackets', () => {
    expect(
      guessMapping([
        'Title', 'First name', 'Last name', 'Gender', 'Date of birth (DD/MM/YYYY)', 'Passport No.', 'Date of issue', 'Expiry date',
        'Issuing authority', 'Place of birth', 'Visa type', 'Name in Chinese characters', 'Job title',
      ]),
    ).toEqual([
      'title', 'givenNames', 'familyName', 'sex', 'dateOfBirth', 'passportNumber', 'passportIssueDate', 'passportExpiry',
      'passportAuthority', 'placeOfBirth', 'visaType', 'nameLocal', 'jobTitle',
    ]);
    expect(guessMapping(['Salutation', 'Forename', 'Surname', 'DOB', 'Passport'])).toEqual(['title', 'givenNames', 'familyName', 'dateOfBirth', 'passportNumber']);
    expect(guessMapping(['Given name', 'Family name', 'Prénom'])).toEqual(['givenNames', 'familyName', null]);
    expect(guessMapping(['称谓', '名', '姓', '性别', '出生日期', '出生地', '护照号码', '签发日期', '护照有效期', '签发机关', '签证类型'])).toEqual([
      'title', 'givenNames', 'familyName', 'sex', 'dateOfBirth', 'placeOfBirth', 'passportNumber', 'passportIssueDate', 'passportExpiry',
      'passportAuthority', 'visaType',
    ]);
  });

  it('recognises every field by the words the mapping step gives it, in either language', () => {
    expect(guessMapping(IMPORT_FIELDS.map((field) => inEnglish(IMPORT_FIELD_WORDS[field])))).toEqual([...IMPORT_FIELDS]);
    expect(guessMapping(IMPORT_FIELDS.map((field) => inChinese(IMPORT_FIELD_WORDS[field])))).toEqual([...IMPORT_FIELDS]);
  });

  it('takes first and last name columns for a name', () => {
    expect(mappingProblems(['givenNames', 'familyName'])).toEqual([]);
    expect(mappingProblems(['title', 'familyName'])).toEqual([]);
    expect(mappingProblems(['title', 'email']).map(inEnglish)).toEqual(['Choose the column that holds each person’s name.']);
    expect(mappingProblems(['givenNames', 'givenNames']).map(inEnglish)).toEqual([
      'Two columns are set to Given names (first name): choose one, and set the other to Do not import.',
    ]);
  });

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
    expect(mappingProblems(['email', null]).map(inEnglish)).toEqual(['Choose the column that holds each person’s name.']);
    expect(mappingProblems(['name', 'email', 'email']).map(inEnglish)).toEqual([
      'Two columns are set to Email: choose one, and set the other to Do not import.',
    ]);
    expect(mappingProblems(['name', 'email'])).toEqual([]);
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
    ...PASSPORT_UNKNOWN,
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
    const csv = rosterCsv(rows, STOPS, rosterWordsIn('en'));
    const again = importText(csv);
    expect(again.problems).toEqual([]);
    expect(again.people).toEqual(original.map((imported) => ({ ...imported, visaStatus: 'not-started' })));
  });

  it('writes CRLF line ends and no byte-order mark, under headers the import recognises', () => {
    const csv = rosterCsv([{ person: person({ name: 'Chen Jing', nameLocal: '陈静' }), membership: membership({ role: 'interpreter' }) }], STOPS, rosterWordsIn('en'));
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
      rosterWordsIn('en'),
    );
    const row = csv.split('\r\n')[1]!;
    expect(row.startsWith(`"'=HYPERLINK(""http://attacker.example"",""Click"")"`)).toBe(true);
    expect(csv).toContain(`"'=1+1\nsecond line"`);
    expect(csv).toContain(`"'+44 151 496 0101"`);
    const again = importText(csv).people[0]!;
    expect(again).toMatchObject({ name: evil, notes: '=1+1\nsecond line', phone: '+44 151 496 0101' });
  });

  it('in Chinese, writes Chinese headers, roles and visa statuses, and imports back as the same people', () => {
    const original = importText(fixture('liverpool-clean.csv')).people;
    const rows = original.map((imported, index) => {
      const { row: _row, role, stopIds, visaStatus, ...fields } = imported;
      return {
        person: person({ ...fields, id: `p${index}`, visaStatus: visaStatus ?? 'not-started' }),
        membership: membership({ personId: `p${index}`, role, stopIds }),
      };
    });
    const csv = rosterCsv(rows, STOPS, rosterWordsIn('zh-CN'));
    expect(csv.split('\r\n')[0]).toMatch(/^姓名,本地文字姓名,电子邮箱,/);
    const again = importText(csv);
    expect(again.problems).toEqual([]);
    expect(again.people).toEqual(original.map((imported) => ({ ...imported, visaStatus: 'not-started' })));
  });

  it('recognises every header, role and visa status either language writes', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const words = rosterWordsIn(language);
      expect(guessMapping(ROSTER_FIELDS.map(words.header))).toEqual([...ROSTER_FIELDS]);
      for (const role of MEMBER_ROLES) expect(parseRole(words.role(role))).toBe(role);
      for (const status of VISA_STATUSES) expect(parseVisaStatus(words.visaStatus(status))).toBe(status);
    }
  });
});
