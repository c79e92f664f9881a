/**
 * Every message a finding shows: its sentence, and the parts sentences are made of (who, when, which journey,
 * which day), as codes of the `checks` catalogue with their facts. The rules decide what is wrong and hand the
 * facts over; only this module says how, so that no rule knows a word. Nothing here decides what a rule finds,
 * and no fingerprint reads these messages (fingerprints.ts keeps its own facts), so rewording reopens nothing.
 *
 * Thousands of findings may be built at once: a message is a few small objects of facts read from the wall time
 * by slicing (days and clocks), never through a date library; the words come only when a finding is shown.
 */
import type { Engagement } from '../engagements/engagement';
import type { City } from '../route/city';
import { isCityTime } from '../route/journey-end-label';
import type { Journey, TravelMode } from '../route/journey';
import type { Trip } from '../trip/trip';
import { connectionPlace, journeyLegs, journeyNumbers, MIN_CONNECTION_MINUTES } from '../route/journey-legs';
import { day, message, type Message, type MessageValue } from '../shared/message';
import { utcOffsetLabel, type ZonedTime } from '../shared/time';
import { wallClock, wallDate, type IsoDate, type LocalDateTime } from '../shared/date-arithmetic';
import type { CheckContext } from './check-context';
import { homeClockPlace, placeOf, zonePlace } from '../route/city-names';
import type { CheckRule } from './finding';
import type { DaySpan } from './other-trips';

/** What each rule is called where findings are listed: a key of the `checks` catalogue, `rule.<rule>`. */
export const checkRuleKey = (rule: CheckRule) => `rule.${rule}` as const;

// ---------------------------------------------------------------------------------------------------------------
// Parts

/** A city of the route by name (data), or words for home without a name and for a city since deleted. */
function cityName(context: CheckContext, stopId: string | null): MessageValue {
  const home = context.source.trip.home;
  if (stopId === null) return home ? placeOf(home) : message('checks:place.home');
  const city = context.cityById.get(stopId);
  return city ? placeOf(city) : message('checks:place.unknownCity');
}

/** The travel mode as a word within a sentence: "flight", "train". */
function modeWord(mode: TravelMode): Message {
  switch (mode) {
    case 'flight':
      return message('checks:journey.mode.flight');
    case 'train':
      return message('checks:journey.mode.train');
    case 'coach':
      return message('checks:journey.mode.coach');
    case 'car':
      return message('checks:journey.mode.car');
    case 'ferry':
      return message('checks:journey.mode.ferry');
  }
}

/** A length of time: "40 min", "1 h", "1 h 5 min". */
function duration(minutes: number): Message {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return message('common:duration.minutes', { minutes: rest });
  return rest === 0 ? message('common:duration.hours', { hours }) : message('common:duration.hoursMinutes', { hours, minutes: rest });
}

/** When and where an engagement is: "Sat 12 Nov, 10:00–11:00 Tianjin", "… 23:00–01:00 next day Tianjin". */
export function engagementWhen(context: CheckContext, engagement: Engagement): Message {
  const facts = {
    day: day(wallDate(engagement.start.local)),
    start: wallClock(engagement.start.local),
    end: wallClock(engagement.end.local),
    city: cityName(context, engagement.stopId),
  };
  return wallDate(engagement.end.local) !== wallDate(engagement.start.local)
    ? message('checks:when.engagementNextDay', facts)
    : message('checks:when.engagement', facts);
}

/** The second engagement of a pair, shortened when it shares the first one's day and city: "10:30–12:00". */
function secondWhen(context: CheckContext, first: Engagement, second: Engagement): Message {
  const sameDay = wallDate(first.start.local) === wallDate(second.start.local);
  if (sameDay && first.stopId === second.stopId && wallDate(second.end.local) === wallDate(second.start.local)) {
    return message('checks:when.sameDay', { start: wallClock(second.start.local), end: wallClock(second.end.local) });
  }
  return engagementWhen(context, second);
}

/**
 * "the flight MU5401 from Tianjin to Beijing (Sun 13 Nov, 10:00 Tianjin – 10:33 Beijing)"; `opening` when it
 * begins a sentence ("The flight …").
 */
