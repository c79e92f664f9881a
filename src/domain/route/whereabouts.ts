/**
 * Where the delegation is at a given hour: the city of that day and, on a travel day, the city it leaves until
 * the journey between the two departs, then the city it goes to. A new engagement starts in that city, so a
 * breakfast meeting before the morning flight from Kunming is booked in Kunming and the evening banquet in
 * Chongqing, each at its own city's clock.
 */
import { inRouteOrder, type City } from './city';
import type { Journey } from './journey';
import { isLocalDateTime, sortableInstantOf } from '../shared/time';
import { instantMillis, type LocalDateTime } from '../shared/date-arithmetic';

export interface Whereabouts {
  stops: readonly City[];
  segments: readonly Journey[];
}

/**
 * The journey that takes the delegation from one city to the next: one everyone travels on if there is one
 * (others carry only some of the people), the earliest such.
 */
function journeyBetween(segments: readonly Journey[], from: City, to: City): Journey | null {
  const between = segments
    .filter((segment) => segment.fromStopId === from.id && segment.toStopId === to.id)
    .sort(
      (a, b) =>
        Number(a.travellerIds !== null) - Number(b.travellerIds !== null) ||
        instantMillis(a.departure.utc) - instantMillis(b.departure.utc),
    );
  return between[0] ?? null;
}

/**
 * The id of the city the delegation is in at a wall time (`YYYY-MM-DDTHH:mm`), or null for a route without
 * cities. On a travel day the time is read on the clock of the city being left and compared with the journey's
 * departure: before it, that city; from then on, the city the journey goes to. A travel day with no journey
 * entered between the two cities answers the later one. On a day in no city (at home, or in the air between
 * cities whose dates leave a gap) it is the last city reached before that day, or the first city of the route.
 */
export function cityAt(route: Whereabouts, at: LocalDateTime): string | null {
  const stops = inRouteOrder(route.stops);
  const date = at.slice(0, 10);
  const ofTheDay = stops.filter((stop) => stop.arrivalDate <= date && date <= stop.departureDate);
  const [first, ...later] = ofTheDay;
  if (!first) return (stops.filter((stop) => stop.arrivalDate <= date).at(-1) ?? stops[0])?.id ?? null;
  const timed = isLocalDateTime(at);
  let current = first;
  for (const next of later) {
    const journey = journeyBetween(route.segments, current, next);
    if (journey && timed && sortableInstantOf(at, current.timeZone) < instantMillis(journey.departure.utc)) break;
    current = next;
  }
  return current.id;
}
