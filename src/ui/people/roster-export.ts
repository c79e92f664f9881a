/** Saving a trip's roster as CSV, from the roster tab: the use case, and its outcome in a notification. */
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type { City } from '../../domain/route/city';
import { countedNoun } from '../../domain/shared/counted-noun';
import { exportRoster } from '../../usecases/roster-export';
import { usePlatform, useRepositories } from '../shared/context';

/** A function that exports the trip's roster, reporting the outcome in a notification. */
export function useRosterExport(): (trip: { id: string; name: string }, cities: readonly City[]) => Promise<void> {
  const repositories = useRepositories();
  const platform = usePlatform();
  return useCallback(
    async (trip, cities) => {
      const exported = await exportRoster({ repositories, platform }, trip, cities);
      if (exported.ok) {
        notifications.show({ color: 'teal', message: `Exported ${countedNoun(exported.value.people, 'person', 'people')} on ${trip.name}` });
      } else if (exported.error.kind === 'failed') {
        notifications.show({ color: 'red', title: 'Roster not exported', message: exported.error.reason });
      }
    },
    [repositories, platform],
  );
}
