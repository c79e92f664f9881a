/**
 * The directory's history of the trip's partners: their engagements on other missions, for the book's partner
 * profiles. Read live, so a book left open follows the directory.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { PastVisit } from '../../domain/book/briefing-book';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { useRepositories } from '../shared/context';

/** Undefined while it is read. */
export function usePartnerHistory(bundle: TripBundle): ReadonlyMap<string, readonly PastVisit[]> | undefined {
  const { directory } = useRepositories();
  const partnerIds = useMemo(
    () => [...new Set(bundle.engagements.flatMap((engagement) => engagement.organisationIds))].sort(),
    [bundle.engagements],
  );
  const tripId = bundle.trip.id;
  const history = useLiveQuery(async () => {
    const byPartner = new Map<string, PastVisit[]>();
    for (const id of partnerIds) {
      const entries = await directory.engagementHistory(id);
      byPartner.set(
        id,
        entries
          .filter((entry) => entry.tripId !== tripId)
          .map((entry) => ({
            tripName: entry.tripName,
            date: entry.engagement.start.local.slice(0, 10),
            title: entry.engagement.title,
            outcome: entry.engagement.outcome,
          })),
      );
    }
    return byPartner;
  }, [directory, partnerIds.join(','), tripId]);
  return history;
}
