/**
 * The route's rules: its cities in order with their dates, the journeys between them, and the nights that need
 * a hotel. Pure functions over records; the route editor and the programme show what they find.
 */
import type { Hotel } from './hotel';
import { hasErrors, err, ok, type FieldMessages, type Result } from '../shared/result';
import { message, type Message } from '../shared/message';
import { inRouteOrder, type City } from './city';
import { parseClockTime, type ClockTimeProblem } from '../shared/clock-time';
import {
  isIsoDate,
  isValidTimeZone,
  minutesBetween,
  occurrenceOf,
  zonedTime,
  type Occurrence,
  zonedTimeProblem,
  type ZonedTime,
} from '../shared/time';
import { addDays, daysBetween, isPlausibleDate, type IsoDate } from '../shared/date-arithmetic';
import { TRAVEL_MODES, type TravelMode, type Journey, type JourneyConnection } from './journey';
import {
  connectionToDraft,
  normalisedJourneyNumber,
  parseConnectionDrafts,
  type ConnectionErrors,
  type JourneyConnectionDraft,
} from './journey-legs';
import { routeNightsInTransit, type TransitSource } from './nights-in-transit';

// ---------------------------------------------------------------------------------------------------------------
// Stops

/** What the stop form edits. */
export interface CityDraft {
  name: string;
  nameLocal: string;
  country: string;
  timeZone: string;
  latitude: number | null;
  longitude: number | null;
  arrivalDate: IsoDate;
  departureDate: IsoDate;
  notes: string;
}

export function cityToDraft(stop: City): CityDraft {
  const { name, nameLocal, country, timeZone, latitude, longitude, arrivalDate, departureDate, notes } = stop;
  return { name, nameLocal, country, timeZone, latitude, longitude, arrivalDate, departureDate, notes };
}

function dateError(value: string, missing: Message): Message | null {
  if (!value.trim()) return missing;
  if (!isIsoDate(value)) return message('route:errors.date.notADate', { value });
  if (!isPlausibleDate(value)) return message('route:errors.date.implausible');
  return null;
}

export function validateCityDraft(draft: CityDraft): FieldMessages<CityDraft> {
  const errors: FieldMessages<CityDraft> = {};
  if (!draft.name.trim()) errors.name = message('route:errors.city.name');
  if (!/^[A-Z]{2}$/.test(draft.country.trim().toUpperCase())) {
    errors.country = message('route:errors.city.country', { china: 'CN', britain: 'GB' });
  }
  if (!draft.timeZone.trim()) errors.timeZone = message('route:errors.city.timeZoneMissing');
  else if (!isValidTimeZone(draft.timeZone.trim())) {
    errors.timeZone = message('route:errors.city.timeZoneUnknown', { zone: draft.timeZone });
  }
  if (draft.latitude !== null && !(Math.abs(draft.latitude) <= 90)) errors.latitude = message('route:errors.city.latitude');
  if (draft.longitude !== null && !(Math.abs(draft.longitude) <= 180)) {
    errors.longitude = message('route:errors.city.longitude');
  }
  if ((draft.latitude === null) !== (draft.longitude === null)) {
    errors[draft.latitude === null ? 'latitude' : 'longitude'] = message('route:errors.city.bothCoordinates');
  }
  const arrival = dateError(draft.arrivalDate, message('route:errors.city.arrivalMissing'));
  if (arrival) errors.arrivalDate = arrival;
  const departure = dateError(draft.departureDate, message('route:errors.city.departureMissing'));
  if (departure) errors.departureDate = departure;
  if (!arrival && !departure && draft.departureDate < draft.arrivalDate) {
    errors.departureDate = message('route:errors.city.leavesBeforeArriving');
  }
  return errors;
}

