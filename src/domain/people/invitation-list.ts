/**
 * The invitation-letter list: the table a host needs to issue visa invitation letters for a trip's people. Each
 * row is a member as their passport names them (family name, given names), with sex, date of birth,
 * nationality, passport number and expiry, job title, organisation, and the cities of the visit with their
 * dates (the member's own cities, at the route's dates). Rows that would hold up a letter are flagged for the
 * organiser: a passport that expires within six months of the trip's end (the rule the travel-document
 * warnings use), a missing detail, a name whose split into given and family names is still a guess.
 *
 * This module builds the rows and lays them out as a table of text in the words it is given; the use case
 * (src/usecases/invitation-list-export.ts) writes that table as CSV or as a spreadsheet. The list holds
 * passport numbers and dates of birth: it is made only when the organiser asks for it, for the host.
 */
import Papa from 'papaparse';
import { FORMULA_START } from '../files/csv-safety';
import type { Organisation } from '../directory/organisation';
import { inRouteOrder, type City } from '../route/city';
import type { IsoDate } from '../shared/date-arithmetic';
import { listOf, message, type Message } from '../shared/message';
import { addMonths } from '../shared/time';
import type { Trip } from '../trip/trip';
import { hasVisaSettled, inDelegationOrder, type Membership, type Person, type PassportSex, type VisaStatus } from './person';
import { PASSPORT_MONTHS_AFTER_TRIP } from './rollups';

const HAN = /^[\p{Script=Han}\s]+$/u;

/** The columns of the list, in order. Their headers are the catalogue's `people:invitationList.column.<column>`. */
export const INVITATION_COLUMNS = [
  'familyName',
  'givenNames',
  'nameLocal',
  'sex',
  'dateOfBirth',
  'nationality',
  'passportNumber',
  'passportExpiry',
  'jobTitle',
  'organisation',
  'cities',
  'arrival',
  'departure',
  'toCheck',
] as const;
export type InvitationColumn = (typeof INVITATION_COLUMNS)[number];

/** The details a host needs for a letter; a member without one of them is flagged. */
export const REQUIRED_DETAILS = [
  'familyName',
  'sex',
  'dateOfBirth',
  'nationality',
  'passportNumber',
  'passportExpiry',
  'jobTitle',
  'organisation',
] as const;
export type RequiredDetail = (typeof REQUIRED_DETAILS)[number];

/** One city of a member's visit, with the dates the route is there. */
export interface InvitationVisit {
  city: City;
  from: IsoDate;
  to: IsoDate;
}

/** Why a row needs the organiser's attention before it goes to the host. */
export type InvitationFlag =
  | { kind: 'passport-expires-too-soon'; expiry: IsoDate; neededUntil: IsoDate }
  | { kind: 'passport-expires-before-trip'; expiry: IsoDate; neededUntil: IsoDate }
  | { kind: 'missing'; details: RequiredDetail[] }
  | { kind: 'name-to-confirm' };

export interface InvitationRow {
  personId: string;
  familyName: string;
  givenNames: string;
  /** The name in characters, which a Chinese host writes on the letter beside the passport's. */
  nameLocal: string;
  sex: PassportSex | null;
  dateOfBirth: IsoDate | null;
  nationality: string;
  passportNumber: string;
  passportExpiry: IsoDate | null;
  jobTitle: string;
  /** The organisation as the directory names it (the name the person gave when it is not there). */
  organisation: { name: string; nameLocal: string };
  visaStatus: VisaStatus;
  /** The member's cities in route order, each with the route's dates there. */
  visits: InvitationVisit[];
  /** The first day of their visit and the last: null when they are at no city of the route. */
  arrival: IsoDate | null;
  departure: IsoDate | null;
  flags: InvitationFlag[];
}

export interface InvitationList {
  /** The date a passport must still be valid on: six months after the trip's end. */
  passportNeededUntil: IsoDate;
  rows: InvitationRow[];
}

export interface InvitationListOptions {
  /** Only people whose visa is neither granted nor not required. */
  onlyVisaNotSettled: boolean;
}

