/**
 * The conflict engine: what is wrong with a trip's plan, worded for the organiser, each finding with a stable
 * id (so an acknowledgement can be keyed to it) and a fingerprint of the situation behind it (so an acknowledged
 * warning comes back when that situation changes). Pure and deterministic: the same records and `today` give
 * the same conflicts in the same order.
 *
 * Why it is fast: a trip of 20,000 engagements and 2,000 people has tens of millions of person–engagement
 * pairs, but people with the same cities, the same named journeys and no attendance adjusted by hand attend
 * exactly the same engagements. They are grouped into attendance classes, each class's engagements and
 * journeys are swept once in order of start, and only neighbours are compared. People whose attendance is
 * adjusted on some engagement get a class of their own. The classes reproduce `attendanceCalculator`'s rule:
 * everyone present at the city, plus those added, less those left out, members only.
 */
import type { Accommodation } from './accommodation';
import type { Engagement } from './engagement';
import type { Membership, Person } from './person';
import { takesJourney } from './personal-programme';
import { routeNights } from './route';
import { travelDocumentWarnings } from './rollups';
import { inRouteOrder, type Stop } from './stop';
import { wallTimeIn, zonedTime, type IsoDate } from './time';
import { TRAVEL_MODE_LABELS, type TravelSegment } from './travel-segment';
import type { Trip } from './trip';

/** Persisted with acknowledgements (as part of conflict ids): do not rename. */
export const CONFLICT_RULES = [
  'double-booking',
  'outside-stop-dates',
  'attendee-not-at-stop',
  'tight-transfer',
  'night-without-hotel',
  'suspicious-time',
  'journey-timing',
  'travel-documents',
] as const;
export type ConflictRule = (typeof CONFLICT_RULES)[number];

const RULE_RANK = Object.fromEntries(CONFLICT_RULES.map((rule, index) => [rule, index])) as Record<ConflictRule, number>;

export type ConflictSeverity = 'error' | 'warning';

export interface Conflict {
  /** Stable: the rule and the records involved. Key acknowledgements to it. */
  id: string;
  rule: ConflictRule;
  severity: ConflictSeverity;
  /** A sentence for the organiser, naming people, places and local times. */
  message: string;
  personIds: string[];
  engagementIds: string[];
  segmentIds: string[];
  stopIds: string[];
  /** Changes when the situation behind the conflict changes (times, people): an acknowledgement lapses then. */
  fingerprint: string;
}

/** What the engine reads: a trip bundle, or the parts of one it needs. */
export interface ConflictSource {
  trip: Pick<Trip, 'startDate' | 'endDate' | 'homeZone'>;
  stops: readonly Stop[];
  segments: readonly TravelSegment[];
  accommodations: readonly Accommodation[];
  memberships: readonly Membership[];
  engagements: readonly Engagement[];
  people: readonly Pick<Person, 'id' | 'name' | 'passportExpiry' | 'visaStatus'>[];
}

export interface ConflictOptions {
  /** Least time between engagements at different venues; 45 minutes unless said. */
  bufferMinutes?: number;
  /** The organiser's date, for travel document deadlines. */
  today: IsoDate;
}

export const DEFAULT_BUFFER_MINUTES = 45;
/** Engagements starting before this local hour were probably typed in another zone. */
const EARLIEST_PLAUSIBLE_HOUR = 6;

// ---------------------------------------------------------------------------------------------------------------
// Preparation shared by the rules

interface TimedEngagement {
  engagement: Engagement;
  start: number;
  end: number;
}

interface TimedSegment {
  segment: TravelSegment;
  start: number;
  end: number;
}

/** People who attend exactly the same engagements and take the same journeys. */
interface AttendanceClass {
  /** Sorted by id. */
  personIds: string[];
  /** The first three on the trip's list, for naming them in messages. */
  leaders: string[];
  /** An order-free digest of `personIds`, so fingerprints need not rehash everyone in a large group. */
  peopleDigest: number;
  engagements: TimedEngagement[];
  segments: TimedSegment[];
}

