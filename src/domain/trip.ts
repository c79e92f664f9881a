/**
 * A trip (a mission): the delegation's journey from home and back, with its own home time zone, in which
 * every delegate also sees the times of the programme.
 */
import { z } from 'zod';
import { hasErrors, type FieldErrors, type Result, ok, err } from './result';
import { isIsoDate, isValidTimeZone, isoDateSchema, timeZoneSchema, type IsoDate } from './time';
import type { Id } from './ids';

/** Persisted values: do not rename. */
export const TRIP_STATUSES = ['planning', 'confirmed', 'completed', 'cancelled'] as const;
export type TripStatus = (typeof TRIP_STATUSES)[number];

export const TRIP_STATUS_LABELS: Record<TripStatus, string> = {
  planning: 'Planning',
  confirmed: 'Confirmed',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const tripSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(200),
  purpose: z.string(),
  homeZone: timeZoneSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  status: z.enum(TRIP_STATUSES),
  notes: z.string(),
  /** True for the sample trip, which can be removed with everything it brought. */
  sample: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Trip = z.infer<typeof tripSchema>;

/** What the trip form edits. */
export interface TripDraft {
  name: string;
  purpose: string;
  homeZone: string;
  startDate: IsoDate;
  endDate: IsoDate;
  status: TripStatus;
  notes: string;
}

export function emptyTripDraft(homeZone = 'Europe/London'): TripDraft {
  return { name: '', purpose: '', homeZone, startDate: '', endDate: '', status: 'planning', notes: '' };
}

export function tripToDraft(trip: Trip): TripDraft {
  const { name, purpose, homeZone, startDate, endDate, status, notes } = trip;
  return { name, purpose, homeZone, startDate, endDate, status, notes };
}

/** One message per field that is wrong, worded for the person filling in the form. */
export function validateTripDraft(draft: TripDraft): FieldErrors<TripDraft> {
  const errors: FieldErrors<TripDraft> = {};
  const name = draft.name.trim();
  if (!name) errors.name = 'Give the trip a name.';
  else if (name.length > 200) errors.name = 'Keep the name under 200 characters.';
  if (!draft.homeZone.trim()) errors.homeZone = 'Choose the home time zone, such as Europe/London.';
  else if (!isValidTimeZone(draft.homeZone.trim())) {
    errors.homeZone = `"${draft.homeZone}" is not a time zone. Use a name such as Europe/London.`;
  }
  if (!draft.startDate) errors.startDate = 'Enter the date the trip starts.';
  else if (!isIsoDate(draft.startDate)) errors.startDate = 'Enter a real date.';
  if (!draft.endDate) errors.endDate = 'Enter the date the trip ends.';
  else if (!isIsoDate(draft.endDate)) errors.endDate = 'Enter a real date.';
  if (!errors.startDate && !errors.endDate && draft.endDate < draft.startDate) {
    errors.endDate = 'The trip cannot end before it starts.';
  }
  if (!TRIP_STATUSES.includes(draft.status)) errors.status = 'Choose a status.';
  return errors;
}

/** The draft, trimmed, if it is valid. */
export function parseTripDraft(draft: TripDraft): Result<TripDraft, FieldErrors<TripDraft>> {
  const errors = validateTripDraft(draft);
  if (hasErrors(errors)) return err(errors);
  return ok({ ...draft, name: draft.name.trim(), purpose: draft.purpose.trim(), homeZone: draft.homeZone.trim() });
}

/** What the trips list shows of each trip. */
export interface TripSummary {
  trip: Trip;
  /** City names in route order. */
  cities: string[];
  participantCount: number;
}

export type TripId = Id;
