/** The trip shown by the trip page, handed to its tabs. */
import { useOutletContext } from 'react-router';
import type { TripBundle } from '../../domain/trip-bundle';
import { utcOffsetLabel, type ZonedTime } from '../../domain/time';

export function useCurrentTrip(): TripBundle {
  return useOutletContext<TripBundle>();
}

/** "Home" for journeys to or from home, else the stop's name. */
export function stopName(bundle: TripBundle, stopId: string | null): string {
  if (stopId === null) return bundle.trip.home?.name ?? 'Home';
  return bundle.stops.find((stop) => stop.id === stopId)?.name ?? 'Unknown city';
}

/**
 * The place to name beside a journey's local time: its city when the time is in that city's zone, else the
 * zone's offset. A connection via another city (home → Beijing → Kunming) then never claims a Beijing time
 * is a time at home.
 */
export function journeyEndLabel(bundle: TripBundle, stopId: string | null, time: ZonedTime): string {
  const zone = stopId === null ? bundle.trip.homeZone : bundle.stops.find((stop) => stop.id === stopId)?.timeZone;
  return zone === time.zone ? stopName(bundle, stopId) : `(${utcOffsetLabel(time.zone, time.utc)})`;
}
