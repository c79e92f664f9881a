/**
 * The rules of the roster: what the person form edits and when it may be saved, which stops "joins at … /
 * leaves after …" means, and how a member's part of the route is described in a word or two.
 */
import { isEmailAddress, MAX_NAME_LENGTH } from '../directory/organisation';
import { VISA_STATUSES, type Person, type VisaStatus } from './person';
import { matchesSearch } from '../shared/search';
import { err, hasErrors, ok, type FieldErrors, type Result } from '../shared/result';
import type { City } from '../route/city';
import { isIsoDate } from '../shared/time';
import { EARLIEST_YEAR, isPlausibleDate, LATEST_YEAR } from '../shared/date-arithmetic';

/** What the person form edits. The passport expiry is '' for none, or a date (`YYYY-MM-DD`), or text as typed. */
export interface PersonDraft {
  name: string;
  nameLocal: string;
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
  return {
    name,
    nameLocal,
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

/** The draft as it is saved: trimmed, with the passport expiry as a date or null. */
export type ParsedPersonDraft = Omit<PersonDraft, 'passportExpiry'> & { passportExpiry: string | null };

/** One message per field that is wrong, worded for the person filling in the form. */
export function validatePersonDraft(draft: PersonDraft): FieldErrors<PersonDraft> {
  const errors: FieldErrors<PersonDraft> = {};
  const name = draft.name.trim();
  if (!name) errors.name = 'Give the person’s name.';
  else if (name.length > MAX_NAME_LENGTH) errors.name = `Keep the name under ${MAX_NAME_LENGTH} characters.`;
  if (draft.nameLocal.trim().length > MAX_NAME_LENGTH) {
    errors.nameLocal = `Keep the name under ${MAX_NAME_LENGTH} characters.`;
  }
  const email = draft.email.trim();
  if (email && !isEmailAddress(email)) errors.email = `“${email}” is not an e-mail address. Type it like name@example.com.`;
  const expiry = draft.passportExpiry.trim();
  if (expiry) {
    if (!isIsoDate(expiry)) errors.passportExpiry = `“${expiry}” is not a date. Type it like 5 Nov 2029.`;
    else if (!isPlausibleDate(expiry)) errors.passportExpiry = `Enter a date between ${EARLIEST_YEAR} and ${LATEST_YEAR}.`;
  }
  if (!VISA_STATUSES.includes(draft.visaStatus)) errors.visaStatus = 'Choose where the visa application stands.';
  return errors;
}

/** The draft as it is saved, if it is valid. */
export function parsePersonDraft(draft: PersonDraft): Result<ParsedPersonDraft, FieldErrors<PersonDraft>> {
  const errors = validatePersonDraft(draft);
  if (hasErrors(errors)) return err(errors);
  const organisationId = draft.organisationId?.trim() || null;
  return ok({
    name: draft.name.trim().replace(/\s+/g, ' '),
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
 * "Beijing to Qingdao", "Wuhan only" (one city inside the route), or the cities named one by one ("Kunming, Tianjin") when the set has
 * gaps. Stops no longer on the route are ignored; "No cities" when none is left.
 */
export function describeRoutePart(
  stops: readonly Pick<City, 'id' | 'position' | 'name'>[],
  stopIds: readonly string[],
): string {
  const ordered = [...stops].sort((a, b) => a.position - b.position);
  const chosen = new Set(stopIds);
  const present = ordered.filter((stop) => chosen.has(stop.id));
  if (present.length === 0) return ordered.length === 0 ? 'Whole route' : 'No cities';
  if (present.length === ordered.length) return 'Whole route';
  const ends = routePartEnds(ordered, present.map((stop) => stop.id));
  if (!ends) return present.map((stop) => stop.name).join(', ');
  const first = present[0]!;
  const last = present[present.length - 1]!;
  if (last.id === ordered[ordered.length - 1]!.id) return `Joins at ${first.name}`;
  if (first.id === ordered[0]!.id) return `Leaves after ${last.name}`;
  if (present.length === 1) return `${first.name} only`;
  return `${first.name} to ${last.name}`;
}