/** The trip read once: indexes every rule uses. */
export interface ConflictContext {
  source: ConflictSource;
  bufferMinutes: number;
  today: IsoDate;
  stopById: Map<string, Stop>;
  nameById: Map<string, string>;
  /** Members' order on the trip (the head of delegation first), for naming people in messages. */
  rankById: Map<string, number>;
  /** Live (not cancelled) engagements with their instants. */
  live: TimedEngagement[];
  liveByStop: Map<string, TimedEngagement[]>;
  stopsByPerson: Map<string, Set<string>>;
  membersByStop: Map<string, string[]>;
  timedSegments: TimedSegment[];
}

const ms = (utc: string) => Date.parse(utc);

/** Reads the trip once for all rules. */
export function conflictContext(source: ConflictSource, options: ConflictOptions): ConflictContext {
  const stopById = new Map(source.stops.map((stop) => [stop.id, stop]));
  const nameById = new Map(source.people.map((person) => [person.id, person.name]));
  const rankById = new Map(source.memberships.map((membership, index) => [membership.personId, index]));
  const live: TimedEngagement[] = [];
  for (const engagement of source.engagements) {
    if (engagement.status === 'cancelled') continue;
    live.push({ engagement, start: ms(engagement.start.utc), end: ms(engagement.end.utc) });
  }
  const liveByStop = new Map<string, TimedEngagement[]>();
  for (const timed of live) {
    const list = liveByStop.get(timed.engagement.stopId);
    if (list) list.push(timed);
    else liveByStop.set(timed.engagement.stopId, [timed]);
  }
  const stopsByPerson = new Map<string, Set<string>>();
  const membersByStop = new Map<string, string[]>();
  for (const membership of source.memberships) {
    stopsByPerson.set(membership.personId, new Set(membership.stopIds));
    for (const stopId of membership.stopIds) {
      const list = membersByStop.get(stopId);
      if (list) list.push(membership.personId);
      else membersByStop.set(stopId, [membership.personId]);
    }
  }
  const timedSegments = source.segments.map((segment) => ({
    segment,
    start: ms(segment.departure.utc),
    end: ms(segment.arrival.utc),
  }));
  return {
    source,
    bufferMinutes: options.bufferMinutes ?? DEFAULT_BUFFER_MINUTES,
    today: options.today,
    stopById,
    nameById,
    rankById,
    live,
    liveByStop,
    stopsByPerson,
    membersByStop,
    timedSegments,
  };
}

/** In order of start, then end, then id; ids compared by code unit (not locale), for speed and stability. */
function byStartThenId(
  a: { start: number; end: number; engagement?: Engagement; segment?: TravelSegment },
  b: typeof a,
): number {
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return a.end - b.end;
  const first = a.engagement?.id ?? a.segment?.id ?? '';
  const second = b.engagement?.id ?? b.segment?.id ?? '';
  return first < second ? -1 : first > second ? 1 : 0;
}

/** Whether a member attends an engagement, by the rule of `attendanceCalculator`. */
function attends(context: ConflictContext, personId: string, engagement: Engagement): boolean {
  const stops = context.stopsByPerson.get(personId);
  if (!stops || engagement.removedAttendeeIds.includes(personId)) return false;
  return stops.has(engagement.stopId) || engagement.addedAttendeeIds.includes(personId);
}

/** The journeys a member takes, as `takesJourney` decides. */
function journeysOf(context: ConflictContext, personId: string): TimedSegment[] {
  const stopIds = context.stopsByPerson.get(personId) ?? new Set<string>();
  const personStops = inRouteOrder(context.source.stops.filter((stop) => stopIds.has(stop.id)));
  return context.timedSegments.filter((timed) => takesJourney(timed.segment, personId, personStops));
}

