/**
 * Attendance classes: why the checks are fast. A trip of 20,000 engagements and 2,000 people has tens of
 * millions of person–engagement pairs, but people with the same cities, the same named journeys and no
 * attendance adjusted by hand attend exactly the same engagements. They are grouped into classes, and the rules
 * that compare engagements person by person (double bookings, tight transfers) sweep each class's engagements
 * and journeys once in order of start: the work grows with the engagements and the clashes found, not with
 * their square. People whose attendance is adjusted on some engagement get a class of their own.
 *
 * The invariant: a class's engagements are exactly those `attendanceCalculator` gives each of its people
 * (everyone present at the city, plus those added, less those left out, members only), and its journeys those
 * `takesJourney` gives them.
 */
import { takesJourney } from '../programme/personal-programme';
import { appendTo, citiesOf, type CheckContext, type TimedEngagement, type TimedJourney } from './check-context';
import { digestOfPeople } from './fingerprints';
import { firstByRank } from './finding-wording';

/** People who attend exactly the same engagements and take the same journeys. */
export interface AttendanceClass {
  /** Sorted by id. */
  personIds: string[];
  /** The first three on the trip's list, for naming them in messages. */
  leaders: string[];
  /** An order-free digest of `personIds`, so fingerprints need not rehash everyone in a large group. */
  peopleDigest: number;
  /** In time order. */
  engagements: TimedEngagement[];
  /** In time order. */
  segments: TimedJourney[];
}

/** The journeys a member takes, as `takesJourney` decides, in time order. */
function journeysOf(context: CheckContext, personId: string): TimedJourney[] {
  if (context.timedJourneys.length === 0) return [];
  const stopIds = citiesOf(context, personId) ?? new Set<string>();
  const personStops = context.citiesInRouteOrder.filter((stop) => stopIds.has(stop.id));
  return context.timedJourneys.filter((timed) => takesJourney(timed.segment, personId, personStops));
}

/** The list itself when already in time order (the usual case: a route's cities follow one another). */
function inTimeOrder(items: TimedEngagement[]): TimedEngagement[] {
  for (let index = 1; index < items.length; index += 1) {
    if (items[index - 1]!.rank > items[index]!.rank) return items.sort((a, b) => a.rank - b.rank);
  }
  return items;
}

/** The trip's members grouped by what they attend and the journeys they take; see the module header. */
export function attendanceClasses(context: CheckContext): AttendanceClass[] {
  const adjusted = new Set<string>();
  const addedTo = new Map<string, TimedEngagement[]>();
  for (const timed of context.chronological) {
    const { addedAttendeeIds, removedAttendeeIds } = timed.engagement;
    if (removedAttendeeIds.length > 0) for (const id of removedAttendeeIds) adjusted.add(id);
    if (addedAttendeeIds.length > 0) {
      for (const id of addedAttendeeIds) {
        adjusted.add(id);
        appendTo(addedTo, id, timed);
      }
    }
  }
  const named = new Map<string, string[]>();
  for (const { segment } of context.timedJourneys) {
    for (const id of segment.travellerIds ?? []) appendTo(named, id, segment.id);
  }
  // The key of a class: its set of cities and its named journeys, or the one person whose attendance differs.
  // Memberships mostly list the same cities the same way: each way of listing them is put in order once.
  const routeKeys = new Map<string, string>();
  const groups = new Map<string, string[]>();
  for (const membership of context.source.memberships) {
    const personId = membership.personId;
    let key = `person:${personId}`;
    if (!adjusted.has(personId)) {
      const stopIds = context.membershipByPerson.get(personId)!.stopIds;
      const listed = stopIds.join(',');
      let route = routeKeys.get(listed);
      if (route === undefined) routeKeys.set(listed, (route = [...new Set(stopIds)].sort().join(',')));
      key = `${route}#${named.get(personId)?.join(',') ?? ''}`;
    }
    appendTo(groups, key, personId);
  }
  const classes: AttendanceClass[] = [];
  for (const [key, personIds] of groups) {
    const representative = personIds[0]!;
    const stops = citiesOf(context, representative)!;
    let engagements: TimedEngagement[] = [];
    for (const stopId of stops) {
      const atStop = context.chronologicalByCity.get(stopId);
      if (atStop) for (const timed of atStop) engagements.push(timed);
    }
    if (key.startsWith('person:')) {
      for (const timed of addedTo.get(representative) ?? []) {
        if (!stops.has(timed.engagement.stopId)) engagements.push(timed);
      }
      engagements = engagements.filter((timed) => !timed.engagement.removedAttendeeIds.includes(representative));
    }
    personIds.sort();
    classes.push({
      personIds,
      leaders: firstByRank(context, personIds, 3),
      peopleDigest: digestOfPeople(personIds),
      engagements: inTimeOrder(engagements),
      segments: journeysOf(context, representative),
    });
  }
  return classes;
}
