/** A stop: one city of a trip's route, in order, with the dates the delegation is there and the city's zone. */
import { z } from 'zod';
import { isoDateSchema, timeZoneSchema } from '../shared/time';

export const citySchema = z.object({
  id: z.string().min(1),
  tripId: z.string().min(1),
  /** Order in the route, 0 first. */
  position: z.number().int().min(0),
  name: z.string().trim().min(1),
  /** The name in local script, such as 天津. */
  nameLocal: z.string(),
  /** ISO 3166-1 alpha-2 country code, such as CN. */
  country: z.string().regex(/^[A-Z]{2}$/),
  timeZone: timeZoneSchema,
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  arrivalDate: isoDateSchema,
  departureDate: isoDateSchema,
  notes: z.string(),
});
export type City = z.infer<typeof citySchema>;

/** Stops in route order. */
export function inRouteOrder<T extends Pick<City, 'position'>>(stops: readonly T[]): T[] {
  return [...stops].sort((a, b) => a.position - b.position);
}
