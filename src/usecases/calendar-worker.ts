/**
 * The page's side of the calendar worker (calendar-work.worker.ts): every delegate's calendar written (and, for
 * the browser, zipped) off the page's thread, with its progress, and a calendar file read into the preview of its
 * import. Where no worker can be started (tests, a
 * runtime without module workers, a worker that fails to load), the same work runs on the page.
 *
 * The work can be cancelled until it is done: the worker is stopped (a new one starts for the next export), and
 * as nothing is saved or recorded until the work is done, nothing has changed.
 */
import { proxy } from 'comlink';
import { cancelledBy, Cancelled, lazyWorker } from './lazy-worker';
import type { Message } from '../domain/shared/message';
import type { Result } from '../domain/shared/result';
import type { Language } from '../i18n/catalogues';
import type { CalendarImportPreview } from '../domain/calendars/calendar-import-preview';
import type { CalendarImportTrip } from '../domain/calendars/imported-event';
import {
  createCalendarWork,
  type CalendarWork,
  type CalendarWorkProgress,
  type MemberCalendarsRequest,
  type WrittenMemberCalendars,
} from './calendar-work';

/** The calendars written, or why not, or that the person cancelled. */
export type MemberCalendarsWritten = Result<WrittenMemberCalendars, Message> | { ok: false; error: 'cancelled' };

export interface CalendarWorker {
  /** Starts the worker and makes it ready to write in `language`, ahead of an export (when a screen opens). */
  warm(language: Language): void;
  writeMemberCalendars(
    request: MemberCalendarsRequest,
    options?: { onProgress?: (progress: CalendarWorkProgress) => void; signal?: AbortSignal },
  ): Promise<MemberCalendarsWritten>;
  /** The preview of importing a calendar file's `text` into `trip`, in the words of `language`. */
  previewCalendarImport(text: string, trip: CalendarImportTrip, language: Language): Promise<Result<CalendarImportPreview, Message>>;
}

/** The calendar worker, started when first needed; `start` is given for tests (null: no worker, all on the page). */
export function createCalendarWorker(start: (() => Worker) | null = defaultStart()): CalendarWorker {
  const workers = lazyWorker<CalendarWork>(start, 'calendar');
  const worker = workers.get;
  let onPage: CalendarWork | null = null;

  const page = () => (onPage ??= createCalendarWork());

  return {
    warm(language) {
      const running = worker();
      if (running) void Promise.race([running.remote.warm(language), running.failed]).catch(() => undefined);
    },

    async writeMemberCalendars(request, { onProgress, signal } = {}) {
      if (signal?.aborted) return { ok: false, error: 'cancelled' };
      const aborted = cancelledBy(signal);
      const running = worker();
      try {
        if (running) {
          try {
            return await Promise.race([
              running.remote.writeMemberCalendars(request, onProgress && proxy(onProgress)),
              aborted,
              running.failed,
            ]);
          } catch (error) {
            if (error instanceof Cancelled) {
              // Stopped mid-work: the next export starts a new worker.
              workers.stop(running);
              throw error;
            }
            if (!workers.unavailable()) throw error;
            // The worker failed to load or crashed: write on the page instead.
          }
        }
        const written = page().writeMemberCalendars(request, onProgress);
        if (signal?.aborted) throw new Cancelled();
        return written;
      } catch (error) {
        if (error instanceof Cancelled) return { ok: false, error: 'cancelled' };
        throw error;
      }
    },

    async previewCalendarImport(text, trip, language) {
      const running = worker();
      if (running) {
        try {
          return await Promise.race([running.remote.previewCalendarImport(text, trip, language), running.failed]);
        } catch (error) {
          if (!workers.unavailable()) throw error;
          // The worker failed to load or crashed: read the file on the page instead.
        }
      }
      return page().previewCalendarImport(text, trip, language);
    },
  };
}

function defaultStart(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('./calendar-work.worker.ts', import.meta.url), { type: 'module', name: 'calendars' });
}

let shared: CalendarWorker | null = null;

/** The app's one calendar worker, made when first asked for. */
export function calendarWorker(): CalendarWorker {
  shared ??= createCalendarWorker();
  return shared;
}
