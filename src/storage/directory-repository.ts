/**
 * The directory: partner organisations and their contacts, shared by every trip. It owns one invariant: no
 * engagement, contact or person is ever left pointing at an organisation that is not there. An organisation
 * that anything refers to cannot be deleted (archive it instead), and a contact an engagement lists cannot be
 * removed; the check and the deletion happen in one transaction, so nothing can slip in between. Every change
 * is one transaction; removals return what they took so they can be undone.
 */
import type { Engagement } from '../domain/engagements/engagement';
import {
  contactRemovalRefusalMessage,
  deletionRefusalMessage,
  findSimilarOrganisations,
  isInUse,
  parseContactDraft,
  parseOrganisationDraft,
  type Contact,
  type ContactDraft,
  type Organisation,
  type OrganisationDraft,
  type OrganisationSummary,
  type OrganisationUsage,
} from '../domain/directory/organisation';
import { message, type Message } from '../domain/shared/message';
import { err, ok, type FieldMessages, type Result } from '../domain/shared/result';
import type { Clock } from './clock';
import type { PlannerDatabase } from './database';

export type OrganisationSaveResult = Result<Organisation, FieldMessages<OrganisationDraft>>;
export type ContactSaveResult = Result<Contact, FieldMessages<ContactDraft>>;

export interface OrganisationSaveOptions {
  /**
   * Save even though another organisation has the same name in either script. Without it, a new name that
   * matches an existing organisation is refused on the name field, so a duplicate always takes a second,
   * explicit choice.
   */
  allowSimilar?: boolean;
}

/** An organisation with its contacts, by name. */
export interface OrganisationDetails {
  organisation: Organisation;
  contacts: Contact[];
}

/** What deleting an organisation took with it, for undo. */
export interface RemovedOrganisation {
  organisation: Organisation;
  contacts: Contact[];
}

/** Whether an organisation can be deleted now, and if not why not. */
export type OrganisationRemovalCheck =
  | { status: 'allowed'; contactCount: number }
  | ({ status: 'refused'; message: Message } & OrganisationUsage)
  | { status: 'not-found'; message: Message };

export type OrganisationRemoval =
  | { status: 'removed'; removed: RemovedOrganisation }
  | ({ status: 'refused'; message: Message } & OrganisationUsage)
  | { status: 'not-found'; message: Message };

export type ContactRemoval =
  | { status: 'removed'; removed: Contact }
  | { status: 'refused'; engagementCount: number; message: Message }
  | { status: 'not-found'; message: Message };

/** One engagement in an organisation's history, with the trip and city it belongs to. */
export interface EngagementHistoryEntry {
  engagement: Engagement;
  tripId: string;
  /** Null when the trip or city is no longer there. */
  tripName: string | null;
  stopName: string | null;
}

export interface DirectoryRepository {
  /** Every organisation, archived ones included, with its contact and engagement counts; by name. */
  listOrganisations(): Promise<OrganisationSummary[]>;
  /** The organisation with its contacts by name, or undefined when there is no such organisation. */
  getOrganisation(id: string): Promise<OrganisationDetails | undefined>;
  createOrganisation(draft: OrganisationDraft, options?: OrganisationSaveOptions): Promise<OrganisationSaveResult>;
  /** A rename onto an existing organisation's name needs `allowSimilar`, as creating does. */
  updateOrganisation(
    id: string,
    draft: OrganisationDraft,
    options?: OrganisationSaveOptions,
  ): Promise<OrganisationSaveResult>;
  /** Adds a contact (contactId null) or updates one. */
  saveContact(organisationId: string, contactId: string | null, draft: ContactDraft): Promise<ContactSaveResult>;
  /** Removes a contact no engagement lists; refuses, with a message, one that an engagement does. */
  removeContact(id: string): Promise<ContactRemoval>;
  /** Puts back what `removeContact` took; fails if its organisation has gone meanwhile. */
  restoreContact(contact: Contact): Promise<Result<Contact, Message>>;
  /** The engagements, in every trip, that list the organisation; newest first. */
  engagementHistory(organisationId: string): Promise<EngagementHistoryEntry[]>;
  /** Archived organisations keep their history and contacts but leave the pickers. */
  archive(id: string, archived: boolean): Promise<Organisation | undefined>;
  /** Whether `remove` would delete the organisation, without deleting it: to ask the right question first. */
  checkRemoval(id: string): Promise<OrganisationRemovalCheck>;
  /**
   * Deletes the organisation and its contacts, unless an engagement in any trip lists it or one of its
   * contacts, or a person represents it: then nothing changes and the result says why.
   */
  remove(id: string): Promise<OrganisationRemoval>;
  /** Puts back what `remove` took. */
  restore(removed: RemovedOrganisation): Promise<void>;
}

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

