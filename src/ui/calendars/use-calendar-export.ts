/**
 * Exporting a trip's calendars from anywhere in the UI: the whole trip, one city, one person, or many people
 * at once. The steps (reminders read fresh, the organiser named, saving through the platform, recording what
 * each person was sent once it is saved) are use cases (src/usecases/calendar-export.ts); here their results
 * become notifications.
 */
import { notifications } from '@mantine/notifications';
import { useCallback, useMemo } from 'react';
import type { Result } from '../../domain/shared/result';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import {
  chooseCalendarFolder,
  saveCityCalendar,
  saveMemberCalendars,
  savePersonCalendar,
  saveTripCalendar,
  type CalendarNotSaved,
  type SavedCalendar,
} from '../../usecases/calendar-export';
import type { NotSaved } from '../../usecases/file-saving';
import { usePlatform, useRepositories } from '../shared/context';
import { countedNoun } from '../../domain/shared/counted-noun';

export interface CalendarExport {
  exportTrip(bundle: TripBundle): Promise<void>;
  exportCity(bundle: TripBundle, stopId: string): Promise<void>;
  exportPerson(bundle: TripBundle, personId: string): Promise<void>;
  /** Every member's calendar, or only those of `personIds`, as one file each. */
  exportMembers(bundle: TripBundle, personIds?: ReadonlySet<string>): Promise<void>;
  /** Desktop: asks for the folder every delegate's calendar is saved into, and remembers it. */
  changeFolder(): Promise<void>;
}

function failed(title: string, message: string): void {
  notifications.show({ color: 'red', title, message });
}

/** A folder not chosen: only a dialog that failed is worth saying; a cancel is the person's own choice. */
function folderNotChosen(notChosen: NotSaved): void {
  if (notChosen.kind === 'failed') failed('No folder chosen', notChosen.reason);
}

export function useCalendarExport(): CalendarExport {
  const repositories = useRepositories();
  const platform = usePlatform();

  const needs = useCallback(() => ({ repositories, platform, now: new Date().toISOString() }), [repositories, platform]);

  /** Says what came of saving one file: where it went, or why it did not. */
  const reportOne = useCallback(
    (saved: Result<SavedCalendar, CalendarNotSaved>, what: string): void => {
      if (!saved.ok) {
        if (saved.error.kind !== 'cancelled') failed(`${what} not exported`, saved.error.reason);
        return;
      }
      notifications.show({
        color: 'teal',
        message: `${platform.kind === 'web' ? 'Downloaded' : 'Saved'} ${saved.value.fileName}: ${countedNoun(saved.value.eventCount, 'event')}`,
      });
    },
    [platform.kind],
  );

  return useMemo<CalendarExport>(
    () => ({
      async exportTrip(bundle) {
        reportOne(await saveTripCalendar(needs(), bundle), 'Trip calendar');
      },

      async exportCity(bundle, stopId) {
        reportOne(await saveCityCalendar(needs(), bundle, stopId), 'City calendar');
      },

      async exportPerson(bundle, personId) {
        reportOne(await savePersonCalendar(needs(), bundle, personId), 'Calendar');
      },

      async exportMembers(bundle, personIds) {
        const saved = await saveMemberCalendars(needs(), bundle, personIds);
        if (!saved.ok) {
          const failure = saved.error;
          switch (failure.kind) {
            case 'nobody-chosen':
              return;
            case 'no-folder':
              return folderNotChosen(failure.notChosen);
            case 'not-exportable':
            case 'folder-unavailable':
              return failed('Calendars not exported', failure.reason);
            case 'partly-saved': {
              const count = failure.sentPersonIds.length;
              const done = count ? ` ${countedNoun(count, 'calendar was', 'calendars were')} saved before it.` : '';
              return failed('Not every calendar was exported', `${failure.reason}${done}`);
            }
          }
        }
        const { archiveName, location, sentPersonIds } = saved.value;
        notifications.show({
          color: 'teal',
          title: platform.kind === 'web' ? `Downloaded ${archiveName}` : 'Calendars saved',
          message:
            platform.kind === 'web'
              ? `${countedNoun(sentPersonIds.length, 'calendar')}, one for each person.`
              : `${countedNoun(sentPersonIds.length, 'calendar')} saved in ${location}.`,
        });
      },

      async changeFolder() {
        const chosen = await chooseCalendarFolder({ repositories, platform });
        if (chosen.ok) notifications.show({ color: 'teal', message: `Calendars will be saved in ${chosen.value.label}.` });
        else folderNotChosen(chosen.error);
      },
    }),
    [needs, platform, repositories, reportOne],
  );
}