export function parseCityDraft(draft: CityDraft): Result<CityDraft, FieldMessages<CityDraft>> {
  const errors = validateCityDraft(draft);
  if (hasErrors(errors)) return err(errors);
  return ok({
    ...draft,
    name: draft.name.trim(),
    nameLocal: draft.nameLocal.trim(),
    country: draft.country.trim().toUpperCase(),
    timeZone: draft.timeZone.trim(),
  });
}

/** Something about consecutive stops' dates that the organiser should look at. */
export type RouteDateIssue =
  | { kind: 'gap'; afterStopId: string; beforeStopId: string; nights: number; from: IsoDate; to: IsoDate }
  | { kind: 'overlap'; afterStopId: string; beforeStopId: string; days: number; from: IsoDate; to: IsoDate };

/**
 * Gaps and overlaps between consecutive stops. Leaving one city and arriving in the next on the same day is
 * the normal travel day; a later arrival leaves nights unaccounted for, an earlier one puts the delegation in
 * two places at once. Given the journeys and who is where, a night spent travelling from one city to the next
 * (see nights-in-transit.ts) is accounted for: a gap is only the nights no journey covers, one issue for each
 * run of them from `from` (the first such night) to `to` (the morning after the last).
 */
export function routeDateIssues(stops: readonly City[], travel?: Omit<TransitSource, 'stops'>): RouteDateIssue[] {
  const ordered = inRouteOrder(stops);
  const inTransit = new Set(
    travel ? routeNightsInTransit({ stops, ...travel }).map((night) => `${night.afterStopId}|${night.date}`) : [],
  );
  const issues: RouteDateIssue[] = [];
  for (let index = 1; index < ordered.length; index += 1) {
    const before = ordered[index - 1]!;
    const after = ordered[index]!;
    const difference = daysBetween(before.departureDate, after.arrivalDate);
    if (difference > 0) {
      let runStart: number | null = null;
      for (let night = 0; night <= difference; night += 1) {
        const accounted = night === difference || inTransit.has(`${before.id}|${addDays(before.departureDate, night)}`);
        if (!accounted && runStart === null) runStart = night;
        if (accounted && runStart !== null) {
          issues.push({
            kind: 'gap',
            afterStopId: before.id,
            beforeStopId: after.id,
            nights: night - runStart,
            from: addDays(before.departureDate, runStart),
            to: addDays(before.departureDate, night),
          });
          runStart = null;
        }
      }
    } else if (difference < 0) {
      issues.push({
        kind: 'overlap',
        afterStopId: before.id,
        beforeStopId: after.id,
        days: -difference,
        from: after.arrivalDate,
        to: before.departureDate,
      });
    }
  }
  return issues;
}

/** A night of the route: the delegation sleeps at `stopId` on the night that starts on `date`. */
export interface RouteNight {
  date: IsoDate;
  stopId: string;
  accommodationIds: string[];
}

/** Every night spent at each stop (arrival night to the night before departure), with the hotels booked for it. */
export function routeNights(stops: readonly City[], accommodations: readonly Hotel[]): RouteNight[] {
  // Each stop looks only at its own hotels: a long trip has hundreds of nights and hundreds of stays.
  const staysByStop = new Map<string, Hotel[]>();
  for (const stay of accommodations) {
    const list = staysByStop.get(stay.stopId);
    if (list) list.push(stay);
    else staysByStop.set(stay.stopId, [stay]);
  }
  const nights: RouteNight[] = [];
  for (const stop of inRouteOrder(stops)) {
    const stays = staysByStop.get(stop.id) ?? [];
    const count = daysBetween(stop.arrivalDate, stop.departureDate);
    for (let offset = 0; offset < count; offset += 1) {
      const date = addDays(stop.arrivalDate, offset);
      const accommodationIds: string[] = [];
      for (const stay of stays) {
        if (stay.checkInDate <= date && date < stay.checkOutDate) accommodationIds.push(stay.id);
      }
      nights.push({ date, stopId: stop.id, accommodationIds });
    }
  }
  return nights;
}