const NOT_FOUND = message('directory:errors.organisationGone');
const CONTACT_NOT_FOUND = message('directory:errors.contactGone');

export function createDirectoryRepository(db: PlannerDatabase, clock: Clock): DirectoryRepository {
  const touch = (organisationId: string) => db.organisations.update(organisationId, { updatedAt: clock.now() });

  /** Engagements that list the organisation or any of its contacts, and people who represent it. */
  async function usageOf(organisationId: string): Promise<OrganisationUsage> {
    const contactIds = new Set(
      await db.contacts.where('organisationId').equals(organisationId).primaryKeys(),
    );
    const listing = await db.engagements.where('organisationIds').equals(organisationId).toArray();
    // Contacts are not indexed on engagements; an engagement may name a contact without its organisation.
    const viaContacts =
      contactIds.size === 0
        ? []
        : await db.engagements
            .filter((engagement) => engagement.contactIds.some((contactId) => contactIds.has(contactId)))
            .toArray();
    const engagements = new Map([...listing, ...viaContacts].map((engagement) => [engagement.id, engagement]));
    const peopleCount = await db.people.where('organisationId').equals(organisationId).count();
    return {
      engagementCount: engagements.size,
      tripCount: new Set([...engagements.values()].map((engagement) => engagement.tripId)).size,
      peopleCount,
    };
  }

  async function check(id: string): Promise<OrganisationRemovalCheck> {
    const organisation = await db.organisations.get(id);
    if (!organisation) return { status: 'not-found', message: NOT_FOUND };
    const usage = await usageOf(id);
    if (isInUse(usage)) {
      return { status: 'refused', ...usage, message: deletionRefusalMessage(organisation, usage) };
    }
    return { status: 'allowed', contactCount: await db.contacts.where('organisationId').equals(id).count() };
  }

  const directoryTables = () => [db.organisations, db.contacts, db.engagements, db.people];

  async function similarTo(draft: OrganisationDraft, exceptId: string | null): Promise<Organisation[]> {
    const others = (await db.organisations.toArray()).filter((organisation) => organisation.id !== exceptId);
    return findSimilarOrganisations(draft.name, draft.nameLocal, others);
  }

  const similarError = (similar: Organisation[]): FieldMessages<OrganisationDraft> => ({
    name: message('directory:errors.similar', { name: similar[0]!.name }),
  });

  return {
    async listOrganisations() {
      return db.transaction('r', [db.organisations, db.contacts, db.engagements], async () => {
        const [organisations, contacts] = await Promise.all([db.organisations.toArray(), db.contacts.toArray()]);
        // One count per organisation on the engagements' index of partners, never the index's keys themselves:
        // a live query remembers every key it reads (20,000 of them at full size, a third of a second to note),
        // while a count is remembered as one range.
        const counts = await Promise.all(
          organisations.map((organisation) => db.engagements.where('organisationIds').equals(organisation.id).count()),
        );
        const engagementCounts = new Map(organisations.map((organisation, index) => [organisation.id, counts[index]!]));
        const contactsByOrganisation = new Map<string, Contact[]>();
        for (const contact of contacts) {
          contactsByOrganisation.set(contact.organisationId, [
            ...(contactsByOrganisation.get(contact.organisationId) ?? []),
            contact,
          ]);
        }
        return organisations.sort(byName).map((organisation) => {
          const own = contactsByOrganisation.get(organisation.id) ?? [];
          return {
            organisation,
            contactNames: own.flatMap((contact) => [contact.name, contact.nameLocal].filter(Boolean)),
            contactCount: own.length,
            engagementCount: engagementCounts.get(organisation.id) ?? 0,
          };
        });
      });
    },

    async getOrganisation(id) {
      return db.transaction('r', [db.organisations, db.contacts], async () => {
        const organisation = await db.organisations.get(id);
        if (!organisation) return undefined;
        const contacts = await db.contacts.where('organisationId').equals(id).toArray();
        return { organisation, contacts: contacts.sort(byName) };
      });
    },

    async createOrganisation(draft, options = {}) {
      const parsed = parseOrganisationDraft(draft);
      if (!parsed.ok) return parsed;
      return db.transaction('rw', db.organisations, async () => {
        const similar = await similarTo(parsed.value, null);
        if (similar.length > 0 && !options.allowSimilar) return err(similarError(similar));
        const now = clock.now();
        const organisation: Organisation = {
          ...parsed.value,
          id: clock.newId(),
          archived: false,
          sample: false,
          createdAt: now,
          updatedAt: now,
        };
        await db.organisations.add(organisation);
        return ok(organisation);
      });
    },

    async updateOrganisation(id, draft, options = {}) {
      const parsed = parseOrganisationDraft(draft);
      if (!parsed.ok) return parsed;
      return db.transaction('rw', db.organisations, async () => {
        const existing = await db.organisations.get(id);
        if (!existing) return err({ name: NOT_FOUND });
        const renamed = existing.name !== parsed.value.name || existing.nameLocal !== parsed.value.nameLocal;
        if (renamed && !options.allowSimilar) {
          // Only a change of name can make a new duplicate; an organisation already kept separate stays so.
          const similar = await similarTo(parsed.value, id);
          const wasSimilar = new Set((await similarTo(existing, id)).map((organisation) => organisation.id));
          const newlySimilar = similar.filter((organisation) => !wasSimilar.has(organisation.id));
          if (newlySimilar.length > 0) return err(similarError(newlySimilar));
        }
        const organisation: Organisation = { ...existing, ...parsed.value, updatedAt: clock.now() };
        await db.organisations.put(organisation);
        return ok(organisation);
      });
    },

    async saveContact(organisationId, contactId, draft) {
      const parsed = parseContactDraft(draft);
      if (!parsed.ok) return parsed;
      return db.transaction('rw', [db.organisations, db.contacts], async () => {
        if (!(await db.organisations.get(organisationId))) return err({ name: NOT_FOUND });
        const existing = contactId ? await db.contacts.get(contactId) : undefined;
        if (contactId && !existing) return err({ name: CONTACT_NOT_FOUND });
        const contact: Contact = {
          sample: false,
          ...existing,
          ...parsed.value,
          id: existing?.id ?? clock.newId(),
          organisationId,
        };
        await db.contacts.put(contact);
        await touch(organisationId);
        return ok(contact);
      });
    },

    async removeContact(id) {
      return db.transaction('rw', [db.organisations, db.contacts, db.engagements], async () => {
        const contact = await db.contacts.get(id);
        if (!contact) return { status: 'not-found', message: CONTACT_NOT_FOUND };
        const engagementCount = await db.engagements.filter((engagement) => engagement.contactIds.includes(id)).count();
        if (engagementCount > 0) {
          return { status: 'refused', engagementCount, message: contactRemovalRefusalMessage(contact, engagementCount) };
        }
        await db.contacts.delete(id);
        await touch(contact.organisationId);
        return { status: 'removed', removed: contact };
      });
    },

    async restoreContact(contact) {
      return db.transaction('rw', [db.organisations, db.contacts], async () => {
        if (!(await db.organisations.get(contact.organisationId))) {
          return err(message('directory:errors.contactOrganisationGone', { name: contact.name }));
        }
        await db.contacts.put(contact);
        await touch(contact.organisationId);
        return ok(contact);
      });
    },

    async engagementHistory(organisationId) {
      return db.transaction('r', [db.engagements, db.trips, db.stops], async () => {
        const engagements = await db.engagements.where('organisationIds').equals(organisationId).toArray();
        const [trips, stops] = await Promise.all([
          db.trips.bulkGet([...new Set(engagements.map((engagement) => engagement.tripId))]),
          db.stops.bulkGet([...new Set(engagements.map((engagement) => engagement.stopId))]),
        ]);
        const tripNames = new Map(trips.flatMap((trip) => (trip ? [[trip.id, trip.name] as const] : [])));
        const stopNames = new Map(stops.flatMap((stop) => (stop ? [[stop.id, stop.name] as const] : [])));
        return engagements
          .sort((a, b) => b.start.utc.localeCompare(a.start.utc) || a.title.localeCompare(b.title))
          .map((engagement) => ({
            engagement,
            tripId: engagement.tripId,
            tripName: tripNames.get(engagement.tripId) ?? null,
            stopName: stopNames.get(engagement.stopId) ?? null,
          }));
      });
    },

    async archive(id, archived) {
      return db.transaction('rw', db.organisations, async () => {
        const existing = await db.organisations.get(id);
        if (!existing) return undefined;
        const organisation: Organisation = { ...existing, archived, updatedAt: clock.now() };
        await db.organisations.put(organisation);
        return organisation;
      });
    },

    checkRemoval: (id) => db.transaction('r', directoryTables(), () => check(id)),

    async remove(id) {
      return db.transaction('rw', directoryTables(), async (): Promise<OrganisationRemoval> => {
        const verdict = await check(id);
        if (verdict.status !== 'allowed') return verdict;
        const organisation = (await db.organisations.get(id))!;
        const contacts = await db.contacts.where('organisationId').equals(id).toArray();
        await db.contacts.bulkDelete(contacts.map((contact) => contact.id));
        await db.organisations.delete(id);
        return { status: 'removed', removed: { organisation, contacts } };
      });
    },

    async restore(removed) {
      await db.transaction('rw', [db.organisations, db.contacts], async () => {
        await db.organisations.put(removed.organisation);
        await db.contacts.bulkPut(removed.contacts);
      });
    },
  };
}
