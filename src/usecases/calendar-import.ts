/**
 * Importing a calendar file (.ics), such as a partner's invitation, as engagements: a preview of the file
 * (refused before it is read when it is too large to be an invitation or a trip's calendar), then the chosen
 * events written at once, captured so the import can be undone.
 */
import { importItems, type CalendarImportPreview } from '../domain/calendars/calendar-import-preview';
import { calendarFileText } from '../domain/calendars/icalendar-parsing';
import type { CalendarImportTrip, ImportedEvent } from '../domain/calendars/imported-event';
import { message, type Message } from '../domain/shared/message';
import { err, ok, type Result } from '../domain/shared/result';
import type { Locale } from '../i18n/locale';
import type { Platform } from '../platform/platform';
import type { Repositories } from '../storage/repositories';
import { isStorageFull } from '../storage/storage-errors';
import { DONE, refused, withOutcomeLogged } from './operation-log';
import type { CalendarWorker } from './calendar-worker';
import type { UndoableChange } from './undoable-change';

/** Larger than any invitation or trip calendar; a bigger file is refused before it is read. */
export const MAX_CALENDAR_FILE_BYTES = 5 * 1024 * 1024;

/** Why a calendar file cannot be previewed: too large to read, or not readable as a calendar. */
export type CalendarFileRefused = { kind: 'too-large'; maxBytes: number } | { kind: 'unreadable'; reason: Message };

/**
 * A chosen file: its size, known before it is read, and its bytes, read as text here (see calendarFileText), not
 * by the browser, which would split a character that a folded line splits. A browser's File is one.
 */
export interface CalendarFileSource {
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * The preview of importing `source` into the trip: its events, where each goes and what stops it, read by the
 * calendar worker, off the page's thread (a file of 2,000 events takes seconds). What the import writes into the
 * engagements (a title for an untitled event, who sent the invitation) is in the language of `locale`, the
 * importing screen's.
 */
export async function previewCalendarFile(
  source: CalendarFileSource,
  trip: CalendarImportTrip,
  locale: Pick<Locale, 'language'>,
  worker: Pick<CalendarWorker, 'previewCalendarImport'>,
): Promise<Result<CalendarImportPreview, CalendarFileRefused>> {
  if (source.size > MAX_CALENDAR_FILE_BYTES) return err({ kind: 'too-large', maxBytes: MAX_CALENDAR_FILE_BYTES });
  const text = calendarFileText(new Uint8Array(await source.arrayBuffer()));
  // Only what the preview reads of the trip goes to the worker.
  const { stops, segments, accommodations, engagements } = trip;
  const preview = await worker.previewCalendarImport(text, { stops, segments, accommodations, engagements }, locale.language);
  return preview.ok ? preview : err({ kind: 'unreadable', reason: preview.error });
}

export interface CalendarImported {
  /** Engagements added, and engagements a newer version of an event updated. */
  added: number;
  updated: number;
  /** The cities the imported events went to, each once, in the order of the events. */
  stopIds: string[];
  change: UndoableChange;
}

/** Why nothing was imported: no event chosen that can be, or the import was refused (and wrote nothing). */
export type CalendarNotImported = { kind: 'nothing-chosen' } | { kind: 'refused'; reason: Message };

/**
 * Imports the chosen events of a preview (those without a draft are left out) into the trip `tripId`. A disk too
 * full to hold them refuses the import with a message saying so: the import is one transaction, so nothing was
 * written. The outcome is logged: how many engagements were written, never what they are.
 */
export function importCalendarEvents(
  { repositories, platform }: { repositories: Pick<Repositories, 'engagements' | 'captureChanges'>; platform: Pick<Platform, 'log'> },
  tripId: string,
  events: readonly ImportedEvent[],
): Promise<Result<CalendarImported, CalendarNotImported>> {
  return withOutcomeLogged(
    platform,
    { event: 'import', what: 'calendar', records: 0 },
    () => importEvents(repositories, tripId, events),
    (result) =>
      result.ok
        ? { ...DONE, records: result.value.added + result.value.updated }
        : result.error.kind === 'nothing-chosen'
          ? refused('nothing-to-do')
          : refused('refused', result.error.reason),
  );
}

async function importEvents(
  repositories: Pick<Repositories, 'engagements' | 'captureChanges'>,
  tripId: string,
  events: readonly ImportedEvent[],
): Promise<Result<CalendarImported, CalendarNotImported>> {
  const items = importItems(events);
  if (items.length === 0) return err({ kind: 'nothing-chosen' });
  let captured;
  try {
    captured = await repositories.captureChanges(() => repositories.engagements.importCalendar(tripId, items));
  } catch (error) {
    if (isStorageFull(error)) return err({ kind: 'refused', reason: message('calendars:importDialog.storageFull') });
    throw error;
  }
  if (!captured.value.ok) return err({ kind: 'refused', reason: captured.value.error });
  const imported = events.filter((event) => event.draft);
  return ok({
    added: items.filter((item) => item.kind === 'add').length,
    updated: items.filter((item) => item.kind === 'update').length,
    stopIds: [...new Set(imported.flatMap((event) => event.stopId ?? []))],
    change: captured,
  });
}
