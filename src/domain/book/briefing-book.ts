/**
 * The briefing book: what a delegate carries (or the organiser, for the whole delegation), put together from the
 * plan. This module decides what goes in, for whom, and what is missing; the screen that prints it words it in
 * the reader's language. Nothing here is worded.
 *
 * A delegate's book holds the part of the trip they are on, as their calendar does: their cities, the journeys
 * they take, the hotels of their cities and the engagements they attend. Personal data of other people (their
 * phones, e-mails and dietary needs) is in the organiser's edition only: a delegate's book names the others and
 * says what they do, nothing more. Passport numbers and dates of birth are in no book unless the organiser ticks
 * `passportDetails`, and then a delegate's book holds their own alone (to hand if the passport is lost) and the
 * organiser's edition everyone's; the book never carries a whole person record, so nothing else slips in.
 *
 * A delegate whose calendar is published to the agency's CalDAV server finds on the cover of their book (both
 * editions) the QR code and address that add it to their phone: the cover is the page they open first, before
 * leaving, which is when a calendar is added; the calendar is theirs alone, as the cover says whose book it is;
 * and the cover has room below its contents, so the code adds no page. A book printed without its cover carries
 * it in the contacts in emergencies instead. The whole delegation's book has none: no one calendar is everyone's.
 */
import { subscriptionAddresses, type SubscriptionAddresses } from '../calendars/calendar-subscription';
import { scopeKey, type Publication } from '../calendars/calendar-publication';
import { attendanceCalculator } from '../engagements/engagement-rules';
import type { Engagement, FollowUp } from '../engagements/engagement';
import type { Contact, Organisation } from '../directory/organisation';
import { inDelegationOrder, type MemberRole, type Membership, type Person } from '../people/person';
import { dietarySummary, isMeal, type DietarySummary } from '../people/rollups';
import { buildProgramme, type ProgrammeDay } from '../programme/programme';
import { personalProgrammeInput } from '../programme/personal-programme';
import { inRouteOrder, type City } from '../route/city';
import type { Hotel } from '../route/hotel';
import type { Journey } from '../route/journey';
import type { IsoDate } from '../shared/date-arithmetic';
import type { DiplomaticMission, TripContact } from '../trip/trip';
import type { TripBundle } from '../trip/trip-bundle';

/** The parts of a book, in the order they are printed. Persisted in remembered choices: do not rename. */
export const BOOK_SECTIONS = ['cover', 'route', 'whosWho', 'days', 'hotels', 'travel', 'emergency', 'care', 'meals'] as const;
export type BookSection = (typeof BOOK_SECTIONS)[number];

/**
 * Whose eyes the book is for. The organiser's edition holds everyone's contact details and dietary needs and
 * marks what is missing from the plan; a delegate's holds none of that. Persisted: do not rename.
 */
export const BOOK_EDITIONS = ['delegate', 'organiser'] as const;
export type BookEdition = (typeof BOOK_EDITIONS)[number];

/** Sections only the organiser's edition can hold. */
export const ORGANISER_ONLY_SECTIONS: ReadonlySet<BookSection> = new Set(['care', 'meals']);

export interface BookOptions {
  /** The delegate whose book it is; null for the whole delegation's. */
  personId: string | null;
  edition: BookEdition;
  sections: readonly BookSection[];
  /**
   * Whether passport numbers and dates of birth go in: the delegate's own in their book (in the contacts in
   * emergencies), everyone's in the organiser's edition (in their care). Absent means no.
   */
  passportDetails?: boolean;
}

export const DEFAULT_BOOK_OPTIONS: BookOptions = {
  personId: null,
  edition: 'delegate',
  sections: BOOK_SECTIONS.filter((section) => !ORGANISER_ONLY_SECTIONS.has(section)),
  passportDetails: false,
};

/** A passport as a book prints it, when the organiser ticks passport details. */
export type BookPassport = Pick<
  Person,
  'givenNames' | 'familyName' | 'dateOfBirth' | 'nationality' | 'passportNumber' | 'passportIssueDate' | 'passportExpiry' | 'passportAuthority'
