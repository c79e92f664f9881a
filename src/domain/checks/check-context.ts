/**
 * The trip as the checks read it: read once into indexes that every rule shares (`checkContext`), so that no
 * rule walks the trip's records again. Read-only but for a few caches filled as the rules ask (`citySets`,
 * `onlyCity`, each engagement's `venue`), which never change what a rule finds.
 */
import type { Hotel } from '../route/hotel';
import type { Engagement } from '../engagements/engagement';
import type { Membership, Person } from '../people/person';
import { inRouteOrder, type City } from '../route/city';
import type { Journey } from '../route/journey';
import { instantMillis, wallDate, type IsoDate } from '../shared/date-arithmetic';
import type { Trip } from '../trip/trip';
import type { OtherTrip } from './other-trips';
import type { Room } from '../rooming/room';
import type { Assignment, Resource } from '../logistics/resource';

/** What the engine reads: a trip bundle, or the parts of one it needs, and the other trips its people are on. */
export interface CheckSource {
  trip: Pick<Trip, 'startDate' | 'endDate' | 'homeZone'> & { id?: Trip['id']; home?: Trip['home']; status?: Trip['status'] };
  stops: readonly City[];
  segments: readonly Journey[];
  accommodations: readonly Hotel[];
  memberships: readonly Membership[];
  engagements: readonly Engagement[];
  people: readonly Pick<Person, 'id' | 'name' | 'passportExpiry' | 'visaStatus'>[];
  /** The other trips the members are on, for the check across trips; none read when absent. */
  otherTrips?: readonly OtherTrip[];
  /** Who sleeps in which room of the hotel stays, for the rooming rules; none when absent. */
  rooms?: readonly Room[];
  /** The trip's vehicles, interpreters and guides and their bookings, for the logistics checks; none when absent. */
  resources?: readonly Resource[];
  assignments?: readonly Assignment[];
}

export interface CheckOptions {
  /** Least time between engagements at different venues; 45 minutes unless said. */
  bufferMinutes?: number;
  /** The organiser's date, for travel document deadlines. */
  today: IsoDate;
}

export const DEFAULT_BUFFER_MINUTES = 45;

/** An engagement with its instants, as the rules compare them. */
export interface TimedEngagement {
  engagement: Engagement;
  start: number;
  end: number;
  /** Place in time order (start, end, id): comparing ranks is comparing times. */
  rank: number;
  /** The venue as transfers compare it, worked out when first needed. */
  venue: string | null;
}

/** A journey with its instants. */
export interface TimedJourney {
  segment: Journey;
  start: number;
  end: number;
  /** Place in time order (departure, arrival, id). */
  rank: number;
}

/** The trip read once: indexes every rule uses; see the module header. */
export interface CheckContext {
  source: CheckSource;
  bufferMinutes: number;
  today: IsoDate;
  cityById: Map<string, City>;
  citiesInRouteOrder: City[];
  nameById: Map<string, string>;
  /** Members' order on the trip (the head of delegation first), for naming people in messages. */
  rankById: Map<string, number>;
  /** Live (not cancelled) engagements with their instants, in the trip's order. */
  live: TimedEngagement[];
  /** The same, in time order. */
  chronological: TimedEngagement[];
  /** Each city's live engagements, in time order. */
  chronologicalByCity: Map<string, TimedEngagement[]>;
  /** Each member's membership (the last, should there be two). */
  membershipByPerson: Map<string, Membership>;
  /** Each member's cities as a set, made when first asked for: see `citiesOf`. */
  citySets: Map<string, ReadonlySet<string>>;
  /** The members at each city, in the trip's order. */
  membersByCity: Map<string, string[]>;
  /** Journeys with their instants, in time order. */
  timedJourneys: TimedJourney[];
  /** A list of just that city, for each city, shared by the findings that name only it. */
  onlyCity: Map<string, readonly string[]>;
}

const idOf = (item: { engagement?: Engagement; segment?: Journey }) => item.engagement?.id ?? item.segment?.id ?? '';

/**
 * Engagements and journeys in order of start, then end, then id; ids compared by code unit (not locale), for
 * speed and stability.
 */
export function byStartThenId(
  a: { start: number; end: number; engagement?: Engagement; segment?: Journey },
  b: typeof a,
): number {
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return a.end - b.end;
  const first = idOf(a);
  const second = idOf(b);
  return first < second ? -1 : first > second ? 1 : 0;
}

