/**
 * Saving a trip's roster as CSV for a spreadsheet: read fresh from storage when the organiser asks, built by
 * the domain's formula-safe `rosterCsv`, and saved through the platform (a save dialog on the desktop, a
 * download on the web).
 */
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { forSpreadsheets } from '../../domain/files/csv-safety';
import { safeFileName } from '../../domain/shared/file-name';
import { rosterCsv } from '../../domain/files/roster-csv';
import type { City } from '../../domain/route/city';
import { usePlatform, useRepositories } from '../shared/context';

/** A function that exports the trip's roster, reporting the outcome in a notification. */
export function useRosterExport(): (trip: { id: string; name: string }, stops: readonly City[]) => Promise<void> {
  const { people } = useRepositories();
  const platform = usePlatform();
  return useCallback(
    async (trip, stops) => {
      const roster = await people.roster(trip.id);
      // The organisation as the roster shows it: the directory's name when the person is linked to one.
      const rows = roster.map(({ person, membership, organisationName }) => ({
        person: { ...person, organisationName: organisationName || person.organisationName },
        membership,
      }));
      const result = await platform.saveFile({
        suggestedName: safeFileName(`${trip.name} roster`, 'csv', 'roster'),
        content: forSpreadsheets(rosterCsv(rows, stops)),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (result.status === 'failed') notifications.show({ color: 'red', title: 'Roster not exported', message: result.message });
      if (result.status === 'saved') {
        notifications.show({ color: 'teal', message: `Exported ${rows.length} ${rows.length === 1 ? 'person' : 'people'} on ${trip.name}` });
      }
    },
    [people, platform],
  );
}
