/**
 * People, shared by every trip, and the roster of each trip: who is on it, in what role, for which stops.
 * It owns two invariants: a person is on a trip at most once, and no engagement or journey of a trip names a
 * person who has left it (removing a member takes them off the trip's engagement adjustments and journeys'
 * traveller lists in the same transaction). Every change is one transaction; removals return what they took
 * so they can be undone.
 */
import type { Engagement } from '../domain/engagements/engagement';
import type { Organisation } from '../domain/directory/organisation';
import type { MemberRole, Membership, Person } from '../domain/people/person';
import { inFamilyNameOrder } from '../domain/people/name-order';
import { parsePersonDraft, personMatches, personToDraft, type PersonDraft } from '../domain/people/person-rules';
import { mergeFields, type EditClash } from '../domain/shared/field-merge';
import { message, type Message } from '../domain/shared/message';
import { err, ok, type FieldMessages, type Result } from '../domain/shared/result';
import { inRouteOrder } from '../domain/route/city';
import type { Journey } from '../domain/route/journey';
import type { Clock } from './clock';
import type { PlannerDatabase } from './database';

/** A person with the name of the organisation they represent: the directory's name when it is there. */
export interface PersonSearchHit {
  person: Person;
  organisationName: string;
}

/** One line of a trip's roster. */
export interface RosterEntry {
  membership: Membership;
  person: Person;
  organisationName: string;
}

export interface MembershipDraft {
  role: MemberRole;
  /** The stops they are present for; kept in route order, stops not on the trip's route dropped. */
  stopIds: string[];
}

export interface MembershipUpdate extends MembershipDraft {
  notes: string;
}

/** What removing a member took: the membership, and the trip's records that named them, as they were. */
export interface RemovedMember {
  membership: Membership;
  engagements: Engagement[];
  segments: Journey[];
}

export type PersonSaveResult = Result<Person, FieldMessages<PersonDraft>>;
/** An edit saved, refused, or clashing with a change saved since the form opened. */
export type PersonEditResult = PersonSaveResult | EditClash<PersonDraft>;

/** Why a new person was not added to a trip: their details (by field), or the membership (the trip has gone). */
export type NewMemberRefusal = { kind: 'person'; errors: FieldMessages<PersonDraft> } | { kind: 'membership'; message: Message };

export interface NewMember {
  person: Person;
  membership: Membership;
}

export interface PeopleRepository {
  /**
   * People whose name in either script, e-mail or organisation has every word of the query, by name; at most
   * `limit`. An empty query lists everyone up to the limit.
   */
  searchPeople(query: string, limit: number): Promise<PersonSearchHit[]>;
  getPerson(id: string): Promise<Person | undefined>;
  /**
   * Creates a person (personId null) or updates one. An e-mail address another person already has is refused
   * on the e-mail field, naming that person, so the same person is not entered twice.
   */
  savePerson(personId: string | null, draft: PersonDraft): Promise<PersonSaveResult>;
  /**
   * Saves an edit made in a form opened on `opened`: only the fields the person changed are written, on top of
   * the person as they are now, so that a change saved meanwhile (another window, another trip's roster) to
   * another field is kept. A field changed on both sides to different values is not saved: the clash is returned.
   */
  savePersonEdit(personId: string, opened: PersonDraft, draft: PersonDraft): Promise<PersonEditResult>;
  /** The trip's members with their people, by family name (see name-order.ts). */
  roster(tripId: string): Promise<RosterEntry[]>;
  /** Refused, with a message, when the person is already on the trip or either is gone. */
  addMember(tripId: string, personId: string, draft: MembershipDraft): Promise<Result<Membership, Message>>;
  /**
   * Creates a person and puts them on the trip in one transaction, by the rules of `savePerson` and `addMember`:
   * if either refuses or fails, neither is kept, so no one is left in the directory on no trip.
   */
  addNewMember(tripId: string, draft: PersonDraft, membership: MembershipDraft): Promise<Result<NewMember, NewMemberRefusal>>;
  updateMembership(membershipId: string, update: MembershipUpdate): Promise<Result<Membership, Message>>;
  /** Takes the person off the trip, and off its engagements and journeys; undefined if they were not on it. */
  removeMember(membershipId: string): Promise<RemovedMember | undefined>;
  /**
   * Puts back what `removeMember` took: the membership, and the person back in the lists they were taken off,
   * keeping any other change made since. Fails if the trip or person has gone, or they are on the trip again.
   */
  restoreMember(removed: RemovedMember): Promise<Result<Membership, Message>>;
}

const without = (ids: readonly string[], id: string) => ids.filter((other) => other !== id);
const withId = (ids: readonly string[], id: string) => (ids.includes(id) ? [...ids] : [...ids, id]);

