/** The trip shown by the trip page, handed to its tabs. */
import { useOutletContext } from 'react-router';
import type { TripBundle } from '../../domain/trip-bundle';

export function useCurrentTrip(): TripBundle {
  return useOutletContext<TripBundle>();
}

/** "Home" for journeys to or from home, else the stop's name. */
export function stopName(bundle: TripBundle, stopId: string | null): string {
  if (stopId === null) return bundle.trip.home?.name ?? 'Home';
  return bundle.stops.find((stop) => stop.id === stopId)?.name ?? 'Unknown city';
}
