/** Live views of trips: they re-render whenever the stored data changes, in this window or another. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import type { TripSummary } from '../../domain/trip/trip';
import { useRepositories } from '../shared/context';

/** Undefined while loading. */
export function useTripSummaries(): TripSummary[] | undefined {
  const { trips } = useRepositories();
  return useLiveQuery(() => trips.listSummaries(), [trips]);
}

/** Undefined while loading, null when there is no such trip. */
export function useTripBundle(tripId: string | undefined): TripBundle | null | undefined {
  const { trips } = useRepositories();
  return useLiveQuery(
    async () => (tripId ? ((await trips.getBundle(tripId)) ?? null) : null),
    [trips, tripId],
  );
}
