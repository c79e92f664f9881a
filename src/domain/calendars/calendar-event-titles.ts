/**
 * What the events of journeys and hotel stays are called (SUMMARY) and when a hotel stay ends (DTEND). The
 * file writes them and the digest of what was sent keeps them, so an event deleted from the trip can still be
 * sent as cancelled under the title and dates the delegate's calendar shows: both take them from here.
 */
import type { City } from '../route/city';
import type { Hotel } from '../route/hotel';
import { TRAVEL_MODE_LABELS, type Journey } from '../route/journey';
import { journeyNumbers } from '../route/journey-legs';
import { addDays, daysBetween, type IsoDate } from '../shared/date-arithmetic';
import type { TripBundle } from '../trip/trip-bundle';

/** What titles of journeys and hotel stays need to know of the trip. */
export interface EventNaming {
  stopById: ReadonlyMap<string, City>;
  /** The trip's home, for a journey's end outside the route. */
  homeName: string;
}

/** What the titles of this trip's journeys and hotel stays need to know of it, looked up once. */
export function eventNaming(bundle: TripBundle): EventNaming {
  return { stopById: new Map(bundle.stops.map((stop) => [stop.id, stop])), homeName: bundle.trip.home?.name ?? 'home' };
}

/**
 * "Flight MU5401: Liverpool → Shanghai Pudong T2", with the places on the ticket where they are given; a journey
 * that connects names each leg's number: "Flight HU7908 + HU7279: Manchester Airport T2 → Kunming Changshui".
 */
export function journeyTitle(segment: Journey, naming: EventNaming): string {
  // The places on the ticket, as a journey from home may leave from another city's airport or connect.
  const from = segment.departurePlace.trim() || placeName(segment.fromStopId, naming);
  const to = segment.arrivalPlace.trim() || placeName(segment.toStopId, naming);
  const heading = [TRAVEL_MODE_LABELS[segment.mode], journeyNumbers(segment)].filter(Boolean).join(' ');
  return `${heading}: ${from} → ${to}`;
}

/** "Hotel: The Astor, Tianjin" */
export function hotelTitle(stay: Hotel, naming: EventNaming): string {
  const stop = naming.stopById.get(stay.stopId);
  return `Hotel: ${stay.name}${stop ? `, ${stop.name}` : ''}`;
}

/** A stay's DTEND: the check-out date (exclusive), or the day after check-in for a stay of no nights. */
export function hotelEndDate(stay: Hotel): IsoDate {
  return daysBetween(stay.checkInDate, stay.checkOutDate) > 0 ? stay.checkOutDate : addDays(stay.checkInDate, 1);
}

/** A stop's name, or the trip's home ("Liverpool", else "home") for a journey's end outside the route. */
function placeName(stopId: string | null, naming: EventNaming): string {
  if (stopId === null) return naming.homeName;
  return naming.stopById.get(stopId)?.name ?? 'unknown city';
}
