/**
 * The rows of a roster file made into people: every cell of a row checked (names, e-mail, role, dates, the part
 * of the route), each problem reported with its line number and field and the row left out, and what an import
 * did, in words. The file itself (reading it, its columns, writing one) is roster-csv.ts.
 */
import {
  MEMBER_ROLE_LABELS,
  MEMBER_ROLES,
  VISA_STATUS_LABELS,
  VISA_STATUSES,
  type MemberRole,
  type VisaStatus,
} from '../people/person';
import { inRouteOrder, type City } from '../route/city';
import { parseUserDate } from '../shared/time';
import { type IsoDate } from '../shared/date-arithmetic';
import type { RosterField, RosterTable } from './roster-csv';
import { countedNoun } from '../shared/counted-noun';

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
  'not-required': ['not required', 'not needed', 'no visa needed', 'no visa required', 'visa free', 'visa-free', 'exempt', 'visa exempt'],
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

const people = (count: number) => countedNoun(count, 'person', 'people');

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