/** Members grouped by what they attend; see the module header. */
export function attendanceClasses(context: ConflictContext): AttendanceClass[] {
  const adjusted = new Set<string>();
  const addedTo = new Map<string, TimedEngagement[]>();
  for (const timed of context.live) {
    for (const id of timed.engagement.removedAttendeeIds) adjusted.add(id);
    for (const id of timed.engagement.addedAttendeeIds) {
      adjusted.add(id);
      const list = addedTo.get(id);
      if (list) list.push(timed);
      else addedTo.set(id, [timed]);
    }
  }
  const named = new Map<string, string[]>();
  for (const { segment } of context.timedSegments) {
    for (const id of segment.travellerIds ?? []) named.set(id, [...(named.get(id) ?? []), segment.id]);
  }
  const position = new Map(context.source.stops.map((stop) => [stop.id, stop.position]));
  const routeKey = (stops: Set<string>) =>
    [...stops].sort((a, b) => (position.get(a) ?? -1) - (position.get(b) ?? -1) || (a < b ? -1 : 1)).join(',');
  const groups = new Map<string, string[]>();
  for (const membership of context.source.memberships) {
    const personId = membership.personId;
    const stops = context.stopsByPerson.get(personId)!;
    const key = adjusted.has(personId)
      ? `person:${personId}`
      : `${routeKey(stops)}#${(named.get(personId) ?? []).join(',')}`;
    const group = groups.get(key);
    if (group) group.push(personId);
    else groups.set(key, [personId]);
  }
  const classes: AttendanceClass[] = [];
  for (const [key, personIds] of groups) {
    const representative = personIds[0]!;
    const stops = context.stopsByPerson.get(representative)!;
    let engagements: TimedEngagement[] = [];
    for (const stopId of stops) engagements.push(...(context.liveByStop.get(stopId) ?? []));
    if (key.startsWith('person:')) {
      const extra = (addedTo.get(representative) ?? []).filter((timed) => !stops.has(timed.engagement.stopId));
      engagements = [...engagements, ...extra].filter(
        (timed) => !timed.engagement.removedAttendeeIds.includes(representative),
      );
    }
    engagements.sort(byStartThenId);
    classes.push({
      personIds: personIds.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      leaders: firstByRank(context, personIds, 3),
      peopleDigest: digestOfPeople(personIds),
      engagements,
      segments: journeysOf(context, representative),
    });
  }
  return classes;
}

// ---------------------------------------------------------------------------------------------------------------
// Wording

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Sat 12 Nov" for `2016-11-12`; by arithmetic, as thousands of messages are worded at once. */
function dayLabel(date: IsoDate): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return `${WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]} ${day} ${MONTHS[month - 1]}`;
}

const clock = (local: string) => local.slice(11, 16);

function stopName(context: ConflictContext, stopId: string | null): string {
  if (stopId === null) return 'home';
  return context.stopById.get(stopId)?.name ?? 'an unknown city';
}

/** "Sat 12 Nov, 10:00–11:00 Tianjin" */
function engagementWhen(context: ConflictContext, engagement: Engagement): string {
  const nextDay = engagement.end.local.slice(0, 10) !== engagement.start.local.slice(0, 10) ? ' next day' : '';
  return `${dayLabel(engagement.start.local.slice(0, 10))}, ${clock(engagement.start.local)}–${clock(engagement.end.local)}${nextDay} ${stopName(context, engagement.stopId)}`;
}

/** The second engagement of a pair, shortened when it shares the first one's day and city: "10:30–12:00". */
function secondWhen(context: ConflictContext, first: Engagement, second: Engagement): string {
  const sameDay = first.start.local.slice(0, 10) === second.start.local.slice(0, 10);
  if (sameDay && first.stopId === second.stopId && second.end.local.slice(0, 10) === second.start.local.slice(0, 10)) {
    return `${clock(second.start.local)}–${clock(second.end.local)}`;
  }
  return engagementWhen(context, second);
}

/** "the flight MU5401 from Tianjin to Beijing (Sun 13 Nov, 10:00 Tianjin – 10:33 Beijing)" */
function journeyLabel(context: ConflictContext, segment: TravelSegment): string {
  const what = `${TRAVEL_MODE_LABELS[segment.mode].toLowerCase()}${segment.number ? ` ${segment.number}` : ''}`;
  const from = stopName(context, segment.fromStopId);
  const to = stopName(context, segment.toStopId);
  const arrivalDay =
    segment.arrival.local.slice(0, 10) === segment.departure.local.slice(0, 10)
      ? ''
      : `${dayLabel(segment.arrival.local.slice(0, 10))}, `;
  return `the ${what} from ${from} to ${to} (${dayLabel(segment.departure.local.slice(0, 10))}, ${clock(segment.departure.local)} ${from} – ${arrivalDay}${clock(segment.arrival.local)} ${to})`;
}

