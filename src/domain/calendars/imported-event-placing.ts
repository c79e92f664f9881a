/**
 * Placing an event read from a calendar file in the trip: the city of the route it belongs to (by its date
 * there, its clock, the place it names and, on a day the delegation moves, the journey between), its times in
 * that city's zone, which is how every engagement is stored, and the engagement draft it becomes (or the update
 * of the engagement it is a newer version of). Clashes with the programme are warnings, never a refusal.
 */
import type { Engagement, EngagementKind } from '../engagements/engagement';
import {
  emptyEngagementDraft,
  engagementToDraft,
  LONGEST_ENGAGEMENT_MINUTES,
  parseEngagementDraft,
  type EngagementDraft,
} from '../engagements/engagement-rules';
import type { City } from '../route/city';
import { day, message, type Message, type MessageValue } from '../shared/message';
import { exactInstantOf, utcOffsetMinutesAt, wallTimeAt, zonedTime, zonedTimeProblem } from '../shared/time';
import type { IsoDate, LocalDateTime } from '../shared/date-arithmetic';
import { dayWithYear } from './calendar-event-titles';
import type { CalendarImportTrip, ImportedEvent, ReadTimes, Report } from './imported-event';

/** What placing an event needs of the trip. */
export interface PlacingContext {
  trip: CalendarImportTrip;
  /**
   * The importer's words, for what the import writes into an engagement (its title when it has none, who sent
   * the invitation): the language of the screen that imports it.
   */
  words: (said: Message) => string;
  /** The trip's cities, in route order. */
  stops: City[];
}

/**
 * Puts an all-day event that starts on `start` in a city whose dates include that day: the one its location
 * names, else the first in route order. All-day events are listed, not imported: it gets no times and no draft.
 */
export function placeAllDayEvent(start: IsoDate, event: ImportedEvent, context: PlacingContext): void {
  const candidates = context.stops.filter((stop) => stop.arrivalDate <= start && start <= stop.departureDate);
  const chosen = mentionedIn(candidates, event.location)[0] ?? candidates[0];
  event.stopId = chosen?.id ?? null;
  event.otherStopIds = candidates.filter((stop) => stop !== chosen).map((stop) => stop.id);
}

/**
 * Puts a timed event in a city of the route and gives it its times there and its engagement draft, reporting
 * what stops it (no city on its date, too long, ends before it starts, a time the clocks skip, a draft the
 * engagement form refuses) and what to check (another zone, a floating time, a choice between two cities,
 * an overlap, no title, cancelled in the file).
 */