export type InvitationListSource = {
  trip: Pick<Trip, 'startDate' | 'endDate'>;
  stops: readonly City[];
  memberships: readonly Membership[];
  people: readonly Person[];
  organisations: readonly Pick<Organisation, 'id' | 'name' | 'nameLocal'>[];
};

/**
 * The list of the trip's members, in delegation order (the head first), each flagged where a letter would be
 * held up. With `onlyVisaNotSettled`, members whose visa is granted or not required are left out.
 */
export function invitationList(source: InvitationListSource, options: InvitationListOptions = { onlyVisaNotSettled: false }): InvitationList {
  const passportNeededUntil = addMonths(source.trip.endDate, PASSPORT_MONTHS_AFTER_TRIP);
  const personById = new Map(source.people.map((person) => [person.id, person]));
  const organisationById = new Map(source.organisations.map((organisation) => [organisation.id, organisation]));
  const route = inRouteOrder(source.stops);
  const members = inDelegationOrder(source.memberships, (id) => personById.get(id)?.name ?? '');

  const rows: InvitationRow[] = [];
  for (const membership of members) {
    const person = personById.get(membership.personId);
    if (!person) continue;
    if (options.onlyVisaNotSettled && hasVisaSettled(person.visaStatus)) continue;
    const present = new Set(membership.stopIds);
    const visits = route.filter((city) => present.has(city.id)).map((city) => ({ city, from: city.arrivalDate, to: city.departureDate }));
    const linked = person.organisationId ? organisationById.get(person.organisationId) : undefined;
    const organisation = linked ? { name: linked.name, nameLocal: linked.nameLocal } : { name: person.organisationName, nameLocal: '' };
    const row: Omit<InvitationRow, 'flags'> = {
      personId: person.id,
      familyName: person.familyName,
      givenNames: person.givenNames,
      // A Chinese delegate's name as shown is often their name in characters, with nothing in nameLocal.
      nameLocal: person.nameLocal || (HAN.test(person.name) ? person.name.replace(/\s+/g, '') : ''),
      sex: person.sex,
      dateOfBirth: person.dateOfBirth,
      nationality: person.nationality,
      passportNumber: person.passportNumber,
      passportExpiry: person.passportExpiry,
      jobTitle: person.jobTitle,
      organisation,
      visaStatus: person.visaStatus,
      visits,
      arrival: visits[0]?.from ?? null,
      departure: visits[visits.length - 1]?.to ?? null,
    };
    rows.push({ ...row, flags: flagsOf(row, person.nameToConfirm, source.trip.startDate, passportNeededUntil) });
  }
  return { passportNeededUntil, rows };
}

function flagsOf(row: Omit<InvitationRow, 'flags'>, nameToConfirm: boolean, tripStart: IsoDate, neededUntil: IsoDate): InvitationFlag[] {
  const flags: InvitationFlag[] = [];
  const expiry = row.passportExpiry;
  if (expiry !== null && expiry < tripStart) flags.push({ kind: 'passport-expires-before-trip', expiry, neededUntil });
  else if (expiry !== null && expiry < neededUntil) flags.push({ kind: 'passport-expires-too-soon', expiry, neededUntil });
  const missing = REQUIRED_DETAILS.filter((detail) => isMissing(row, detail));
  if (missing.length > 0) flags.push({ kind: 'missing', details: missing });
  if (nameToConfirm) flags.push({ kind: 'name-to-confirm' });
  return flags;
}

function isMissing(row: Omit<InvitationRow, 'flags'>, detail: RequiredDetail): boolean {
  switch (detail) {
    case 'organisation':
      return row.organisation.name.trim() === '' && row.organisation.nameLocal.trim() === '';
    case 'sex':
    case 'dateOfBirth':
    case 'passportExpiry':
      return row[detail] === null;
    default:
      return row[detail].trim() === '';
  }
}

/** Whether the row's passport expires too soon (or before the trip). */
export const hasPassportFlag = (row: Pick<InvitationRow, 'flags'>): boolean =>
  row.flags.some((flag) => flag.kind === 'passport-expires-too-soon' || flag.kind === 'passport-expires-before-trip');

