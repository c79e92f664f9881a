/**
 * How a journey's end is named beside its local time. A time is named by its city only when it is that city's
 * time and the airport or station (if given) is in that city; otherwise by the zone's offset. A connection via
 * another city (Manchester → Beijing → Kunming) then never claims a Beijing arrival is a Kunming time, and a
 * flight home via Beijing lands at "09:05 (UTC+8)", never "09:05 Liverpool".
 */
import { message, type Message } from '../shared/message';
import { utcOffsetLabel, type ZonedTime } from '../shared/time';

/** The end's city (as the caller names it) and that city's zone; undefined when the city is not known. */
export interface JourneyEnd {
  city: string;
  zone: string | undefined;
}

/** Whether a time is its city's: in the city's zone, at a place (if given) in that city. */
export function isCityTime(end: JourneyEnd, time: ZonedTime, place: string): boolean {
  const placeInCity = place.trim() === '' || place.toLocaleLowerCase().includes(end.city.toLocaleLowerCase());
  return end.zone === time.zone && placeInCity;
}

/** "Tianjin", or "(UTC+8)" ("（UTC+8）") when the time or the place is not that city's. */
export function journeyEndName(end: JourneyEnd, time: ZonedTime, place: string): Message {
  return isCityTime(end, time, place)
    ? message('route:journeyEnd.city', { city: end.city })
    : message('route:journeyEnd.offset', { offset: utcOffsetLabel(time.zone, time.utc) });
}