/** "Joe Anderson", "Joe Anderson and Ann Lee", "Joe Anderson, Ann Lee and 5 others" */
function whoLabel(context: ConflictContext, ids: readonly string[]): string {
  return whoFromLeaders(context, ids.length > 1 ? firstByRank(context, ids, 3) : ids, ids.length);
}

/** Names the first of `total` people (the leaders, in trip order) and counts the rest. */
function whoFromLeaders(context: ConflictContext, personIds: readonly string[], total: number): string {
  const names = personIds.slice(0, 2).map((id) => context.nameById.get(id) ?? 'someone not in the directory');
  const others = total - names.length;
  if (others === 0) return names.length === 2 ? `${names[0]} and ${names[1]}` : (names[0] ?? 'Nobody');
  if (total === 3) return `${names[0]}, ${names[1]} and ${context.nameById.get(personIds[2]!) ?? 'one other'}`;
  return `${names.join(', ')} and ${others} others`;
}

/** The `count` people who come first on the trip's list, in that order: a linear scan, not a sort. */
function firstByRank(context: ConflictContext, ids: readonly string[], count: number): string[] {
  const rank = (id: string) => context.rankById.get(id) ?? Number.MAX_SAFE_INTEGER;
  const chosen: string[] = [];
  for (const id of ids) {
    const value = rank(id);
    let at = chosen.length;
    while (at > 0 && rank(chosen[at - 1]!) > value) at -= 1;
    if (at < count) {
      chosen.splice(at, 0, id);
      if (chosen.length > count) chosen.pop();
    }
  }
  return chosen;
}

const isAre = (personIds: readonly string[]) => (personIds.length === 1 ? 'is' : 'are');

/** A short, stable digest (FNV-1a, 32 bits) of the facts behind a conflict. */
function fingerprintOf(parts: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let index = 0; index < part.length; index += 1) {
      hash ^= part.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x1f;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** An order-free digest of a set of ids: the sum of each id's hash. Sums of disjoint sets add up. */
function digestOfPeople(ids: readonly string[]): number {
  let sum = 0;
  for (const id of ids) sum = (sum + Number.parseInt(fingerprintOf([id]), 16)) >>> 0;
  return sum;
}

/** The people part of a fingerprint: how many, and who (as a digest). */
const peopleFacts = (count: number, digest: number) => `${count} people #${digest >>> 0}`;

const engagementFacts = (engagement: Engagement) =>
  `${engagement.id}@${engagement.start.utc}/${engagement.end.utc}/${engagement.stopId}/${engagement.venue.name}`;
const segmentFacts = (segment: TravelSegment) =>
  `${segment.id}@${segment.departure.utc}/${segment.arrival.utc}/${segment.fromStopId}/${segment.toStopId}`;

const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

// ---------------------------------------------------------------------------------------------------------------
// Rules 1 and 4: one sweep per attendance class

type Pair =
  | { kind: 'engagements'; a: TimedEngagement; b: TimedEngagement }
  | { kind: 'journey'; engagement: TimedEngagement; segment: TimedSegment };

interface PairFinding {
  pair: Pair;
  /** The classes affected; no one is in two classes. */
  groups: AttendanceClass[];
}

function collectPair(found: Map<string, PairFinding>, key: string, pair: Pair, people: AttendanceClass): void {
  const existing = found.get(key);
  if (existing) existing.groups.push(people);
  else found.set(key, { pair, groups: [people] });
}

/** The people of several attendance classes, sorted; classes never share a person. */
function peopleOf(groups: readonly AttendanceClass[]): string[] {
  let merged = [...groups[0]!.personIds];
  for (let index = 1; index < groups.length; index += 1) merged = mergeSorted(merged, groups[index]!.personIds);
  return merged;
}

/** Who is affected in several classes, worded, with the fingerprint facts for them. */
function groupsSummary(context: ConflictContext, groups: readonly AttendanceClass[]): { who: string; facts: string } {
  let count = 0;
  let digest = 0;
  for (const group of groups) {
    count += group.personIds.length;
    digest = (digest + group.peopleDigest) >>> 0;
  }
  const leaders = groups.length === 1 ? groups[0]!.leaders : firstByRank(context, groups.flatMap((group) => group.leaders), 3);
  return { who: whoFromLeaders(context, leaders, count), facts: peopleFacts(count, digest) };
}

function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]! <= b[j]! ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * Rule 1: a person in two engagements at once, or in an engagement while on a journey they take. Each class's
 * engagements and journeys are swept in order of start; an item overlaps something earlier exactly when it
 * starts before the latest end so far, so comparing with the latest-ending engagement and journey finds it.
 */
