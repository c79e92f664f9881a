/**
 * The conflict engine: what is wrong with a trip's plan, worded for the organiser, each finding with a stable
 * id (so an acknowledgement can be keyed to it) and a fingerprint of the situation behind it (so an acknowledged
 * warning comes back when that situation changes). Pure and deterministic: the same records and `today` give
 * the same conflicts in the same order.
 *
 * Why it is fast: a trip of 20,000 engagements and 2,000 people has tens of millions of person–engagement
 * pairs, but people with the same cities, the same named journeys and no attendance adjusted by hand attend
 * exactly the same engagements. They are grouped into attendance classes, and each class's engagements and
 * journeys are swept once in order of start, keeping only those still running: the work grows with the
 * engagements and the clashes found, not with their square. People whose attendance is adjusted on some
 * engagement get a class of their own. The classes reproduce `attendanceCalculator`'s rule: everyone present
 * at the city, plus those added, less those left out, members only.
 *
 * A badly planned trip has tens of thousands of double bookings and the organiser reads a screenful, so a
 * conflict's wording, people and fingerprint are worked out when first read (see `FoundConflict`), and the
 * people of a double booking stay one shared list per attendance class until someone asks for them.
 */
import type { Hotel } from '../route/hotel';
import type { Engagement } from '../engagements/engagement';
import type { Membership, Person } from '../people/person';
import { takesJourney } from '../programme/personal-programme';
import { routeNights } from '../route/route';
import { travelDocumentWarnings } from '../people/rollups';
import { inRouteOrder, type City } from '../route/city';
import { instantMillis, utcOffsetLabel, wallHour, wallTimeIn, zoneCity, zonedTime, type IsoDate, type ZonedTime } from '../shared/time';
import { TRAVEL_MODE_LABELS, type Journey } from '../route/journey';
import type { Trip } from '../trip/trip';

/** Persisted with acknowledgements (as part of conflict ids): do not rename. */
export const CHECK_RULES = [
  'double-booking',
  'outside-stop-dates',
  'attendee-not-at-stop',
  'tight-transfer',
  'night-without-hotel',
  'suspicious-time',
  'journey-timing',
  'travel-documents',
] as const;
export type CheckRule = (typeof CHECK_RULES)[number];

export type FindingSeverity = 'error' | 'warning';

/**
 * One finding. Read its fields by name: `message`, `personIds` and `fingerprint` are worked out on first read,
 * so a spread copy (`{ ...conflict }`) or `Object.keys` does not carry them; `JSON.stringify` does.
 */
export interface Finding {
  /** Stable: the rule and the records involved. Key acknowledgements to it. */
  readonly id: string;
  readonly rule: CheckRule;
  readonly severity: FindingSeverity;
  /** A sentence for the organiser, naming people, places and local times. */
  readonly message: string;
  /** Sorted. Shared between conflicts about the same people: never change it. */
  readonly personIds: readonly string[];
  readonly engagementIds: readonly string[];
  readonly segmentIds: readonly string[];
  readonly stopIds: readonly string[];
  /** Changes when the situation behind the conflict changes (times, people): an acknowledgement lapses then. */
  readonly fingerprint: string;
}

/** What the engine reads: a trip bundle, or the parts of one it needs. */
export interface CheckSource {
  trip: Pick<Trip, 'startDate' | 'endDate' | 'homeZone'> & { home?: Trip['home'] };
  stops: readonly City[];
  segments: readonly Journey[];
  accommodations: readonly Hotel[];
  memberships: readonly Membership[];
  engagements: readonly Engagement[];
  people: readonly Pick<Person, 'id' | 'name' | 'passportExpiry' | 'visaStatus'>[];
}

export interface CheckOptions {
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
  /** Place in time order (start, end, id): comparing ranks is comparing times. */
  rank: number;
  /** The venue as transfers compare it, worked out when first needed. */
  venue: string | null;
}

interface TimedSegment {
  segment: Journey;
  start: number;
  end: number;
  /** Place in time order (departure, arrival, id). */
  rank: number;
}

/** People who attend exactly the same engagements and take the same journeys. */
interface AttendanceClass {
  /** Sorted by id. */
  personIds: string[];
  /** The first three on the trip's list, for naming them in messages. */
  leaders: string[];
  /** An order-free digest of `personIds`, so fingerprints need not rehash everyone in a large group. */
  peopleDigest: number;
  /** In time order. */
  engagements: TimedEngagement[];
  /** In time order. */
  segments: TimedSegment[];
}

/**
 * The trip read once: indexes every rule uses. Read-only but for a few caches filled as the rules ask
 * (`stopSets`, `onlyStop`, each engagement's `venue`), which never change what a rule finds.
 */
export interface CheckContext {
  source: CheckSource;
  bufferMinutes: number;
  today: IsoDate;
  stopById: Map<string, City>;
  stopsInRouteOrder: City[];
  nameById: Map<string, string>;
  /** Members' order on the trip (the head of delegation first), for naming people in messages. */
  rankById: Map<string, number>;
  /** Live (not cancelled) engagements with their instants, in the trip's order. */
  live: TimedEngagement[];
  /** The same, in time order. */
  chronological: TimedEngagement[];
  /** Each city's live engagements, in time order. */
  chronologicalByStop: Map<string, TimedEngagement[]>;
  /** Each member's membership (the last, should there be two). */
  membershipByPerson: Map<string, Membership>;
  /** Each member's cities as a set, made when first asked for: see `stopsOf`. */
  stopSets: Map<string, ReadonlySet<string>>;
  /** The members at each city, in the trip's order. */
  membersByStop: Map<string, string[]>;
  /** Journeys with their instants, in time order. */
  timedSegments: TimedSegment[];
  /** A list of just that city, for each city, shared by the conflicts that name only it. */
  onlyStop: Map<string, readonly string[]>;
}

const idOf = (item: { engagement?: Engagement; segment?: Journey }) => item.engagement?.id ?? item.segment?.id ?? '';

