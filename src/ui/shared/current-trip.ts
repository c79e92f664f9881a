/** The trip shown by the trip page, handed to its tabs. */
import { useOutletContext } from 'react-router';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { utcOffsetLabel, type ZonedTime } from '../../domain/shared/time';

export function useCurrentTrip(): TripBundle {
  return useOutletContext<TripBundle>();
}

/** "Home" for journeys to or from home, else the stop's name. */
export function cityName(bundle: TripBundle, stopId: string | null): string {
  if (stopId === null) return bundle.trip.home?.name ?? 'Home';
  return bundle.stops.find((stop) => stop.id === stopId)?.name ?? 'Unknown city';
}

/**
 * The place to name beside a journey's local time: its city, when the time is that city's and the airport or
 * station (if given) is in it; else the zone's offset. A connection via another city (Manchester → Beijing →
 * Kunming) then never claims a Beijing arrival is a Kunming time.
 */
export function journeyEndLabel(bundle: TripBundle, stopId: string | null, time: ZonedTime, place: string): string {
  const city = cityName(bundle, stopId);
  const zone = stopId === null ? bundle.trip.homeZone : bundle.stops.find((stop) => stop.id === stopId)?.timeZone;
  const placeInCity = !place.trim() || place.toLocaleLowerCase().includes(city.toLocaleLowerCase());
  return zone === time.zone && placeInCity ? city : `(${utcOffsetLabel(time.zone, time.utc)})`;
}
