/**
 * The trip actions of ui/shared/trip-actions.ts: create, edit, duplicate, delete (with undo), export, and the
 * sample trip's load and removal. One provider holds the trip form so that the menu, the trips list and a
 * trip's own page all open the same one.
 */
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Trip } from '../../domain/trip/trip';
import { exportTripFile } from '../../usecases/trip-file-export';
import { usePlatform, useRepositories } from '../shared/context';
import { TripActionsContext, type TripActions } from '../shared/trip-actions';
import { useOfferUndo } from '../shared/undo';
import { TripFormModal } from './TripFormModal';
import { useLocale } from '../shared/locale';

export function TripActionsProvider({ children }: { children: ReactNode }) {
  const repositories = useRepositories();
  const platform = usePlatform();
  const locale = useLocale();
  const offerUndo = useOfferUndo();
  const navigate = useNavigate();
  // Dialogs belong to the screen they were opened on: moving to another screen (Back, a menu command) closes them.
  const { pathname } = useLocation();
  const [form, setForm] = useState<{ opened: boolean; trip: Trip | null; on: string }>({
    opened: false,
    trip: null,
    on: pathname,
  });
  useEffect(() => modals.closeAll(), [pathname]);

  const deleteTrip = useCallback(
    (trip: Trip) => {
      modals.openConfirmModal({
        title: `Delete “${trip.name}”?`,
        children: (
          <Text size="sm">
            The trip goes with its route, hotels, travel, engagements and follow-ups. People and organisations stay
            in the directory. You can undo this straight after.
          </Text>
        ),
        labels: { confirm: 'Delete trip', cancel: 'Keep it' },
        confirmProps: { color: 'red' },
        onConfirm: async () => {
          const removed = await repositories.trips.remove(trip.id);
          if (!removed) return;
          void navigate('/trips');
          offerUndo({
            message: `Deleted trip “${trip.name}”`,
            undo: () => repositories.trips.restore(removed),
            undoneMessage: `Restored “${trip.name}”`,
          });
        },
      });
    },
    [repositories, offerUndo, navigate],
  );

  const actions = useMemo<TripActions>(
    () => ({
      createTrip: () => setForm({ opened: true, trip: null, on: pathname }),
      editTrip: (trip) => setForm({ opened: true, trip, on: pathname }),
      async duplicateTrip(trip) {
        const copy = await repositories.trips.duplicate(trip.id);
        if (!copy) return;
        notifications.show({ color: 'teal', message: `Created “${copy.name}”` });
        void navigate(`/trips/${copy.id}`);
      },
      deleteTrip,
      async exportTripFile(trip) {
        const exported = await exportTripFile({ repositories, platform, locale }, trip.id);
        if (exported.ok) {
          notifications.show({
            color: 'teal',
            title: 'Trip exported',
            message: `“${trip.name}”, with its people and organisations, is in ${exported.value.path}. Import it on another computer from Backups.`,
          });
        } else if (exported.error.kind !== 'cancelled') {
          notifications.show({ color: 'red', title: 'The trip was not exported', message: locale.word(exported.error.reason) });
        }
      },
      async loadSampleTrip(sample) {
        const result = await repositories.sample.load(sample);
        notifications.show({
          color: 'teal',
          message:
            result.status === 'loaded'
              ? 'Loaded the sample trip. Remove it any time from the menu.'
              : 'The sample trip is already here.',
        });
        void navigate(`/trips/${result.tripId}`);
      },
      async removeSampleData() {
        if (!(await repositories.sample.isLoaded())) {
          notifications.show({ message: 'There is no sample data to remove.' });
          return;
        }
        modals.openConfirmModal({
          title: 'Remove the sample data?',
          children: (
            <Text size="sm">
              This removes the sample trip and the sample people and organisations that none of your own trips use.
            </Text>
          ),
          labels: { confirm: 'Remove sample data', cancel: 'Keep it' },
          confirmProps: { color: 'red' },
          onConfirm: async () => {
            const removed = await repositories.sample.remove();
            void navigate('/trips');
            offerUndo({
              message: 'Removed the sample data',
              undo: () => repositories.sample.restore(removed),
              undoneMessage: 'Restored the sample data',
            });
          },
        });
      },
    }),
    [repositories, platform, locale, navigate, deleteTrip, offerUndo, pathname],
  );

  return (
    <TripActionsContext value={actions}>
      {children}
      <TripFormModal
        opened={form.opened && form.on === pathname}
        trip={form.trip}
        onClose={() => setForm((current) => ({ ...current, opened: false }))}
        onSaved={(trip, created) => {
          setForm((current) => ({ ...current, opened: false }));
          if (created) void navigate(`/trips/${trip.id}`);
        }}
      />
    </TripActionsContext>
  );
}