export function doubleBookings(context: ConflictContext, classes = attendanceClasses(context)): Conflict[] {
  const found = new Map<string, PairFinding>();
  for (const group of classes) {
    const items: (TimedEngagement | TimedSegment)[] = [...group.engagements, ...group.segments].sort(byStartThenId);
    let lastEngagement: TimedEngagement | null = null;
    let lastSegment: TimedSegment | null = null;
    for (const item of items) {
      if ('engagement' in item) {
        if (lastEngagement && item.start < lastEngagement.end) {
          const key = `${lastEngagement.engagement.id}|${item.engagement.id}`;
          collectPair(found, key, { kind: 'engagements', a: lastEngagement, b: item }, group);
        }
        if (lastSegment && item.start < lastSegment.end) {
          const key = `${item.engagement.id}|${lastSegment.segment.id}`;
          collectPair(found, key, { kind: 'journey', engagement: item, segment: lastSegment }, group);
        }
        if (!lastEngagement || item.end > lastEngagement.end) lastEngagement = item;
      } else {
        if (lastEngagement && item.start < lastEngagement.end) {
          const key = `${lastEngagement.engagement.id}|${item.segment.id}`;
          collectPair(found, key, { kind: 'journey', engagement: lastEngagement, segment: item }, group);
        }
        if (!lastSegment || item.end > lastSegment.end) lastSegment = item;
      }
    }
  }
  const conflicts: Conflict[] = [];
  for (const { pair, groups } of found.values()) {
    const personIds = peopleOf(groups);
    const { who, facts } = groupsSummary(context, groups);
    if (pair.kind === 'engagements') {
      const { a, b } = pair;
      conflicts.push({
        id: `double-booking:${a.engagement.id}:${b.engagement.id}`,
        rule: 'double-booking',
        severity: 'error',
        message: `${who} ${isAre(personIds)} at “${a.engagement.title}” (${engagementWhen(context, a.engagement)}) and “${b.engagement.title}” (${secondWhen(context, a.engagement, b.engagement)}) at once.`,
        personIds,
        engagementIds: [a.engagement.id, b.engagement.id],
        segmentIds: [],
        stopIds: sorted([a.engagement.stopId, b.engagement.stopId]),
        fingerprint: fingerprintOf([engagementFacts(a.engagement), engagementFacts(b.engagement), facts]),
      });
    } else {
      const { engagement, segment } = pair;
      conflicts.push({
        id: `double-booking:${engagement.engagement.id}:${segment.segment.id}`,
        rule: 'double-booking',
        severity: 'error',
        message: `${who} ${isAre(personIds)} on ${journeyLabel(context, segment.segment)} during “${engagement.engagement.title}” (${engagementWhen(context, engagement.engagement)}).`,
        personIds,
        engagementIds: [engagement.engagement.id],
        segmentIds: [segment.segment.id],
        stopIds: sorted(
          [engagement.engagement.stopId, segment.segment.fromStopId, segment.segment.toStopId].filter(
            (id): id is string => id !== null,
          ),
        ),
        fingerprint: fingerprintOf([engagementFacts(engagement.engagement), segmentFacts(segment.segment), facts]),
      });
    }
  }
  return conflicts;
}