>;

/** An earlier engagement with a partner, on another mission: the directory's history. */
export interface PastVisit {
  tripName: string | null;
  date: IsoDate;
  title: string;
  outcome: string;
}

/** A person of the delegation as the book shows them; `phone` and `email` only in the organiser's edition. */
export interface BookMember {
  person: Pick<Person, 'id' | 'name' | 'nameLocal' | 'jobTitle' | 'organisationName'>;
  role: MemberRole;
  /** The cities they are at, in route order. */
  stopIds: string[];
  phone: string;
  email: string;
  /**
   * What the organiser needs to hand when something goes wrong; null in a delegate's book. `passport` only when
   * the organiser ticks passport details.
   */
  care:
    | (Pick<Person, 'emergencyContact' | 'accessibility' | 'dietary' | 'passportExpiry' | 'visaStatus' | 'nationality'> & {
        passport: BookPassport | null;
      })
    | null;
}

export interface BookPartner {
  organisation: Organisation;
  contacts: Contact[];
  /** Engagements with them on other missions, newest first. */
  history: PastVisit[];
  /** Follow-ups of this trip's engagements with them that are not done: the organiser's edition only. */
  openFollowUps: FollowUp[];
}

/** What a gap in the plan is: printed for the organiser to fill, never in a delegate's book. */
export type BookGap =
  | 'objectives'
  | 'venue'
  | 'venueLocal'
  | 'hotelAddress'
  | 'hotelAddressLocal'
  | 'hotelPhone'
  | 'mission'
  | 'organiserContact'
  | 'localCoordinator';

export interface BookEngagement {
  engagement: Engagement;
  attendees: BookMember['person'][];
  partners: BookPartner[];
  gaps: BookGap[];
}

export interface BookHotel {
  hotel: Hotel;
  city: City;
  gaps: BookGap[];
}

export interface BookCountry {
  /** ISO 3166-1 alpha-2. */
  country: string;
  cities: City[];
  /** The missions of the country: its embassy, then the consulates of the book's cities in route order, then the rest. */
  missions: DiplomaticMission[];
}

export interface BookMeal {
  engagement: Engagement;
  summary: DietarySummary;
  /** Who needs what: named, so it is in the organiser's edition only. */
  needs: { name: string; need: string }[];
}

/** A day on one line, for the route at a glance. */
export interface DayAtAGlance {
  date: IsoDate;
  stopIds: string[];
  journeys: Journey[];
  engagements: Engagement[];
}

export interface BriefingBook {
  edition: BookEdition;
  /** The sections to print, in order: those chosen that the edition can hold. */
  sections: BookSection[];
  trip: TripBundle['trip'];
  /** The delegate whose book it is; null for the whole delegation's. */
  person: BookMember['person'] | null;
  /** The delegate's own passport, in their book when the organiser ticks passport details; null otherwise. */
  passport: BookPassport | null;
  /** The book's own first and last day: the delegate's, or the trip's. */
  startDate: IsoDate;
  endDate: IsoDate;
  /** Heads of the delegation, for the cover. */
  leaders: BookMember['person'][];
  organiserContact: TripContact | null;
  localCoordinator: TripContact | null;
  stops: City[];
  glance: DayAtAGlance[];
  members: BookMember[];
  /** Per city of the book, the partners met there, in the order first met. */
  partnersByCity: { city: City; partners: BookPartner[] }[];
  days: ProgrammeDay[];
  engagements: Map<string, BookEngagement>;
  hotels: BookHotel[];
  journeys: Journey[];
  countries: BookCountry[];
  meals: BookMeal[];
  /** Gaps of the book as a whole (no organiser contact, a country without a mission): organiser's edition only. */
  gaps: BookGap[];
  /**
   * The delegate's published calendar and the part of the book that shows its QR code and address: the cover, or
   * the contacts in emergencies when the book has no cover. Null in the whole delegation's book, before their
   * calendar is published, or when the book has neither part.
   */
  calendar: { addresses: SubscriptionAddresses; on: 'cover' | 'emergency' } | null;
}