export function createPeopleRepository(db: PlannerDatabase, clock: Clock): PeopleRepository {
  const touchTrip = (tripId: string) => db.trips.update(tripId, { updatedAt: clock.now() });

  const organisationNameOf = (person: Person, organisations: ReadonlyMap<string, Organisation>) =>
    (person.organisationId ? organisations.get(person.organisationId)?.name : undefined) ?? person.organisationName;

  async function organisationsOf(people: readonly Person[]): Promise<Map<string, Organisation>> {
    const ids = [...new Set(people.flatMap((person) => (person.organisationId ? [person.organisationId] : [])))];
    const found = await db.organisations.bulkGet(ids);
    return new Map(found.flatMap((organisation) => (organisation ? [[organisation.id, organisation] as const] : [])));
  }

  /** The stops of the trip among `stopIds`, in route order. */
  async function routeStops(tripId: string, stopIds: readonly string[]): Promise<string[]> {
    const chosen = new Set(stopIds);
    const stops = inRouteOrder(await db.stops.where('tripId').equals(tripId).toArray());
    return stops.filter((stop) => chosen.has(stop.id)).map((stop) => stop.id);
  }

  const repository: PeopleRepository = {
    async searchPeople(query, limit) {
      return db.transaction('r', [db.people, db.organisations], async () => {
        const [people, organisations] = await Promise.all([db.people.toArray(), db.organisations.toArray()]);
        const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
        const hits: PersonSearchHit[] = [];
        for (const person of inFamilyNameOrder(people, (candidate) => candidate.name)) {
          const organisationName = organisationNameOf(person, byId);
          if (!personMatches(person, query, organisationName)) continue;
          hits.push({ person, organisationName });
          if (hits.length >= limit) break;
        }
        return hits;
      });
    },

    getPerson: (id) => db.people.get(id),

    async savePerson(personId, draft) {
      const parsed = parsePersonDraft(draft);
      if (!parsed.ok) return parsed;
      const values = parsed.value;
      return db.transaction('rw', [db.people, db.organisations], async (): Promise<PersonSaveResult> => {
        const existing = personId ? await db.people.get(personId) : undefined;
        if (personId && !existing) return err({ name: message('people:errors.personGone') });
        if (values.email) {
          const sharing = (await db.people.where('email').equalsIgnoreCase(values.email).toArray()).find(
            (other) => other.id !== personId,
          );
          if (sharing) {
            return err({
              email: message('people:errors.emailTaken', { name: sharing.name }),
            });
          }
        }
        const organisation = values.organisationId ? await db.organisations.get(values.organisationId) : undefined;
        const now = clock.now();
        const person: Person = {
          id: existing?.id ?? clock.newId(),
          sample: existing?.sample ?? false,
          createdAt: existing?.createdAt ?? now,
          nameAsEntered: existing?.nameAsEntered ?? null,
          ...values,
          // An organisation that has left the directory is kept by its name.
          organisationId: organisation?.id ?? null,
          organisationName: organisation && !values.organisationName ? organisation.name : values.organisationName,
          updatedAt: now,
        };
        await db.people.put(person);
        return ok(person);
      });
    },

    async roster(tripId) {
      return db.transaction('r', [db.memberships, db.people, db.organisations], async () => {
        const memberships = await db.memberships.where('tripId').equals(tripId).toArray();
        const people = await db.people.bulkGet(memberships.map((membership) => membership.personId));
        const found = people.filter((person): person is Person => person !== undefined);
        const organisations = await organisationsOf(found);
        const peopleById = new Map(found.map((person) => [person.id, person]));
        const entries = memberships.flatMap((membership) => {
          const person = peopleById.get(membership.personId);
          return person ? [{ membership, person, organisationName: organisationNameOf(person, organisations) }] : [];
        });
        return inFamilyNameOrder(entries, (entry) => entry.person.name);
      });
    },

    async addMember(tripId, personId, draft) {
      return db.transaction('rw', [db.trips, db.stops, db.people, db.memberships], async () => {
        const [trip, person] = await Promise.all([db.trips.get(tripId), db.people.get(personId)]);
        if (!trip) return err(message('people:errors.tripGone'));
        if (!person) return err(message('people:errors.personGone'));
        const already = await db.memberships.where('[tripId+personId]').equals([tripId, personId]).first();
        if (already) return err(message('people:errors.alreadyOnTrip', { name: person.name }));
        const membership: Membership = {
          id: clock.newId(),
          tripId,
          personId,
          role: draft.role,
          stopIds: await routeStops(tripId, draft.stopIds),
          notes: '',
          calendarExportedAt: null,
        };
        await db.memberships.add(membership);
        await touchTrip(tripId);
        return ok(membership);
      });
    },

    async addNewMember(tripId, draft, membershipDraft) {
      try {
        // savePerson's and addMember's transactions run inside this one: nothing is kept until both are done.
        return await db.transaction('rw', [db.trips, db.stops, db.people, db.organisations, db.memberships], async () => {
          const person = await repository.savePerson(null, draft);
          if (!person.ok) return err({ kind: 'person' as const, errors: person.error });
          const membership = await repository.addMember(tripId, person.value.id, membershipDraft);
          // The person is written by now (a trip deleted meanwhile refuses them): throwing undoes that write.
          if (!membership.ok) throw new MembershipRefused(membership.error);
          return ok({ person: person.value, membership: membership.value });
        });
      } catch (error) {
        if (error instanceof MembershipRefused) return err({ kind: 'membership', message: error.reason });
        throw error;
      }
    },

    async updateMembership(membershipId, update) {
      return db.transaction('rw', [db.trips, db.stops, db.memberships], async () => {
        const existing = await db.memberships.get(membershipId);
        if (!existing) return err(message('people:errors.memberGone'));
        const membership: Membership = {
          ...existing,
          role: update.role,
          stopIds: await routeStops(existing.tripId, update.stopIds),
          notes: update.notes.trim(),
        };
        await db.memberships.put(membership);
        await touchTrip(existing.tripId);
        return ok(membership);
      });
    },

    async removeMember(membershipId) {
      return db.transaction('rw', [db.trips, db.memberships, db.engagements, db.segments], async () => {
        const membership = await db.memberships.get(membershipId);
        if (!membership) return undefined;
        const { personId, tripId } = membership;
        const [tripEngagements, tripSegments] = await Promise.all([
          db.engagements.where('tripId').equals(tripId).toArray(),
          db.segments.where('tripId').equals(tripId).toArray(),
        ]);
        const engagements = tripEngagements.filter(
          (engagement) =>
            engagement.addedAttendeeIds.includes(personId) || engagement.removedAttendeeIds.includes(personId),
        );
        const segments = tripSegments.filter((segment) => segment.travellerIds?.includes(personId));
        const now = clock.now();
        await db.engagements.bulkPut(
          engagements.map((engagement) => ({
            ...engagement,
            addedAttendeeIds: without(engagement.addedAttendeeIds, personId),
            removedAttendeeIds: without(engagement.removedAttendeeIds, personId),
            updatedAt: now,
          })),
        );
        await db.segments.bulkPut(
          segments.map((segment) => ({ ...segment, travellerIds: without(segment.travellerIds ?? [], personId) })),
        );
        await db.memberships.delete(membershipId);
        await touchTrip(tripId);
        return { membership, engagements, segments };
      });
    },

    async restoreMember(removed) {
      const { membership } = removed;
      const { personId, tripId } = membership;
      return db.transaction(
        'rw',
        [db.trips, db.people, db.memberships, db.engagements, db.segments],
        async (): Promise<Result<Membership, Message>> => {
          const [trip, person] = await Promise.all([db.trips.get(tripId), db.people.get(personId)]);
          if (!trip) return err(message('people:errors.restoreTripGone'));
          if (!person) return err(message('people:errors.personGone'));
          if (await db.memberships.where('[tripId+personId]').equals([tripId, personId]).first()) {
            return err(message('people:errors.backAlready', { name: person.name }));
          }
          const now = clock.now();
          const engagements = await db.engagements.bulkGet(removed.engagements.map((engagement) => engagement.id));
          await db.engagements.bulkPut(
            engagements.flatMap((current, index) => {
              const before = removed.engagements[index]!;
              if (!current) return [];
              return [
                {
                  ...current,
                  addedAttendeeIds: before.addedAttendeeIds.includes(personId)
                    ? withId(current.addedAttendeeIds, personId)
                    : current.addedAttendeeIds,
                  removedAttendeeIds: before.removedAttendeeIds.includes(personId)
                    ? withId(current.removedAttendeeIds, personId)
                    : current.removedAttendeeIds,
                  updatedAt: now,
                },
              ];
            }),
          );
          const segments = await db.segments.bulkGet(removed.segments.map((segment) => segment.id));
          await db.segments.bulkPut(
            segments.flatMap((current) =>
              // A journey that has meanwhile become everyone's (null) includes them already.
              current?.travellerIds ? [{ ...current, travellerIds: withId(current.travellerIds, personId) }] : [],
            ),
          );
          await db.memberships.add(membership);
          await touchTrip(tripId);
          return ok(membership);
        },
      );
    },

    async savePersonEdit(personId, opened, draft) {
      return db.transaction('rw', [db.people, db.organisations], async (): Promise<PersonEditResult> => {
        const existing = await db.people.get(personId);
        if (!existing) return err({ name: message('people:errors.personGone') });
        const current = personToDraft(existing);
        const merge = mergeFields(opened, draft, current);
        if (merge.clashes.length > 0) return { ok: false, clash: { ...merge, current } };
        // Within this transaction: the record merged with cannot change before it is written.
        return this.savePerson(personId, merge.merged);
      });
    },
  };
  return repository;
}

/** Thrown to undo a new person's transaction when their membership is refused after they were written. */
class MembershipRefused extends Error {
  constructor(readonly reason: Message) {
    super('The membership was refused.');
  }
}
