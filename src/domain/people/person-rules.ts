/**
 * The rules of the roster: what the person form edits and when it may be saved, which stops "joins at … /
 * leaves after …" means, and how a member's part of the route is described in a word or two.
 */
import { isEmailAddress, MAX_NAME_LENGTH } from '../directory/organisation';
import { NAME_ORDERS, PASSPORT_SEXES, VISA_STATUSES, type NameOrder, type PassportSex, type Person, type VisaStatus } from './person';
import { composeName, splitName } from './name-split';
import { matchesSearch } from '../shared/search';
import { err, hasErrors, ok, type FieldMessages, type Result } from '../shared/result';
import { message, type Message } from '../shared/message';
import type { City } from '../route/city';
import { isIsoDate } from '../shared/time';
import { EARLIEST_YEAR, isPlausibleDate, LATEST_YEAR } from '../shared/date-arithmetic';

/**
 * What the person form edits. Dates (birth, passport issue and expiry) are '' for none, or a date
 * (`YYYY-MM-DD`), or text as typed. `name` is the whole name as shown; left empty, it is composed from the
 * title and the parts; given alone, the parts are split from it (a guess to confirm when uncertain).
 */
export interface PersonDraft {
  name: string;
  nameLocal: string;
  title: string;
  givenNames: string;
  familyName: string;
  nameOrder: NameOrder;
  /** Whether the split of the name still waits for the organiser to confirm it. */
  nameToConfirm: boolean;
  sex: PassportSex | null;
  dateOfBirth: string;
  placeOfBirth: string;
  passportNumber: string;
  passportIssueDate: string;
  passportAuthority: string;
  visaType: string;
  organisationId: string | null;
  organisationName: string;
  jobTitle: string;
  email: string;
  phone: string;
  dietary: string;
  accessibility: string;
  nationality: string;
  passportExpiry: string;
  visaStatus: VisaStatus;
  emergencyContact: string;
  notes: string;
}

export function emptyPersonDraft(): PersonDraft {
  return {
    name: '',
    nameLocal: '',
    title: '',
    givenNames: '',
    familyName: '',
    nameOrder: 'given-first',
    nameToConfirm: false,
    sex: null,
    dateOfBirth: '',
    placeOfBirth: '',
    passportNumber: '',
    passportIssueDate: '',
    passportAuthority: '',
    visaType: '',
    organisationId: null,
    organisationName: '',
    jobTitle: '',
    email: '',
    phone: '',
    dietary: '',
    accessibility: '',
    nationality: '',
    passportExpiry: '',
    visaStatus: 'not-started',
    emergencyContact: '',
    notes: '',
  };
}

export function personToDraft(person: Person): PersonDraft {
  const { name, nameLocal, organisationId, organisationName, jobTitle, email, phone, dietary, accessibility } = person;
  const { nationality, passportExpiry, visaStatus, emergencyContact, notes } = person;
  const { title, givenNames, familyName, nameOrder, nameToConfirm, sex, dateOfBirth, placeOfBirth } = person;
  const { passportNumber, passportIssueDate, passportAuthority, visaType } = person;
  return {
    name,
    nameLocal,
    title,
    givenNames,
    familyName,
    nameOrder,
    nameToConfirm,
    sex,
    dateOfBirth: dateOfBirth ?? '',
    placeOfBirth,
    passportNumber,
    passportIssueDate: passportIssueDate ?? '',
    passportAuthority,
    visaType,
    organisationId,
    organisationName,
    jobTitle,
    email,
    phone,
    dietary,
    accessibility,
    nationality,
    passportExpiry: passportExpiry ?? '',
    visaStatus,
    emergencyContact,
    notes,
  };
}

/** The draft as it is saved: trimmed, with its dates as dates or null. */
export type ParsedPersonDraft = Omit<PersonDraft, 'passportExpiry' | 'dateOfBirth' | 'passportIssueDate'> & {
  passportExpiry: string | null;
  dateOfBirth: string | null;
  passportIssueDate: string | null;
};

