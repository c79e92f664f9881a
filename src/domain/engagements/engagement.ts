/**
 * An engagement: a meeting, visit, ceremony or meal at one stop, in that stop's zone, with partner
 * organisations and the delegation members who attend; and the follow-up actions it leaves behind.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../shared/result';
import { message, type Message } from '../shared/message';
import { isoDateSchema, zonedTime, zonedTimeProblem, zonedTimeSchema } from '../shared/time';
import { addDays } from '../shared/date-arithmetic';
import { calendarIdentitySchema } from '../shared/calendar-identity';

/** Persisted values: do not rename. */
export const ENGAGEMENT_KINDS = [
  'meeting',
  'site-visit',
  'signing',
  'banquet',
  'forum',
  'briefing',
  'free-time',
] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

/** Persisted values: do not rename. */
export const ENGAGEMENT_STATUSES = ['proposed', 'confirmed', 'cancelled'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

export const venueSchema = z.object({
  name: z.string(),
  nameLocal: z.string(),
  address: z.string(),
  addressLocal: z.string(),
});
export type Venue = z.infer<typeof venueSchema>;

/**
 * The details of an engagement written as free text: what the delegation needs to know beyond when, where and
 * with whom. This list is the one place they are named: the record's schema, the form, the engagement's page,
 * its calendar event, a trip import's preview and the sample trip all follow it, in this order. `long` details
 * take several lines. Their words are the catalogue's `engagements:detail.<field>`. Persisted field names: do not
 * rename.
 */
export const ENGAGEMENT_DETAILS = [
  { field: 'dressCode', long: false },
  { field: 'gifts', long: false },
  { field: 'objectives', long: true },
  { field: 'briefingNotes', long: true },
] as const satisfies readonly { field: string; long: boolean }[];

export type EngagementDetailField = (typeof ENGAGEMENT_DETAILS)[number]['field'];
export type EngagementDetails = Record<EngagementDetailField, string>;

const detailSchemas = Object.fromEntries(ENGAGEMENT_DETAILS.map(({ field }) => [field, z.string()])) as Record<
  EngagementDetailField,
  z.ZodString
>;

/** Every detail empty, as a new engagement starts. */
export function emptyEngagementDetails(): EngagementDetails {
  return Object.fromEntries(ENGAGEMENT_DETAILS.map(({ field }) => [field, ''])) as EngagementDetails;
}

/**
 * The details of an engagement or its draft, trimmed when asked (as a saved record keeps them); one missing (a
 * record older than the detail) is empty.
 */
export function engagementDetailsOf(source: Partial<EngagementDetails>, { trim = false } = {}): EngagementDetails {
  return Object.fromEntries(
    ENGAGEMENT_DETAILS.map(({ field }) => {
      const text = source[field] ?? '';
      return [field, trim ? text.trim() : text];
    }),
  ) as EngagementDetails;
}

export const engagementSchema = z.object({
  id: z.string().min(1),
  tripId: z.string().min(1),
  stopId: z.string().min(1),
  kind: z.enum(ENGAGEMENT_KINDS),
  title: z.string().trim().min(1),
  /** Start and end in the zone of the stop. */
  start: zonedTimeSchema,
  end: zonedTimeSchema,
  venue: venueSchema,
  organisationIds: z.array(z.string()),
  contactIds: z.array(z.string()),
  /**
   * Attendance is the members present at the stop, adjusted: people added on top, and people left out.
   * Kept as adjustments so that a change of who joins which stop flows through to every engagement.
   */
  addedAttendeeIds: z.array(z.string()),
  removedAttendeeIds: z.array(z.string()),
  status: z.enum(ENGAGEMENT_STATUSES),
  interpreterNeeded: z.boolean(),
  ...detailSchemas,
  outcome: z.string(),
  calendar: calendarIdentitySchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Engagement = z.infer<typeof engagementSchema>;

export const followUpSchema = z.object({
  id: z.string().min(1),
  tripId: z.string().min(1),
  engagementId: z.string().min(1),
  description: z.string().trim().min(1),
  /** Who owns it: a person's name or team, as the organiser writes it. */
  owner: z.string(),
  dueDate: isoDateSchema.nullable(),
  done: z.boolean(),
  createdAt: z.string(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/**
 * The engagement moved by whole days at the same local time, as when its city's dates move. Fails, naming the
 * engagement, when the new day has no such time (the clocks skip it).
 */
export function shiftEngagementDays(engagement: Engagement, days: number): Result<Engagement, Message> {
  const start = zonedTime(`${addDays(engagement.start.local.slice(0, 10), days)}${engagement.start.local.slice(10)}`, engagement.start.zone);
  const end = zonedTime(`${addDays(engagement.end.local.slice(0, 10), days)}${engagement.end.local.slice(10)}`, engagement.end.zone);
  if (!start.ok) return err(message('engagements:errors.cannotMove', { title: engagement.title, problem: zonedTimeProblem(start.error) }));
  if (!end.ok) return err(message('engagements:errors.cannotMove', { title: engagement.title, problem: zonedTimeProblem(end.error) }));
  return ok({ ...engagement, start: start.value, end: end.value });
}