export interface BookSource {
  bundle: TripBundle;
  /** Each partner's engagements on other missions, by organisation id (the directory's history). */
  history?: ReadonlyMap<string, readonly PastVisit[]>;
  /** The trip's calendars as published to the CalDAV server (the calendar repository's publications). */
  publications?: readonly Pick<Publication, 'key' | 'url'>[];
}

const hasContact = (contact: TripContact | undefined | null): contact is TripContact =>
  !!contact && (contact.name.trim() !== '' || contact.phone.trim() !== '' || contact.email.trim() !== '');

/**
 * The book of `options.personId` (null: the whole delegation), or null when that person is not on the trip.
 * Bad or missing data never stops it: what is missing is listed as a gap, which only the organiser's edition
 * prints.
 */
export function briefingBook({ bundle, history, publications }: BookSource, options: BookOptions): BriefingBook | null {
  const organiser = options.edition === 'organiser';
  const personId = options.personId;
  const owner = personId === null ? null : (bundle.people.find((candidate) => candidate.id === personId) ?? null);
  if (personId !== null && owner === null) return null;
  const person = owner && bookPerson(owner);
  const passportDetails = options.passportDetails === true;

  const input = personId === null ? bundle : personalProgrammeInput(bundle, personId);
  if (input === null) return null;
  const stops = inRouteOrder(input.stops);
  const stopById = new Map(stops.map((stop) => [stop.id, stop]));
  const days = buildProgramme(input);
  const personById = new Map(bundle.people.map((candidate) => [candidate.id, candidate]));
  const organisationById = new Map(bundle.organisations.map((organisation) => [organisation.id, organisation]));
  const attendance = attendanceCalculator(bundle.memberships);
  const nameOf = (id: string) => personById.get(id)?.name ?? '';

  const member = (membership: Membership): BookMember | null => {
    const found = personById.get(membership.personId);
    if (!found) return null;
    const { id, name, nameLocal, jobTitle, organisationName } = found;
    return {
      person: { id, name, nameLocal, jobTitle, organisationName },
      role: membership.role,
      stopIds: inRouteOrder(bundle.stops.filter((stop) => membership.stopIds.includes(stop.id))).map((stop) => stop.id),
      // Others' contact details are the organiser's to hold; a delegate's book has their own at most.
      phone: organiser || membership.personId === personId ? found.phone : '',
      email: organiser || membership.personId === personId ? found.email : '',
      care: organiser
        ? {
            emergencyContact: found.emergencyContact,
            accessibility: found.accessibility,
            dietary: found.dietary,
            passportExpiry: found.passportExpiry,
            visaStatus: found.visaStatus,
            nationality: found.nationality,
            passport: passportDetails ? passportOf(found) : null,
          }
        : null,
    };
  };
  const ordered = inDelegationOrder(bundle.memberships, nameOf);
  const members = ordered.map(member).filter((entry): entry is BookMember => entry !== null);
  const leaders = members.filter((entry) => entry.role === 'head').map((entry) => entry.person);

  const engagements = [...input.engagements].filter((engagement) => engagement.status !== 'cancelled');
  const partnerOf = (organisationId: string): BookPartner | null => {
    const organisation = organisationById.get(organisationId);
    if (!organisation) return null;
    const ofThem = new Set(bundle.engagements.filter((engagement) => engagement.organisationIds.includes(organisationId)).map((engagement) => engagement.id));
    return {
      organisation,
      contacts: bundle.contacts.filter((contact) => contact.organisationId === organisationId),
      history: [...(history?.get(organisationId) ?? [])].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
      // The team's own to-do list: the organiser's edition only.
      openFollowUps: organiser ? bundle.followUps.filter((followUp) => !followUp.done && ofThem.has(followUp.engagementId)) : [],
    };
  };

  const bookEngagements = new Map<string, BookEngagement>();
  for (const engagement of engagements) {
    const gaps: BookGap[] = [];
    // Free time needs neither a purpose nor a place.
    const planned = engagement.kind !== 'free-time';
    if (!engagement.objectives.trim() && planned) gaps.push('objectives');
    const noVenue = !engagement.venue.name.trim() && !engagement.venue.address.trim();
    if (noVenue && planned) gaps.push('venue');
    else if (!noVenue && !engagement.venue.addressLocal.trim() && stopById.get(engagement.stopId)?.nameLocal) gaps.push('venueLocal');
    bookEngagements.set(engagement.id, {
      engagement,
      attendees: orderedPeople(attendance(engagement).attendeeIds, ordered, personById),
      partners: engagement.organisationIds.map(partnerOf).filter((partner): partner is BookPartner => partner !== null),
      gaps: organiser ? gaps : [],
    });
  }

  // The delegation's own organisations (a delegate's employer) are not partners to brief on.
  const own = ownOrganisations(bundle);
  const partnersByCity = stops
    .map((city) => {
      const seen = new Set<string>();
      const partners: BookPartner[] = [];
      for (const engagement of byStart(engagements.filter((candidate) => candidate.stopId === city.id))) {
        for (const partner of bookEngagements.get(engagement.id)?.partners ?? []) {
          if (seen.has(partner.organisation.id) || own.has(partner.organisation.id)) continue;
          seen.add(partner.organisation.id);
          partners.push(partner);
        }
      }
      return { city, partners };
    })
    .filter((entry) => entry.partners.length > 0);

  const hotels = input.accommodations
    .filter((hotel) => stopById.has(hotel.stopId))
    .sort((a, b) => (a.checkInDate < b.checkInDate ? -1 : a.checkInDate > b.checkInDate ? 1 : 0))
    .map((hotel): BookHotel => {
      const gaps: BookGap[] = [];
      if (!hotel.address.trim()) gaps.push('hotelAddress');
      if (!hotel.addressLocal.trim() && stopById.get(hotel.stopId)?.nameLocal) gaps.push('hotelAddressLocal');
      if (!hotel.phone.trim()) gaps.push('hotelPhone');
      return { hotel, city: stopById.get(hotel.stopId)!, gaps: organiser ? gaps : [] };
    });

  const journeys = [...input.segments].sort((a, b) => Date.parse(a.departure.utc) - Date.parse(b.departure.utc));
  const countries = countriesOf(stops, bundle.trip.diplomaticMissions ?? []);
  const organiserContact = hasContact(bundle.trip.organiserContact) ? bundle.trip.organiserContact : null;
  const localCoordinator = hasContact(bundle.trip.localCoordinator) ? bundle.trip.localCoordinator : null;
  const gaps: BookGap[] = [];
  if (organiserContact === null) gaps.push('organiserContact');
  if (localCoordinator === null) gaps.push('localCoordinator');
  if (countries.some((country) => country.missions.length === 0)) gaps.push('mission');

  const meals = organiser
    ? byStart(engagements.filter(isMeal)).map((engagement): BookMeal => {
        const attendees = attendance(engagement)
          .attendeeIds.map((id) => personById.get(id))
          .filter((found): found is Person => found !== undefined);
        return {
          engagement,
          summary: dietarySummary(attendees),
          needs: attendees
            .filter((attendee) => attendee.dietary.trim() !== '' && !/^(none|no|n\/a|-)$/i.test(attendee.dietary.trim()))
            .map((attendee) => ({ name: attendee.name, need: attendee.dietary.trim() })),
        };
      })
    : [];

  const sections = BOOK_SECTIONS.filter((section) => options.sections.includes(section) && (organiser || !ORGANISER_ONLY_SECTIONS.has(section)));
  return {
    edition: options.edition,
    sections,
    trip: bundle.trip,
    person,
    passport: owner && passportDetails ? passportOf(owner) : null,
    startDate: input.trip.startDate,
    endDate: input.trip.endDate,
    leaders,
    organiserContact,
    localCoordinator,
    stops,
    glance: days.map((day) => ({
      date: day.date,
      stopIds: day.stopIds,
      journeys: day.items.flatMap((item) => (item.kind === 'departure' ? [item.segment] : [])),
      engagements: day.items.flatMap((item) => (item.kind === 'engagement' && item.engagement.status !== 'cancelled' ? [item.engagement] : [])),
    })),
    members,
    partnersByCity,
    days: days.map((day) => ({
      ...day,
      items: day.items.filter((item) => item.kind !== 'engagement' || item.engagement.status !== 'cancelled'),
    })),
    engagements: bookEngagements,
    hotels,
    journeys,
    countries,
    meals,
    gaps: organiser ? gaps : [],
    calendar: personId === null ? null : publishedCalendar(publications ?? [], personId, sections),
  };
}