/** The message for a date field that is not a plausible date, or undefined when it is one or empty. */
function dateProblem(text: string): Message | undefined {
  const date = text.trim();
  if (!date) return undefined;
  if (!isIsoDate(date)) return message('people:errors.dateInvalid', { text: date });
  if (!isPlausibleDate(date)) return message('people:errors.dateOutOfRange', { from: String(EARLIEST_YEAR), to: String(LATEST_YEAR) });
  return undefined;
}

/** One message per field that is wrong, for the person filling in the form. */
export function validatePersonDraft(draft: PersonDraft): FieldMessages<PersonDraft> {
  const errors: FieldMessages<PersonDraft> = {};
  const name = draft.name.trim() || composeName(draft);
  if (!name) errors.name = message('people:errors.nameRequired');
  else if (name.length > MAX_NAME_LENGTH) errors.name = message('people:errors.nameTooLong', { max: MAX_NAME_LENGTH });
  if (draft.nameLocal.trim().length > MAX_NAME_LENGTH) {
    errors.nameLocal = message('people:errors.nameTooLong', { max: MAX_NAME_LENGTH });
  }
  const email = draft.email.trim();
  if (email && !isEmailAddress(email)) errors.email = message('people:errors.emailInvalid', { email });
  for (const field of ['passportExpiry', 'dateOfBirth', 'passportIssueDate'] as const) {
    const problem = dateProblem(draft[field]);
    if (problem) errors[field] = problem;
  }
  if (!VISA_STATUSES.includes(draft.visaStatus)) errors.visaStatus = message('people:errors.visaStatusRequired');
  if (draft.sex !== null && !PASSPORT_SEXES.includes(draft.sex)) errors.sex = message('people:errors.sexInvalid');
  if (!NAME_ORDERS.includes(draft.nameOrder)) errors.nameOrder = message('people:errors.nameOrderInvalid');
  return errors;
}

/** The draft as it is saved, if it is valid. */
export function parsePersonDraft(draft: PersonDraft): Result<ParsedPersonDraft, FieldMessages<PersonDraft>> {
  const errors = validatePersonDraft(draft);
  if (hasErrors(errors)) return err(errors);
  const organisationId = draft.organisationId?.trim() || null;
  const typedName = draft.name.trim().replace(/\s+/g, ' ');
  const typedParts = {
    title: draft.title.trim().replace(/\s+/g, ' '),
    givenNames: draft.givenNames.trim().replace(/\s+/g, ' '),
    familyName: draft.familyName.trim().replace(/\s+/g, ' '),
    nameOrder: draft.nameOrder,
  };
  // A whole name alone is split (a guess to confirm when uncertain); parts alone make the whole name.
  const split = !typedParts.givenNames && !typedParts.familyName ? splitName(typedName, draft.nameLocal) : null;
  const parts = split
    ? { title: typedParts.title || split.title, givenNames: split.givenNames, familyName: split.familyName, nameOrder: split.nameOrder }
    : typedParts;
  return ok({
    name: typedName || composeName(parts),
    ...parts,
    nameToConfirm: split ? split.uncertain : draft.nameToConfirm,
    sex: draft.sex,
    dateOfBirth: draft.dateOfBirth.trim() || null,
    placeOfBirth: draft.placeOfBirth.trim(),
    passportNumber: draft.passportNumber.trim().replace(/\s+/g, '').toLocaleUpperCase(),
    passportIssueDate: draft.passportIssueDate.trim() || null,
    passportAuthority: draft.passportAuthority.trim(),
    visaType: draft.visaType.trim(),
    nameLocal: draft.nameLocal.trim(),
    organisationId,
    organisationName: draft.organisationName.trim(),
    jobTitle: draft.jobTitle.trim(),
    email: draft.email.trim(),
    phone: draft.phone.trim(),
    dietary: draft.dietary.trim(),
    accessibility: draft.accessibility.trim(),
    nationality: draft.nationality.trim(),
    passportExpiry: draft.passportExpiry.trim() || null,
    visaStatus: draft.visaStatus,
    emergencyContact: draft.emergencyContact.trim(),
    notes: draft.notes.trim(),
  });
}