export function placeEvent(times: ReadTimes, event: ImportedEvent, context: PlacingContext, block: Report, warn: Report): void {
  const minutes =
    times.kind === 'instant'
      ? (times.endMs - times.startMs) / 60_000
      : (Date.parse(`${times.end}Z`) - Date.parse(`${times.start}Z`)) / 60_000;
  if (minutes < 0) block('ends-before-start', message('calendars:importProblem.endsBeforeStart'));
  else if (minutes > LONGEST_ENGAGEMENT_MINUTES) block('too-long', message('calendars:importProblem.tooLong'));

  const candidates = candidateCities(times, event, context, warn);
  const chosen = chooseCity(candidates, times, event, context);
  if (!chosen) {
    const date = times.kind === 'wall' ? times.start.slice(0, 10) : wallTimeAt(times.startMs, 'UTC').slice(0, 10);
    block('no-stop', message('calendars:importProblem.noCity', { date: dayWithYear(date), route: routeSummary(context) }));
    // Its times are still shown, in its own zone, so the organiser can see what it was.
    if (times.kind === 'instant' && times.zone) {
      const start = zonedTime(wallTimeAt(times.startMs, times.zone), times.zone);
      const end = zonedTime(wallTimeAt(times.endMs, times.zone), times.zone);
      if (start.ok && end.ok) [event.start, event.end] = [start.value, end.value];
    }
    return;
  }
  const { stop } = chosen;
  event.stopId = stop.id;
  event.otherStopIds = candidates.filter((candidate) => candidate !== stop).map((candidate) => candidate.id);
  if (chosen.ambiguous) {
    warn('ambiguous-stop', message('calendars:importProblem.ambiguousCity', { cities: eitherOf(candidates), city: stop.name }));
  }
  if (times.kind === 'wall') warn('floating', message('calendars:importProblem.floating', { city: stop.name }));

  // Its times in its own zone for the preview, and as the engagement keeps them: wall times in the city's zone.
  const ownZone = times.kind === 'instant' && times.zone ? times.zone : stop.timeZone;
  const [ownStart, ownEnd] =
    times.kind === 'instant'
      ? [wallTimeAt(times.startMs, ownZone), wallTimeAt(times.endMs, ownZone)]
      : [times.start, times.end];
  const [localStart, localEnd] =
    times.kind === 'instant'
      ? [wallTimeAt(times.startMs, stop.timeZone), wallTimeAt(times.endMs, stop.timeZone)]
      : [times.start, times.end];
  const start = zonedTime(ownStart, ownZone);
  const end = zonedTime(ownEnd, ownZone);
  if (!start.ok) return block('nonexistent-time', message('calendars:importProblem.reason', { reason: zonedTimeProblem(start.error) }));
  if (!end.ok) return block('nonexistent-time', message('calendars:importProblem.reason', { reason: zonedTimeProblem(end.error) }));
  event.start = start.value;
  event.end = end.value;
  if (event.problems.some((problem) => problem.blocking)) return;

  const draft = event.updates
    ? updatedDraft(event, event.updates, stop, localStart, localEnd)
    : toDraft(event, stop, localStart, localEnd, context.words);
  if (!event.title && !event.updates) warn('no-title', message('calendars:importProblem.noTitle', { title: draft.title }));
  for (const other of overlapping(event, stop, context)) {
    const [start, end] = [other.start.local.slice(11), other.end.local.slice(11)];
    warn('overlap', message('calendars:importProblem.overlap', { title: other.title, start, end }));
  }
  if (draft.status === 'cancelled') warn('cancelled', message('calendars:importProblem.cancelled'));
  const parsed = parseEngagementDraft(draft, context.stops);
  if (!parsed.ok) return block('invalid-engagement', sentences(Object.values(parsed.error)));
  event.draft = draft;
}

/**
 * The cities it could be in: those whose dates include its date there and, for a time in a named zone, whose
 * clocks read the same. When only the clocks differ (an event in London time during the trip), the cities
 * of that date are taken, and the time is moved to the same moment there, with a note.
 */
function candidateCities(times: ReadTimes, event: ImportedEvent, context: PlacingContext, warn: Report): City[] {
  const within = (stop: City, date: IsoDate) => stop.arrivalDate <= date && date <= stop.departureDate;
  if (times.kind === 'wall') return context.stops.filter((stop) => within(stop, times.start.slice(0, 10)));

  const onDate = context.stops.filter((stop) => within(stop, wallTimeAt(times.startMs, stop.timeZone).slice(0, 10)));
  if (times.timing === 'utc') return onDate;
  const offsetsAgree = (stop: City) =>
    [times.startMs, times.endMs].every(
      (ms) => utcOffsetMinutesAt(ms, stop.timeZone) === times.offsetAt(ms),
    );
  const sameClock = onDate.filter((stop) => stop.timeZone === times.zone || offsetsAgree(stop));
  if (sameClock.length > 0 || onDate.length === 0) return sameClock;
  const zone = event.tzid ?? 'UTC';
  warn('other-zone', message('calendars:importProblem.otherZone', { zone, cities: eitherOf(onDate) }));
  return onDate;
}

/**
 * The city among the candidates: the only one; else the one the location names; else, on a day the delegation
 * moves, the next city for what starts after the journey lands and the one before for what starts before it
 * leaves; else the first, flagged.
 */
function chooseCity(
  candidates: readonly City[],
  times: ReadTimes,
  event: ImportedEvent,
  context: PlacingContext,
): { stop: City; ambiguous: boolean } | null {
  const [first] = candidates;
  if (!first) return null;
  if (candidates.length === 1) return { stop: first, ambiguous: false };
  const [named] = mentionedIn(candidates, event.location);
  if (named) return { stop: named, ambiguous: false };

  const byId = new Map(candidates.map((stop) => [stop.id, stop]));
  for (const segment of context.trip.segments) {
    const from = segment.fromStopId === null ? undefined : byId.get(segment.fromStopId);
    const to = segment.toStopId === null ? undefined : byId.get(segment.toStopId);
    if (!from || !to) continue;
    const startMs = times.kind === 'instant' ? times.startMs : exactInstantOf(times.start, to.timeZone);
    if (startMs === null) continue;
    if (startMs >= Date.parse(segment.arrival.utc)) return { stop: to, ambiguous: false };
    if (startMs < Date.parse(segment.departure.utc)) return { stop: from, ambiguous: false };
  }
  return { stop: first, ambiguous: true };
}