export function journeyLabel(context: CheckContext, segment: Journey, opening = false): Message {
  const numbers = journeyNumbers(segment);
  const what = numbers ? message('checks:journey.numbered', { mode: modeWord(segment.mode), numbers }) : modeWord(segment.mode);
  const from = cityName(context, segment.fromStopId);
  const to = cityName(context, segment.toStopId);
  // A time is named by its city only when it is that city's time and place; otherwise by its zone's offset.
  const at = (stopId: string | null, time: ZonedTime, place: string, city: MessageValue): MessageValue => {
    const name = typeof city === 'string' ? city : typeof city === 'object' && 'place' in city ? city.place : '';
    const zone = stopId === null ? context.source.trip.homeZone : context.cityById.get(stopId)?.timeZone;
    return isCityTime({ city: name, zone }, time, place)
      ? city
      : message('checks:journey.offset', { offset: utcOffsetLabel(time.zone, time.utc) });
  };
  const facts = {
    what,
    from,
    to,
    day: day(wallDate(segment.departure.local)),
    departs: wallClock(segment.departure.local),
    leaves: at(segment.fromStopId, segment.departure, segment.departurePlace, from),
    arrives: wallClock(segment.arrival.local),
    lands: at(segment.toStopId, segment.arrival, segment.arrivalPlace, to),
  };
  if (wallDate(segment.arrival.local) === wallDate(segment.departure.local)) {
    return opening ? message('checks:journey.openingLabel', facts) : message('checks:journey.label', facts);
  }
  const overnight = { ...facts, arrivalDay: day(wallDate(segment.arrival.local)) };
  return opening ? message('checks:journey.openingLabelNextDay', overnight) : message('checks:journey.labelNextDay', overnight);
}

/** "Joe Anderson", "Joe Anderson and Ann Lee", "Joe Anderson, Ann Lee and 5 others": the first in trip order. */
export function whoLabel(context: CheckContext, ids: readonly string[]): Message {
  return whoFromLeaders(context, ids.length > 1 ? firstByRank(context, ids, 3) : ids, ids.length);
}

/**
 * Names the first of `total` people and counts the rest. `personIds` are the leaders (the first three on the
 * trip's list, in that order, as `firstByRank` gives them).
 */
