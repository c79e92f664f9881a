/**
 * Every word a finding shows: its sentence, and the labels sentences are made of (who, when, which journey,
 * which day). The rules decide what is wrong and hand the facts over; only this module says it in English, so
 * that moving the words into translation catalogues touches no rule. Nothing here decides what a rule finds,
 * and no fingerprint reads these words (fingerprints.ts keeps its own facts), so rewording reopens nothing.
 *
 * Thousands of findings may be worded at once: days and clocks are read from the wall time by arithmetic
 * (see `formatShortDate`), never through a date library.
 */
import type { Engagement } from '../engagements/engagement';
import type { City } from '../route/city';
import { journeyEndLabel } from '../route/journey-end-label';
import { TRAVEL_MODE_LABELS, type Journey } from '../route/journey';
import type { Trip } from '../trip/trip';
import { connectionPlace, journeyLegs, journeyNumbers, MIN_CONNECTION_MINUTES } from '../route/journey-legs';
import { formatDuration } from '../route/route';
import { zoneCity, type ZonedTime } from '../shared/time';
import { formatShortDate, wallClock, wallDate, type IsoDate, type LocalDateTime } from '../shared/date-arithmetic';
import type { CheckContext } from './check-context';
import type { CheckRule } from './finding';
import type { DaySpan } from './other-trips';

/** What each rule is called where findings are listed. */
export const CHECK_RULE_LABELS: Record<CheckRule, string> = {
  'double-booking': 'Double booking',
  'outside-stop-dates': 'Outside the city’s dates',
  'attendee-not-at-stop': 'Attendee not in that city',
  'tight-transfer': 'Too little time between',
  'night-without-hotel': 'Night without a hotel',
  'suspicious-time': 'Time in the wrong zone?',
  'journey-timing': 'Journey misses an engagement',
  'short-connection': 'Connection too short',
  'travel-documents': 'Passport or visa',
  'overlapping-trip': 'On another trip at the same time',
};

// ---------------------------------------------------------------------------------------------------------------
// Labels

function cityName(context: CheckContext, stopId: string | null): string {
  if (stopId === null) return context.source.trip.home?.name ?? 'home';
  return context.cityById.get(stopId)?.name ?? 'an unknown city';
}

/** When and where an engagement is: "Sat 12 Nov, 10:00–11:00 Tianjin", "… 23:00–01:00 next day Tianjin". */
export function engagementWhen(context: CheckContext, engagement: Engagement): string {
  const nextDay = wallDate(engagement.end.local) !== wallDate(engagement.start.local) ? ' next day' : '';
  return `${formatShortDate(wallDate(engagement.start.local))}, ${wallClock(engagement.start.local)}–${wallClock(engagement.end.local)}${nextDay} ${cityName(context, engagement.stopId)}`;
}

/** The second engagement of a pair, shortened when it shares the first one's day and city: "10:30–12:00". */
function secondWhen(context: CheckContext, first: Engagement, second: Engagement): string {
  const sameDay = wallDate(first.start.local) === wallDate(second.start.local);
  if (sameDay && first.stopId === second.stopId && wallDate(second.end.local) === wallDate(second.start.local)) {
    return `${wallClock(second.start.local)}–${wallClock(second.end.local)}`;
  }
  return engagementWhen(context, second);
}

/** "the flight MU5401 from Tianjin to Beijing (Sun 13 Nov, 10:00 Tianjin – 10:33 Beijing)" */
export function journeyLabel(context: CheckContext, segment: Journey): string {
  const numbers = journeyNumbers(segment);
  const what = `${TRAVEL_MODE_LABELS[segment.mode].toLowerCase()}${numbers ? ` ${numbers}` : ''}`;
  const from = cityName(context, segment.fromStopId);
  const to = cityName(context, segment.toStopId);
  const at = (stopId: string | null, time: ZonedTime, place: string, city: string) =>
    journeyEndLabel({ city, zone: stopId === null ? context.source.trip.homeZone : context.cityById.get(stopId)?.timeZone }, time, place);
  const arrivalDay =
    wallDate(segment.arrival.local) === wallDate(segment.departure.local)
      ? ''
      : `${formatShortDate(wallDate(segment.arrival.local))}, `;
  const leaves = at(segment.fromStopId, segment.departure, segment.departurePlace, from);
  const lands = at(segment.toStopId, segment.arrival, segment.arrivalPlace, to);
  return `the ${what} from ${from} to ${to} (${formatShortDate(wallDate(segment.departure.local))}, ${wallClock(segment.departure.local)} ${leaves} – ${arrivalDay}${wallClock(segment.arrival.local)} ${lands})`;
}

