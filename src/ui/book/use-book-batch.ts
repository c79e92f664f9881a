/**
 * Every delegate's book at once. On the desktop, into a folder chosen once, one PDF per delegate, each printed
 * as the page shows it once its pages are laid out. In the browser, which cannot make PDFs, as one zip of web
 * pages, each a delegate's book laid out as on paper (see standalone-document.ts), downloaded at the end.
 *
 * The run is carried by the book's address (whose book) and its navigation state (where to, who is left), so
 * the screen shows each book as it is laid out, with progress. The zip's pages wait here, outside the state,
 * which history keeps and copies.
 */
import { notifications } from '@mantine/notifications';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { safeFileName } from '../../domain/shared/file-name';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import type { ChosenFolder, NamedFile } from '../../platform/platform';
import { DONE, notSaved, type Ending } from '../../usecases/operation-log';
import { usePlatform } from '../shared/context';
import { useLocale } from '../shared/locale';
import { bookSearch, type BookChoice } from './book-options';
import type { LaidOutDocument } from './PagedDocument';

/** Where the books go: PDFs into a folder (desktop), or web pages into a zip (browser). */
export type BookBatchTarget = { kind: 'folder'; folder: ChosenFolder } | { kind: 'zip'; archiveName: string };

export interface BookBatch {
  run: string;
  target: BookBatchTarget;
  personIds: string[];
  /** Whose book is being laid out and saved now. */
  index: number;
}

/** The zip's pages so far, by run. */
const zipping = new Map<string, NamedFile[]>();
/** When each run started (performance.now()), until its outcome is logged. */
const runStarts = new Map<string, number>();

const batchOf = (state: unknown): BookBatch | null =>
  typeof state === 'object' && state !== null && 'batch' in state ? ((state as { batch: BookBatch }).batch ?? null) : null;

/** The address and state that start a run: the first delegate's book. */
export function bookBatchStart(tripId: string, choice: BookChoice, target: BookBatchTarget, personIds: string[]) {
  const batch: BookBatch = { run: crypto.randomUUID(), target, personIds, index: 0 };
  runStarts.set(batch.run, performance.now());
  return { to: `/trips/${tripId}/book${bookSearch({ ...choice, personId: personIds[0] ?? null })}`, state: { batch } };
}

/** Where a run's books go, as its progress and its end name it: the folder, or the zip's name. */
export const batchPlace = (target: BookBatchTarget) => (target.kind === 'folder' ? target.folder.label : target.archiveName);

export function useBookBatch(bundle: TripBundle, choice: BookChoice) {
  const { t } = useTranslation('book');
  const locale = useLocale();
  const location = useLocation();
  const navigate = useNavigate();
  const platform = usePlatform();
  const { savePdfToFolder, saveFiles } = platform;
  const batch = batchOf(location.state);
  // One save per book: a layout repeated for the same delegate saves nothing more.
  const savedIndex = useRef<number | null>(null);

  /** Logs how the run ended, once: how many books were saved, never whose. */
  const logEnd = useCallback(
    (ending: Ending, files: number) => {
      const started = batch ? runStarts.get(batch.run) : undefined;
      if (!batch || started === undefined) return;
      runStarts.delete(batch.run);
      platform.log({ event: 'export', what: 'books', ...ending, files, sizeBytes: null, durationMs: Math.round(performance.now() - started) });
    },
    [batch, platform],
  );

  const stop = useCallback(() => {
    if (batch) zipping.delete(batch.run);
    void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [batch, navigate, location.pathname, location.search]);

  /** The person stopped the run: the books saved so far stay. */
  const cancel = useCallback(() => {
    if (batch) logEnd(notSaved({ kind: 'cancelled' }), batch.target.kind === 'folder' ? batch.index : 0);
    stop();
  }, [batch, logEnd, stop]);

  const failed = useCallback(
    (done: number, message: string) => {
      logEnd(notSaved({ kind: 'failed', reason: message }), done);
      notifications.show({ color: 'red', title: t('batch.failed', { count: done }), message });
      stop();
    },
    [t, stop, logEnd],
  );

  const onLaidOut = useCallback(
    async (laid: LaidOutDocument) => {
      if (!batch || savedIndex.current === batch.index) return;
      savedIndex.current = batch.index;
      const person = bundle.people.find((candidate) => candidate.id === batch.personIds[batch.index]);
      const stem = t('toolbar.fileNameFor', { trip: bundle.trip.name, name: person?.name ?? '' });
      const { target } = batch;
      if (target.kind === 'folder') {
        if (!savePdfToFolder) return;
        const result = await savePdfToFolder({ folderId: target.folder.id, name: safeFileName(stem, 'pdf', 'briefing book'), paper: choice.paper });
        // Asked about a book already in the folder, the person chose to save nothing: the run ends there.
        if (result.status === 'cancelled') {
          notifications.show({ message: t('batch.failed', { count: batch.index }) });
          return cancel();
        }
        if (result.status !== 'saved') return failed(batch.index, result.message);
      } else {
        const pages = zipping.get(batch.run) ?? [];
        // Two delegates of the same name keep a page each.
        const taken = new Set(pages.map((page) => page.name));
        let name = safeFileName(stem, 'html', 'briefing book');
        for (let copy = 2; taken.has(name); copy += 1) name = safeFileName(`${stem} (${copy})`, 'html', 'briefing book');
        pages.push({ name, content: laid.standalone(stem, locale.language) });
        zipping.set(batch.run, pages);
      }

      const next = batch.index + 1;
      if (next < batch.personIds.length) {
        void navigate(`/trips/${bundle.trip.id}/book${bookSearch({ ...choice, personId: batch.personIds[next]! })}`, {
          replace: true,
          state: { batch: { ...batch, index: next } },
        });
        return;
      }
      if (target.kind === 'zip') {
        const result = await saveFiles({ folderId: null, archiveName: target.archiveName, files: zipping.get(batch.run) ?? [] });
        if (result.status !== 'saved') return result.status === 'cancelled' ? cancel() : failed(0, result.message);
      }
      logEnd(DONE, batch.personIds.length);
      notifications.show({ color: 'teal', message: t('batch.done', { count: batch.personIds.length, folder: batchPlace(target) }) });
      stop();
    },
    [batch, savePdfToFolder, saveFiles, bundle, choice, t, locale.language, navigate, stop, cancel, failed, logEnd],
  );

  return { batch, onLaidOut, stop: cancel };
}