/** The cities the location names, in English or in local script. */
function mentionedIn(stops: readonly City[], location: string): City[] {
  const text = location.toLocaleLowerCase();
  if (!text) return [];
  return stops.filter(
    (stop) => text.includes(stop.name.toLocaleLowerCase()) || (stop.nameLocal !== '' && text.includes(stop.nameLocal)),
  );
}

/** "Tianjin Sat 12 Nov–Tue 15 Nov 2016, Qingdao …", or that there is no city yet. */
function routeSummary(context: PlacingContext): Message {
  if (context.stops.length === 0) return message('calendars:importProblem.noCityYet');
  return context.stops
    .map((stop) => message('calendars:importProblem.cityDates', { city: stop.name, from: day(stop.arrivalDate), to: dayWithYear(stop.departureDate) }))
    .reduce((joined, next) => message('calendars:importProblem.cities', { first: joined, next }));
}

/** "Tianjin or Beijing", "天津或北京". */
function eitherOf(stops: readonly City[]): Message | string {
  return stops
    .map((stop): Message | string => stop.name)
    .reduce((joined, next) => message('calendars:importProblem.either', { first: joined, next }));
}

/** Sentences (or messages) one after another: "It is too long. It has no title.". */
function sentences(said: readonly (Message | string)[]): Message {
  const [first = '', ...rest] = said;
  return rest.reduce<Message>(
    (joined, next) => message('calendars:importProblem.sentences', { first: joined, next: next as MessageValue }),
    message('calendars:importProblem.reason', { reason: first as MessageValue }),
  );
}

/** A first guess at the kind from the title; the organiser can change it in the preview. */
const KIND_WORDS: readonly [RegExp, EngagementKind][] = [
  [/\bsign(ing)?\b/i, 'signing'],
  [/\b(banquet|dinner|lunch|luncheon|reception|gala)\b/i, 'banquet'],
  [/\b(visit|tour)\b/i, 'site-visit'],
  [/\b(forum|conference|seminar|summit|presentation|symposium)\b/i, 'forum'],
  [/\bbriefing\b/i, 'briefing'],
];

/** Engagements at the same city, not cancelled, whose time overlaps the event's (other than one it updates). */
function overlapping(event: ImportedEvent, stop: City, context: PlacingContext): Engagement[] {
  if (!event.start || !event.end) return [];
  const [startMs, endMs] = [Date.parse(event.start.utc), Date.parse(event.end.utc)];
  return context.trip.engagements
    .filter(
      (engagement) =>
        engagement.stopId === stop.id &&
        engagement.status !== 'cancelled' &&
        engagement.calendar.uid !== event.uid &&
        Date.parse(engagement.start.utc) < endMs &&
        startMs < Date.parse(engagement.end.utc),
    )
    .sort((a, b) => Date.parse(a.start.utc) - Date.parse(b.start.utc));
}

/** The engagement as a newer version of its invitation leaves it: the new time, title and place, the rest kept. */
function updatedDraft(
  event: ImportedEvent,
  engagement: Engagement,
  stop: City,
  start: LocalDateTime,
  end: LocalDateTime,
): EngagementDraft {
  const current = engagementToDraft(engagement);
  return {
    ...current,
    stopId: stop.id,
    date: start.slice(0, 10),
    startTime: start.slice(11),
    endTime: end.slice(11),
    title: event.title || current.title,
    venueName: event.location || current.venueName,
    status: event.status === 'cancelled' ? 'cancelled' : current.status,
  };
}

function toDraft(
  event: ImportedEvent,
  stop: City,
  start: LocalDateTime,
  end: LocalDateTime,
  words: (said: Message) => string,
): EngagementDraft {
  const title = event.title || words(message('calendars:import.untitled'));
  const invitation = event.organizer ? words(message('calendars:import.invitationFrom', { organizer: event.organizer })) : '';
  return {
    ...emptyEngagementDraft(stop.id, start.slice(0, 10), start.slice(11)),
    kind: KIND_WORDS.find(([pattern]) => pattern.test(title))?.[1] ?? 'meeting',
    title,
    endTime: end.slice(11),
    venueName: event.location,
    status: event.status,
    briefingNotes: [invitation, event.description].filter(Boolean).join('\n\n'),
  };
}