// ---------------------------------------------------------------------------------------------------------------
// Journeys

/** What the journey form edits: each end as wall time and zone, as on the ticket. */
export interface JourneyDraft {
  fromStopId: string | null;
  toStopId: string | null;
  mode: TravelMode;
  carrier: string;
  number: string;
  departureLocal: string;
  departureZone: string;
  arrivalLocal: string;
  arrivalZone: string;
  /** Which one when the clocks go back over the departure's wall time (absent: the first). */
  departureOccurrence?: Occurrence;
  /** The same for the arrival. */
  arrivalOccurrence?: Occurrence;
  departurePlace: string;
  arrivalPlace: string;
  /** The terminal, hall or pier at each end; '' when unknown. */
  departureTerminal: string;
  arrivalTerminal: string;
  bookingReference: string;
  notes: string;
  /** Null for everyone on the route at that point; else the people travelling (own travel in or out). */
  travellerIds: string[] | null;
  /** The changes on the way, in order; the fields above are the first leg's start and the last leg's end. */
  connections: JourneyConnectionDraft[];
}

/** A journey draft's errors: one per field, and per field of each connection ("connections.0.zone"). */
export type JourneyDraftErrors = FieldMessages<JourneyDraft> & ConnectionErrors;

export function journeyToDraft(segment: Journey): JourneyDraft {
  return {
    fromStopId: segment.fromStopId,
    toStopId: segment.toStopId,
    mode: segment.mode,
    carrier: segment.carrier,
    number: segment.number,
    departureLocal: segment.departure.local,
    departureZone: segment.departure.zone,
    arrivalLocal: segment.arrival.local,
    arrivalZone: segment.arrival.zone,
    departureOccurrence: occurrenceOf(segment.departure),
    arrivalOccurrence: occurrenceOf(segment.arrival),
    departurePlace: segment.departurePlace,
    arrivalPlace: segment.arrivalPlace,
    departureTerminal: segment.departureTerminal,
    arrivalTerminal: segment.arrivalTerminal,
    bookingReference: segment.bookingReference,
    notes: segment.notes,
    travellerIds: segment.travellerIds,
    connections: segment.connections.map(connectionToDraft),
  };
}

/** A journey's times, parsed: both ends as instants. */
export interface ParsedJourney
  extends Omit<
    JourneyDraft,
    'departureLocal' | 'departureZone' | 'arrivalLocal' | 'arrivalZone' | 'departureOccurrence' | 'arrivalOccurrence' | 'connections'
  > {
  departure: ZonedTime;
  arrival: ZonedTime;
  connections: JourneyConnection[];
}

/** Longest journey accepted; longer is a mistake in a date. */
export const MAX_JOURNEY_HOURS = 48;

