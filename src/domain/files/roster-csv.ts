/**
 * A trip's roster as CSV, in and out. This is the edge where a registration form's spreadsheet becomes people
 * and memberships: everything is parsed here once, into `ImportedPerson`s the storage layer can trust, and every
 * row that cannot be trusted is reported with its line number and field and left out. Nothing here writes:
 * reading and checking a file changes nothing until the organiser confirms the import.
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
import {
  MEMBER_ROLE_LABELS,
  MEMBER_ROLES,
  VISA_STATUS_LABELS,
  VISA_STATUSES,
  type MemberRole,
  type Membership,
  type Person,
  type VisaStatus,
} from '../people/person';
import { err, ok, type Result } from '../shared/result';
import { inRouteOrder, type City } from '../route/city';
import { parseUserDate, type IsoDate } from '../shared/time';

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
// Rows into people

/** A person as the file describes them, with their part in the trip; every field checked. */
export interface ImportedPerson {
  /** Line number in the file, the header being line 1. */
  row: number;
  name: string;
  nameLocal: string;
  email: string;
  phone: string;
  organisationName: string;
  jobTitle: string;
  dietary: string;
  accessibility: string;
  nationality: string;
  /** Null when the file does not give it. */
  passportExpiry: IsoDate | null;
  /** Null when the file does not give it. */
  visaStatus: VisaStatus | null;
  emergencyContact: string;
  notes: string;
  role: MemberRole;
  /** The stops of the trip this person is present for, in route order. */
  stopIds: string[];
}

export interface RowProblem {
  row: number;
  /** The field at fault; null when the row as a whole is (ragged, a duplicate). */
  field: RosterField | null;
  message: string;
}

export interface RosterParse {
  people: ImportedPerson[];
  problems: RowProblem[];
}

const quoted = (value: string) => `“${value}”`;

/** The inverse of export's formula escaping: "'=SUM(A1)" was exported from "=SUM(A1)". */
const unescapeFormula = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

const ROLE_SYNONYMS: Record<MemberRole, readonly string[]> = {
  head: ['head', 'leader', 'lead', 'co-lead', 'co-leader', 'delegation leader', 'head of delegation', 'chair'],
  delegate: ['delegate', 'participant', 'member', 'attendee', 'business delegate'],
  organiser: ['organiser', 'organizer', 'staff', 'coordinator', 'co-ordinator', 'trip organiser'],
  interpreter: ['interpreter', 'translator'],
  press: ['press', 'media', 'journalist', 'photographer'],
  other: ['other'],
};

const VISA_SYNONYMS: Record<VisaStatus, readonly string[]> = {
  'not-started': ['not started', 'none', 'no', 'not yet'],
  'invitation-requested': ['invitation requested', 'invitation letter requested', 'letter requested'],
  applied: ['applied', 'pending', 'submitted', 'in progress'],
  granted: ['granted', 'issued', 'approved', 'yes', 'have visa'],
  refused: ['refused', 'rejected', 'denied'],
};

function lookup<K extends string>(value: string, keys: readonly K[], labels: Record<K, string>, synonyms: Record<K, readonly string[]>): K | null {
  const folded = fold(value);
  return (
    keys.find(
      (key) => fold(key) === folded || fold(labels[key]) === folded || synonyms[key].some((synonym) => fold(synonym) === folded),
    ) ?? null
  );
}

/** Reads a role as its label, its stored value or a common synonym ("Head", "Leader"), ignoring case. */
export function parseRole(value: string): MemberRole | null {
  return lookup(value, MEMBER_ROLES, MEMBER_ROLE_LABELS, ROLE_SYNONYMS);
}

/** Reads a visa status as its label, its stored value or a common synonym ("Issued", "Pending"). */
export function parseVisaStatus(value: string): VisaStatus | null {
  return lookup(value, VISA_STATUSES, VISA_STATUS_LABELS, VISA_SYNONYMS);
}