export function whoFromLeaders(context: CheckContext, personIds: readonly string[], total: number): Message {
  const name = (id: string | undefined): MessageValue =>
    (id === undefined ? undefined : context.nameById.get(id)) ?? message('checks:who.unknownPerson');
  const named = Math.min(personIds.length, 2);
  const others = total - named;
  if (named === 0) return message('checks:who.nobody');
  if (others === 0) {
    return named === 2
      ? message('checks:who.two', { first: name(personIds[0]), second: name(personIds[1]) })
      : message('checks:who.one', { first: name(personIds[0]) });
  }
  if (total === 3 && named === 2) {
    const third = context.nameById.get(personIds[2]!) ?? message('checks:who.oneOther');
    return message('checks:who.three', { first: name(personIds[0]), second: name(personIds[1]), third });
  }
  return named === 2
    ? message('checks:who.twoAndOthers', { first: name(personIds[0]), second: name(personIds[1]), others })
    : message('checks:who.oneAndOthers', { first: name(personIds[0]), others });
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

// ---------------------------------------------------------------------------------------------------------------
// The sentences, one for each kind of finding. `who` names `headcount` people (see `whoFromLeaders`); the
// headcount is the sentence's `count`, for the verb ("is", "are").

/** Rule double-booking, two engagements: "Joe Anderson and 5 others are at “…” (Sat 12 Nov, …) and “…” (…) at once." */
export function doubleBookingMessage(context: CheckContext, who: Message, headcount: number, a: Engagement, b: Engagement): Message {
  return message('checks:finding.doubleBooking', {
    count: headcount,
    who,
    first: a.title,
    firstWhen: engagementWhen(context, a),
    second: b.title,
    secondWhen: secondWhen(context, a, b),
  });
}

/** Rule double-booking, an engagement during a journey: "… are on the train … during “…” (…)." */
export function journeyClashMessage(
  context: CheckContext,
  who: Message,
  headcount: number,
  engagement: Engagement,
  segment: Journey,
): Message {
  return message('checks:finding.journeyClash', {
    count: headcount,
    who,
    journey: journeyLabel(context, segment),
    title: engagement.title,
    when: engagementWhen(context, engagement),
  });
}

/** Rule tight-transfer: "… have 20 minutes to get from “…” at … (ends 12:00) to “…” at … (…); allow at least 45." */
export function tightTransferMessage(
  context: CheckContext,
  who: Message,
  headcount: number,
  a: Engagement,
  b: Engagement,
  gapMinutes: number,
): Message {
  const where = (engagement: Engagement) => engagement.venue.name || cityName(context, engagement.stopId);
  return message('checks:finding.tightTransfer', {
    count: headcount,
    who,
    minutes: gapMinutes,
    first: a.title,
    firstPlace: where(a),
    firstEnd: wallClock(a.end.local),
    second: b.title,
    secondPlace: where(b),
    secondDay: day(wallDate(b.start.local)),
    secondStart: wallClock(b.start.local),
    secondCity: cityName(context, b.stopId),
    buffer: context.bufferMinutes,
  });
}

/** Rule outside-stop-dates: "“…” is on Fri 18 Nov in Qingdao, but the delegation is there from … to …." */
export function outsideCityDatesMessage(engagement: Engagement, date: IsoDate, stop: City): Message {
  return message('checks:finding.outsideCityDates', {
    title: engagement.title,
    day: day(date),
    city: placeOf(stop),
    from: day(stop.arrivalDate),
    to: day(stop.departureDate),
  });
}

/** Rule attendee-not-at-stop: "… is down for “…” (…) but is not in Shanghai on their part of the route." */
export function attendeeNotInCityMessage(context: CheckContext, personIds: readonly string[], engagement: Engagement): Message {
  return message('checks:finding.attendeeNotInCity', {
    who: whoLabel(context, personIds),
    title: engagement.title,
    when: engagementWhen(context, engagement),
    city: cityName(context, engagement.stopId),
  });
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
): Message {
  const facts = {
    title: engagement.title,
    time: wallClock(engagement.start.local),
    place: cityName(context, engagement.stopId),
    day: day(wallDate(engagement.start.local)),
  };
  const forWho = personIds.length > 0;
  if (asHomeTime === null) {
    return forWho
      ? message('checks:finding.suspiciousTime.forWho', { ...facts, who: whoLabel(context, personIds) })
      : message('checks:finding.suspiciousTime.plain', facts);
  }
  const { trip } = context.source;
  const home = homeZone === trip.homeZone ? homeClockPlace(trip) : zonePlace(homeZone);
  const hint = { ...facts, home, asHome: wallClock(asHomeTime) };
  if (wallDate(asHomeTime) !== wallDate(engagement.start.local)) {
    const otherDay = { ...hint, asHomeDay: day(wallDate(asHomeTime)) };
    return forWho
      ? message('checks:finding.suspiciousTime.hintOtherDayForWho', { ...otherDay, who: whoLabel(context, personIds) })
      : message('checks:finding.suspiciousTime.hintOtherDay', otherDay);
  }
  return forWho
    ? message('checks:finding.suspiciousTime.hintForWho', { ...hint, who: whoLabel(context, personIds) })
    : message('checks:finding.suspiciousTime.hint', hint);
}

/** Rule night-without-hotel: "No hotel is booked in Shanghai for the night of Thu 17 Nov, for … (12 people)." */
export function nightWithoutHotelMessage(context: CheckContext, stopId: string, date: IsoDate, personIds: readonly string[]): Message {
  const facts = { city: cityName(context, stopId), day: day(date), who: whoLabel(context, personIds) };
  return personIds.length > 1
    ? message('checks:finding.nightWithoutHotel.many', { ...facts, people: personIds.length })
    : message('checks:finding.nightWithoutHotel.one', facts);
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
): Message {
  const facts = {
    journey: journeyLabel(context, segment, true),
    title: engagement.title,
    when: engagementWhen(context, engagement),
    who: whoLabel(context, personIds),
  };
  return side === 'arrival' ? message('checks:finding.journeyTiming.arrival', facts) : message('checks:finding.journeyTiming.departure', facts);
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
): Message {
  const facts = {
    count: personIds.length,
    who: whoLabel(context, personIds),
    trip: other.name,
    tripFrom: day(other.startDate),
    tripTo: day(other.endDate),
    year: other.endDate.slice(0, 4),
  };
  return days.from === days.to
    ? message('checks:finding.overlappingTrip.oneDay', { ...facts, day: day(days.from) })
    : message('checks:finding.overlappingTrip.days', { ...facts, from: day(days.from), to: day(days.to) });
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
): Message {
  const connection = segment.connections[index];
  const legs = journeyLegs(segment);
  const before = legs[index]?.number || message('checks:connection.legBefore');
  const after = legs[index + 1]?.number || message('checks:connection.nextLeg');
  const place = connection ? connectionPlace(connection) : '';
  const facts = {
    journey: journeyLabel(context, segment, place === ''),
    place,
    before,
    after,
    times: connection
      ? message('checks:connection.times', {
          before,
          lands: wallClock(connection.arrival.local),
          after,
          leaves: wallClock(connection.departure.local),
        })
      : '',
    duration: duration(Math.abs(minutes)),
    mode: modeWord(segment.mode),
    needed: MIN_CONNECTION_MINUTES[segment.mode],
    who: whoLabel(context, personIds),
  };
  const forWho = personIds.length > 0;
  if (minutes < 0) {
    if (place) return forWho ? message('checks:finding.shortConnection.missedAtForWho', facts) : message('checks:finding.shortConnection.missedAt', facts);
    return forWho ? message('checks:finding.shortConnection.missedForWho', facts) : message('checks:finding.shortConnection.missed', facts);
  }
  if (place) return forWho ? message('checks:finding.shortConnection.shortAtForWho', facts) : message('checks:finding.shortConnection.shortAt', facts);
  return forWho ? message('checks:finding.shortConnection.shortForWho', facts) : message('checks:finding.shortConnection.short', facts);
}

/** Rule travel-documents: the people capability's warning, as it words it. */
export function travelDocumentMessage(warning: MessageValue): Message {
  return message('checks:finding.travelDocument', { warning });
}
