/**
 * The trip actions of ui/shared/trip-actions.ts: create, edit, duplicate, delete (with undo), export, and the
 * sample trip's load and removal. One provider holds the trip form so that the menu, the trips list and a
 * trip's own page all open the same one.
 */
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Trip } from '../../domain/trip/trip';
import { calendarsOnServer, tripsCalendarsOnServer } from '../../usecases/calendar-removal';
import { exportTripFile } from '../../usecases/trip-file-export';
import { RemoveCalendarsChoice, useCalendarRemoval } from '../shared/calendar-removal';
import { usePlatform, useRepositories } from '../shared/context';
import { TripActionsContext, type TripActions } from '../shared/trip-actions';
import { useOfferUndo } from '../shared/undo';
import { useLocale } from '../shared/locale';
import { lazyScreen } from '../shared/lazy-screen';
import { TRIP_TABS } from './use-trip-commands';

/** The trip form, with its date pickers and city picker, is fetched when it first opens. */
const TripFormModal = lazyScreen(() => import('./TripFormModal'), 'TripFormModal');

/**
 * The screen a path shows, as far as its dialogs go: a trip's tabs are one screen, whose header holds Edit and
 * Delete. (A tab clicked a moment before Delete may finish showing after the dialog has opened: it must not
 * close it.)
 */
function screenOf(pathname: string): string {
  const [, trips, tripId, tab, ...rest] = pathname.split('/');
  const onATab = trips === 'trips' && tripId && rest.length === 0 && (tab === undefined || (TRIP_TABS as readonly string[]).includes(tab));
  return onATab ? `/trips/${tripId}` : pathname;
}

export function TripActionsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['trips', 'common']);
  const repositories = useRepositories();
  const platform = usePlatform();
  const locale = useLocale();
  const offerUndo = useOfferUndo();
  const removeCalendars = useCalendarRemoval();
  const navigate = useNavigate();
  // Dialogs belong to the screen they were opened on: moving to another screen (Back, a menu command) closes them.
  const screen = screenOf(useLocation().pathname);
  const [form, setForm] = useState<{ opened: boolean; trip: Trip | null; on: string; asked?: boolean }>({
    opened: false,
    trip: null,
    on: screen,
  });
  useEffect(() => modals.closeAll(), [screen]);

  const deleteTrip = useCallback(
    async (trip: Trip) => {
      // Its calendars on the server, named before the trip and its people's names are gone.
      const bundle = await repositories.trips.getBundle(trip.id);
      const calendars = bundle ? await calendarsOnServer(repositories, bundle) : [];
      let removeFromServer = true;
      modals.openConfirmModal({
        title: t('actions.deleteTitle', { name: trip.name }),
        children: (
          <>
            <Text size="sm">{t('actions.deleteBody')}</Text>
            {calendars.length > 0 && (
              <RemoveCalendarsChoice calendars={calendars} onChange={(remove) => (removeFromServer = remove)} label={t('actions.removeCalendars', { count: calendars.length })} />
            )}
          </>
        ),
        labels: { confirm: t('actions.deleteConfirm'), cancel: t('common:action.keepIt') },
        confirmProps: { color: 'red' },
        onConfirm: async () => {
          const removed = await repositories.trips.remove(trip.id);
          if (!removed) return;
          void navigate('/trips');
          offerUndo({
            message: t('actions.deleted', { name: trip.name }),
            undo: () => repositories.trips.restore(removed),
            // The calendars taken off the server do not come back with the trip: publishing puts them back.
            undoneMessage: calendars.length > 0 && removeFromServer ? t('actions.restoredPublishAgain', { name: trip.name }) : t('actions.restored', { name: trip.name }),
          });
          if (calendars.length > 0 && removeFromServer) removeCalendars({ tripId: trip.id }, calendars);
        },
      });
    },
    [repositories, offerUndo, navigate, removeCalendars, t],
  );

  const actions = useMemo<TripActions>(
    () => ({
      createTrip: () => setForm({ opened: true, trip: null, on: screen, asked: true }),
      editTrip: (trip) => setForm({ opened: true, trip, on: screen, asked: true }),
      async duplicateTrip(trip) {
        const copy = await repositories.trips.duplicate(trip.id);
        if (!copy) return;
        notifications.show({ color: 'teal', message: t('actions.created', { name: copy.name }) });
        void navigate(`/trips/${copy.id}`);
      },
      deleteTrip: (trip) => void deleteTrip(trip),
      async exportTripFile(trip) {
        const exported = await exportTripFile({ repositories, platform, locale }, trip.id);
        if (exported.ok) {
          notifications.show({
            color: 'teal',
            title: t('actions.exportedTitle'),
            message: t('actions.exported', { name: trip.name, path: exported.value.path }),
          });
        } else if (exported.error.kind !== 'cancelled') {
          notifications.show({ color: 'red', title: t('actions.notExported'), message: locale.word(exported.error.reason) });
        }
      },
      async loadSampleTrip(sample) {
        const result = await repositories.sample.load(sample);
        notifications.show({
          color: 'teal',
          message:
            result.status === 'loaded' ? t('actions.sampleLoaded') : t('actions.sampleAlreadyHere'),
        });
        void navigate(`/trips/${result.tripId}`);
      },
      async removeSampleData() {
        if (!(await repositories.sample.isLoaded())) {
          notifications.show({ message: t('actions.noSampleData') });
          return;
        }
        const onServer = await tripsCalendarsOnServer(repositories, (trip) => trip.sample);
        const calendars = onServer.flatMap((trip) => trip.calendars);
        let removeFromServer = true;
        modals.openConfirmModal({
          title: t('actions.removeSampleTitle'),
          children: (
            <>
              <Text size="sm">{t('actions.removeSampleBody')}</Text>
              {calendars.length > 0 && (
                <RemoveCalendarsChoice
                  calendars={calendars}
                  onChange={(remove) => (removeFromServer = remove)}
                  label={t('actions.removeSampleCalendars', { count: calendars.length })}
                />
              )}
            </>
          ),
          labels: { confirm: t('actions.removeSampleConfirm'), cancel: t('common:action.keepIt') },
          confirmProps: { color: 'red' },
          onConfirm: async () => {
            const removed = await repositories.sample.remove();
            void navigate('/trips');
            offerUndo({
              message: t('actions.sampleRemoved'),
              undo: () => repositories.sample.restore(removed),
              undoneMessage: calendars.length > 0 && removeFromServer ? t('actions.sampleRestoredPublishAgain') : t('actions.sampleRestored'),
            });
            if (removeFromServer) for (const trip of onServer) removeCalendars({ tripId: trip.tripId }, trip.calendars);
          },
        });
      },
    }),
    [repositories, platform, locale, navigate, deleteTrip, offerUndo, removeCalendars, screen, t],
  );

  return (
    <TripActionsContext value={actions}>
      {children}
      {/* Drawn once first asked for, and kept, so that it closes with its animation. */}
      {form.asked && (
        <Suspense fallback={null}>
          <TripFormModal
            opened={form.opened && form.on === screen}
            trip={form.trip}
            onClose={() => setForm((current) => ({ ...current, opened: false }))}
            onSaved={(trip, created) => {
              setForm((current) => ({ ...current, opened: false }));
              if (created) void navigate(`/trips/${trip.id}`);
            }}
          />
        </Suspense>
      )}
    </TripActionsContext>
  );
}
