/** The trip shown by the trip page, handed to its tabs. */
import { useOutletContext } from 'react-router';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { journeyEndLabel as labelJourneyEnd } from '../../domain/route/journey-end-label';
import type { ZonedTime } from '../../domain/shared/time';

export function useCurrentTrip(): TripBundle {
  return useOutletContext<TripBundle>();
}

/** "Home" for journeys to or from home, else the stop's name. */
export function cityName(bundle: TripBundle, stopId: string | null): string {
  if (stopId === null) return bundle.trip.home?.name ?? 'Home';
  return bundle.stops.find((stop) => stop.id === stopId)?.name ?? 'Unknown city';
}

/** The place to name beside a journey's local time: its city, or the zone's offset (see journey-end-label.ts). */
export function journeyEndLabel(bundle: TripBundle, stopId: string | null, time: ZonedTime, place: string): string {
  const zone = stopId === null ? bundle.trip.homeZone : bundle.stops.find((stop) => stop.id === stopId)?.timeZone;
  return labelJourneyEnd({ city: cityName(bundle, stopId), zone }, time, place);
}