/**
 * `parseUserDate`, also reading September's short form both ways: with the ICU data in current Node and
 * browsers, British English spells it "Sept", so "30 Sep 2027" would otherwise fail where "30 Sept 2027" works
 * (and the other way round on older runtimes).
 */
function parseDate(text: string): IsoDate | null {
  return parseUserDate(text) ?? parseUserDate(text.replace(/\bSept?\b/i, (month) => (month.length === 3 ? 'Sept' : 'Sep')));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The longest address mail can carry (RFC 5321). */
const MAX_EMAIL_LENGTH = 254;

/**
 * The length is checked first: the pattern backtracks in time that grows with the square of the length, so a
 * hostile cell of a few hundred thousand characters would otherwise hold the app for minutes.
 */
export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value);
}

/** Emails compare without case or surrounding space. */
export const emailKey = (email: string) => email.trim().toLowerCase();

function findStop(value: string, stops: readonly City[]): City | undefined {
  const folded = fold(value);
  return stops.find((stop) => fold(stop.name) === folded || (stop.nameLocal !== '' && fold(stop.nameLocal) === folded));
}

type TextField = Exclude<RosterField, 'role' | 'joinsAt' | 'leavesAfter' | 'passportExpiry' | 'visaStatus'>;

/**
 * People from the rows of a file under a column mapping, with their role and part of the route. A row with any
 * problem is reported, one message per field, and left out; so is a row whose email an earlier imported row
 * already has. An empty role means Delegate; an empty "Joins at" means from the start of the route, an empty
 * "Leaves after" to its end. Cities match a stop's name or local name, ignoring case and accents.
 */
export function parseRosterRows(
  table: Pick<RosterTable, 'headers' | 'rows'> & { lines?: readonly number[] },
  mapping: readonly (RosterField | null)[],
  stops: readonly City[],
): RosterParse {
  const route = inRouteOrder(stops);
  const people: ImportedPerson[] = [];
  const problems: RowProblem[] = [];
  const rowOfEmail = new Map<string, number>();
  const width = table.headers.length;

  table.rows.forEach((cells, index) => {
    const row = table.lines?.[index] ?? index + 2;
    const extraFilled = cells.slice(width).some((cell) => cell.trim() !== '');
    if (cells.length < width || extraFilled) {
      problems.push({
        row,
        field: null,
        message: `Row ${row} has ${cells.length} cells but the header has ${width}: check for a missing separator`,
      });
      return;
    }
    const value = (field: RosterField) => {
      const column = mapping.indexOf(field);
      return column < 0 ? '' : unescapeFormula(cells[column] ?? '').trim();
    };
    const rowProblems: RowProblem[] = [];
    const problem = (field: RosterField, message: string) => rowProblems.push({ row, field, message: `Row ${row}: ${message}` });

    const name = value('name').replace(/\s+/g, ' ');
    if (!name) problem('name', 'no name');

    const email = value('email');
    if (email && !isEmailAddress(email)) problem('email', `email ${quoted(email)} is not an email address`);

    const roleText = value('role');
    const role = roleText ? parseRole(roleText) : 'delegate';
    if (!role) {
      problem('role', `role ${quoted(roleText)} is not one of ${MEMBER_ROLES.map((r) => MEMBER_ROLE_LABELS[r]).join(', ')}`);
    }

    const visaText = value('visaStatus');
    const visaStatus = visaText ? parseVisaStatus(visaText) : null;
    if (visaText && !visaStatus) {
      problem('visaStatus', `visa status ${quoted(visaText)} is not one of ${VISA_STATUSES.map((s) => VISA_STATUS_LABELS[s]).join(', ')}`);
    }

    const expiryText = value('passportExpiry');
    const passportExpiry = expiryText ? parseDate(expiryText) : null;
    if (expiryText && !passportExpiry) problem('passportExpiry', `passport expiry ${quoted(expiryText)} is not a date`);

    const joinsText = value('joinsAt');
    const leavesText = value('leavesAfter');
    const joins = joinsText ? findStop(joinsText, route) : route[0];
    const leaves = leavesText ? findStop(leavesText, route) : route[route.length - 1];
    if (joinsText && !joins) problem('joinsAt', `joins at ${quoted(joinsText)}, which is not a city on this route`);
    if (leavesText && !leaves) problem('leavesAfter', `leaves after ${quoted(leavesText)}, which is not a city on this route`);
    let stopIds: string[] = [];
    if (joins && leaves) {
      const from = route.indexOf(joins);
      const to = route.indexOf(leaves);
      if (from > to) problem('leavesAfter', `leaves after ${leaves.name}, before joining at ${joins.name}`);
      else stopIds = route.slice(from, to + 1).map((stop) => stop.id);
    }

    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      return;
    }
    if (email) {
      const earlier = rowOfEmail.get(emailKey(email));
      if (earlier !== undefined) {
        problems.push({ row, field: 'email', message: `Row ${row} has the same email as row ${earlier}: it is left out` });
        return;
      }
      rowOfEmail.set(emailKey(email), row);
    }

    const text = (field: TextField) => value(field);
    people.push({
      row,
      name,
      nameLocal: text('nameLocal'),
      email,
      phone: text('phone'),
      organisationName: text('organisationName'),
      jobTitle: text('jobTitle'),
      dietary: text('dietary'),
      accessibility: text('accessibility'),
      nationality: text('nationality'),
      passportExpiry,
      visaStatus,
      emergencyContact: text('emergencyContact'),
      notes: text('notes'),
      role: role!,
      stopIds,
    });
  });

  return { people, problems: problems.sort((a, b) => a.row - b.row) };
}