/** In order of start, then end, then id; ids compared by code unit (not locale), for speed and stability. */
function byStartThenId(
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

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function withinStopDates(stopById: ReadonlyMap<string, City>, engagement: Engagement): boolean {
  const stop = stopById.get(engagement.stopId);
  if (!stop) return true;
  const date = engagement.start.local.slice(0, 10);
  return date >= stop.arrivalDate && date <= stop.departureDate;
}

/** Reads the trip once for all rules. */
export function checkContext(source: CheckSource, options: CheckOptions): CheckContext {
  const stopById = new Map<string, City>();
  for (const stop of source.stops) stopById.set(stop.id, stop);
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
  const chronological = live.filter((timed) => withinStopDates(stopById, timed.engagement)).sort(engagementsInTimeOrder);
  const chronologicalByStop = new Map<string, TimedEngagement[]>();
  for (let rank = 0; rank < chronological.length; rank += 1) {
    const timed = chronological[rank]!;
    timed.rank = rank;
    append(chronologicalByStop, timed.engagement.stopId, timed);
  }

  const membershipByPerson = new Map<string, Membership>();
  const membersByStop = new Map<string, string[]>();
  for (const membership of source.memberships) {
    membershipByPerson.set(membership.personId, membership);
    for (const stopId of membership.stopIds) append(membersByStop, stopId, membership.personId);
  }

  const timedSegments: TimedSegment[] = source.segments
    .map((segment) => ({ segment, start: instantMillis(segment.departure.utc), end: instantMillis(segment.arrival.utc), rank: 0 }))
    .sort(byStartThenId);
  timedSegments.forEach((timed, rank) => (timed.rank = rank));

  return {
    source,
    bufferMinutes: options.bufferMinutes ?? DEFAULT_BUFFER_MINUTES,
    today: options.today,
    stopById,
    stopsInRouteOrder: inRouteOrder(source.stops),
    nameById,
    rankById,
    live,
    chronological,
    chronologicalByStop,
    membershipByPerson,
    stopSets: new Map(),
    membersByStop,
    timedSegments,
    onlyStop: new Map(),
  };
}

/** A member's cities; undefined for someone not on the trip. Sets are made only for those asked about. */
function stopsOf(context: CheckContext, personId: string): ReadonlySet<string> | undefined {
  let stops = context.stopSets.get(personId);
  if (!stops) {
    const membership = context.membershipByPerson.get(personId);
    if (!membership) return undefined;
    context.stopSets.set(personId, (stops = new Set(membership.stopIds)));
  }
  return stops;
}

/** Whether a member attends an engagement, by the rule of `attendanceCalculator`. */
function attends(context: CheckContext, personId: string, engagement: Engagement): boolean {
  const stops = stopsOf(context, personId);
  if (!stops || engagement.removedAttendeeIds.includes(personId)) return false;
  return stops.has(engagement.stopId) || engagement.addedAttendeeIds.includes(personId);
}

/** The journeys a member takes, as `takesJourney` decides, in time order. */
function journeysOf(context: CheckContext, personId: string): TimedSegment[] {
  if (context.timedSegments.length === 0) return [];
  const stopIds = stopsOf(context, personId) ?? new Set<string>();
  const personStops = context.stopsInRouteOrder.filter((stop) => stopIds.has(stop.id));
  return context.timedSegments.filter((timed) => takesJourney(timed.segment, personId, personStops));
}

/** The list itself when already in time order (the usual case: a route's cities follow one another). */
function inTimeOrder(items: TimedEngagement[]): TimedEngagement[] {
  for (let index = 1; index < items.length; index += 1) {
    if (items[index - 1]!.rank > items[index]!.rank) return items.sort((a, b) => a.rank - b.rank);
  }
  return items;
}

/** Members grouped by what they attend; see the module header. */
export function attendanceClasses(context: CheckContext): AttendanceClass[] {
  const adjusted = new Set<string>();
  const addedTo = new Map<string, TimedEngagement[]>();
  for (const timed of context.chronological) {
    const { addedAttendeeIds, removedAttendeeIds } = timed.engagement;
    if (removedAttendeeIds.length > 0) for (const id of removedAttendeeIds) adjusted.add(id);
    if (addedAttendeeIds.length > 0) {
      for (const id of addedAttendeeIds) {
        adjusted.add(id);
        append(addedTo, id, timed);
      }
    }
  }
  const named = new Map<string, string[]>();
  for (const { segment } of context.timedSegments) {
    for (const id of segment.travellerIds ?? []) append(named, id, segment.id);
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
    append(groups, key, personId);
  }
  const classes: AttendanceClass[] = [];
  for (const [key, personIds] of groups) {
    const representative = personIds[0]!;
    const stops = stopsOf(context, representative)!;
    let engagements: TimedEngagement[] = [];
    for (const stopId of stops) {
      const atStop = context.chronologicalByStop.get(stopId);
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

// ---------------------------------------------------------------------------------------------------------------
// Conflicts, worded when read

const NONE: readonly string[] = Object.freeze([]);

/**
 * A conflict as the engine finds it. Its id, rule, severity and the records it names are set at once; its
 * wording, its people and its fingerprint are worked out on first read and kept. They are getters on the
 * prototype: read them by name (a spread copy does not carry them), or take `toJSON()` for a plain copy.
 */
abstract class FoundConflict implements Finding {
  readonly id: string;
  readonly rule: CheckRule;
  readonly severity: FindingSeverity;
  readonly engagementIds: readonly string[];
  readonly segmentIds: readonly string[];
  readonly stopIds: readonly string[];
  #message: string | undefined = undefined;
  #personIds: readonly string[] | undefined = undefined;
  #fingerprint: string | undefined = undefined;

  constructor(
    id: string,
    rule: CheckRule,
    severity: FindingSeverity,
    engagementIds: readonly string[],
    segmentIds: readonly string[],
    stopIds: readonly string[],
  ) {
    this.id = id;
    this.rule = rule;
    this.severity = severity;
    this.engagementIds = engagementIds;
    this.segmentIds = segmentIds;
    this.stopIds = stopIds;
  }

  get message(): string {
    return (this.#message ??= this.wordMessage());
  }

  get personIds(): readonly string[] {
    return (this.#personIds ??= this.listPeople());
  }

  get fingerprint(): string {
    return (this.#fingerprint ??= this.fingerprintSituation());
  }

  /** The attendance classes whose people this is about, when it is about whole classes; else null. */
  classesOfPeople(): readonly AttendanceClass[] | null {
    return null;
  }

  /** Every field, worked out, as a plain object: what `JSON.stringify` writes and tests compare. */
  toJSON(): Finding {
    return {
      id: this.id,
      rule: this.rule,
      severity: this.severity,
      message: this.message,
      personIds: [...this.personIds],
      engagementIds: [...this.engagementIds],
      segmentIds: [...this.segmentIds],
      stopIds: [...this.stopIds],
      fingerprint: this.fingerprint,
    };
  }

  protected abstract wordMessage(): string;
  protected abstract listPeople(): readonly string[];
  protected abstract fingerprintSituation(): string;
}

/** How a conflict of the rules with few findings is worded: each part worked out when first read. */
interface Wording {
  message: () => string;
  personIds: () => readonly string[];
  fingerprint: () => string;
}

class WordedConflict extends FoundConflict {
  readonly #wording: Wording;

  constructor(
    id: string,
    rule: CheckRule,
    severity: FindingSeverity,
    records: { engagementIds?: readonly string[]; segmentIds?: readonly string[]; stopIds?: readonly string[] },
    wording: Wording,
  ) {
    super(id, rule, severity, records.engagementIds ?? NONE, records.segmentIds ?? NONE, records.stopIds ?? NONE);
    this.#wording = wording;
  }

  protected override wordMessage(): string {
    return this.#wording.message();
  }

  protected override listPeople(): readonly string[] {
    return this.#wording.personIds();
  }

  protected override fingerprintSituation(): string {
    return this.#wording.fingerprint();
  }
}

/** A conflict for everyone in some attendance classes: double bookings and tight transfers. */
abstract class ClassConflict extends FoundConflict {
  readonly #context: CheckContext;
  readonly #group: AttendanceClass;
  /** The classes after the first, when there are more: rarely. */
  #more: AttendanceClass[] | null = null;

  constructor(
    context: CheckContext,
    group: AttendanceClass,
    id: string,
    rule: CheckRule,
    severity: FindingSeverity,
    engagementIds: readonly string[],
    segmentIds: readonly string[],
    stopIds: readonly string[],
  ) {
    super(id, rule, severity, engagementIds, segmentIds, stopIds);
    this.#context = context;
    this.#group = group;
  }

  /** Another class of people this happens to; no one is in two classes. */
  addClass(group: AttendanceClass): void {
    if (this.#more) this.#more.push(group);
    else this.#more = [this.#group, group];
  }

  override classesOfPeople(): readonly AttendanceClass[] {
    return this.#more ?? [this.#group];
  }

  protected get context(): CheckContext {
    return this.#context;
  }

  protected get headcount(): number {
    if (!this.#more) return this.#group.personIds.length;
    let count = 0;
    for (const group of this.#more) count += group.personIds.length;
    return count;
  }

  /** "Joe Anderson, Ann Lee and 5 others" */
  protected get who(): string {
    const leaders = this.#more
      ? firstByRank(this.#context, this.#more.flatMap((group) => group.leaders), 3)
      : this.#group.leaders;
    return whoFromLeaders(this.#context, leaders, this.headcount);
  }

  /** The people part of the fingerprint, from the classes' digests. */
  protected get peopleFacts(): string {
    let digest = 0;
    for (const group of this.classesOfPeople()) digest = (digest + group.peopleDigest) >>> 0;
    return peopleFacts(this.headcount, digest);
  }

  protected override listPeople(): readonly string[] {
    const groups = this.#more;
    if (!groups) return this.#group.personIds;
    let merged = mergeSorted(groups[0]!.personIds, groups[1]!.personIds);
    for (let index = 2; index < groups.length; index += 1) merged = mergeSorted(merged, groups[index]!.personIds);
    return merged;
  }
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

// ---------------------------------------------------------------------------------------------------------------
// Wording

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Sat 12 Nov" for `2016-11-12`; by arithmetic, as thousands of messages may be worded at once. */
function dayLabel(date: IsoDate): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return `${WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]} ${day} ${MONTHS[month - 1]}`;
}

const clock = (local: string) => local.slice(11, 16);

function stopName(context: CheckContext, stopId: string | null): string {
  if (stopId === null) return context.source.trip.home?.name ?? 'home';
  return context.stopById.get(stopId)?.name ?? 'an unknown city';
}

/** "Sat 12 Nov, 10:00–11:00 Tianjin" */
function engagementWhen(context: CheckContext, engagement: Engagement): string {
  const nextDay = engagement.end.local.slice(0, 10) !== engagement.start.local.slice(0, 10) ? ' next day' : '';
  return `${dayLabel(engagement.start.local.slice(0, 10))}, ${clock(engagement.start.local)}–${clock(engagement.end.local)}${nextDay} ${stopName(context, engagement.stopId)}`;
}

/** The second engagement of a pair, shortened when it shares the first one's day and city: "10:30–12:00". */
function secondWhen(context: CheckContext, first: Engagement, second: Engagement): string {
  const sameDay = first.start.local.slice(0, 10) === second.start.local.slice(0, 10);
  if (sameDay && first.stopId === second.stopId && second.end.local.slice(0, 10) === second.start.local.slice(0, 10)) {
    return `${clock(second.start.local)}–${clock(second.end.local)}`;
  }
  return engagementWhen(context, second);
}

/** "the flight MU5401 from Tianjin to Beijing (Sun 13 Nov, 10:00 Tianjin – 10:33 Beijing)" */
function journeyLabel(context: CheckContext, segment: Journey): string {
  const what = `${TRAVEL_MODE_LABELS[segment.mode].toLowerCase()}${segment.number ? ` ${segment.number}` : ''}`;
  const from = stopName(context, segment.fromStopId);
  const to = stopName(context, segment.toStopId);
  // A time is named by its city only when it is that city's time: a connection home via Beijing lands at
  // "09:05 (UTC+8)", never "09:05 Liverpool".
  const at = (stopId: string | null, time: ZonedTime, place: string, city: string) => {
    const zone = stopId === null ? context.source.trip.homeZone : context.stopById.get(stopId)?.timeZone;
    const placeInCity = place.trim() === '' || place.toLocaleLowerCase().includes(city.toLocaleLowerCase());
    return zone === time.zone && placeInCity ? city : `(${utcOffsetLabel(time.zone, time.utc)})`;
  };
  const arrivalDay =
    segment.arrival.local.slice(0, 10) === segment.departure.local.slice(0, 10)
      ? ''
      : `${dayLabel(segment.arrival.local.slice(0, 10))}, `;
  const leaves = at(segment.fromStopId, segment.departure, segment.departurePlace, from);
  const lands = at(segment.toStopId, segment.arrival, segment.arrivalPlace, to);
  return `the ${what} from ${from} to ${to} (${dayLabel(segment.departure.local.slice(0, 10))}, ${clock(segment.departure.local)} ${leaves} – ${arrivalDay}${clock(segment.arrival.local)} ${lands})`;
}

/** "Joe Anderson", "Joe Anderson and Ann Lee", "Joe Anderson, Ann Lee and 5 others" */
function whoLabel(context: CheckContext, ids: readonly string[]): string {
  return whoFromLeaders(context, ids.length > 1 ? firstByRank(context, ids, 3) : ids, ids.length);
}

/** Names the first of `total` people (the leaders, in trip order) and counts the rest. */
function whoFromLeaders(context: CheckContext, personIds: readonly string[], total: number): string {
  const names = personIds.slice(0, 2).map((id) => context.nameById.get(id) ?? 'someone not in the directory');
  const others = total - names.length;
  if (others === 0) return names.length === 2 ? `${names[0]} and ${names[1]}` : (names[0] ?? 'Nobody');
  if (total === 3) return `${names[0]}, ${names[1]} and ${context.nameById.get(personIds[2]!) ?? 'one other'}`;
  return `${names.join(', ')} and ${others} others`;
}

/** The `count` people who come first on the trip's list, in that order: a linear scan, not a sort. */
function firstByRank(context: CheckContext, ids: readonly string[], count: number): string[] {
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

const isAre = (count: number) => (count === 1 ? 'is' : 'are');

/** FNV-1a, 32 bits, over the parts, each followed by a separator. */
function hashOf(parts: readonly string[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) hash = hashOfPart(hash, part);
  return hash >>> 0;
}

function hashOfPart(start: number, part: string): number {
  let hash = start;
  for (let index = 0; index < part.length; index += 1) {
    hash ^= part.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= 0x1f;
  return Math.imul(hash, 0x01000193) >>> 0;
}

/** A short, stable digest of the facts behind a conflict. Persisted in acknowledgements: do not change it. */
function fingerprintOf(parts: readonly string[]): string {
  return hashOf(parts).toString(16).padStart(8, '0');
}

/** An order-free digest of a set of ids: the sum of each id's hash. Sums of disjoint sets add up. */
function digestOfPeople(ids: readonly string[]): number {
  let sum = 0;
  for (const id of ids) sum = (sum + hashOfPart(0x811c9dc5, id)) >>> 0;
  return sum;
}

/** The people part of a fingerprint: how many, and who (as a digest). */
const peopleFacts = (count: number, digest: number) => `${count} people #${digest >>> 0}`;

const engagementFacts = (engagement: Engagement) =>
  `${engagement.id}@${engagement.start.utc}/${engagement.end.utc}/${engagement.stopId}/${engagement.venue.name}`;
const segmentFacts = (segment: Journey) =>
  `${segment.id}@${segment.departure.utc}/${segment.arrival.utc}/${segment.fromStopId}/${segment.toStopId}`;

const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

/** The cities of two engagements, sorted, once each; a pair in one city shares that city's list. */
function stopsOfPair(context: CheckContext, a: Engagement, b: Engagement): readonly string[] {
  if (a.stopId !== b.stopId) return a.stopId < b.stopId ? [a.stopId, b.stopId] : [b.stopId, a.stopId];
  let only = context.onlyStop.get(a.stopId);
  if (!only) context.onlyStop.set(a.stopId, (only = [a.stopId]));
  return only;
}

/** By id, in code-unit order (not locale), for speed and stability: the order of rules with few conflicts. */
const byId = (a: Finding, b: Finding) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// ---------------------------------------------------------------------------------------------------------------
// Rules 1 and 4: one sweep per attendance class

/** Two engagements at once for the people of some classes; `a` comes first in time order. */
class EngagementClash extends ClassConflict {
  readonly #a: Engagement;
  readonly #b: Engagement;

  /** `prefix` is `double-booking:<a's id>:`, shared by the conflicts of one first engagement. */
  constructor(context: CheckContext, group: AttendanceClass, prefix: string, a: Engagement, b: Engagement) {
    super(context, group, prefix + b.id, 'double-booking', 'error', [a.id, b.id], NONE, stopsOfPair(context, a, b));
    this.#a = a;
    this.#b = b;
  }

  protected override wordMessage(): string {
    const context = this.context;
    const a = this.#a;
    const b = this.#b;
    return `${this.who} ${isAre(this.headcount)} at “${a.title}” (${engagementWhen(context, a)}) and “${b.title}” (${secondWhen(context, a, b)}) at once.`;
  }

  protected override fingerprintSituation(): string {
    return fingerprintOf([engagementFacts(this.#a), engagementFacts(this.#b), this.peopleFacts]);
  }
}

/** An engagement during a journey, for the people of some classes who take the one and attend the other. */
class JourneyClash extends ClassConflict {
  readonly #engagement: Engagement;
  readonly #segment: Journey;

  /** `prefix` is `double-booking:<the engagement's id>:`, as for `EngagementClash`. */
  constructor(
    context: CheckContext,
    group: AttendanceClass,
    prefix: string,
    engagement: Engagement,
    segment: Journey,
  ) {
    super(
      context,
      group,
      prefix + segment.id,
      'double-booking',
      'error',
      [engagement.id],
      [segment.id],
      sorted([engagement.stopId, segment.fromStopId, segment.toStopId].filter((id): id is string => id !== null)),
    );
    this.#engagement = engagement;
    this.#segment = segment;
  }

  protected override wordMessage(): string {
    const context = this.context;
    return `${this.who} ${isAre(this.headcount)} on ${journeyLabel(context, this.#segment)} during “${this.#engagement.title}” (${engagementWhen(context, this.#engagement)}).`;
  }

  protected override fingerprintSituation(): string {
    return fingerprintOf([engagementFacts(this.#engagement), segmentFacts(this.#segment), this.peopleFacts]);
  }
}

/** The positions of `keys` (each in `0 … range - 1`) taken in `order`, stably sorted by key: counting sort. */
function countingSort(keys: readonly number[], range: number, order: Int32Array): Int32Array {
  const starts = new Int32Array(range + 1);
  for (const position of order) {
    const next = keys[position]! + 1;
    starts[next] = starts[next]! + 1;
  }
  for (let key = 1; key <= range; key += 1) starts[key] = starts[key]! + starts[key - 1]!;
  const inOrder = new Int32Array(order.length);
  for (const position of order) {
    const key = keys[position]!;
    const at = starts[key]!;
    inOrder[at] = position;
    starts[key] = at + 1;
  }
  return inOrder;
}

/**
 * Rule 1: a person in two engagements at once, or in an engagement while on a journey they take. Each class's
 * engagements and journeys are swept in order of start, keeping those still running (ending after the current
 * start): each of them overlaps the current item, so every overlapping pair is found, and the work is the
 * items plus the pairs. The pairs are noted as numbers, and two counting sorts bring each pair's classes
 * together; only then is a conflict made for each. In the order they happen: by the first engagement, then
 * by the other engagement, then by the journey.
 */
export function doubleBookings(context: CheckContext, classes = attendanceClasses(context)): Finding[] {
  const engagementCount = context.chronological.length;
  // The first of a pair is an engagement, by rank; the second an engagement, or a journey numbered after them.
  const firsts: number[] = [];
  const seconds: number[] = [];
  const groups: number[] = [];
  // What is still running, and still under way, at the current start; the first `running` of them are live.
  const running: TimedEngagement[] = [];
  const travelling: TimedSegment[] = [];
  let runningCount = 0;
  let travellingCount = 0;
  classes.forEach((group, groupIndex) => {
    runningCount = 0;
    travellingCount = 0;
    const { engagements, segments } = group;
    let nextEngagement = 0;
    let nextSegment = 0;
    while (nextEngagement < engagements.length || nextSegment < segments.length) {
      const engagement = engagements[nextEngagement];
      const segment = segments[nextSegment];
      if (engagement && (!segment || byStartThenId(engagement, segment) <= 0)) {
        nextEngagement += 1;
        let kept = 0;
        for (let index = 0; index < runningCount; index += 1) {
          const earlier = running[index]!;
          if (earlier.end <= engagement.start) continue;
          running[kept++] = earlier;
          firsts.push(earlier.rank);
          seconds.push(engagement.rank);
          groups.push(groupIndex);
        }
        running[kept] = engagement;
        runningCount = kept + 1;
        kept = 0;
        for (let index = 0; index < travellingCount; index += 1) {
          const journey = travelling[index]!;
          if (journey.end <= engagement.start) continue;
          travelling[kept++] = journey;
          firsts.push(engagement.rank);
          seconds.push(engagementCount + journey.rank);
          groups.push(groupIndex);
        }
        travellingCount = kept;
      } else if (segment) {
        nextSegment += 1;
        let kept = 0;
        for (let index = 0; index < runningCount; index += 1) {
          const earlier = running[index]!;
          if (earlier.end <= segment.start) continue;
          running[kept++] = earlier;
          firsts.push(earlier.rank);
          seconds.push(engagementCount + segment.rank);
          groups.push(groupIndex);
        }
        runningCount = kept;
        kept = 0;
        for (let index = 0; index < travellingCount; index += 1) {
          if (travelling[index]!.end > segment.start) travelling[kept++] = travelling[index]!;
        }
        travelling[kept] = segment;
        travellingCount = kept + 1;
      }
    }
  });
  if (firsts.length === 0) return [];

  const secondCount = engagementCount + context.timedSegments.length;
  const asFound = new Int32Array(firsts.length);
  for (let position = 0; position < asFound.length; position += 1) asFound[position] = position;
  const order = countingSort(firsts, engagementCount, countingSort(seconds, secondCount, asFound));

  const conflicts: ClassConflict[] = [];
  let last: ClassConflict | null = null;
  let lastFirst = -1;
  let lastSecond = -1;
  let prefix = '';
  for (const position of order) {
    const first = firsts[position]!;
    const second = seconds[position]!;
    const group = classes[groups[position]!]!;
    if (last && first === lastFirst && second === lastSecond) {
      last.addClass(group);
      continue;
    }
    const engagement = context.chronological[first]!.engagement;
    if (first !== lastFirst) prefix = `double-booking:${engagement.id}:`;
    last =
      second < engagementCount
        ? new EngagementClash(context, group, prefix, engagement, context.chronological[second]!.engagement)
        : new JourneyClash(context, group, prefix, engagement, context.timedSegments[second - engagementCount]!.segment);
    lastFirst = first;
    lastSecond = second;
    conflicts.push(last);
  }
  return conflicts;
}

/** The venue as transfers compare it: trimmed, lower case; empty when not given. */
function venueKey(timed: TimedEngagement): string {
  if (timed.venue === null) {
    // "Haihe Bund Hotel, Binhai Room" and "Haihe Bund Hotel" are one building: compare what is before a comma.
    const name = timed.engagement.venue.name;
    timed.venue = name === '' ? '' : name.split(',')[0]!.trim().toLocaleLowerCase();
  }
  return timed.venue;
}

function differentVenue(a: TimedEngagement, b: TimedEngagement): boolean {
  if (a.engagement.stopId !== b.engagement.stopId) return true;
  const first = venueKey(a);
  const second = venueKey(b);
  return first !== '' && second !== '' && first !== second;
}

/** Too little time from `a` to `b` at another venue, for the people of some classes. */
class TightTransfer extends ClassConflict {
  readonly #a: TimedEngagement;
  readonly #b: TimedEngagement;

  constructor(context: CheckContext, group: AttendanceClass, a: TimedEngagement, b: TimedEngagement) {
    const first = a.engagement;
    const second = b.engagement;
    super(context, group, `tight-transfer:${first.id}:${second.id}`, 'tight-transfer', 'warning', [first.id, second.id], NONE, stopsOfPair(context, first, second));
    this.#a = a;
    this.#b = b;
  }

  protected override wordMessage(): string {
    const context = this.context;
    const a = this.#a.engagement;
    const b = this.#b.engagement;
    const gap = Math.round((this.#b.start - this.#a.end) / 60_000);
    const where = (engagement: Engagement) => engagement.venue.name || stopName(context, engagement.stopId);
    return `${this.who} ${this.headcount === 1 ? 'has' : 'have'} ${gap} minutes to get from “${a.title}” at ${where(a)} (ends ${clock(a.end.local)}) to “${b.title}” at ${where(b)} (${dayLabel(b.start.local.slice(0, 10))}, starts ${clock(b.start.local)} ${stopName(context, b.stopId)}); allow at least ${context.bufferMinutes}.`;
  }

  protected override fingerprintSituation(): string {
    return fingerprintOf([
      engagementFacts(this.#a.engagement),
      engagementFacts(this.#b.engagement),
      String(this.context.bufferMinutes),
      this.peopleFacts,
    ]);
  }
}

/**
 * Rule 4: too little time to get from one engagement to the next at a different venue (or city). Compared with
 * the latest-ending engagement before it, which is the one the person actually comes from. In the order they
 * happen.
 */
export function tightTransfers(context: CheckContext, classes = attendanceClasses(context)): Finding[] {
  const bufferMs = context.bufferMinutes * 60_000;
  const engagementCount = context.chronological.length;
  const found = new Map<number, TightTransfer>();
  for (const group of classes) {
    let previous: TimedEngagement | null = null;
    for (const item of group.engagements) {
      if (previous && item.start >= previous.end && item.start - previous.end < bufferMs && differentVenue(previous, item)) {
        const key = previous.rank * engagementCount + item.rank;
        const existing = found.get(key);
        if (existing) existing.addClass(group);
        else found.set(key, new TightTransfer(context, group, previous, item));
      }
      if (!previous || item.end > previous.end) previous = item;
    }
  }
  return [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, conflict]) => conflict);
}

// ---------------------------------------------------------------------------------------------------------------
// Rules about one engagement

/** Rule 2: an engagement on a date its city is not on the route. */
export function engagementsOutsideCityDates(context: CheckContext): Finding[] {
  const conflicts: Finding[] = [];
  for (const { engagement } of context.live) {
    const stop = context.stopById.get(engagement.stopId);
    if (!stop) continue;
    // The local date is the wall time's first ten characters; compared without cutting them out, 20,000 times.
    const local = engagement.start.local;
    if (local >= stop.arrivalDate && (local < stop.departureDate || local.startsWith(stop.departureDate))) continue;
    const date = local.slice(0, 10);
    conflicts.push(
      new WordedConflict(
        `outside-stop-dates:${engagement.id}`,
        'outside-stop-dates',
        'error',
        { engagementIds: [engagement.id], stopIds: [stop.id] },
        {
          message: () =>
            `“${engagement.title}” is on ${dayLabel(date)} in ${stop.name}, but the delegation is there from ${dayLabel(stop.arrivalDate)} to ${dayLabel(stop.departureDate)}.`,
          personIds: () => NONE,
          fingerprint: () => fingerprintOf([engagementFacts(engagement), stop.arrivalDate, stop.departureDate]),
        },
      ),
    );
  }
  return conflicts.sort(byId);
}

/** Rule 3: someone added to an engagement by hand who is not at that city on their part of the route. */
export function attendeesNotInCity(context: CheckContext): Finding[] {
  const conflicts: Finding[] = [];
  for (const { engagement } of context.live) {
    if (engagement.addedAttendeeIds.length === 0) continue;
    for (const personId of sorted(engagement.addedAttendeeIds)) {
      const stops = stopsOf(context, personId);
      if (!stops || stops.has(engagement.stopId) || engagement.removedAttendeeIds.includes(personId)) continue;
      const personIds = [personId];
      conflicts.push(
        new WordedConflict(
          `attendee-not-at-stop:${engagement.id}:${personId}`,
          'attendee-not-at-stop',
          'warning',
          { engagementIds: [engagement.id], stopIds: [engagement.stopId] },
          {
            message: () =>
              `${whoLabel(context, personIds)} is down for “${engagement.title}” (${engagementWhen(context, engagement)}) but is not in ${stopName(context, engagement.stopId)} on their part of the route.`,
            personIds: () => personIds,
            fingerprint: () => fingerprintOf([engagementFacts(engagement), personId, ...sorted(stops)]),
          },
        ),
      );
    }
  }
  return conflicts.sort(byId);
}

/**
 * Rule 6: a start between midnight and six in the morning is more likely a time typed in home time. The hint
 * says what it would be had it been home time.
 */
export function suspiciousTimes(context: CheckContext): Finding[] {
  const homeZone = context.source.trip.homeZone;
  const conflicts: Finding[] = [];
  for (const { engagement } of context.live) {
    if (wallHour(engagement.start.local) >= EARLIEST_PLAUSIBLE_HOUR) continue;
    const message = () => {
      const place = stopName(context, engagement.stopId);
      const time = clock(engagement.start.local);
      let hint = '';
      if (homeZone !== engagement.start.zone) {
        const asHome = zonedTime(engagement.start.local, homeZone);
        if (asHome.ok) {
          const there = wallTimeIn(asHome.value, engagement.start.zone);
          const dayNote =
            there.slice(0, 10) === engagement.start.local.slice(0, 10) ? '' : ` on ${dayLabel(there.slice(0, 10))}`;
          hint = ` — if ${time} was ${zoneCity(homeZone)} time, it would be ${clock(there)}${dayNote} in ${place}`;
        }
      }
      return `“${engagement.title}” starts at ${time} in ${place} on ${dayLabel(engagement.start.local.slice(0, 10))}${hint}. Check the time zone.`;
    };
    conflicts.push(
      new WordedConflict(
        `suspicious-time:${engagement.id}`,
        'suspicious-time',
        'warning',
        { engagementIds: [engagement.id], stopIds: [engagement.stopId] },
        { message, personIds: () => NONE, fingerprint: () => fingerprintOf([engagementFacts(engagement), homeZone]) },
      ),
    );
  }
  return conflicts.sort(byId);
}

// ---------------------------------------------------------------------------------------------------------------
// Rules about the route

/** Rule 5: a night at a city with no hotel booked, for the members there that night. */
export function nightsWithoutHotel(context: CheckContext): Finding[] {
  const conflicts: Finding[] = [];
  // The nights at one city share their people, sorted when first read.
  const peopleAt = new Map<string, string[]>();
  const peopleOf = (stopId: string) => {
    let people = peopleAt.get(stopId);
    if (!people) peopleAt.set(stopId, (people = sorted(context.membersByStop.get(stopId) ?? [])));
    return people;
  };
  for (const night of routeNights(context.source.stops, context.source.accommodations)) {
    if (night.accommodationIds.length > 0) continue;
    const { stopId, date } = night;
    if ((context.membersByStop.get(stopId)?.length ?? 0) === 0) continue;
    conflicts.push(
      new WordedConflict(
        `night-without-hotel:${stopId}:${date}`,
        'night-without-hotel',
        'warning',
        { stopIds: [stopId] },
        {
          message: () => {
            const personIds = peopleOf(stopId);
            return `No hotel is booked in ${stopName(context, stopId)} for the night of ${dayLabel(date)}, for ${whoLabel(context, personIds)}${personIds.length > 1 ? ` (${personIds.length} people)` : ''}.`;
          },
          personIds: () => peopleOf(stopId),
          fingerprint: () => {
            const personIds = peopleOf(stopId);
            return fingerprintOf([stopId, date, peopleFacts(personIds.length, digestOfPeople(personIds))]);
          },
        },
      ),
    );
  }
  return conflicts.sort(byId);
}

/**
 * Rule 7: a journey that lands after the first engagement of that day at its destination has started, or
 * leaves before the last one of that day at its origin has ended, for the people who take it and attend.
 */
export function journeyTimings(context: CheckContext, classes?: readonly AttendanceClass[]): Finding[] {
  if (context.timedSegments.length === 0) return [];
  const conflicts: Finding[] = [];
  // Everyone in a class takes the same journeys: a journey's travellers are the classes that take it.
  let travellers: Map<string, string[]> | null = null;
  const travellersOf = (segment: Journey) => {
    if (!travellers) {
      travellers = new Map();
      for (const group of classes ?? attendanceClasses(context)) {
        for (const { segment: taken } of group.segments) {
          for (const personId of group.personIds) append(travellers, taken.id, personId);
        }
      }
    }
    return travellers.get(segment.id) ?? [];
  };
  const liveByStop = new Map<string, TimedEngagement[]>();
  for (const timed of context.chronological) append(liveByStop, timed.engagement.stopId, timed);
  for (const timed of context.timedSegments) {
    const { segment } = timed;
    const check = (stopId: string | null, side: 'arrival' | 'departure') => {
      if (stopId === null) return;
      const date = (side === 'arrival' ? segment.arrival : segment.departure).local.slice(0, 10);
      // Engagements that overlap the journey itself are double bookings (rule 1) for the same people; this
      // rule finds those wholly before the journey at its destination, or wholly after it at its origin.
      const clashing = (liveByStop.get(stopId) ?? []).filter(
        (candidate) =>
          candidate.engagement.start.local.slice(0, 10) === date &&
          (side === 'arrival' ? candidate.end <= timed.start : candidate.start >= timed.end),
      );
      if (clashing.length === 0) return;
      const takers = travellersOf(segment);
      const affected = clashing
        .map((candidate) => ({
          candidate,
          people: takers.filter((personId) => attends(context, personId, candidate.engagement)),
        }))
        .filter((entry) => entry.people.length > 0);
      if (affected.length === 0) return;
      const personIds = sorted(affected.flatMap((entry) => entry.people));
      const key = side === 'arrival' ? affected[0]! : affected.at(-1)!;
      const engagement = key.candidate.engagement;
      const place = stopName(context, stopId);
      conflicts.push(
        new WordedConflict(
          `journey-timing:${segment.id}:${side}`,
          'journey-timing',
          'error',
          {
            engagementIds: affected.map((entry) => entry.candidate.engagement.id),
            segmentIds: [segment.id],
            stopIds: [stopId],
          },
          {
            message: () => {
              const message =
                side === 'arrival'
                  ? `${journeyLabel(context, segment)} arrives after “${engagement.title}” starts (${engagementWhen(context, engagement)}), for ${whoLabel(context, personIds)}.`
                  : `${journeyLabel(context, segment)} leaves before “${engagement.title}” ends (${engagementWhen(context, engagement)}), for ${whoLabel(context, personIds)}.`;
              return message.charAt(0).toUpperCase() + message.slice(1);
            },
            personIds: () => personIds,
            fingerprint: () =>
              fingerprintOf([
                segmentFacts(segment),
                ...affected.map((entry) => engagementFacts(entry.candidate.engagement)),
                ...personIds,
                place,
              ]),
          },
        ),
      );
    };
    check(segment.toStopId, 'arrival');
    check(segment.fromStopId, 'departure');
  }
  return conflicts.sort(byId);
}

/** Rule 8: passports that expire too soon after the trip and visas not granted close to departure. */
export function travelDocumentFindings(context: CheckContext): Finding[] {
  const members = new Set(context.source.memberships.map((membership) => membership.personId));
  const people = context.source.people.filter((person) => members.has(person.id)) as Person[];
  const personById = new Map(people.map((person) => [person.id, person]));
  const conflicts = travelDocumentWarnings(context.source.trip, people, context.today).map((warning) => {
    const person = personById.get(warning.personId);
    const serious = warning.kind === 'passport-expiry' || (warning.kind === 'visa' && person?.visaStatus === 'refused');
    const personIds = [warning.personId];
    return new WordedConflict(
      `travel-documents:${warning.kind}:${warning.personId}`,
      'travel-documents',
      serious ? 'error' : 'warning',
      {},
      {
        message: () => warning.message,
        personIds: () => personIds,
        fingerprint: () => fingerprintOf([warning.message]),
      },
    );
  });
  return conflicts.sort(byId);
}

// ---------------------------------------------------------------------------------------------------------------
// The whole analysis

/**
 * Every conflict in a trip's plan: errors first, then by rule; double bookings and tight transfers in the order
 * they happen, the others by id. Cancelled engagements never conflict; people are the trip's members,
 * attending as `attendanceCalculator` says and travelling as `takesJourney` says.
 */
export function runChecks(source: CheckSource, options: CheckOptions): Finding[] {
  const context = checkContext(source, options);
  const classes = attendanceClasses(context);
  // In the order of CONFLICT_RULES.
  return inReportOrder([
    doubleBookings(context, classes),
    engagementsOutsideCityDates(context),
    attendeesNotInCity(context),
    tightTransfers(context, classes),
    nightsWithoutHotel(context),
    suspiciousTimes(context),
    journeyTimings(context, classes),
    travelDocumentFindings(context),
  ]);
}

/** Errors first, then by rule, each rule keeping its own order: the rules' lists come in rule order. */
function inReportOrder(found: readonly (readonly Finding[])[]): Finding[] {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  for (const conflicts of found) {
    for (const conflict of conflicts) (conflict.severity === 'error' ? errors : warnings).push(conflict);
  }
  return errors.concat(warnings);
}

// ---------------------------------------------------------------------------------------------------------------
// Finding the conflicts about a record

/** A trip's conflicts by the records they name, each list in the engine's order. Do not change the lists. */
export interface FindingsIndex {
  readonly byEngagement: ReadonlyMap<string, readonly Finding[]>;
  readonly bySegment: ReadonlyMap<string, readonly Finding[]>;
  readonly byStop: ReadonlyMap<string, readonly Finding[]>;
  readonly byPerson: ReadonlyMap<string, readonly Finding[]>;
}

function indexBy(conflicts: readonly Finding[], idsOf: (conflict: Finding) => readonly string[]) {
  const index = new Map<string, Finding[]>();
  for (const conflict of conflicts) for (const id of idsOf(conflict)) append(index, id, conflict);
  return index;
}

/**
 * Who each conflict is about. A double booking is about whole attendance classes, often thousands of
 * conflicts for the same forty people: each class's conflicts are listed once and its people share the list,
 * without working out any conflict's `personIds`.
 */
function indexByPerson(conflicts: readonly Finding[]): Map<string, readonly Finding[]> {
  const named = new Map<string, number[]>();
  const byClass = new Map<readonly string[], number[]>();
  for (let position = 0; position < conflicts.length; position += 1) {
    const conflict = conflicts[position]!;
    const classes = conflict instanceof FoundConflict ? conflict.classesOfPeople() : null;
    if (classes) for (const group of classes) append(byClass, group.personIds, position);
    else for (const personId of conflict.personIds) append(named, personId, position);
  }
  const positionsOf = new Map<string, number[][]>();
  for (const [personId, positions] of named) positionsOf.set(personId, [positions]);
  for (const [people, positions] of byClass) for (const personId of people) append(positionsOf, personId, positions);
  const shared = new Map<number[], Finding[]>();
  const byPerson = new Map<string, readonly Finding[]>();
  for (const [personId, lists] of positionsOf) {
    if (lists.length === 1) {
      const positions = lists[0]!;
      let list = shared.get(positions);
      if (!list) shared.set(positions, (list = positions.map((position) => conflicts[position]!)));
      byPerson.set(personId, list);
    } else {
      const positions = [...new Set(lists.flat())].sort((a, b) => a - b);
      byPerson.set(personId, positions.map((position) => conflicts[position]!));
    }
  }
  return byPerson;
}

class LazyConflictsIndex implements FindingsIndex {
  readonly #conflicts: readonly Finding[];
  #byEngagement: ReadonlyMap<string, readonly Finding[]> | undefined = undefined;
  #bySegment: ReadonlyMap<string, readonly Finding[]> | undefined = undefined;
  #byStop: ReadonlyMap<string, readonly Finding[]> | undefined = undefined;
  #byPerson: ReadonlyMap<string, readonly Finding[]> | undefined = undefined;

  constructor(conflicts: readonly Finding[]) {
    this.#conflicts = conflicts;
  }

  get byEngagement() {
    return (this.#byEngagement ??= indexBy(this.#conflicts, (conflict) => conflict.engagementIds));
  }

  get bySegment() {
    return (this.#bySegment ??= indexBy(this.#conflicts, (conflict) => conflict.segmentIds));
  }

  get byStop() {
    return (this.#byStop ??= indexBy(this.#conflicts, (conflict) => conflict.stopIds));
  }

  get byPerson() {
    return (this.#byPerson ??= indexByPerson(this.#conflicts));
  }
}

/**
 * The conflicts about each engagement, journey, city and person, for marking them where they are shown. Each
 * map is built when first read, in one pass over the conflicts.
 */
export function findingsIndex(conflicts: readonly Finding[]): FindingsIndex {
  return new LazyConflictsIndex(conflicts);
}
