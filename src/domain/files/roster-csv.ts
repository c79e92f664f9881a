/**
 * A trip's roster as CSV, in and out. This is the edge where a registration form's spreadsheet becomes people
 * and memberships: the file is read here, its columns matched to fields, and its rows made into
 * `ImportedPerson`s the storage layer can trust by roster-rows.ts, where every row that cannot be trusted is
 * reported with its line number and field and left out. Nothing here writes: reading and checking a file
 * changes nothing until the organiser confirms the import.
 *
 * Row numbers are line numbers in the file as a spreadsheet shows them (the header is line 1), so the organiser
 * can find the row the message names. A cell spread over several lines counts from the line it starts on.
 *
 * Export escapes every cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
 * return) with a leading apostrophe, and import takes that apostrophe off again, so an exported roster
 * re-imports as it was.
 */
import Papa from 'papaparse';
import { FORMULA_START } from './csv-safety';
import { MEMBER_ROLE_LABELS, VISA_STATUS_LABELS, type Membership, type Person } from '../people/person';
import { err, ok, type Result } from '../shared/result';
import { inRouteOrder, type City } from '../route/city';

// ---------------------------------------------------------------------------------------------------------------
// Reading the file

export type RosterDelimiter = ',' | ';' | '\t';

export interface RosterTable {
  headers: string[];
  /** Data rows as they are in the file, ragged ones included; blank lines are dropped. */
  rows: string[][];
  /** For each row, its line number in the file (the header is usually line 1). */
  lines: number[];
  delimiter: RosterDelimiter;
}

const DELIMITERS: readonly RosterDelimiter[] = [',', ';', '\t'];

/** The separator the header line uses most, outside quotes; a comma when it uses none. */
function detectDelimiter(firstLine: string): RosterDelimiter {
  const counts = new Map<RosterDelimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as RosterDelimiter)) {
      counts.set(char as RosterDelimiter, counts.get(char as RosterDelimiter)! + 1);
    }
  }
  return DELIMITERS.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best), ',' as RosterDelimiter);
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * The file's header and rows. Strips a UTF-8 byte-order mark, detects comma, semicolon or tab separators from
 * the header line, and keeps ragged rows as they are for `parseRosterRows` to report. Fails, with a message for
 * the organiser, on an empty file, a file that is not text (a spreadsheet saved as .xlsx, say) and a quote that
 * is never closed.
 */
export function readRosterCsv(text: string): Result<RosterTable, string> {
  // Papa takes off a byte-order mark too: all of them go here, or its positions would not be this text's.
  const content = text.replace(/^\uFEFF+/, '');
  if (content.trim() === '') return err('The file is empty.');
  if (content.includes('\u0000') || content.startsWith('PK')) {
    return err('This file is not CSV text: it looks like a spreadsheet. Save it as CSV (comma separated) and choose it again.');
  }
  const firstLine = content.split(/\r?\n|\r/).find((line) => line.trim() !== '') ?? '';
  const delimiter = detectDelimiter(firstLine);

  const records: { cells: string[]; line: number }[] = [];
  let line = 1;
  let start = 0;
  let unclosedQuoteAt: number | null = null;
  Papa.parse<string[]>(content, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      if (result.errors.some((error) => error.code === 'MissingQuotes')) unclosedQuoteAt ??= line;
      records.push({ cells: result.data, line });
      // Counted the way an editor shows lines, whichever ending each line has: Papa splits a file with mixed
      // endings at only one of them, which may leave the \n of a \r\n at the start of the next record.
      const consumed = content.slice(start, end);
      const splitPair = consumed.startsWith('\n') && content[start - 1] === '\r' ? 1 : 0;
      line += (consumed.match(/\r\n|\n|\r/g)?.length ?? 0) - splitPair;
      start = end;
    },
  });
  if (unclosedQuoteAt !== null) {
    return err(`Line ${unclosedQuoteAt}: a quoted cell is never closed, so the rest of the file cannot be read. Check for a stray " in that line.`);
  }
  const nonBlank = records.filter((record) => !isBlank(record.cells));
  const [header, ...data] = nonBlank;
  if (!header) return err('The file is empty.');
  const headers = header.cells.map((cell) => cell.trim());
  if (headers.length < 2 && !/^(full\s*)?name$/i.test(headers[0] ?? '')) {
    return err('This does not look like a CSV roster: its first line should name the columns, such as Name, Email, Organisation.');
  }
  return ok({ headers, rows: data.map((record) => record.cells), lines: data.map((record) => record.line), delimiter });
}

// ---------------------------------------------------------------------------------------------------------------
// Columns and the fields they fill

