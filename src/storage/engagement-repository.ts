/**
 * Engagements in a trip, their outcomes and the follow-up actions they leave. Each change is one
 * transaction; removals return what they took so they can be undone.
 */
import type { CalendarImportItem } from '../domain/calendars/calendar-import-preview';
import type { Engagement, FollowUp } from '../domain/engagements/engagement';
import type { Contact, Organisation } from '../domain/directory/organisation';
import { nextCalendarIdentity } from '../domain/shared/calendar-identity';
import {
  compareFollowUps,
  engagementToDraft,
  parseEngagementDraft,
  parseFollowUpDraft,
  type EngagementDraft,
  type FollowUpDraft,
} from '../domain/engagements/engagement-rules';
import type { FollowUpRow } from '../domain/files/follow-up-csv';
import { err, ok, type FieldMessages, type Result } from '../domain/shared/result';
import { message, type Message } from '../domain/shared/message';
import { mergeFields, type EditClash } from '../domain/shared/field-merge';
import type { Clock } from './clock';
import type { PlannerDatabase } from './database';

export interface RemovedEngagement {
  engagement: Engagement;
  followUps: FollowUp[];
}

export type EngagementEditResult = Result<Engagement, FieldMessages<EngagementDraft>> | EditClash<EngagementDraft>;

export interface EngagementRepository {
  get(id: string): Promise<Engagement | undefined>;
  /** The directory as the engagement form offers it: organisations not archived, and their contacts. */
  partnerOptions(): Promise<{ organisations: Organisation[]; contacts: Contact[] }>;
  save(
    tripId: string,
    engagementId: string | null,
    draft: EngagementDraft,
  ): Promise<Result<Engagement, FieldMessages<EngagementDraft>>>;
  /**
   * Saves an edit of the form opened on `opened`: only the fields the organiser changed, on top of the
   * engagement as it is now, in one transaction; a field changed since, elsewhere, to another value is a clash
   * and nothing is written (see field-merge.ts).
   */
  saveEdit(tripId: string, engagementId: string, opened: EngagementDraft, draft: EngagementDraft): Promise<EngagementEditResult>;
  /**
   * Adds new engagements all at once, as an import does: every draft is checked first, and if any is refused
   * nothing is saved and the error names it ("Event 2, “Dinner”: …").
   */
  saveMany(tripId: string, drafts: readonly EngagementDraft[]): Promise<Result<Engagement[], Message>>;
  /**
   * Saves what importing a calendar file gives, all at once: new engagements keeping the UID and SEQUENCE of
   * the partner's event (so the same invitation imported again is recognised, not copied), and updates of
   * engagements imported before, whose SEQUENCE is raised past both their own and the file's. If any is
   * refused, or a UID is already in the trip, nothing is saved and the error names the event.
   */
  importCalendar(tripId: string, items: readonly CalendarImportItem[]): Promise<Result<Engagement[], Message>>;
  remove(id: string): Promise<RemovedEngagement | undefined>;
  restore(removed: RemovedEngagement): Promise<void>;
  setOutcome(id: string, outcome: string): Promise<void>;
  followUpsOf(engagementId: string): Promise<FollowUp[]>;
  addFollowUp(engagementId: string, draft: FollowUpDraft): Promise<Result<FollowUp, FieldMessages<FollowUpDraft>>>;
  updateFollowUp(id: string, draft: FollowUpDraft): Promise<Result<FollowUp, FieldMessages<FollowUpDraft>>>;
  setFollowUpDone(id: string, done: boolean): Promise<void>;
  removeFollowUp(id: string): Promise<FollowUp | undefined>;
  restoreFollowUp(followUp: FollowUp): Promise<void>;
  /** Follow-ups with their engagement and trip, for one trip or all; open ones first by due date. */
  listFollowUps(tripId?: string): Promise<FollowUpRow[]>;
}

