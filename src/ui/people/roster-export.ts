/** Saving a trip's roster as CSV, from the roster tab: the use case, and its outcome in a notification. */
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type { RosterCsvOptions } from '../../domain/files/roster-csv';
import type { City } from '../../domain/route/city';
import { exportRoster } from '../../usecases/roster-export';
import { usePlatform, useRepositories } from '../shared/context';
import { useLocale } from '../shared/locale';

/** A function that exports the trip's roster, reporting the outcome in a notification. */
export function useRosterExport(): (trip: { id: string; name: string }, cities: readonly City[], options: RosterCsvOptions) => Promise<void> {
  const repositories = useRepositories();
  const platform = usePlatform();
  const locale = useLocale();
  return useCallback(
    async (trip, cities, options) => {
      const { t } = locale;
      const exported = await exportRoster({ repositories, platform }, trip, cities, locale, options);
      if (exported.ok) {
        notifications.show({ color: 'teal', message: t('export.exported', { ns: 'people', count: exported.value.people, trip: trip.name }) });
      } else if (exported.error.kind === 'failed') {
        notifications.show({ color: 'red', title: t('export.failed', { ns: 'people' }), message: exported.error.reason });
      }
    },
    [repositories, platform, locale],
  );
}