function differentVenue(a: Engagement, b: Engagement): boolean {
  if (a.stopId !== b.stopId) return true;
  const first = a.venue.name.trim().toLocaleLowerCase();
  const second = b.venue.name.trim().toLocaleLowerCase();
  return first !== '' && second !== '' && first !== second;
}

/**
 * Rule 4: too little time to get from one engagement to the next at a different venue (or city). Compared with
 * the latest-ending engagement before it, which is the one the person actually comes from.
 */
export function tightTransfers(context: ConflictContext, classes = attendanceClasses(context)): Conflict[] {
  const bufferMs = context.bufferMinutes * 60_000;
  const found = new Map<string, { a: TimedEngagement; b: TimedEngagement; groups: AttendanceClass[] }>();
  for (const group of classes) {
    let previous: TimedEngagement | null = null;
    for (const item of group.engagements) {
      if (previous && item.start >= previous.end && item.start - previous.end < bufferMs) {
        if (differentVenue(previous.engagement, item.engagement)) {
          const key = `${previous.engagement.id}|${item.engagement.id}`;
          const existing = found.get(key);
          if (existing) existing.groups.push(group);
          else found.set(key, { a: previous, b: item, groups: [group] });
        }
      }
      if (!previous || item.end > previous.end) previous = item;
    }
  }
  return [...found.values()].map(({ a, b, groups }) => {
    const personIds = peopleOf(groups);
    const { who, facts } = groupsSummary(context, groups);
    const gap = Math.round((b.start - a.end) / 60_000);
    const where = (engagement: Engagement) => engagement.venue.name || stopName(context, engagement.stopId);
    return {
      id: `tight-transfer:${a.engagement.id}:${b.engagement.id}`,
      rule: 'tight-transfer' as const,
      severity: 'warning' as const,
      message: `${who} ${personIds.length === 1 ? 'has' : 'have'} ${gap} minutes to get from “${a.engagement.title}” at ${where(a.engagement)} (ends ${clock(a.engagement.end.local)}) to “${b.engagement.title}” at ${where(b.engagement)} (${dayLabel(b.engagement.start.local.slice(0, 10))}, starts ${clock(b.engagement.start.local)} ${stopName(context, b.engagement.stopId)}); allow at least ${context.bufferMinutes}.`,
      personIds,
      engagementIds: [a.engagement.id, b.engagement.id],
      segmentIds: [],
      stopIds: sorted([a.engagement.stopId, b.engagement.stopId]),
      fingerprint: fingerprintOf([
        engagementFacts(a.engagement),
        engagementFacts(b.engagement),
        String(context.bufferMinutes),
        facts,
      ]),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Rules about one engagement

/** Rule 2: an engagement on a date its city is not on the route. */
export function engagementsOutsideStopDates(context: ConflictContext): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const { engagement } of context.live) {
    const stop = context.stopById.get(engagement.stopId);
    if (!stop) continue;
    const date = engagement.start.local.slice(0, 10);
    if (date >= stop.arrivalDate && date <= stop.departureDate) continue;
    conflicts.push({
      id: `outside-stop-dates:${engagement.id}`,
      rule: 'outside-stop-dates',
      severity: 'error',
      message: `“${engagement.title}” is on ${dayLabel(date)} in ${stop.name}, but the delegation is there from ${dayLabel(stop.arrivalDate)} to ${dayLabel(stop.departureDate)}.`,
      personIds: [],
      engagementIds: [engagement.id],
      segmentIds: [],
      stopIds: [stop.id],
      fingerprint: fingerprintOf([engagementFacts(engagement), stop.arrivalDate, stop.departureDate]),
    });
  }
  return conflicts;
}

/** Rule 3: someone added to an engagement by hand who is not at that city on their part of the route. */
export function attendeesNotAtStop(context: ConflictContext): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const { engagement } of context.live) {
    for (const personId of sorted(engagement.addedAttendeeIds)) {
      const stops = context.stopsByPerson.get(personId);
      if (!stops || stops.has(engagement.stopId) || engagement.removedAttendeeIds.includes(personId)) continue;
      conflicts.push({
        id: `attendee-not-at-stop:${engagement.id}:${personId}`,
        rule: 'attendee-not-at-stop',
        severity: 'warning',
        message: `${whoLabel(context, [personId])} is down for “${engagement.title}” (${engagementWhen(context, engagement)}) but is not in ${stopName(context, engagement.stopId)} on their part of the route.`,
        personIds: [personId],
        engagementIds: [engagement.id],
        segmentIds: [],
        stopIds: [engagement.stopId],
        fingerprint: fingerprintOf([engagementFacts(engagement), personId, ...sorted(stops)]),
      });
    }
  }
  return conflicts;
}