export function createEngagementRepository(db: PlannerDatabase, clock: Clock): EngagementRepository {
  const touchTrip = (tripId: string) => db.trips.update(tripId, { updatedAt: clock.now() });

  const repository: EngagementRepository = {
    get: (id) => db.engagements.get(id),

    async partnerOptions() {
      return db.transaction('r', [db.organisations, db.contacts], async () => {
        const organisations = (await db.organisations.orderBy('name').toArray()).filter((organisation) => !organisation.archived);
        return { organisations, contacts: await db.contacts.toArray() };
      });
    },

    async save(tripId, engagementId, draft) {
      return db.transaction('rw', [db.engagements, db.stops, db.trips], async () => {
        const stops = await db.stops.where('tripId').equals(tripId).toArray();
        const parsed = parseEngagementDraft(draft, stops);
        if (!parsed.ok) return parsed;
        const existing = engagementId ? await db.engagements.get(engagementId) : undefined;
        if (engagementId && !existing) return err({ title: message('engagements:errors.engagementGone') });
        const now = clock.now();
        const engagement: Engagement = {
          outcome: '',
          createdAt: now,
          ...existing,
          ...parsed.value,
          id: existing?.id ?? clock.newId(),
          tripId,
          calendar: nextCalendarIdentity(existing?.calendar, clock.newId),
          updatedAt: now,
        };
        await db.engagements.put(engagement);
        await touchTrip(tripId);
        return ok(engagement);
      });
    },

    async saveEdit(tripId, engagementId, opened, draft) {
      return db.transaction('rw', [db.engagements, db.stops, db.trips], async (): Promise<EngagementEditResult> => {
        const existing = await db.engagements.get(engagementId);
        if (!existing) return err({ title: message('engagements:errors.engagementGone') });
        const current = engagementToDraft(existing);
        const merge = mergeFields(opened, draft, current);
        if (merge.clashes.length > 0) return { ok: false, clash: { ...merge, current } };
        // Within this transaction: the engagement merged with cannot change before it is written.
        return repository.save(tripId, engagementId, merge.merged);
      });
    },

    async saveMany(tripId, drafts) {
      return repository.importCalendar(
        tripId,
        drafts.map((draft) => ({ kind: 'add', draft, calendar: null })),
      );
    },

    async importCalendar(tripId, items) {
      return db.transaction('rw', [db.engagements, db.stops, db.trips], async () => {
        if (!(await db.trips.get(tripId))) return err(message('engagements:errors.tripGone'));
        const stops = await db.stops.where('tripId').equals(tripId).toArray();
        const existing = await db.engagements.where('tripId').equals(tripId).toArray();
        const uids = new Set(existing.map((engagement) => engagement.calendar.uid));
        const now = clock.now();
        const engagements: Engagement[] = [];
        for (const [index, item] of items.entries()) {
          const refused = (reason: Message) => err(message('engagements:import.refused', { event: index + 1, title: item.draft.title, reason }));
          const parsed = parseEngagementDraft(item.draft, stops);
          if (!parsed.ok) return refused(Object.values(parsed.error).find(Boolean) ?? message('engagements:import.unreadable'));
          if (item.kind === 'update') {
            const engagement = existing.find((candidate) => candidate.id === item.engagementId);
            if (!engagement) return refused(message('engagements:import.updatedGone'));
            const sequence = Math.max(engagement.calendar.sequence + 1, item.sequence);
            engagements.push({
              ...engagement,
              ...parsed.value,
              calendar: { uid: engagement.calendar.uid, sequence },
              updatedAt: now,
            });
            continue;
          }
          if (item.calendar && uids.has(item.calendar.uid)) return refused(message('engagements:import.alreadyThere'));
          if (item.calendar) uids.add(item.calendar.uid);
          engagements.push({
            outcome: '',
            createdAt: now,
            ...parsed.value,
            id: clock.newId(),
            tripId,
            calendar: item.calendar ?? nextCalendarIdentity(undefined, clock.newId),
            updatedAt: now,
          });
        }
        await db.engagements.bulkPut(engagements);
        if (engagements.length > 0) await touchTrip(tripId);
        return ok(engagements);
      });
    },

    async remove(id) {
      return db.transaction('rw', [db.engagements, db.followUps, db.trips], async () => {
        const engagement = await db.engagements.get(id);
        if (!engagement) return undefined;
        const followUps = await db.followUps.where('engagementId').equals(id).toArray();
        await db.followUps.bulkDelete(followUps.map((followUp) => followUp.id));
        await db.engagements.delete(id);
        await touchTrip(engagement.tripId);
        return { engagement, followUps };
      });
    },

    async restore({ engagement, followUps }) {
      await db.transaction('rw', [db.engagements, db.followUps, db.trips], async () => {
        await db.engagements.put(engagement);
        await db.followUps.bulkPut(followUps);
        await touchTrip(engagement.tripId);
      });
    },

    async setOutcome(id, outcome) {
      await db.engagements.update(id, { outcome: outcome.trim(), updatedAt: clock.now() });
    },

    followUpsOf: (engagementId) => db.followUps.where('engagementId').equals(engagementId).toArray(),

    async addFollowUp(engagementId, draft) {
      const parsed = parseFollowUpDraft(draft);
      if (!parsed.ok) return parsed;
      return db.transaction('rw', [db.engagements, db.followUps], async () => {
        const engagement = await db.engagements.get(engagementId);
        if (!engagement) return err({ description: message('engagements:errors.engagementGone') });
        const followUp: FollowUp = {
          id: clock.newId(),
          tripId: engagement.tripId,
          engagementId,
          description: parsed.value.description,
          owner: parsed.value.owner,
          dueDate: parsed.value.dueDate || null,
          done: false,
          createdAt: clock.now(),
        };
        await db.followUps.add(followUp);
        return ok(followUp);
      });
    },

    async updateFollowUp(id, draft) {
      const parsed = parseFollowUpDraft(draft);
      if (!parsed.ok) return parsed;
      return db.transaction('rw', db.followUps, async () => {
        const existing = await db.followUps.get(id);
        if (!existing) return err({ description: message('engagements:errors.followUpGone') });
        const followUp: FollowUp = {
          ...existing,
          description: parsed.value.description,
          owner: parsed.value.owner,
          dueDate: parsed.value.dueDate || null,
        };
        await db.followUps.put(followUp);
        return ok(followUp);
      });
    },

    async setFollowUpDone(id, done) {
      await db.followUps.update(id, { done });
    },

    async removeFollowUp(id) {
      return db.transaction('rw', db.followUps, async () => {
        const followUp = await db.followUps.get(id);
        if (followUp) await db.followUps.delete(id);
        return followUp;
      });
    },

    async restoreFollowUp(followUp) {
      await db.followUps.put(followUp);
    },

    async listFollowUps(tripId) {
      return db.transaction('r', [db.followUps, db.engagements, db.trips], async () => {
        const followUps = tripId
          ? await db.followUps.where('tripId').equals(tripId).toArray()
          : await db.followUps.toArray();
        const engagements = await db.engagements.bulkGet([...new Set(followUps.map((followUp) => followUp.engagementId))]);
        const trips = await db.trips.bulkGet([...new Set(followUps.map((followUp) => followUp.tripId))]);
        const engagementById = new Map(engagements.flatMap((engagement) => (engagement ? [[engagement.id, engagement]] : [])));
        const tripById = new Map(trips.flatMap((trip) => (trip ? [[trip.id, trip]] : [])));
        return followUps
          .map((followUp) => ({
            followUp,
            engagementTitle: engagementById.get(followUp.engagementId)?.title ?? '',
            engagementDate: engagementById.get(followUp.engagementId)?.start.local.slice(0, 10) ?? '',
            tripName: tripById.get(followUp.tripId)?.name ?? '',
          }))
          .sort((a, b) => compareFollowUps(a.followUp, b.followUp));
      });
    },
  };
  return repository;
}
