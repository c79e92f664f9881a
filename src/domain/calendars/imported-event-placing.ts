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
import { exactInstantOf, formatLongDate, utcOffsetMinutesAt, wallTimeAt, zonedTime } from '../shared/time';
import { formatShortDate, type IsoDate, type LocalDateTime } from '../shared/date-arithmetic';
import type { CalendarImportTrip, ImportedEvent, ReadTimes, Report } from './imported-event';

/** What placing an event needs of the trip. */
export interface PlacingContext {
  trip: CalendarImportTrip;
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
  if (minutes < 0) block('ends-before-start', 'It ends before it starts.');
  else if (minutes > LONGEST_ENGAGEMENT_MINUTES) {
    block('too-long', 'It lasts more than 16 hours, longer than any engagement: add it by hand if it is one.');
  }

  const candidates = candidateCities(times, event, context, warn);
  const chosen = chooseCity(candidates, times, event, context);
  if (!chosen) {
    const day = times.kind === 'wall' ? times.start.slice(0, 10) : wallTimeAt(times.startMs, 'UTC').slice(0, 10);
    const route = routeSummary(context);
    block('no-stop', `No city of the trip matches its date (${formatLongDate(day)}): the trip is in ${route}.`);
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
    const names = candidates.map((candidate) => candidate.name).join(' or ');
    warn('ambiguous-stop', `It could be in ${names}; it is put in ${stop.name}: check the city.`);
  }
  if (times.kind === 'wall') warn('floating', `The file gives no time zone for it: it is read as ${stop.name} time.`);

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
  if (!start.ok) return block('nonexistent-time', start.error.message);
  if (!end.ok) return block('nonexistent-time', end.error.message);
  event.start = start.value;
  event.end = end.value;
  if (event.problems.some((problem) => problem.blocking)) return;

  const draft = event.updates
    ? updatedDraft(event, event.updates, stop, localStart, localEnd)
    : toDraft(event, stop, localStart, localEnd);
  if (!event.title && !event.updates) warn('no-title', `It has no title: it is called “${draft.title}”.`);
  for (const other of overlapping(event, stop, context)) {
    warn('overlap', `Overlaps “${other.title}” ${other.start.local.slice(11)}–${other.end.local.slice(11)}.`);
  }
  if (draft.status === 'cancelled') warn('cancelled', 'It is cancelled in the file: it is imported as cancelled.');
  const parsed = parseEngagementDraft(draft, context.stops);
  if (!parsed.ok) return block('invalid-engagement', Object.values(parsed.error).join(' '));
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
  const names = onDate.map((stop) => stop.name).join(' or ');
  const zone = event.tzid ?? 'UTC';
  warn('other-zone', `Its time zone (${zone}) is not that of ${names}: it is moved to the same moment there.`);
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

function routeSummary(context: PlacingContext): string {
  if (context.stops.length === 0) return 'no city yet';
  return context.stops
    .map((stop) => `${stop.name} ${formatShortDate(stop.arrivalDate)}–${formatLongDate(stop.departureDate)}`)
    .join(', ');
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

function toDraft(event: ImportedEvent, stop: City, start: LocalDateTime, end: LocalDateTime): EngagementDraft {
  const title = event.title || 'Imported event';
  const invitation = event.organizer ? `Invitation from ${event.organizer}.` : '';
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