/** A flag as the organiser reads it. */
export function flagMessage(flag: InvitationFlag): Message {
  switch (flag.kind) {
    case 'passport-expires-too-soon':
      return message('people:invitationList.flag.passportTooSoon', { expiry: flag.expiry, until: flag.neededUntil, months: PASSPORT_MONTHS_AFTER_TRIP });
    case 'passport-expires-before-trip':
      return message('people:invitationList.flag.passportBeforeTrip', { expiry: flag.expiry });
    case 'missing':
      return message('people:invitationList.flag.missing', { details: listOf(flag.details.map(detailMessage)) });
    case 'name-to-confirm':
      return message('people:invitationList.flag.nameToConfirm');
  }
}

const DETAIL_WORDS: Record<RequiredDetail, Message> = {
  familyName: message('people:invitationList.detail.familyName'),
  sex: message('people:invitationList.detail.sex'),
  dateOfBirth: message('people:invitationList.detail.dateOfBirth'),
  nationality: message('people:invitationList.detail.nationality'),
  passportNumber: message('people:invitationList.detail.passportNumber'),
  passportExpiry: message('people:invitationList.detail.passportExpiry'),
  jobTitle: message('people:invitationList.detail.jobTitle'),
  organisation: message('people:invitationList.detail.organisation'),
};

/** A required detail as a flag names it ("date of birth"). */
export const detailMessage = (detail: RequiredDetail): Message => DETAIL_WORDS[detail];

// ---------------------------------------------------------------------------------------------------------------
// The table

/** The words a table of the list is written in: its headers, and the words inside its cells. */
export interface InvitationListWords {
  header: (column: InvitationColumn) => string;
  /** A city of the visit as the reader names it ("Beijing", "北京", "Beijing 北京"). */
  city: (city: City) => string;
  /** An organisation by the reader's name for it. */
  organisation: (organisation: { name: string; nameLocal: string }) => string;
  /** A message of the list (a visit, a flag) in the reader's words. */
  word: (said: Message) => string;
}

/**
 * The list as rows of text, the header row first: dates as YYYY-MM-DD (which every spreadsheet and every
 * reader takes the same way), the cities of the visit each with its dates, and the flags in words.
 */
export function invitationListTable(list: InvitationList, words: InvitationListWords): string[][] {
  const header = INVITATION_COLUMNS.map((column) => words.header(column));
  const body = list.rows.map((row) => {
    const cells: Record<InvitationColumn, string> = {
      familyName: row.familyName,
      givenNames: row.givenNames,
      nameLocal: row.nameLocal,
      sex: row.sex ?? '',
      dateOfBirth: row.dateOfBirth ?? '',
      nationality: row.nationality,
      passportNumber: row.passportNumber,
      passportExpiry: row.passportExpiry ?? '',
      jobTitle: row.jobTitle,
      organisation: row.organisation.name || row.organisation.nameLocal ? words.organisation(row.organisation) : '',
      cities: row.visits
        .map((visit) => words.word(message('people:invitationList.visit', { city: words.city(visit.city), from: visit.from, to: visit.to })))
        .join(words.word(message('people:invitationList.visitSeparator'))),
      arrival: row.arrival ?? '',
      departure: row.departure ?? '',
      toCheck: row.flags.map((flag) => words.word(flagMessage(flag))).join(words.word(message('people:invitationList.flagSeparator'))),
    };
    return INVITATION_COLUMNS.map((column) => cells[column]);
  });
  return [header, ...body];
}

/**
 * The table as CSV: CRLF line ends, every cell a spreadsheet would run as a formula escaped with an apostrophe.
 * Without the byte-order mark, which the caller adds for spreadsheets (`forSpreadsheets`).
 */
export function invitationListCsv(table: readonly (readonly string[])[]): string {
  const [fields = [], ...data] = table;
  return Papa.unparse({ fields: [...fields], data: data.map((row) => [...row]) }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}
