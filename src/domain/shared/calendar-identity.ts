/**
 * The calendar identity every engagement, journey and hotel stay carries: the UID a calendar knows the item by
 * and the SEQUENCE that tells it which version is newer. Persisted with each record: do not rename the fields.
 *
 * The invariant it owns: an item keeps its UID for life, and every change a delegate would notice raises its
 * sequence, so a calendar that already holds the event replaces it instead of adding a second one.
 */
import { z } from 'zod';

export const calendarIdentitySchema = z.object({
  /** Stable calendar UID: the same item keeps it through every export, so calendars update it in place. */
  uid: z.string().min(1),
  /** Raised on every change a delegate would notice. */
  sequence: z.number().int().min(0),
});
export type CalendarIdentity = z.infer<typeof calendarIdentitySchema>;

/**
 * The calendar identity an item has after a save: a new one (fresh UID, sequence 0) for a new item, else the
 * same UID with the sequence raised, so calendars replace the event instead of adding another.
 */
export function nextCalendarIdentity(existing: CalendarIdentity | undefined, newId: () => string): CalendarIdentity {
  return existing
    ? { ...existing, sequence: existing.sequence + 1 }
    : { uid: `${newId()}@delegation-planner`, sequence: 0 };
}