export function parseJourneyDraft(draft: JourneyDraft): Result<ParsedJourney, JourneyDraftErrors> {
  const errors: JourneyDraftErrors = {};
  if (!TRAVEL_MODES.includes(draft.mode)) errors.mode = message('route:errors.journey.mode');
  if (draft.travellerIds !== null && draft.travellerIds.length === 0) {
    errors.travellerIds = message('route:errors.journey.travellers');
  }
  if (draft.fromStopId !== null && draft.fromStopId === draft.toStopId) {
    errors.toStopId = message('route:errors.journey.sameDestination');
  }
  const departure = parseEnd(draft.departureLocal, draft.departureZone, 'departs', draft.departureOccurrence);
  if (!departure.ok) errors[departure.error.field === 'zone' ? 'departureZone' : 'departureLocal'] = departure.error.message;
  const arrival = parseEnd(draft.arrivalLocal, draft.arrivalZone, 'arrives', draft.arrivalOccurrence);
  if (!arrival.ok) errors[arrival.error.field === 'zone' ? 'arrivalZone' : 'arrivalLocal'] = arrival.error.message;
  if (departure.ok && arrival.ok) {
    const minutes = minutesBetween(departure.value, arrival.value);
    if (minutes <= 0) {
      errors.arrivalLocal = message('route:errors.journey.arrivesBeforeDeparting');
    } else if (minutes > MAX_JOURNEY_HOURS * 60) {
      errors.arrivalLocal = message('route:errors.journey.tooLong', { duration: durationMessage(minutes) });
    }
  }
  const connections = parseConnectionDrafts(
    draft.connections,
    parseEnd,
    departure.ok ? departure.value : null,
    arrival.ok ? arrival.value : null,
  );
  if (!connections.ok) {
    const { arrival: lastLeg, ...connectionErrors } = connections.error;
    Object.assign(errors, connectionErrors);
    if (lastLeg) errors.arrivalLocal ??= lastLeg;
  }
  if (hasErrors(errors) || !departure.ok || !arrival.ok || !connections.ok) return err(errors);
  return ok({
    fromStopId: draft.fromStopId,
    toStopId: draft.toStopId,
    mode: draft.mode,
    carrier: draft.carrier.trim(),
    number: normalisedJourneyNumber(draft.number),
    departurePlace: draft.departurePlace.trim(),
    arrivalPlace: draft.arrivalPlace.trim(),
    departureTerminal: draft.departureTerminal.trim(),
    arrivalTerminal: draft.arrivalTerminal.trim(),
    bookingReference: draft.bookingReference.trim(),
    notes: draft.notes.trim(),
    travellerIds: draft.travellerIds === null ? null : [...new Set(draft.travellerIds)],
    departure: departure.value,
    arrival: arrival.value,
    connections: connections.value,
  });
}

/**
 * One end of a journey or connection: its wall time, the time as typed ("2027-11-05T2240" reads as 22:40), in
 * its zone, at the occurrence chosen when the clocks go back over it.
 */
function parseEnd(
  local: string,
  zone: string,
  verb: 'departs' | 'arrives',
  occurrence?: Occurrence,
): Result<ZonedTime, { field: 'local' | 'zone'; message: Message }> {
  if (!zone.trim()) return err({ field: 'zone', message: message('route:errors.journey.zoneMissing') });
  if (!local.trim()) {
    return err({ field: 'local', message: verb === 'departs' ? message('route:errors.journey.whenDeparts') : message('route:errors.journey.whenArrives') });
  }
  const [date = '', typed = ''] = local.trim().split('T');
  const time = parseClockTime(typed);
  if (!time.ok) return err({ field: 'local', message: clockTimeMessage(time.error, verb) });
  const result = zonedTime(`${date}T${time.value}`, zone.trim(), occurrence);
  if (result.ok) return result;
  return err({ field: result.error.kind === 'invalid-zone' ? 'zone' : 'local', message: zonedTimeProblem(result.error) });
}

/** What to tell the organiser about a time of a journey's end that could not be read. */
function clockTimeMessage(problem: ClockTimeProblem, verb: 'departs' | 'arrives'): Message {
  switch (problem.code) {
    case 'empty':
      return verb === 'departs' ? message('route:errors.time.emptyDeparts') : message('route:errors.time.emptyArrives');
    case 'unreadable':
      return message('route:errors.time.unreadable', { text: problem.text });
    case 'out-of-range':
      return message('route:errors.time.outOfRange', { text: problem.text });
  }
}

/** How long a journey takes, from instant to instant: "10 h 40 min", "35 min"; "10小时40分钟". */
export function durationMessage(minutes: number): Message {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return message('common:duration.minutes', { minutes: rest });
  return rest === 0 ? message('common:duration.hours', { hours }) : message('common:duration.hoursMinutes', { hours, minutes: rest });
}

/** Days between the local departure date and the local arrival date: "+1" for an overnight flight east. */
export function arrivalDayOffset(departure: ZonedTime, arrival: ZonedTime): number {
  return daysBetween(departure.local.slice(0, 10), arrival.local.slice(0, 10));
}