/**
 * Rule 6: a start between midnight and six in the morning is more likely a time typed in home time. The hint
 * says what it would be had it been home time.
 */
export function suspiciousTimes(context: ConflictContext): Conflict[] {
  const homeZone = context.source.trip.homeZone;
  const conflicts: Conflict[] = [];
  for (const { engagement } of context.live) {
    const hour = Number(engagement.start.local.slice(11, 13));
    if (hour >= EARLIEST_PLAUSIBLE_HOUR) continue;
    const place = stopName(context, engagement.stopId);
    const time = clock(engagement.start.local);
    let hint = '';
    if (homeZone !== engagement.start.zone) {
      const asHome = zonedTime(engagement.start.local, homeZone);
      if (asHome.ok) {
        const there = wallTimeIn(asHome.value, engagement.start.zone);
        const dayNote = there.slice(0, 10) === engagement.start.local.slice(0, 10) ? '' : ` on ${dayLabel(there.slice(0, 10))}`;
        hint = ` — if ${time} was ${homeCity(homeZone)} time, it would be ${clock(there)}${dayNote} in ${place}`;
      }
    }
    conflicts.push({
      id: `suspicious-time:${engagement.id}`,
      rule: 'suspicious-time',
      severity: 'warning',
      message: `“${engagement.title}” starts at ${time} in ${place} on ${dayLabel(engagement.start.local.slice(0, 10))}${hint}. Check the time zone.`,
      personIds: [],
      engagementIds: [engagement.id],
      segmentIds: [],
      stopIds: [engagement.stopId],
      fingerprint: fingerprintOf([engagementFacts(engagement), homeZone]),
    });
  }
  return conflicts;
}

function homeCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

// ---------------------------------------------------------------------------------------------------------------
// Rules about the route

/** Rule 5: a night at a city with no hotel booked, for the members there that night. */
export function nightsWithoutHotel(context: ConflictContext): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const night of routeNights(context.source.stops, context.source.accommodations)) {
    if (night.accommodationIds.length > 0) continue;
    const personIds = sorted(context.membersByStop.get(night.stopId) ?? []);
    if (personIds.length === 0) continue;
    const place = stopName(context, night.stopId);
    conflicts.push({
      id: `night-without-hotel:${night.stopId}:${night.date}`,
      rule: 'night-without-hotel',
      severity: 'warning',
      message: `No hotel is booked in ${place} for the night of ${dayLabel(night.date)}, for ${whoLabel(context, personIds)}${personIds.length > 1 ? ` (${personIds.length} people)` : ''}.`,
      personIds,
      engagementIds: [],
      segmentIds: [],
      stopIds: [night.stopId],
      fingerprint: fingerprintOf([night.stopId, night.date, peopleFacts(personIds.length, digestOfPeople(personIds))]),
    });
  }
  return conflicts;
}

/**
 * Rule 7: a journey that lands after the first engagement of that day at its destination has started, or
 * leaves before the last one of that day at its origin has ended, for the people who take it and attend.
 */
