/**
 * A journey between two stops, or from home to the first stop and back. Departure and arrival each keep
 * the wall time and zone of their own end, so a London 21:30 departure arriving 16:10 next day in Shanghai
 * is stored as people read it on their tickets.
 *
 * A journey is one booking, which may change planes or trains on the way (Liverpool to Kunming via Beijing).
 * Its top-level departure, arrival and places are always the whole journey's ends: the first leg's departure
 * and the last leg's arrival. What lies between is stored as `connections`, one per change, each holding the
 * landing of the leg before and the departure of the leg after (with that leg's number and carrier). A direct
 * journey has none. Storing the changes rather than a list of legs keeps each fact once: the journey's ends
 * cannot disagree with its legs, and everything that reads only the ends (nights, checks, programme,
 * calendars) stays right without knowing about legs. journey-legs.ts turns the two into legs.
 */
import { z } from 'zod';
import { calendarIdentitySchema } from '../shared/calendar-identity';
import { message, type Message } from '../shared/message';
import { zonedTimeSchema } from '../shared/time';

/** Persisted values: do not rename. */
export const TRAVEL_MODES = ['flight', 'train', 'coach', 'car', 'ferry'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

/** A mode as a word inside a sentence ("Kunming to Chongqing, flight"): lower case in English. */
export const TRAVEL_MODE_WORDS: Readonly<Record<TravelMode, Message>> = {
  flight: message('route:modeInSentence.flight'),
  train: message('route:modeInSentence.train'),
  coach: message('route:modeInSentence.coach'),
  car: message('route:modeInSentence.car'),
  ferry: message('route:modeInSentence.ferry'),
};

/** A change of plane, train or coach on the way: where and when the leg before lands, and the next leaves. */
export const journeyConnectionSchema = z
  .object({
    /** Where the leg before lands: airport or station, with terminal where known. */
    arrivalPlace: z.string(),
    /** When the leg before lands, in the zone of the place of the connection. */
    arrival: zonedTimeSchema,
    /** Where the next leg leaves from: another terminal, or another airport of the same city. */
    departurePlace: z.string(),
    /** When the next leg leaves, in the same zone as the landing. */
    departure: zonedTimeSchema,
    /** The next leg's flight or train number. */
    number: z.string(),
    /** The next leg's carrier, or '' when it is the journey's own. */
    carrier: z.string(),
  })
  .refine((connection) => connection.arrival.zone === connection.departure.zone, {
    // A catalogue code (route namespace), so that an import that reports it can word it.
    message: 'route:errors.connection.twoZones',
    path: ['departure', 'zone'],
  });
export type JourneyConnection = z.infer<typeof journeyConnectionSchema>;

export const journeySchema = z.object({
  id: z.string().min(1),
  tripId: z.string().min(1),
  /** The stop the journey leaves from; null for home. */
  fromStopId: z.string().nullable(),
  /** The stop the journey goes to; null for home. */
  toStopId: z.string().nullable(),
  mode: z.enum(TRAVEL_MODES),
  carrier: z.string(),
  /** Flight or train number, such as MU5401 or G1234; of the first leg when the journey connects. */
  number: z.string(),
  /** When the first leg leaves. */
  departure: zonedTimeSchema,
  /** When the last leg arrives. */
  arrival: zonedTimeSchema,
  /** Airport or station, with terminal where known: where the first leg leaves and the last one arrives. */
  departurePlace: z.string(),
  arrivalPlace: z.string(),
  /** The terminal, hall or pier at each end (T3, North Hall); '' when unknown. Persisted (schema version 6). */
  departureTerminal: z.string(),
  arrivalTerminal: z.string(),
  bookingReference: z.string(),
  notes: z.string(),
  /** The changes on the way, in order; [] for a direct journey. Persisted (schema version 5). */
  connections: z.array(journeyConnectionSchema),
  /** Who travels on it: null for everyone on the route at that point, or the ids of the people who do. */
  travellerIds: z.array(z.string()).nullable(),
  calendar: calendarIdentitySchema,
});
export type Journey = z.infer<typeof journeySchema>;
