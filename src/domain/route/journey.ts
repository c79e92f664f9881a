/**
 * A journey between two stops, or from home to the first stop and back. Departure and arrival each keep
 * the wall time and zone of their own end, so a London 21:30 departure arriving 16:10 next day in Shanghai
 * is stored as people read it on their tickets.
 */
import { z } from 'zod';
import { calendarIdentitySchema } from '../shared/calendar-identity';
import { zonedTimeSchema } from '../shared/time';

/** Persisted values: do not rename. */
export const TRAVEL_MODES = ['flight', 'train', 'coach', 'car', 'ferry'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

export const TRAVEL_MODE_LABELS: Record<TravelMode, string> = {
  flight: 'Flight',
  train: 'Train',
  coach: 'Coach',
  car: 'Car',
  ferry: 'Ferry',
};

export const journeySchema = z.object({
  id: z.string().min(1),
  tripId: z.string().min(1),
  /** The stop the journey leaves from; null for home. */
  fromStopId: z.string().nullable(),
  /** The stop the journey goes to; null for home. */
  toStopId: z.string().nullable(),
  mode: z.enum(TRAVEL_MODES),
  carrier: z.string(),
  /** Flight or train number, such as MU5401 or G1234. */
  number: z.string(),
  departure: zonedTimeSchema,
  arrival: zonedTimeSchema,
  /** Airport or station, with terminal where known. */
  departurePlace: z.string(),
  arrivalPlace: z.string(),
  bookingReference: z.string(),
  notes: z.string(),
  /** Who travels on it: null for everyone on the route at that point, or the ids of the people who do. */
  travellerIds: z.array(z.string()).nullable(),
  calendar: calendarIdentitySchema,
});
export type Journey = z.infer<typeof journeySchema>;
