/**
 * Nights in transit. A night spent on an overnight flight or a sleeper train is neither a night in no city nor
 * a night that needs a hotel, for the people on that journey; a night no journey covers still is.
 *
 * Which nights a journey covers. Nights are named by the date they start on, as a city's nights and a hotel's
 * are (the night of 8 Nov runs into the morning of 9 Nov). A journey covers the night of D when it departs on
 * or before D, by the local date at its origin, and arrives after D, by the local date at its destination:
 * departure date ≤ D < arrival date, each end read on its own clock. So:
 *   - London 21:30 on 5 Nov → Shanghai 16:10 on 6 Nov covers the night of 5 Nov (though it is already 05:30 on
 *     6 Nov in Shanghai when it leaves);
 *   - Beijing 22:00 on 8 Nov → Kunming 07:00 on 10 Nov (two nights on a train) covers 8 and 9 Nov;
 *   - a flight west that lands the same local day (Shanghai 12:00 → London 16:00), or one across the date line
 *     that lands on an earlier local date, covers none;
 *   - a late hop across midnight (23:30 → 02:30) covers the night it crosses. Its people do need a bed at
 *     three in the morning; a hotel booked from the day before is there for them, and nothing here asks for
 *     one less. What changes is only that the night is not reported as in no city, nor as without a hotel.
 * Only a journey's own departure and arrival count: they are the ends of the whole journey, whatever
 * connections it makes on the way.
 *
 * Who is on a journey is `takesJourney`'s rule: the named travellers, or for a journey of the whole delegation
 * everyone at both its ends.
 */
import type { Membership } from '../people/person';
import { takesJourney } from '../programme/personal-programme';
import { addDays, daysBetween, wallDate, type IsoDate } from '../shared/date-arithmetic';
import { inRouteOrder, type City } from './city';
import type { Journey } from './journey';

/** The longest run of nights one journey can cover; anything longer is a mistyped date, not a journey. */
const MAX_NIGHTS_ON_ONE_JOURNEY = 7;

/** The nights a journey covers, by the rule in the module header: [] for one that lands the day it leaves. */
export function nightsCoveredBy(journey: Pick<Journey, 'departure' | 'arrival'>): IsoDate[] {
  const first = wallDate(journey.departure.local);
  const count = daysBetween(first, wallDate(journey.arrival.local));
  if (!(count > 0) || count > MAX_NIGHTS_ON_ONE_JOURNEY) return [];
  return Array.from({ length: count }, (_, night) => addDays(first, night));
}

/** The trip as nights in transit are worked out from: its cities, journeys and who is at which city. */
export interface TransitSource {
  stops: readonly City[];
  segments: readonly Journey[];
  memberships: readonly Pick<Membership, 'personId' | 'stopIds'>[];
}

/** Who spends which night on which journey. */
export interface TransitNights {
  /** The journeys that cover the night of `date`, in time order; [] for most nights. */
  journeysCovering(date: IsoDate): readonly Journey[];
  /** The journey this person spends the night of `date` on, or undefined when they are on none. */
  journeyOf(personId: string, date: IsoDate): Journey | undefined;
}

/** Indexes the trip's journeys by the nights they cover; see {@link TransitNights}. */
export function transitNights(source: TransitSource): TransitNights {
  const byNight = new Map<IsoDate, Journey[]>();
  const inTimeOrder = [...source.segments].sort((a, b) => (a.departure.utc < b.departure.utc ? -1 : 1));
  for (const journey of inTimeOrder) {
    for (const date of nightsCoveredBy(journey)) {
      const list = byNight.get(date);
      if (list) list.push(journey);
      else byNight.set(date, [journey]);
    }
  }
  const stopsInOrder = inRouteOrder(source.stops);
  // A person's cities in route order, worked out only for people asked about on a night some journey covers.
  const citiesOfPerson = new Map<string, City[]>();
  let stopIdsOfPerson: Map<string, readonly string[]> | undefined;
  const citiesOf = (personId: string) => {
    let cities = citiesOfPerson.get(personId);
    if (!cities) {
      stopIdsOfPerson ??= new Map(source.memberships.map((membership) => [membership.personId, membership.stopIds]));
      const stopIds = new Set(stopIdsOfPerson.get(personId));
      citiesOfPerson.set(personId, (cities = stopsInOrder.filter((stop) => stopIds.has(stop.id))));
    }
    return cities;
  };
  return {
    journeysCovering: (date) => byNight.get(date) ?? [],
    journeyOf(personId, date) {
      const covering = byNight.get(date);
      if (!covering) return undefined;
      return covering.find((journey) => takesJourney(journey, personId, citiesOf(personId)));
    },
  };
}

/** A night between two consecutive cities that the delegation going on from one to the other spends travelling. */
export interface RouteNightInTransit {
  date: IsoDate;
  afterStopId: string;
  beforeStopId: string;
  /** The journey they spend it on: the first that covers it, of those the people going on take. */
  journeyId: string;
}

/**
 * The nights between consecutive cities that are spent in transit. A night between A and B is in transit when
 * a journey covers it and everyone at both A and B (the people who go on from one to the other) is on a journey
 * that covers it; people who leave at A or join at B travel on their own and are not asked about. Before anyone
 * is on the trip, any journey that covers the night will do.
 */
export function routeNightsInTransit(source: TransitSource): RouteNightInTransit[] {
  const transit = transitNights(source);
  const ordered = inRouteOrder(source.stops);
  const nights: RouteNightInTransit[] = [];
  for (let index = 1; index < ordered.length; index += 1) {
    const before = ordered[index - 1]!;
    const after = ordered[index]!;
    const gap = daysBetween(before.departureDate, after.arrivalDate);
    if (!(gap > 0)) continue;
    const goingOn = source.memberships
      .filter((membership) => membership.stopIds.includes(before.id) && membership.stopIds.includes(after.id))
      .map((membership) => membership.personId);
    for (let night = 0; night < gap; night += 1) {
      const date = addDays(before.departureDate, night);
      const covering = transit.journeysCovering(date);
      if (covering.length === 0) continue;
      const taken = goingOn.map((personId) => transit.journeyOf(personId, date));
      if (taken.some((journey) => journey === undefined)) continue;
      nights.push({ date, afterStopId: before.id, beforeStopId: after.id, journeyId: (taken[0] ?? covering[0]!).id });
    }
  }
  return nights;
}