/** E-mail addresses compared as people mean them: case and surrounding space aside. */
export function sameEmail(a: string, b: string): boolean {
  const left = a.trim().toLocaleLowerCase();
  return left !== '' && left === b.trim().toLocaleLowerCase();
}

/**
 * Whether the person is found by the search: every word of the query appears (case and accents aside, Chinese
 * also as pinyin) in their name in either script, their e-mail or the name of the organisation they represent.
 */
export function personMatches(person: Person, query: string, organisationName = person.organisationName): boolean {
  return matchesSearch(query, [person.name, person.nameLocal, person.email, organisationName]);
}

// ---------------------------------------------------------------------------------------------------------------
// The part of the route a member is present for

/**
 * The stop ids from `joinsAtStopId` to `leavesAfterStopId`, both included, in route order. Null for either
 * end means the route's first or last stop; an end that is not on the route is taken as that same default.
 * Empty when the person would leave before they join.
 */
export function citiesBetween(
  stops: readonly Pick<City, 'id' | 'position'>[],
  joinsAtStopId: string | null,
  leavesAfterStopId: string | null,
): string[] {
  const ordered = [...stops].sort((a, b) => a.position - b.position);
  const from = Math.max(
    0,
    ordered.findIndex((stop) => stop.id === joinsAtStopId),
  );
  const lastIndex = ordered.findIndex((stop) => stop.id === leavesAfterStopId);
  const to = lastIndex === -1 ? ordered.length - 1 : lastIndex;
  return ordered.slice(from, to + 1).map((stop) => stop.id);
}

/** The first and last stop of a contiguous part of the route, or null when the set has gaps or is empty. */
export function routePartEnds(
  stops: readonly Pick<City, 'id' | 'position'>[],
  stopIds: readonly string[],
): { joinsAtStopId: string; leavesAfterStopId: string } | null {
  const chosen = new Set(stopIds);
  const indexes = [...stops]
    .sort((a, b) => a.position - b.position)
    .flatMap((stop, index) => (chosen.has(stop.id) ? [{ id: stop.id, index }] : []));
  if (indexes.length === 0) return null;
  const first = indexes[0]!;
  const last = indexes[indexes.length - 1]!;
  if (last.index - first.index + 1 !== indexes.length) return null;
  return { joinsAtStopId: first.id, leavesAfterStopId: last.id };
}

/**
 * The member's part of the route in a few words: "Whole route", "Joins at Beijing", "Leaves after Qingdao",
 * "Beijing to Qingdao", "Wuhan only" (one city inside the route), or the cities named one by one ("Kunming,
 * Tianjin") when the set has gaps. Stops no longer on the route are ignored; "No cities" when none is left.
 */
export function describeRoutePart(
  stops: readonly Pick<City, 'id' | 'position' | 'name'>[],
  stopIds: readonly string[],
): Message {
  const ordered = [...stops].sort((a, b) => a.position - b.position);
  const chosen = new Set(stopIds);
  const present = ordered.filter((stop) => chosen.has(stop.id));
  if (present.length === 0) return ordered.length === 0 ? message('people:routePart.wholeRoute') : message('people:routePart.noCities');
  if (present.length === ordered.length) return message('people:routePart.wholeRoute');
  const ends = routePartEnds(ordered, present.map((stop) => stop.id));
  if (!ends) return citiesOneByOne(present.map((stop) => stop.name));
  const first = present[0]!;
  const last = present[present.length - 1]!;
  if (last.id === ordered[ordered.length - 1]!.id) return message('people:routePart.joinsAt', { city: first.name });
  if (first.id === ordered[0]!.id) return message('people:routePart.leavesAfter', { city: last.name });
  if (present.length === 1) return message('people:routePart.only', { city: first.name });
  return message('people:routePart.between', { first: first.name, last: last.name });
}

/**
 * Two or more cities named one by one, each separated from the rest the reader's way ("Kunming, Tianjin",
 * "昆明、天津").
 */
function citiesOneByOne(names: readonly string[]): Message {
  const [first, second, ...more] = names;
  return message('people:routePart.cities', { first: first!, rest: more.length === 0 ? second! : citiesOneByOne([second!, ...more]) });
}