export const ROSTER_FIELDS = [
  'name',
  'nameLocal',
  'email',
  'phone',
  'organisationName',
  'jobTitle',
  'role',
  'joinsAt',
  'leavesAfter',
  'dietary',
  'accessibility',
  'nationality',
  'passportExpiry',
  'visaStatus',
  'emergencyContact',
  'notes',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** Labels for the mapping and for messages; also the exported headers, so an export maps itself back. */
export const ROSTER_FIELD_LABELS: Record<RosterField, string> = {
  name: 'Name',
  nameLocal: 'Name in local script',
  email: 'Email',
  phone: 'Phone',
  organisationName: 'Organisation',
  jobTitle: 'Job title',
  role: 'Role',
  joinsAt: 'Joins at',
  leavesAfter: 'Leaves after',
  dietary: 'Dietary requirements',
  accessibility: 'Accessibility',
  nationality: 'Nationality',
  passportExpiry: 'Passport expiry',
  visaStatus: 'Visa status',
  emergencyContact: 'Emergency contact',
  notes: 'Notes',
};

/** How registration forms name each field, after `headerKey`: lower case, letters and digits only. */
const HEADER_SYNONYMS: Record<RosterField, readonly string[]> = {
  name: ['name', 'fullname', 'yourname', 'delegatename', 'participantname', 'attendeename', 'nameinenglish', 'englishname'],
  nameLocal: ['nameinlocalscript', 'localname', 'chinesename', 'nameinchinese', 'namelocal', 'nativename'],
  email: ['email', 'emailaddress', 'mail', 'youremail', 'youremailaddress'],
  phone: ['phone', 'phonenumber', 'telephone', 'tel', 'mobile', 'mobilenumber', 'mobilephone', 'cell'],
  organisationName: ['organisation', 'organization', 'company', 'organisationname', 'organizationname', 'companyname', 'employer', 'institution'],
  jobTitle: ['jobtitle', 'position', 'job', 'jobrole', 'yourjobtitle'],
  role: ['role', 'delegationrole', 'roleindelegation', 'roleinthedelegation', 'type', 'participanttype'],
  joinsAt: ['joinsat', 'joins', 'joinat', 'joiningat', 'joininat', 'firstcity', 'joiningcity'],
  leavesAfter: ['leavesafter', 'leaves', 'leaveafter', 'leavingafter', 'lastcity', 'leavingcity'],
  dietary: ['dietaryrequirements', 'dietary', 'diet', 'dietaryneeds', 'dietaryrequirement', 'allergies', 'dietaryrequirementsallergies'],
  accessibility: ['accessibility', 'accessibilityneeds', 'accessibilityrequirements', 'access', 'mobility', 'specialassistance'],
  nationality: ['nationality', 'citizenship', 'passportcountry', 'passportnationality'],
  passportExpiry: ['passportexpiry', 'passportexpirydate', 'passportexpires', 'passportvaliduntil', 'passportvalidity', 'expiry'],
  visaStatus: ['visastatus', 'visa', 'chinesevisa', 'visaapplication'],
  emergencyContact: ['emergencycontact', 'emergencycontactname', 'emergencycontactdetails', 'nextofkin', 'incaseofemergency'],
  notes: ['notes', 'note', 'comments', 'comment', 'anythingelse', 'remarks'],
};

const headerKey = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** One field, or nothing, for each column of the file, by position. */
export type ColumnMapping = (RosterField | null)[];

/**
 * The field each header most likely holds, ignoring case, spaces and punctuation ("E-mail", "Email address",
 * "Organization", "Dietary requirements"); null for a column nothing matches. No field is given to two columns:
 * the first column that matches keeps it.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<RosterField>();
  return headers.map((header) => {
    const key = headerKey(header);
    const field = ROSTER_FIELDS.find(
      (candidate) =>
        !taken.has(candidate) &&
        (HEADER_SYNONYMS[candidate].some((synonym) => headerKey(synonym) === key) || headerKey(ROSTER_FIELD_LABELS[candidate]) === key),
    );
    if (!field) return null;
    taken.add(field);
    return field;
  });
}

/** What is wrong with a mapping as a whole: no column for the name, or one field from two columns. */
export function mappingProblems(mapping: readonly (RosterField | null)[]): string[] {
  const problems: string[] = [];
  if (!mapping.includes('name')) problems.push('Choose the column that holds each person’s name.');
  for (const field of ROSTER_FIELDS) {
    if (mapping.filter((mapped) => mapped === field).length > 1) {
      problems.push(`Two columns are set to ${ROSTER_FIELD_LABELS[field]}: choose one, and set the other to Do not import.`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Export

export interface RosterRow {
  person: Person;
  membership: Membership;
}

/**
 * The roster as CSV under the import's own headers, so an exported roster re-imports cleanly: role and visa
 * status as their labels, passport expiry as YYYY-MM-DD, and the part of the route as the first and last stop a
 * person is present for (left empty at the ends of the route; a person absent from a stop in the middle of their
 * span cannot be written this way and re-imports as present throughout). CRLF line ends, no byte-order mark.
 */
export function rosterCsv(rows: readonly RosterRow[], stops: readonly City[]): string {
  const route = inRouteOrder(stops);
  const fields = ROSTER_FIELDS.map((field) => ROSTER_FIELD_LABELS[field]);
  const data = rows.map(({ person, membership }) => {
    const present = route.filter((stop) => membership.stopIds.includes(stop.id));
    const first = present[0];
    const last = present[present.length - 1];
    const cells: Record<RosterField, string> = {
      name: person.name,
      nameLocal: person.nameLocal,
      email: person.email,
      phone: person.phone,
      organisationName: person.organisationName,
      jobTitle: person.jobTitle,
      role: MEMBER_ROLE_LABELS[membership.role],
      joinsAt: first && first !== route[0] ? first.name : '',
      leavesAfter: last && last !== route[route.length - 1] ? last.name : '',
      dietary: person.dietary,
      accessibility: person.accessibility,
      nationality: person.nationality,
      passportExpiry: person.passportExpiry ?? '',
      visaStatus: VISA_STATUS_LABELS[person.visaStatus],
      emergencyContact: person.emergencyContact,
      notes: person.notes,
    };
    return ROSTER_FIELDS.map((field) => cells[field]);
  });
  return Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}