export function journeyTimings(context: ConflictContext): Conflict[] {
  const conflicts: Conflict[] = [];
  const travellersOf = (segment: TravelSegment) =>
    context.source.memberships
      .map((membership) => membership.personId)
      .filter((personId) => journeysOf(context, personId).some((timed) => timed.segment.id === segment.id));
  for (const timed of context.timedSegments) {
    const { segment } = timed;
    let travellers: string[] | null = null;
    const check = (stopId: string | null, side: 'arrival' | 'departure') => {
      if (stopId === null) return;
      const date = (side === 'arrival' ? segment.arrival : segment.departure).local.slice(0, 10);
      const clashing = (context.liveByStop.get(stopId) ?? []).filter(
        (candidate) =>
          candidate.engagement.start.local.slice(0, 10) === date &&
          (side === 'arrival' ? candidate.start < timed.end : candidate.end > timed.start),
      );
      if (clashing.length === 0) return;
      travellers ??= travellersOf(segment);
      const affected = clashing
        .map((candidate) => ({
          candidate,
          people: travellers!.filter((personId) => attends(context, personId, candidate.engagement)),
        }))
        .filter((entry) => entry.people.length > 0);
      if (affected.length === 0) return;
      const personIds = sorted(affected.flatMap((entry) => entry.people));
      const key = side === 'arrival' ? affected[0]! : affected.at(-1)!;
      const engagement = key.candidate.engagement;
      const place = stopName(context, stopId);
      const message =
        side === 'arrival'
          ? `${journeyLabel(context, segment)} arrives after “${engagement.title}” starts (${engagementWhen(context, engagement)}), for ${whoLabel(context, personIds)}.`
          : `${journeyLabel(context, segment)} leaves before “${engagement.title}” ends (${engagementWhen(context, engagement)}), for ${whoLabel(context, personIds)}.`;
      conflicts.push({
        id: `journey-timing:${segment.id}:${side}`,
        rule: 'journey-timing',
        severity: 'error',
        message: message.charAt(0).toUpperCase() + message.slice(1),
        personIds,
        engagementIds: affected.map((entry) => entry.candidate.engagement.id),
        segmentIds: [segment.id],
        stopIds: [stopId],
        fingerprint: fingerprintOf([
          segmentFacts(segment),
          ...affected.map((entry) => engagementFacts(entry.candidate.engagement)),
          ...personIds,
          place,
        ]),
      });
    };
    check(segment.toStopId, 'arrival');
    check(segment.fromStopId, 'departure');
  }
  return conflicts;
}

/** Rule 8: passports that expire too soon after the trip and visas not granted close to departure. */
export function travelDocumentConflicts(context: ConflictContext): Conflict[] {
  const members = new Set(context.source.memberships.map((membership) => membership.personId));
  const people = context.source.people.filter((person) => members.has(person.id)) as Person[];
  return travelDocumentWarnings(context.source.trip, people, context.today).map((warning) => {
    const person = context.source.people.find((candidate) => candidate.id === warning.personId);
    const serious = warning.kind === 'passport-expiry' || (warning.kind === 'visa' && person?.visaStatus === 'refused');
    return {
      id: `travel-documents:${warning.kind}:${warning.personId}`,
      rule: 'travel-documents' as const,
      severity: serious ? ('error' as const) : ('warning' as const),
      message: warning.message,
      personIds: [warning.personId],
      engagementIds: [],
      segmentIds: [],
      stopIds: [],
      fingerprint: fingerprintOf([warning.message]),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The whole analysis

/**
 * Every conflict in a trip's plan, errors first, then by rule and id. Cancelled engagements never conflict;
 * people are the trip's members, attending as `attendanceCalculator` says and travelling as `takesJourney` says.
 */
export function analyseConflicts(source: ConflictSource, options: ConflictOptions): Conflict[] {
  const context = conflictContext(source, options);
  const classes = attendanceClasses(context);
  const conflicts = [
    ...doubleBookings(context, classes),
    ...engagementsOutsideStopDates(context),
    ...attendeesNotAtStop(context),
    ...tightTransfers(context, classes),
    ...nightsWithoutHotel(context),
    ...suspiciousTimes(context),
    ...journeyTimings(context),
    ...travelDocumentConflicts(context),
  ];
  const severityRank = (conflict: Conflict) => (conflict.severity === 'error' ? 0 : 1);
  const ruleRank = (conflict: Conflict) => RULE_RANK[conflict.rule];
  return conflicts.sort(
    (a, b) => severityRank(a) - severityRank(b) || ruleRank(a) - ruleRank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
