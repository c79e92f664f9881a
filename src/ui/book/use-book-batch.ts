/**
 * Every delegate's book at once, on the desktop: into a folder chosen once, one PDF per delegate, each printed
 * as the page shows it once its pages are laid out. The run is carried by the book's address (whose book) and
 * its navigation state (the folder, who is left), so the screen shows each book as it is saved, with progress.
 */
import { notifications } from '@mantine/notifications';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { safeFileName } from '../../domain/shared/file-name';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import type { ChosenFolder } from '../../platform/platform';
import { usePlatform } from '../shared/context';
import { bookSearch, type BookChoice } from './book-options';

export interface BookBatch {
  folder: ChosenFolder;
  personIds: string[];
  /** Whose book is being laid out and saved now. */
  index: number;
}

const batchOf = (state: unknown): BookBatch | null =>
  typeof state === 'object' && state !== null && 'batch' in state ? ((state as { batch: BookBatch }).batch ?? null) : null;

/** The address and state that start a run: the first delegate's book. */
export function bookBatchStart(tripId: string, choice: BookChoice, folder: ChosenFolder, personIds: string[]) {
  const batch: BookBatch = { folder, personIds, index: 0 };
  return { to: `/trips/${tripId}/book${bookSearch({ ...choice, personId: personIds[0] ?? null })}`, state: { batch } };
}

export function useBookBatch(bundle: TripBundle, choice: BookChoice) {
  const { t } = useTranslation('book');
  const location = useLocation();
  const navigate = useNavigate();
  const { savePdfToFolder } = usePlatform();
  const batch = batchOf(location.state);
  // One save per book: a layout repeated for the same delegate saves nothing more.
  const savedIndex = useRef<number | null>(null);

  const stop = useCallback(
    () => void navigate(`${location.pathname}${location.search}`, { replace: true, state: null }),
    [navigate, location.pathname, location.search],
  );

  const onLaidOut = useCallback(async () => {
    if (!batch || !savePdfToFolder || savedIndex.current === batch.index) return;
    savedIndex.current = batch.index;
    const person = bundle.people.find((candidate) => candidate.id === batch.personIds[batch.index]);
    const stem = t('toolbar.fileNameFor', { trip: bundle.trip.name, name: person?.name ?? '' });
    const result = await savePdfToFolder({ folderId: batch.folder.id, name: safeFileName(stem, 'pdf', 'briefing book'), paper: choice.paper });
    if (result.status !== 'saved') {
      notifications.show({ color: 'red', title: t('batch.failed', { count: batch.index }), message: result.message });
      stop();
      return;
    }
    const next = batch.index + 1;
    if (next < batch.personIds.length) {
      void navigate(`/trips/${bundle.trip.id}/book${bookSearch({ ...choice, personId: batch.personIds[next]! })}`, {
        replace: true,
        state: { batch: { ...batch, index: next } },
      });
      return;
    }
    notifications.show({ color: 'teal', message: t('batch.done', { count: batch.personIds.length, folder: batch.folder.label }) });
    stop();
  }, [batch, savePdfToFolder, bundle, choice, t, navigate, stop]);

  return { batch, onLaidOut, stop };
}