// ---------------------------------------------------------------------------------------------------------------
// What the import did

/** Something to know about a row that is imported, such as a person already in the directory. */
export interface RowNote {
  row: number;
  message: string;
}

export type DirectoryMatch = 'in-directory' | 'on-trip';

/** The note for a row whose email matches a person already stored; `done` after the import, else before. */
export function directoryMatchNote(row: number, name: string, match: DirectoryMatch, done: boolean): RowNote {
  const action =
    match === 'on-trip'
      ? done
        ? 'already on this trip: updated'
        : 'already on this trip: will be updated'
      : done
        ? 'already in the directory: updated and added'
        : 'already in the directory: will be updated and added';
  return { row, message: `Row ${row}: ${name} is ${action}` };
}

export interface ImportSummary {
  /** People new to the directory. */
  created: number;
  /** People already in the directory, updated with what the file gave. */
  updated: number;
  /** Memberships made: new people and directory people not yet on the trip. */
  addedToTrip: number;
  /** People already on the trip whose role and route the file updated. */
  alreadyOnTrip: number;
  notes: RowNote[];
}

const people = (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`;

/** "Imported 20 people: 18 new, 2 already in the directory (updated); 1 was already on this trip." */
export function importSummaryMessage(summary: ImportSummary): string {
  const total = summary.created + summary.updated;
  const parts = [`${summary.created} new`];
  if (summary.updated > 0) parts.push(`${summary.updated} already in the directory (updated)`);
  const onTrip =
    summary.alreadyOnTrip > 0 ? `; ${summary.alreadyOnTrip} ${summary.alreadyOnTrip === 1 ? 'was' : 'were'} already on this trip` : '';
  return `Imported ${people(total)}: ${parts.join(', ')}${onTrip}.`;
}

/** "18 people will be imported, 3 rows have problems and will be left out" */
export function importCountsMessage(peopleCount: number, problemRows: number): string {
  const imported = `${people(peopleCount)} will be imported`;
  if (problemRows === 0) return imported;
  return `${imported}, ${problemRows} ${problemRows === 1 ? 'row has problems and will be' : 'rows have problems and will be'} left out`;
}

/** Rows with at least one problem. */
export function countProblemRows(problems: readonly RowProblem[]): number {
  return new Set(problems.map((problem) => problem.row)).size;
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