/** `byStartThenId` for engagements alone: the sort of every engagement of the trip. */
function engagementsInTimeOrder(a: TimedEngagement, b: TimedEngagement): number {
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return a.end - b.end;
  const first = a.engagement.id;
  const second = b.engagement.id;
  return first < second ? -1 : first > second ? 1 : 0;
}

/** Adds `value` to the list kept under `key`, starting the list when there is none: how the checks index. */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function withinCityDates(cityById: ReadonlyMap<string, City>, engagement: Engagement): boolean {
  const stop = cityById.get(engagement.stopId);
  if (!stop) return true;
  const date = wallDate(engagement.start.local);
  return date >= stop.arrivalDate && date <= stop.departureDate;
}

/** Reads the trip once for all rules. */
export function checkContext(source: CheckSource, options: CheckOptions): CheckContext {
  const cityById = new Map<string, City>();
  for (const stop of source.stops) cityById.set(stop.id, stop);
  const nameById = new Map<string, string>();
  for (const person of source.people) nameById.set(person.id, person.name);
  const rankById = new Map<string, number>();
  source.memberships.forEach((membership, index) => rankById.set(membership.personId, index));

  const live: TimedEngagement[] = [];
  for (const engagement of source.engagements) {
    if (engagement.status === 'cancelled') continue;
    const start = instantMillis(engagement.start.utc);
    const end = instantMillis(engagement.end.utc);
    live.push({ engagement, start, end, rank: 0, venue: null });
  }
  // An engagement on a day its city is not on the route is reported as that (rule 2) and nothing else: who
  // "attends" it is not where it is, so clashes worked out from it would be false.
  const chronological = live.filter((timed) => withinCityDates(cityById, timed.engagement)).sort(engagementsInTimeOrder);
  const chronologicalByCity = new Map<string, TimedEngagement[]>();
  for (let rank = 0; rank < chronological.length; rank += 1) {
    const timed = chronological[rank]!;
    timed.rank = rank;
    appendTo(chronologicalByCity, timed.engagement.stopId, timed);
  }

  const membershipByPerson = new Map<string, Membership>();
  const membersByCity = new Map<string, string[]>();
  for (const membership of source.memberships) {
    membershipByPerson.set(membership.personId, membership);
    for (const stopId of membership.stopIds) appendTo(membersByCity, stopId, membership.personId);
  }

  const timedJourneys: TimedJourney[] = source.segments
    .map((segment) => ({ segment, start: instantMillis(segment.departure.utc), end: instantMillis(segment.arrival.utc), rank: 0 }))
    .sort(byStartThenId);
  timedJourneys.forEach((timed, rank) => (timed.rank = rank));

  return {
    source,
    bufferMinutes: options.bufferMinutes ?? DEFAULT_BUFFER_MINUTES,
    today: options.today,
    cityById,
    citiesInRouteOrder: inRouteOrder(source.stops),
    nameById,
    rankById,
    live,
    chronological,
    chronologicalByCity,
    membershipByPerson,
    citySets: new Map(),
    membersByCity,
    timedJourneys,
    onlyCity: new Map(),
  };
}

/** A member's cities; undefined for someone not on the trip. Sets are made only for those asked about. */
export function citiesOf(context: CheckContext, personId: string): ReadonlySet<string> | undefined {
  let stops = context.citySets.get(personId);
  if (!stops) {
    const membership = context.membershipByPerson.get(personId);
    if (!membership) return undefined;
    context.citySets.set(personId, (stops = new Set(membership.stopIds)));
  }
  return stops;
}

/** Whether a member attends an engagement, by the rule of `attendanceCalculator`. */
export function attends(context: CheckContext, personId: string, engagement: Engagement): boolean {
  const stops = citiesOf(context, personId);
  if (!stops || engagement.removedAttendeeIds.includes(personId)) return false;
  return stops.has(engagement.stopId) || engagement.addedAttendeeIds.includes(personId);
}

/** The cities of two engagements, sorted, once each; a pair in one city shares that city's list. */
export function citiesOfPair(context: CheckContext, a: Engagement, b: Engagement): readonly string[] {
  if (a.stopId !== b.stopId) return a.stopId < b.stopId ? [a.stopId, b.stopId] : [b.stopId, a.stopId];
  let only = context.onlyCity.get(a.stopId);
  if (!only) context.onlyCity.set(a.stopId, (only = [a.stopId]));
  return only;
}
