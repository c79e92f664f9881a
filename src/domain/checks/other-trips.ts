/**
 * Other trips as the check across trips reads them: for the people of the trip being checked, the other trips
 * they are on, and the days each of them is on each trip. A person is on a trip for their part of its route,
 * not for the whole trip: someone who leaves one trip on the 10th and joins another on the 11th is in one place
 * at a time. The invariant: two trips clash for a person only on days both have them, and a single shared day
 * that is one trip's last and the other's first for them (leaving one and joining the other) is no clash.
 */
import type { Membership } from '../people/person';
import { inRouteOrder, type City } from '../route/city';
import type { IsoDate } from '../shared/date-arithmetic';
import type { Trip } from '../trip/trip';

/** Another trip some of the checked trip's people are on: what the check across trips reads of it. */
export interface OtherTrip {
  trip: Pick<Trip, 'id' | 'name' | 'startDate' | 'endDate' | 'status'>;
  /** Its cities: only their order and dates are read. */
  stops: readonly Pick<City, 'id' | 'position' | 'arrivalDate' | 'departureDate'>[];
  /** Its memberships of people who are on the checked trip (others may be left out). */
  memberships: readonly Pick<Membership, 'personId' | 'stopIds'>[];
}

/** Days from `from` to `to`, both included. */
export interface DaySpan {
  from: IsoDate;
  to: IsoDate;
}

/**
 * The days a member is on a trip: from the arrival at the first city of their part of the route to the departure
 * from its last. Whoever is at the route's first city travels out with the delegation, so is on it from the
 * trip's first day; whoever is at its last city travels home with it, to the trip's last day. The trip's days
 * when it has no route yet; null when the member is at none of its cities (they do not travel).
 */
export function daysOnTrip(
  trip: Pick<Trip, 'startDate' | 'endDate'>,
  stops: readonly Pick<City, 'id' | 'position' | 'arrivalDate' | 'departureDate'>[],
  stopIds: readonly string[],
): DaySpan | null {
  if (stops.length === 0) return { from: trip.startDate, to: trip.endDate };
  const route = inRouteOrder(stops);
  const chosen = new Set(stopIds);
  const present = route.filter((stop) => chosen.has(stop.id));
  if (present.length === 0) return null;
  let from = present[0]!.arrivalDate;
  let to = present[0]!.departureDate;
  for (const stop of present) {
    if (stop.arrivalDate < from) from = stop.arrivalDate;
    if (stop.departureDate > to) to = stop.departureDate;
  }
  if (present[0] === route[0] && trip.startDate < from) from = trip.startDate;
  if (present.at(-1) === route.at(-1) && trip.endDate > to) to = trip.endDate;
  return { from, to };
}

/**
 * The days two spans of one person share, or null when they share none, or only the day they leave one trip
 * and join the other (one span ends that day, having begun before it, and the other begins on it).
 */
export function sharedDays(a: DaySpan, b: DaySpan): DaySpan | null {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  if (from > to) return null;
  if (from === to) {
    const handover = (span: DaySpan, next: DaySpan) => span.to === from && span.from < from && next.from === from;
    if (handover(a, b) || handover(b, a)) return null;
  }
  return { from, to };
}