/** "Joe Anderson", "Joe Anderson and Ann Lee", "Joe Anderson, Ann Lee and 5 others": the first in trip order. */
export function whoLabel(context: CheckContext, ids: readonly string[]): string {
  return whoFromLeaders(context, ids.length > 1 ? firstByRank(context, ids, 3) : ids, ids.length);
}

/**
 * Names the first of `total` people and counts the rest. `personIds` are the leaders (the first three on the
 * trip's list, in that order, as `firstByRank` gives them).
 */
export function whoFromLeaders(context: CheckContext, personIds: readonly string[], total: number): string {
  const names = personIds.slice(0, 2).map((id) => context.nameById.get(id) ?? 'someone not in the directory');
  const others = total - names.length;
  if (others === 0) return names.length === 2 ? `${names[0]} and ${names[1]}` : (names[0] ?? 'Nobody');
  if (total === 3) return `${names[0]}, ${names[1]} and ${context.nameById.get(personIds[2]!) ?? 'one other'}`;
  return `${names.join(', ')} and ${others} others`;
}

/**
 * The `count` people who come first on the trip's list (the head of delegation first), in that order, for
 * naming them: a linear scan, not a sort. People not on the trip come last.
 */
export function firstByRank(context: CheckContext, ids: readonly string[], count: number): string[] {
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

// ---------------------------------------------------------------------------------------------------------------
// The sentences, one for each kind of finding. `who` names `headcount` people (see `whoFromLeaders`).

/** Rule double-booking, two engagements: "Joe Anderson and 5 others are at “…” (Sat 12 Nov, …) and “…” (…) at once." */
export function doubleBookingMessage(context: CheckContext, who: string, headcount: number, a: Engagement, b: Engagement): string {
  return `${who} ${isAre(headcount)} at “${a.title}” (${engagementWhen(context, a)}) and “${b.title}” (${secondWhen(context, a, b)}) at once.`;
}

/** Rule double-booking, an engagement during a journey: "… are on the train … during “…” (…)." */
export function journeyClashMessage(
  context: CheckContext,
  who: string,
  headcount: number,
  engagement: Engagement,
  segment: Journey,
): string {
  return `${who} ${isAre(headcount)} on ${journeyLabel(context, segment)} during “${engagement.title}” (${engagementWhen(context, engagement)}).`;
}

/** Rule tight-transfer: "… have 20 minutes to get from “…” at … (ends 12:00) to “…” at … (…); allow at least 45." */
export function tightTransferMessage(
  context: CheckContext,
  who: string,
  headcount: number,
  a: Engagement,
  b: Engagement,
  gapMinutes: number,
): string {
  const where = (engagement: Engagement) => engagement.venue.name || cityName(context, engagement.stopId);
  return `${who} ${headcount === 1 ? 'has' : 'have'} ${gapMinutes} minutes to get from “${a.title}” at ${where(a)} (ends ${wallClock(a.end.local)}) to “${b.title}” at ${where(b)} (${formatShortDate(wallDate(b.start.local))}, starts ${wallClock(b.start.local)} ${cityName(context, b.stopId)}); allow at least ${context.bufferMinutes}.`;
}

/** Rule outside-stop-dates: "“…” is on Fri 18 Nov in Qingdao, but the delegation is there from … to …." */
export function outsideCityDatesMessage(engagement: Engagement, date: IsoDate, stop: City): string {
  return `“${engagement.title}” is on ${formatShortDate(date)} in ${stop.name}, but the delegation is there from ${formatShortDate(stop.arrivalDate)} to ${formatShortDate(stop.departureDate)}.`;
}

/** Rule attendee-not-at-stop: "… is down for “…” (…) but is not in Shanghai on their part of the route." */
export function attendeeNotInCityMessage(context: CheckContext, personIds: readonly string[], engagement: Engagement): string {
  return `${whoLabel(context, personIds)} is down for “${engagement.title}” (${engagementWhen(context, engagement)}) but is not in ${cityName(context, engagement.stopId)} on their part of the route.`;
}

/**
 * Rule suspicious-time: "“…” starts at 03:00 in Qingdao on Wed 16 Nov, for Joe Anderson and 21 others — if 03:00
 * was London time, it would be 11:00 in Qingdao. Check the time zone." `asHomeTime` is the wall time there had
 * the time been typed in home time; null leaves the hint out. `personIds` are those attending; none leaves the
 * "for …" out.
 */
export function suspiciousTimeMessage(
  context: CheckContext,
  engagement: Engagement,
  homeZone: string,
  asHomeTime: LocalDateTime | null,
  personIds: readonly string[] = [],
): string {
  const place = cityName(context, engagement.stopId);
  const time = wallClock(engagement.start.local);
  let hint = '';
  if (asHomeTime !== null) {
    const dayNote =
      wallDate(asHomeTime) === wallDate(engagement.start.local) ? '' : ` on ${formatShortDate(wallDate(asHomeTime))}`;
    hint = ` — if ${time} was ${zoneCity(homeZone)} time, it would be ${wallClock(asHomeTime)}${dayNote} in ${place}`;
  }
  const who = personIds.length > 0 ? `, for ${whoLabel(context, personIds)}` : '';
  return `“${engagement.title}” starts at ${time} in ${place} on ${formatShortDate(wallDate(engagement.start.local))}${who}${hint}. Check the time zone.`;
}

/** Rule night-without-hotel: "No hotel is booked in Shanghai for the night of Thu 17 Nov, for … (12 people)." */
export function nightWithoutHotelMessage(context: CheckContext, stopId: string, date: IsoDate, personIds: readonly string[]): string {
  return `No hotel is booked in ${cityName(context, stopId)} for the night of ${formatShortDate(date)}, for ${whoLabel(context, personIds)}${personIds.length > 1 ? ` (${personIds.length} people)` : ''}.`;
}

/**
 * Rule journey-timing: "The train … arrives after “…” starts (…), for …." on arrival, "… leaves before “…” ends
 * (…), for …." on departure.
 */
export function journeyTimingMessage(
  context: CheckContext,
  side: 'arrival' | 'departure',
  segment: Journey,
  engagement: Engagement,
  personIds: readonly string[],
): string {
  const message =
    side === 'arrival'
      ? `${journeyLabel(context, segment)} arrives after “${engagement.title}” starts (${engagementWhen(context, engagement)}), for ${whoLabel(context, personIds)}.`
      : `${journeyLabel(context, segment)} leaves before “${engagement.title}” ends (${engagementWhen(context, engagement)}), for ${whoLabel(context, personIds)}.`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * Rule overlapping-trip: "Joe Anderson, Ellen Cutler and 20 others are also on the trip “…” (Sat 5 Nov – Sun 20
 * Nov 2016), from Sat 5 Nov to Sun 20 Nov while on this one." `days` spans the days any of them is on both.
 */
export function overlappingTripMessage(
  context: CheckContext,
  personIds: readonly string[],
  other: Pick<Trip, 'name' | 'startDate' | 'endDate'>,
  days: DaySpan,
): string {
  const when =
    days.from === days.to
      ? `on ${formatShortDate(days.from)}`
      : `from ${formatShortDate(days.from)} to ${formatShortDate(days.to)}`;
  return `${whoLabel(context, personIds)} ${isAre(personIds.length)} also on the trip “${other.name}” (${formatShortDate(other.startDate)} – ${formatShortDate(other.endDate)} ${other.endDate.slice(0, 4)}), ${when} while on this one.`;
}

/**
 * Rule short-connection: "At Beijing Capital T2, the flight HU7908 + HU7279 from … (…) has 40 min to
 * change (HU7908 lands 06:55, HU7279 leaves 07:35); a flight connection needs at least 60 min, for …." A
 * negative connection: "… HU7279 leaves 20 min before HU7908 lands: the connection cannot be made, for …."
 */
export function shortConnectionMessage(
  context: CheckContext,
  segment: Journey,
  index: number,
  minutes: number,
  personIds: readonly string[],
): string {
  const connection = segment.connections[index];
  const legs = journeyLegs(segment);
  const before = legs[index]?.number || 'the leg before';
  const after = legs[index + 1]?.number || 'the next leg';
  const where = connection && connectionPlace(connection) ? `At ${connectionPlace(connection)}, ` : '';
  const forWhom = personIds.length > 0 ? `, for ${whoLabel(context, personIds)}` : '';
  const times = connection
    ? ` (${before} lands ${wallClock(connection.arrival.local)}, ${after} leaves ${wallClock(connection.departure.local)})`
    : '';
  const message =
    minutes < 0
      ? `${where}${journeyLabel(context, segment)}: ${after} leaves ${formatDuration(-minutes)} before ${before} lands${times}; the connection cannot be made${forWhom}.`
      : `${where}${journeyLabel(context, segment)} has ${formatDuration(minutes)} to change${times}; a ${TRAVEL_MODE_LABELS[segment.mode].toLowerCase()} connection needs at least ${MIN_CONNECTION_MINUTES[segment.mode]} min${forWhom}.`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}
