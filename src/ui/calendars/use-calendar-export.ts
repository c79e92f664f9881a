/**
 * Exporting a trip's calendars from anywhere in the UI: the whole trip, one city, one person, or many people
 * at once. The steps (reminders read fresh, the organiser named, saving through the platform, recording what
 * each person was sent once it is saved) are use cases (src/usecases/calendar-export.ts); here their results
 * become notifications. The files are written in the language the screen is in.
 */
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../domain/shared/result';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import type { CalendarNotSaved, MemberCalendarsControl, SavedCalendar } from '../../usecases/calendar-export';
import type { NotSaved } from '../../usecases/file-saving';
import { usePlatform, useRepositories } from '../shared/context';
import { useLocale } from '../shared/locale';

export interface CalendarExport {
  exportTrip(bundle: TripBundle): Promise<void>;
  exportCity(bundle: TripBundle, stopId: string): Promise<void>;
  exportPerson(bundle: TripBundle, personId: string): Promise<void>;
  /**
   * Every member's calendar, or only those of `personIds`, as one file each, written off the page's thread;
   * `control` hears its progress and can cancel it.
   */
  exportMembers(bundle: TripBundle, personIds?: ReadonlySet<string>, control?: MemberCalendarsControl): Promise<void>;
  /** Desktop: asks for the folder every delegate's calendar is saved into, and remembers it. */
  changeFolder(): Promise<void>;
}

/**
 * The export use cases and the calendar worker, with the calendar writer and `ics` they bring, fetched when a
 * screen that exports first opens rather than with the first screen.
 */
const exporting = () => import('../../usecases/calendar-export');
const calendarWorker = async () => (await import('../../usecases/calendar-worker')).calendarWorker();

function failed(title: string, message: string): void {
  notifications.show({ color: 'red', title, message });
}

export function useCalendarExport(): CalendarExport {
  const repositories = useRepositories();
  const platform = usePlatform();
  const locale = useLocale();
  const { t } = useTranslation('calendars');

  // The worker is started, and made ready to write in the screen's language, before anyone asks for a file.
  useEffect(() => {
    void calendarWorker().then((worker) => worker.warm(locale.language));
  }, [locale.language]);

  const needs = useCallback(
    async () => ({ repositories, platform, locale, now: new Date().toISOString(), calendarWorker: await calendarWorker() }),
    [repositories, platform, locale],
  );

  /** A folder not chosen: only a dialog that failed is worth saying; a cancel is the person's own choice. */
  const folderNotChosen = useCallback(
    (notChosen: NotSaved): void => {
      if (notChosen.kind === 'failed') failed(t('notify.noFolder'), notChosen.reason);
    },
    [t],
  );

  /** Says what came of saving one file: where it went, or why it did not. `title` is the failure's title. */
  const reportOne = useCallback(
    (saved: Result<SavedCalendar, CalendarNotSaved>, title: string): void => {
      if (!saved.ok) {
        const failure = saved.error;
        if (failure.kind === 'not-exportable') failed(title, locale.word(failure.reason));
        else if (failure.kind === 'failed') failed(title, failure.reason);
        return;
      }
      const said = { file: saved.value.fileName, count: saved.value.eventCount };
      notifications.show({
        color: 'teal',
        message: platform.kind === 'web' ? t('notify.downloaded', said) : t('notify.saved', said),
      });
    },
    [platform.kind, locale, t],
  );

  return useMemo<CalendarExport>(
    () => ({
      async exportTrip(bundle) {
        const { saveTripCalendar } = await exporting();
        reportOne(await saveTripCalendar(await needs(), bundle), t('notify.tripNotExported'));
      },

      async exportCity(bundle, stopId) {
        const { saveCityCalendar } = await exporting();
        reportOne(await saveCityCalendar(await needs(), bundle, stopId), t('notify.cityNotExported'));
      },

      async exportPerson(bundle, personId) {
        const { savePersonCalendar } = await exporting();
        reportOne(await savePersonCalendar(await needs(), bundle, personId), t('notify.personNotExported'));
      },

      async exportMembers(bundle, personIds, control) {
        const { saveMemberCalendars } = await exporting();
        const saved = await saveMemberCalendars(await needs(), bundle, personIds, control);
        if (!saved.ok) {
          const failure = saved.error;
          switch (failure.kind) {
            case 'nobody-chosen':
              return;
            case 'cancelled':
              notifications.show({ message: t('tab.everyone.progress.cancelled') });
              return;
            case 'no-folder':
              return folderNotChosen(failure.notChosen);
            case 'not-exportable':
              return failed(t('notify.calendarsNotExported'), locale.word(failure.reason));
            case 'folder-unavailable':
              return failed(t('notify.calendarsNotExported'), failure.reason);
            case 'partly-saved': {
              const count = failure.sentPersonIds.length;
              const said = count ? t('notify.partly', { reason: failure.reason, count }) : failure.reason;
              return failed(t('notify.notEvery'), said);
            }
          }
        }
        const { archiveName, location, sentPersonIds } = saved.value;
        const count = sentPersonIds.length;
        notifications.show({
          color: 'teal',
          title: platform.kind === 'web' ? t('notify.downloadedArchive', { name: archiveName }) : t('notify.calendarsSaved'),
          message: platform.kind === 'web' ? t('notify.oneEach', { count }) : t('notify.savedInFolder', { count, location }),
        });
      },

      async changeFolder() {
        const { chooseCalendarFolder } = await exporting();
        const chosen = await chooseCalendarFolder({ repositories, platform });
        if (chosen.ok) notifications.show({ color: 'teal', message: t('notify.willBeSaved', { folder: chosen.value.label }) });
        else folderNotChosen(chosen.error);
      },
    }),
    [needs, platform, repositories, reportOne, folderNotChosen, locale, t],
  );
}
