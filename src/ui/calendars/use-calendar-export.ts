/**
 * Exporting a trip's calendars from anywhere in the UI: the whole trip, one city, one person, or many people
 * at once. Each export reads the trip's reminder settings fresh, names the trip's organiser as ORGANIZER,
 * saves through the platform (a save dialog or a folder chosen once on the desktop; a download or one zip
 * in the browser), and records each person's calendar as sent only once it has been saved.
 */
import { notifications } from '@mantine/notifications';
import { useCallback, useMemo } from 'react';
import { tripOrganiser, type CalendarExportOptions } from '../../domain/calendars/calendar-events';
import {
  exportEveryMemberCalendar,
  exportPersonCalendar,
  exportCityCalendar,
  exportTripCalendar,
  type CalendarFile,
} from '../../domain/calendars/calendar-files';
import { safeFileName } from '../../domain/shared/file-name';
import type { Result } from '../../domain/shared/result';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import type { SaveFilesResult } from '../../platform';
import { usePlatform, useRepositories } from '../shared/context';

const CALENDAR_FILTERS = [{ name: 'Calendar', extensions: ['ics'] }];

export interface CalendarExport {
  exportTrip(bundle: TripBundle): Promise<void>;
  exportCity(bundle: TripBundle, stopId: string): Promise<void>;
  exportPerson(bundle: TripBundle, personId: string): Promise<void>;
  /** Every member's calendar, or only those of `personIds`, as one file each. */
  exportMembers(bundle: TripBundle, personIds?: ReadonlySet<string>): Promise<void>;
  /** Desktop: asks for the folder every delegate's calendar is saved into, and remembers it. */
  changeFolder(): Promise<void>;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function failed(title: string, message: string): void {
  notifications.show({ color: 'red', title, message });
}

export function useCalendarExport(): CalendarExport {
  const { calendars } = useRepositories();
  const platform = usePlatform();

  const optionsFor = useCallback(
    async (bundle: TripBundle): Promise<CalendarExportOptions> => {
      const organiser = tripOrganiser(bundle);
      return {
        now: new Date().toISOString(),
        reminders: await calendars.reminders(bundle.trip.id),
        ...(organiser ? { organizerName: organiser.name, organizerEmail: organiser.email } : {}),
      };
    },
    [calendars],
  );

  /** Saves one file; true once it is saved. */
  const saveOne = useCallback(
    async (file: Result<CalendarFile, string>, what: string): Promise<boolean> => {
      if (!file.ok) {
        failed(`${what} not exported`, file.error);
        return false;
      }
      const saved = await platform.saveFile({
        suggestedName: file.value.fileName,
        content: file.value.text,
        filters: CALENDAR_FILTERS,
      });
      if (saved.status === 'failed') failed(`${what} not exported`, saved.message);
      if (saved.status !== 'saved') return false;
      notifications.show({
        color: 'teal',
        message: `${platform.kind === 'web' ? 'Downloaded' : 'Saved'} ${file.value.fileName}: ${plural(file.value.eventCount, 'event')}`,
      });
      return true;
    },
    [platform],
  );

  const chooseFolder = useCallback(async () => {
    const chosen = await platform.chooseFolder();
    if (chosen.status === 'failed') failed('No folder chosen', chosen.message);
    if (chosen.status !== 'chosen') return null;
    await calendars.rememberFolder(chosen.folder);
    return chosen.folder;
  }, [platform, calendars]);

  /** Saves many files: into the folder chosen once (asking for it when needed) or as one zip. */
  const saveMany = useCallback(
    async (files: { name: string; content: string }[], archiveName: string): Promise<SaveFilesResult | null> => {
      if (platform.kind === 'web') return platform.saveFiles({ folderId: null, archiveName, files });
      let folder = await calendars.folder();
      // A folder forgotten or gone is asked for once more, then the export gives up.
      for (let attempt = 0; attempt < 2; attempt += 1) {
        folder ??= await chooseFolder();
        if (!folder) return null;
        const result = await platform.saveFiles({ folderId: folder.id, archiveName, files });
        if (result.status !== 'unknown-folder') return result;
        folder = null;
      }
      return null;
    },
    [platform, calendars, chooseFolder],
  );

  return useMemo<CalendarExport>(
    () => ({
      async exportTrip(bundle) {
        await saveOne(exportTripCalendar(bundle, await optionsFor(bundle)), 'Trip calendar');
      },

      async exportCity(bundle, stopId) {
        await saveOne(exportCityCalendar(bundle, stopId, await optionsFor(bundle)), 'City calendar');
      },

      async exportPerson(bundle, personId) {
        const options = await optionsFor(bundle);
        const file = exportPersonCalendar(bundle, personId, options);
        if (!(await saveOne(file, 'Calendar')) || !file.ok) return;
        const { digest, reminders } = file.value;
        await calendars.recordExports(bundle.trip.id, [{ personId, digest, reminders }], options.now);
      },

      async exportMembers(bundle, personIds) {
        const options = await optionsFor(bundle);
        const all = exportEveryMemberCalendar(bundle, options);
        if (!all.ok) return failed('Calendars not exported', all.error);
        const files = personIds ? all.value.filter((file) => personIds.has(file.personId)) : all.value;
        if (files.length === 0) return;
        const archiveName = safeFileName(`${bundle.trip.name} calendars`, 'zip', 'calendars');
        const result = await saveMany(
          files.map((file) => ({ name: file.fileName, content: file.text })),
          archiveName,
        );
        if (!result) return;
        if (result.status === 'unknown-folder') return failed('Calendars not exported', result.message);
        // Whatever was saved counts as sent, also when a later file failed.
        const saved = new Set(result.saved);
        const sent = files.filter((file) => saved.has(file.fileName));
        await calendars.recordExports(bundle.trip.id, sent, options.now);
        if (result.status === 'failed') {
          const done = sent.length ? ` ${plural(sent.length, 'calendar was', 'calendars were')} saved before it.` : '';
          return failed('Not every calendar was exported', `${result.message}${done}`);
        }
        notifications.show({
          color: 'teal',
          title: platform.kind === 'web' ? `Downloaded ${archiveName}` : 'Calendars saved',
          message:
            platform.kind === 'web'
              ? `${plural(sent.length, 'calendar')}, one for each person.`
              : `${plural(sent.length, 'calendar')} saved in ${result.location}.`,
        });
      },

      async changeFolder() {
        const folder = await chooseFolder();
        if (folder) notifications.show({ color: 'teal', message: `Calendars will be saved in ${folder.label}.` });
      },
    }),
    [calendars, chooseFolder, optionsFor, platform.kind, saveMany, saveOne],
  );
}
