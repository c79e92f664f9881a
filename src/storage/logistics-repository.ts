/**
 * A trip's ground logistics: its vehicles, interpreters and guides, and where each is booked. Every change is one
 * transaction that either saves what the form says or changes nothing; removals return what they took so they
 * can be undone. A resource goes with its bookings, and comes back with them. A booking is never left pointing
 * at a resource that is not there (a backup holding one would be refused): putting one back whose resource has
 * since gone is refused instead.
 */
import {
  parseAssignmentDraft,
  type AssignmentDraft,
} from '../domain/logistics/assignment-rules';
import { bookingTargets } from '../domain/logistics/booking-times';
import type { Assignment, Resource } from '../domain/logistics/resource';
import { parseResourceDraft, type ResourceDraft } from '../domain/logistics/resource-rules';
import { message, type Message } from '../domain/shared/message';
import { err, ok, type FieldMessages, type Result } from '../domain/shared/result';
import type { Clock } from './clock';
import type { PlannerDatabase } from './database';

/** What removing a resource took with it. */
export interface RemovedResource {
  resource: Resource;
  assignments: Assignment[];
}

export interface LogisticsRepository {
  resourcesOf(tripId: string): Promise<Resource[]>;
  assignmentsOf(tripId: string): Promise<Assignment[]>;
  saveResource(tripId: string, resourceId: string | null, draft: ResourceDraft): Promise<Result<Resource, FieldMessages<ResourceDraft>>>;
  /** Removes a resource and its bookings. */
  removeResource(resourceId: string): Promise<RemovedResource | undefined>;
  restoreResource(removed: RemovedResource): Promise<void>;
  /** Books a resource (`assignmentId` null), or changes a booking. */
  assign(tripId: string, assignmentId: string | null, draft: AssignmentDraft): Promise<Result<Assignment, FieldMessages<AssignmentDraft>>>;
  unassign(assignmentId: string): Promise<Assignment | undefined>;
  /** Puts a booking back; refused, changing nothing, when its resource or trip has gone since. */
  restoreAssignment(assignment: Assignment): Promise<Result<void, Message>>;
}

export function createLogisticsRepository(db: PlannerDatabase, clock: Clock): LogisticsRepository {
  const touchTrip = (tripId: string) => db.trips.update(tripId, { updatedAt: clock.now() });

  return {
    resourcesOf: (tripId) => db.resources.where('tripId').equals(tripId).toArray(),

    assignmentsOf: (tripId) => db.assignments.where('tripId').equals(tripId).toArray(),

    async saveResource(tripId, resourceId, draft) {
      const parsed = parseResourceDraft(draft);
      if (!parsed.ok) return parsed;
      return db.transaction('rw', [db.resources, db.trips], async () => {
        if (!(await db.trips.get(tripId))) return err({ name: message('logistics:errors.tripGone') });
        const existing = resourceId ? await db.resources.get(resourceId) : undefined;
        if (resourceId && existing?.tripId !== tripId) return err({ name: message('logistics:errors.resourceGoneSaving') });
        const resource: Resource = { ...parsed.value, id: existing?.id ?? clock.newId(), tripId };
        await db.resources.put(resource);
        await touchTrip(tripId);
        return ok(resource);
      });
    },

    async removeResource(resourceId) {
      return db.transaction('rw', [db.resources, db.assignments, db.trips], async () => {
        const resource = await db.resources.get(resourceId);
        if (!resource) return undefined;
        const assignments = await db.assignments.where('resourceId').equals(resourceId).toArray();
        await db.assignments.bulkDelete(assignments.map((assignment) => assignment.id));
        await db.resources.delete(resourceId);
        await touchTrip(resource.tripId);
        return { resource, assignments };
      });
    },

    async restoreResource({ resource, assignments }) {
      await db.transaction('rw', [db.resources, db.assignments, db.trips], async () => {
        if (!(await db.trips.get(resource.tripId))) return;
        await db.resources.put(resource);
        await db.assignments.bulkPut(assignments);
        await touchTrip(resource.tripId);
      });
    },

    async assign(tripId, assignmentId, draft) {
      return db.transaction('rw', [db.trips, db.resources, db.assignments, db.engagements, db.segments], async () => {
        if (!(await db.trips.get(tripId))) return err({ target: message('logistics:errors.tripGone') });
        const existing = assignmentId ? await db.assignments.get(assignmentId) : undefined;
        if (assignmentId && existing?.tripId !== tripId) return err({ target: message('logistics:errors.bookingGone') });
        const [resources, assignments, engagements, segments] = await Promise.all([
          db.resources.where('tripId').equals(tripId).toArray(),
          db.assignments.where('tripId').equals(tripId).toArray(),
          db.engagements.where('tripId').equals(tripId).toArray(),
          db.segments.where('tripId').equals(tripId).toArray(),
        ]);
        const parsed = parseAssignmentDraft(draft, {
          ...bookingTargets({ engagements, segments }),
          resources,
          assignments,
          editing: assignmentId,
        });
        if (!parsed.ok) return parsed;
        const assignment: Assignment = { ...parsed.value, id: existing?.id ?? clock.newId(), tripId };
        await db.assignments.put(assignment);
        await touchTrip(tripId);
        return ok(assignment);
      });
    },

    async unassign(assignmentId) {
      return db.transaction('rw', [db.assignments, db.trips], async () => {
        const assignment = await db.assignments.get(assignmentId);
        if (!assignment) return undefined;
        await db.assignments.delete(assignmentId);
        await touchTrip(assignment.tripId);
        return assignment;
      });
    },

    async restoreAssignment(assignment) {
      return db.transaction('rw', [db.resources, db.assignments, db.trips], async () => {
        if (!(await db.trips.get(assignment.tripId))) return err(message('logistics:errors.tripGone'));
        if (!(await db.resources.get(assignment.resourceId))) return err(message('logistics:errors.resourceGoneSaving'));
        await db.assignments.put(assignment);
        await touchTrip(assignment.tripId);
        return ok(undefined);
      });
    },
  };
}
