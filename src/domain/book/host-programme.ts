/**
 * The host programme: for one partner organisation, the delegation's visit to them, as the organiser sends it
 * ahead of the visit. Who comes (names, titles, organisations), when, where, the purpose, and whom to call. It
 * is written for the host first: in the language of the host's country, the other language beside it.
 */
import { attendanceCalculator } from '../engagements/engagement-rules';
import type { Engagement } from '../engagements/engagement';
import type { Contact, Organisation } from '../directory/organisation';
import { inDelegationOrder, type MemberRole, type Person } from '../people/person';
import type { City } from '../route/city';
import type { TripContact } from '../trip/trip';
import type { TripBundle } from '../trip/trip-bundle';
import { ownOrganisations } from './briefing-book';

export interface HostVisitor {
  person: Pick<Person, 'id' | 'name' | 'nameLocal' | 'jobTitle' | 'organisationName'>;
  role: MemberRole;
}

export interface HostVisit {
  engagement: Engagement;
  city: City | null;
  visitors: HostVisitor[];
  /** The host's own people the organiser named for it. */
  hostContacts: Contact[];
  /** The number (from 1) of an earlier visit with exactly these visitors, so that the list is given once. */
  sameVisitorsAs: number | null;
}

export interface HostProgramme {
  trip: TripBundle['trip'];
  organisation: Organisation;
  /** Their visits, earliest first; cancelled ones left out. */
  visits: HostVisit[];
  /** Whom the host calls: the organiser, else the local coordinator; null when neither is entered. */
  delegationContact: TripContact | null;
  /** The country whose language the programme speaks first: the host's, else that of the city visited. */
  country: string;
}

const given = (contact: TripContact | undefined | null): contact is TripContact =>
  !!contact && [contact.name, contact.phone, contact.email].some((part) => part.trim() !== '');

/** The programme of `organisationId`'s visits, or null when the trip meets them nowhere. */
export function hostProgramme(bundle: TripBundle, organisationId: string): HostProgramme | null {
  const organisation = bundle.organisations.find((candidate) => candidate.id === organisationId);
  if (!organisation) return null;
  const engagements = bundle.engagements
    .filter((engagement) => engagement.organisationIds.includes(organisationId) && engagement.status !== 'cancelled')
    .sort((a, b) => Date.parse(a.start.utc) - Date.parse(b.start.utc));
  if (engagements.length === 0) return null;

  const personById = new Map(bundle.people.map((person) => [person.id, person]));
  const ordered = inDelegationOrder(bundle.memberships, (id) => personById.get(id)?.name ?? '');
  const rank = new Map(ordered.map((membership, index) => [membership.personId, index]));
  const roleOf = new Map(bundle.memberships.map((membership) => [membership.personId, membership.role]));
  const attendance = attendanceCalculator(bundle.memberships);

  // Each list of visitors, by the first visit it came to.
  const visitorLists = new Map<string, number>();
  const visits = engagements.map((engagement, index): HostVisit => {
    const visitors = attendance(engagement)
      .attendeeIds.slice()
      .sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity))
      .map((id) => personById.get(id))
      .filter((person): person is Person => person !== undefined)
      .map(({ id, name, nameLocal, jobTitle, organisationName }) => ({
        person: { id, name, nameLocal, jobTitle, organisationName },
        role: roleOf.get(id) ?? 'delegate',
      }));
    const key = visitors.map((visitor) => visitor.person.id).join(' ');
    const earlier = visitorLists.get(key);
    if (earlier === undefined && visitors.length > 0) visitorLists.set(key, index + 1);
    return {
      engagement,
      city: bundle.stops.find((stop) => stop.id === engagement.stopId) ?? null,
      visitors,
      sameVisitorsAs: earlier ?? null,
      hostContacts: bundle.contacts.filter(
        (contact) => contact.organisationId === organisationId && engagement.contactIds.includes(contact.id),
      ),
    };
  });
  const { organiserContact, localCoordinator } = bundle.trip;
  return {
    trip: bundle.trip,
    organisation,
    visits,
    delegationContact: given(organiserContact) ? organiserContact : given(localCoordinator) ? localCoordinator : null,
    country: organisation.country || visits[0]?.city?.country || '',
  };
}

/** The partners the trip meets, not the delegation's own organisations: the host programmes there are to send. */
export function hostsOf(bundle: TripBundle): Organisation[] {
  const own = ownOrganisations(bundle);
  const met = new Set(
    bundle.engagements.filter((engagement) => engagement.status !== 'cancelled').flatMap((engagement) => engagement.organisationIds),
  );
  return bundle.organisations.filter((organisation) => met.has(organisation.id) && !own.has(organisation.id));
}
