/**
 * Ground logistics: the resources of a trip (vehicles with their drivers, interpreters, guides) and where they
 * are booked: an engagement, or the transfer to or from a journey (to the airport before a flight, from the
 * station after a train).
 *
 * Persisted (tables `resources` and `assignments`, schema version 7): do not rename fields or values.
 */
import { z } from 'zod';
import { isClockTime } from '../shared/clock-time';

/** Persisted values, in the order the form offers them; their words are the catalogue's (`logistics:kind.<kind>`). */
export const RESOURCE_KINDS = ['coach', 'minibus', 'car', 'interpreter', 'guide'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const VEHICLE_KINDS = ['coach', 'minibus', 'car'] as const satisfies readonly ResourceKind[];
export const isVehicle = (kind: ResourceKind): boolean => (VEHICLE_KINDS as readonly ResourceKind[]).includes(kind);

export const resourceSchema = z.object({
  id: z.string().min(1),
  tripId: z.string().min(1),
  kind: z.enum(RESOURCE_KINDS),
  /** How the delegation calls it: "Coach 1", "Ms Li (interpreter)". */
  name: z.string().trim().min(1),
  /** The company that provides it. */
  company: z.string(),
  /** Vehicles: seats for passengers, the driver's not counted; null when not known. */
  capacity: z.number().int().positive().nullable(),
  /** Vehicles: the number plate. */
  plate: z.string(),
  /** Vehicles: the driver, as they are called locally (their name in the local script is the one to show). */
  driverName: z.string(),
  driverPhone: z.string(),
  /** Interpreters and guides: the languages they work in, as BCP 47 tags ("zh", "en"). */
  languages: z.array(z.string()),
  /** Interpreters and guides: how to reach them. */
  phone: z.string(),
  notes: z.string(),
});
export type Resource = z.infer<typeof resourceSchema>;

/**
 * The code a stored pick-up time that is not `HH:mm` is refused with: a file's record checks word it
 * (files/record-checks.ts).
 */
export const CLOCK_TIME_ISSUE = 'HH:mm';

/** Which end of a journey a transfer serves: to its departure, or from its arrival. */
export const TRANSFER_ENDS = ['departure', 'arrival'] as const;
export type TransferEnd = (typeof TRANSFER_ENDS)[number];

/** What a resource is booked for. */
export const assignmentTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('engagement'), engagementId: z.string().min(1) }),
  z.object({ kind: z.literal('transfer'), journeyId: z.string().min(1), end: z.enum(TRANSFER_ENDS) }),
]);
export type AssignmentTarget = z.infer<typeof assignmentTargetSchema>;

export const assignmentSchema = z.object({
  id: z.string().min(1),
  tripId: z.string().min(1),
  resourceId: z.string().min(1),
  target: assignmentTargetSchema,
  /** Who rides or is served; null: everyone who attends the engagement or takes the journey. */
  personIds: z.array(z.string()).nullable(),
  /** Vehicles: where and when passengers are picked up, in the city's local time ("HH:mm"); null when not set. */
  pickUpTime: z.string().refine(isClockTime, CLOCK_TIME_ISSUE).nullable(),
  pickUpPlace: z.string(),
  /** The pick-up address in the local script, for the driver. */
  pickUpPlaceLocal: z.string(),
  notes: z.string(),
});
export type Assignment = z.infer<typeof assignmentSchema>;