/** The fields of a person a book may name: never their passport, birth or contact details. */
function bookPerson({ id, name, nameLocal, jobTitle, organisationName }: Person): BookMember['person'] {
  return { id, name, nameLocal, jobTitle, organisationName };
}

function passportOf(person: Person): BookPassport {
  const { givenNames, familyName, dateOfBirth, nationality, passportNumber, passportIssueDate, passportExpiry, passportAuthority } = person;
  return { givenNames, familyName, dateOfBirth, nationality, passportNumber, passportIssueDate, passportExpiry, passportAuthority };
}

/** The person's published calendar, on the cover or, without one, in the contacts in emergencies. */
function publishedCalendar(
  publications: readonly Pick<Publication, 'key' | 'url'>[],
  personId: string,
  sections: readonly BookSection[],
): BriefingBook['calendar'] {
  const key = scopeKey({ kind: 'person', personId });
  const url = publications.find((publication) => publication.key === key)?.url ?? null;
  const addresses = url === null ? null : subscriptionAddresses(url);
  const on = sections.includes('cover') ? 'cover' : sections.includes('emergency') ? 'emergency' : null;
  return addresses && on ? { addresses, on } : null;
}

/** The organisations of the trip's own members. */
export function ownOrganisations(bundle: Pick<TripBundle, 'memberships' | 'people'>): Set<string> {
  const members = new Set(bundle.memberships.map((membership) => membership.personId));
  return new Set(
    bundle.people.flatMap((person) => (members.has(person.id) && person.organisationId ? [person.organisationId] : [])),
  );
}

