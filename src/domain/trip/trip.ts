/**
 * A trip (a mission): the delegation's journey from home and back, with its own home time zone, in which
 * every delegate also sees the times of the programme.
 */
import { z } from 'zod';
import { hasErrors, type FieldMessages, type Result, ok, err } from '../shared/result';
import { message, type Message } from '../shared/message';
import { canonicalTimeZone, isIsoDate, isValidTimeZone, isoDateSchema, timeZoneSchema } from '../shared/time';
import { daysBetween, EARLIEST_YEAR, isPlausibleDate, LATEST_YEAR, type IsoDate } from '../shared/date-arithmetic';
import type { Id } from '../shared/ids';

/** Persisted values: do not rename. Their words are the catalogue's `trips:status.<value>`. */
export const TRIP_STATUSES = ['planning', 'confirmed', 'completed', 'cancelled'] as const;
export type TripStatus = (typeof TRIP_STATUSES)[number];

/** Where the delegation comes from and goes back to: shown on the route map. */
export const homePlaceSchema = z.object({
  name: z.string().trim().min(1),
  country: z.string().regex(/^[A-Z]{2}$/),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});
export type HomePlace = z.infer<typeof homePlaceSchema>;

/**
 * Someone to call on the mission, entered once per trip for the briefing book: the organiser's own contact and
 * the coordinator in the country visited. Every field is '' until the organiser fills it in.
 */
export const tripContactSchema = z.object({
  name: z.string(),
  phone: z.string(),
  email: z.string(),
});
export type TripContact = z.infer<typeof tripContactSchema>;

/**
 * The home country's embassy or a consulate in a country the route visits, for the briefing book's page of
 * contacts in emergencies. `country` is the host country (ISO 3166 alpha-2, such as CN); `city` is the city the
 * mission is in ('' when it covers the whole country); `addressLocal` is the address in the host's script, for a
 * taxi driver.
 */
export const diplomaticMissionSchema = z.object({
  id: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/),
  city: z.string(),
  name: z.string().trim().min(1),
  address: z.string(),
  addressLocal: z.string(),
  phone: z.string(),
  emergencyPhone: z.string(),
});
export type DiplomaticMission = z.infer<typeof diplomaticMissionSchema>;

/** A contact with nothing filled in: what a trip starts with, and what older trips become (schema version 6). */
export function emptyTripContact(): TripContact {
  return { name: '', phone: '', email: '' };
}

/** Least time, by default, to get from one engagement to the next at another venue. */
export const DEFAULT_BUFFER_MINUTES = 45;
/** More than four hours between engagements is not a buffer but a gap. */
export const MAX_BUFFER_MINUTES = 240;

export const tripSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(200),
  purpose: z.string(),
  homeZone: timeZoneSchema,
  /** Added in schema version 2; null when the organiser has not said. */
  home: homePlaceSchema.nullable(),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  status: z.enum(TRIP_STATUSES),
  notes: z.string(),
  /** Added in schema version 3: the least time between engagements at different venues, for the checks. */
  conflictBufferMinutes: z.number().int().min(0).max(MAX_BUFFER_MINUTES),
  /** Added in schema version 6: who to call on the mission; empty fields until the organiser says. */
  organiserContact: tripContactSchema,
  /** Added in schema version 6: the coordinator in the country visited. */
  localCoordinator: tripContactSchema,
  /** Added in schema version 6: the home country's embassy or consulates on the route; [] until entered. */
  diplomaticMissions: z.array(diplomaticMissionSchema),
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
  home: HomePlace | null;
  startDate: IsoDate;
  endDate: IsoDate;
  status: TripStatus;
  notes: string;
  conflictBufferMinutes: number;
}

export function emptyTripDraft(homeZone = 'Europe/London'): TripDraft {
  return {
    name: '',
    purpose: '',
    homeZone,
    home: null,
    startDate: '',
    endDate: '',
    status: 'planning',
    notes: '',
    conflictBufferMinutes: DEFAULT_BUFFER_MINUTES,
  };
}

export function tripToDraft(trip: Trip): TripDraft {
  const { name, purpose, homeZone, home, startDate, endDate, status, notes, conflictBufferMinutes } = trip;
  return { name, purpose, homeZone, home, startDate, endDate, status, notes, conflictBufferMinutes };
}

/** Longest trip accepted: longer is a typing mistake in a year. */
export const MAX_TRIP_DAYS = 366;

function dateError(value: string, missing: Message): Message | null {
  if (!value.trim()) return missing;
  if (!isIsoDate(value)) return message('trips:errors.notADate', { text: value });
  if (!isPlausibleDate(value)) return message('trips:errors.implausibleDate', { earliest: EARLIEST_YEAR, latest: LATEST_YEAR });
  return null;
}

/** One message per field that is wrong, for the person filling in the form. */
export function validateTripDraft(draft: TripDraft): FieldMessages<TripDraft> {
  const errors: FieldMessages<TripDraft> = {};
  const name = draft.name.trim();
  if (!name) errors.name = message('trips:errors.nameMissing');
  else if (name.length > 200) errors.name = message('trips:errors.nameTooLong', { count: 200 });
  if (!draft.homeZone.trim()) errors.homeZone = message('trips:errors.homeZoneMissing');
  else if (!isValidTimeZone(draft.homeZone.trim())) {
    errors.homeZone = message('trips:errors.homeZoneUnknown', { text: draft.homeZone });
  }
  const startError = dateError(draft.startDate, message('trips:errors.startDateMissing'));
  if (startError) errors.startDate = startError;
  const endError = dateError(draft.endDate, message('trips:errors.endDateMissing'));
  if (endError) errors.endDate = endError;
  if (!errors.startDate && !errors.endDate) {
    if (draft.endDate < draft.startDate) errors.endDate = message('trips:errors.endBeforeStart');
    else if (daysBetween(draft.startDate, draft.endDate) > MAX_TRIP_DAYS) {
      errors.endDate = message('trips:errors.tooLong');
    }
  }
  if (!TRIP_STATUSES.includes(draft.status)) errors.status = message('trips:errors.statusMissing');
  const buffer = draft.conflictBufferMinutes;
  if (typeof buffer !== 'number' || !Number.isInteger(buffer) || buffer < 0 || buffer > MAX_BUFFER_MINUTES) {
    errors.conflictBufferMinutes = message('trips:errors.bufferOutOfRange', { max: MAX_BUFFER_MINUTES });
  }
  return errors;
}

/** The draft, trimmed, if it is valid. */
export function parseTripDraft(draft: TripDraft): Result<TripDraft, FieldMessages<TripDraft>> {
  const errors = validateTripDraft(draft);
  if (hasErrors(errors)) return err(errors);
  return ok({
    ...draft,
    name: draft.name.trim(),
    purpose: draft.purpose.trim(),
    homeZone: canonicalTimeZone(draft.homeZone.trim()),
  });
}

/** What the trips list shows of each trip. */
export interface TripSummary {
  trip: Trip;
  /** City names in route order. */
  cities: string[];
  /** The same cities' names in local script, for search. */
  citiesLocal: string[];
  participantCount: number;
}

export type TripId = Id;
