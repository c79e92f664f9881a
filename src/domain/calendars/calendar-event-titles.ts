/**
 * What the events of journeys and hotel stays are called (SUMMARY) and when a hotel stay ends (DTEND). The
 * file writes them and the digest of what was sent keeps them, so an event deleted from the trip can still be
 * sent as cancelled under the title and dates the delegate's calendar shows: both take them from here.
 */
import type { City } from '../route/city';
import type { Hotel } from '../route/hotel';
import type { Journey } from '../route/journey';
import { journeyNumbers } from '../route/journey-legs';
import { placeOf } from '../route/city-names';
import { addDays, daysBetween, type IsoDate } from '../shared/date-arithmetic';
import { day, message, type Message } from '../shared/message';
import type { TripBundle } from '../trip/trip-bundle';

/**
 * Puts a message into the words of the calendar's reader: the language of the screen that exports it. Only the
 * words change with it; UIDs, SEQUENCE and instants do not, so a calendar exported in another language updates
 * the same events.
 */
export type Wording = (said: Message) => string;

/** What titles of journeys and hotel stays need to know of the trip, and the words they are written in. */
export interface EventNaming {
  stopById: ReadonlyMap<string, City>;
  /** The trip's home, for a journey's end outside the route ("home" in the reader's words when it has none). */
  homeName: string;
  words: Wording;
}

/** What the titles of this trip's journeys and hotel stays need to know of it, looked up once. */
export function eventNaming(bundle: TripBundle, words: Wording): EventNaming {
  return {
    stopById: new Map(bundle.stops.map((stop) => [stop.id, stop])),
    homeName: words(bundle.trip.home ? message('common:placeName', { name: placeOf(bundle.trip.home) }) : message('calendars:event.home')),
    words,
  };
}

/**
 * "Sat 12 Nov 2016", "2016年11月12日 周六": a day with its weekday and year, as the calendars have always
 * written a day in full.
 */
export function dayWithYear(date: IsoDate): Message {
  return message('calendars:event.date', { day: day(date), year: date.slice(0, 4) });
}

/** "Flight MU5401", "Train": the way of travelling in the reader's words, and the journey's numbers. */
export function journeyHeading(segment: Journey, words: Wording): string {
  return [words(message(`route:mode.${segment.mode}`)), journeyNumbers(segment)].filter(Boolean).join(' ');
}

/**
 * "Flight MU5401: Liverpool → Shanghai Pudong T2", with the places on the ticket where they are given; a journey
 * that connects names each leg's number: "Flight HU7908 + HU7279: Manchester Airport T2 → Kunming Changshui".
 */
export function journeyTitle(segment: Journey, naming: EventNaming): string {
  // The places on the ticket, as a journey from home may leave from another city's airport or connect.
  const from = segment.departurePlace.trim() || placeName(segment.fromStopId, naming);
  const to = segment.arrivalPlace.trim() || placeName(segment.toStopId, naming);
  return naming.words(message('calendars:event.journeyTitle', { heading: journeyHeading(segment, naming.words), from, to }));
}

/** "Hotel: The Astor, Tianjin" */
export function hotelTitle(stay: Hotel, naming: EventNaming): string {
  const stop = naming.stopById.get(stay.stopId);
  return naming.words(
    stop
      ? message('calendars:event.hotelTitleInCity', { name: stay.name, city: placeOf(stop) })
      : message('calendars:event.hotelTitle', { name: stay.name }),
  );
}

/** A stay's DTEND: the check-out date (exclusive), or the day after check-in for a stay of no nights. */
export function hotelEndDate(stay: Hotel): IsoDate {
  return daysBetween(stay.checkInDate, stay.checkOutDate) > 0 ? stay.checkOutDate : addDays(stay.checkInDate, 1);
}

/** A stop's name, or the trip's home ("Liverpool", else "home" in the reader's words) for a journey's end outside the route. */
function placeName(stopId: string | null, naming: EventNaming): string {
  if (stopId === null) return naming.homeName;
  const stop = naming.stopById.get(stopId);
  // A city in the reader's language: 旧金山 in a calendar written in Chinese.
  return naming.words(stop ? message('common:placeName', { name: placeOf(stop) }) : message('calendars:event.unknownCity'));
}