function byStart(engagements: readonly Engagement[]): Engagement[] {
  return [...engagements].sort((a, b) => Date.parse(a.start.utc) - Date.parse(b.start.utc));
}

function orderedPeople(
  ids: readonly string[],
  ordered: readonly Membership[],
  personById: ReadonlyMap<string, Person>,
): BookMember['person'][] {
  const rank = new Map(ordered.map((membership, index) => [membership.personId, index]));
  return [...ids]
    .sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity))
    .map((id) => personById.get(id))
    .filter((found): found is Person => found !== undefined)
    .map(({ id, name, nameLocal, jobTitle, organisationName }) => ({ id, name, nameLocal, jobTitle, organisationName }));
}

/** The countries of the book's cities, in route order, each with the missions to call there. */
function countriesOf(stops: readonly City[], missions: readonly DiplomaticMission[]): BookCountry[] {
  const countries: BookCountry[] = [];
  for (const city of stops) {
    const entry = countries.find((country) => country.country === city.country);
    if (entry) entry.cities.push(city);
    else countries.push({ country: city.country, cities: [city], missions: [] });
  }
  for (const entry of countries) {
    const inCountry = missions.filter((mission) => mission.country === entry.country);
    // The embassy (for the whole country) first, then the consulates of the book's cities in route order, then
    // the country's other consulates.
    const rank = (mission: DiplomaticMission) => {
      if (mission.city.trim() === '') return -1;
      const at = entry.cities.findIndex((city) => city.name.toLocaleLowerCase() === mission.city.trim().toLocaleLowerCase());
      return at === -1 ? entry.cities.length : at;
    };
    entry.missions = inCountry.map((mission, index) => ({ mission, index })).sort((a, b) => rank(a.mission) - rank(b.mission) || a.index - b.index).map(({ mission }) => mission);
  }
  return countries;
}
