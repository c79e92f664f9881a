/**
 * Saving a trip's calendars: the whole trip, one city, one person, or every delegate (or a chosen set) at once.
 * Each export reads the trip's reminder settings fresh and names the trip's organiser as ORGANIZER. One file goes
 * through a save dialog (a download in the browser); many go into a folder the desktop asks for once and
 * remembers, asking again when it is gone, or as one zip in the browser.
 *
 * Every word a file says (event text, calendar and file names) is in the language of the screen that exports
 * it, its `Locale`; UIDs, SEQUENCE and instants are the same in every language, so a calendar exported in
 * Chinese after one in English updates the same events.
 *
 * A person's calendar is recorded as sent only once its file is saved: what the person was sent is what the
 * delivery status compares with, so a file that was cancelled or failed must not count.
 */
import { tripOrganiser, type CalendarExportOptions } from '../domain/calendars/calendar-events';
import {
  exportCityCalendar,
  exportPersonCalendar,
  exportTripCalendar,
  type CalendarFile,
} from '../domain/calendars/calendar-files';
import { safeFileName } from '../domain/shared/file-name';
import { message, type Message } from '../domain/shared/message';
import { err, ok, type Result } from '../domain/shared/result';
import type { TripBundle } from '../domain/trip/trip-bundle';
import type { Locale } from '../i18n/locale';
import type { NamedFile, Platform, SaveFilesResult } from '../platform/platform';
import type { CalendarFolder } from '../storage/calendar-repository';
import type { Repositories } from '../storage/repositories';
import type { CalendarWorkProgress, WrittenCalendar } from './calendar-work';
import { createCalendarWorker, type CalendarWorker } from './calendar-worker';
import { saveFile, type NotSaved } from './file-saving';
import { DONE, notSaved, refused, sizeOf, withOutcomeLogged, type EntryEnd } from './operation-log';

export interface CalendarExportNeeds {
  repositories: Pick<Repositories, 'calendars'>;
  platform: Pick<Platform, 'kind' | 'saveFile' | 'saveFiles' | 'chooseFolder' | 'log'>;
  /** The moment of the export, a UTC instant: every event's DTSTAMP, and when each person was sent theirs. */
  now: string;
  /** The reader's words, from the screen that exports: the files are written in its language. */
  locale: Locale;
  /** Writes every delegate's calendar off the page's thread (calendar-worker.ts); on the page when absent. */
  calendarWorker?: CalendarWorker;
}

/** One calendar file saved. */
export interface SavedCalendar {
  fileName: string;
  eventCount: number;
  path: string;
}

/** Why a calendar was not saved: the domain could not write it, or the save was cancelled or failed. */
export type CalendarNotSaved = { kind: 'not-exportable'; reason: Message } | NotSaved;

/** What every calendar of the trip is written with: the reader's words, the moment, the reminders, the organiser. */
export async function optionsFor(
  { repositories, now, locale }: Pick<CalendarExportNeeds, 'repositories' | 'now'> & { locale: Pick<Locale, 'word'> },
  bundle: TripBundle,
): Promise<CalendarExportOptions> {
  const organiser = tripOrganiser(bundle);
  return {
    words: locale.word,
    now,
    reminders: await repositories.calendars.reminders(bundle.trip.id),
    ...(organiser ? { organizerName: organiser.name, organizerEmail: organiser.email } : {}),
  };
}

/** Saves one calendar file; its size and outcome are logged. */
function saveOne(
  { platform, locale }: CalendarExportNeeds,
  file: Result<CalendarFile, Message>,
): Promise<Result<SavedCalendar, CalendarNotSaved>> {
  const sizeBytes = file.ok ? sizeOf(file.value.text) : null;
  return withOutcomeLogged(
    platform,
    { event: 'export', what: 'calendar', files: 0, sizeBytes: null },
    async (): Promise<Result<SavedCalendar, CalendarNotSaved>> => {
      if (!file.ok) return err({ kind: 'not-exportable', reason: file.error });
      const filters = [{ name: locale.word(message('calendars:files.filterName')), extensions: ['ics'] }];
      const saved = await saveFile(platform, { suggestedName: file.value.fileName, content: file.value.text, filters });
      if (!saved.ok) return saved;
      return ok({ fileName: file.value.fileName, eventCount: file.value.eventCount, path: saved.value.path });
    },
    (result) =>
      result.ok ? { ...DONE, files: 1, sizeBytes } : result.error.kind === 'not-exportable' ? refused('refused', result.error.reason) : notSaved(result.error),
  );
}

/** Saves the calendar of everything on the trip. */
export async function saveTripCalendar(needs: CalendarExportNeeds, bundle: TripBundle): Promise<Result<SavedCalendar, CalendarNotSaved>> {
  return saveOne(needs, exportTripCalendar(bundle, await optionsFor(needs, bundle)));
}

/** Saves the calendar of one city of the route. */
export async function saveCityCalendar(
  needs: CalendarExportNeeds,
  bundle: TripBundle,
  stopId: string,
): Promise<Result<SavedCalendar, CalendarNotSaved>> {
  return saveOne(needs, exportCityCalendar(bundle, stopId, await optionsFor(needs, bundle)));
}

/** Saves one person's own calendar, and records it as sent to them once it is saved. */
export async function savePersonCalendar(
  needs: CalendarExportNeeds,
  bundle: TripBundle,
  personId: string,
): Promise<Result<SavedCalendar, CalendarNotSaved>> {
  // Written on the page: its code is warm there (the worker's is not, and took two to four times as long for one
  // calendar), and one delegate's 400 events take about a tenth of a second.
  const file = exportPersonCalendar(bundle, personId, await optionsFor(needs, bundle));
  const saved = await saveOne(needs, file);
  if (saved.ok && file.ok) {
    const { digest, reminders } = file.value;
    await needs.repositories.calendars.recordExports(bundle.trip.id, [{ personId, digest, reminders }], needs.now);
  }
  return saved;
}

/** Asks for the folder every delegate's calendar is saved into (desktop), and remembers it. */
export async function chooseCalendarFolder({
  repositories,
  platform,
}: Pick<CalendarExportNeeds, 'repositories' | 'platform'>): Promise<Result<CalendarFolder, NotSaved>> {
  const chosen = await platform.chooseFolder();
  if (chosen.status === 'cancelled') return err({ kind: 'cancelled' });
  if (chosen.status === 'failed') return err({ kind: 'failed', reason: chosen.message });
  await repositories.calendars.rememberFolder(chosen.folder);
  return ok(chosen.folder);
}

/** Every delegate's calendar (or those chosen) saved: into which zip or folder, and whose were sent. */
export interface SavedMemberCalendars {
  /** The zip's name in the browser. */
  archiveName: string;
  /** Where they are: the zip (browser) or the folder (desktop). */
  location: string;
  /** The people whose calendar was saved, and so recorded as sent. */
  sentPersonIds: string[];
}

/**
 * Why not every calendar was saved. Only in `partly-saved` were some saved, and only those are recorded as sent;
 * `cancelled` (the person stopped the export) saved and recorded nothing.
 */
export type MemberCalendarsNotSaved =
  | { kind: 'not-exportable'; reason: Message }
  | { kind: 'nobody-chosen' }
  | { kind: 'cancelled' }
  | { kind: 'no-folder'; notChosen: NotSaved }
  | { kind: 'folder-unavailable'; reason: string }
  | { kind: 'partly-saved'; reason: string; sentPersonIds: string[] };

/** How far an export of many calendars is: writing them (`written` of `total`), packing them, saving them. */
export type MemberCalendarsProgress = CalendarWorkProgress | { stage: 'saving'; total: number };

export interface MemberCalendarsControl {
  onProgress?: (progress: MemberCalendarsProgress) => void;
  /** Stops the export until its files are saved; nothing is then saved or recorded as sent. */
  signal?: AbortSignal;
}

/**
 * Saves every member's calendar, or only those of `personIds`, one file each, and records each person's as sent
 * once their file is saved, also when a later file failed. The files are written (and, in the browser, zipped)
 * by the calendar worker, off the page's thread, telling `onProgress` as each is written; `signal` cancels the
 * export until the files are being saved.
 */
export function saveMemberCalendars(
  needs: CalendarExportNeeds,
  bundle: TripBundle,
  personIds?: ReadonlySet<string>,
  control: MemberCalendarsControl = {},
): Promise<Result<SavedMemberCalendars, MemberCalendarsNotSaved>> {
  return withOutcomeLogged(
    needs.platform,
    { event: 'export', what: 'calendars', files: 0, sizeBytes: null },
    () => saveEveryCalendar(needs, bundle, personIds, control),
    (result) => (result.ok ? { ...DONE, files: result.value.sentPersonIds.length } : memberCalendarsEnding(result.error)),
  );
}

/** How an export of many calendars that did not save them all ended, in the log's words. */
function memberCalendarsEnding(notSavedAll: MemberCalendarsNotSaved): EntryEnd {
  switch (notSavedAll.kind) {
    case 'not-exportable':
      return refused('refused', notSavedAll.reason);
    case 'nobody-chosen':
      return refused('nothing-to-do');
    case 'cancelled':
      return notSaved(notSavedAll);
    case 'no-folder':
      return notSaved(notSavedAll.notChosen);
    case 'folder-unavailable':
      return { outcome: 'failed', problem: 'unknown-folder', messageCode: null };
    case 'partly-saved':
      return { outcome: 'failed', problem: 'write-failed', messageCode: null, files: notSavedAll.sentPersonIds.length };
  }
}

async function saveEveryCalendar(
  needs: CalendarExportNeeds,
  bundle: TripBundle,
  personIds: ReadonlySet<string> | undefined,
  { onProgress, signal }: MemberCalendarsControl,
): Promise<Result<SavedMemberCalendars, MemberCalendarsNotSaved>> {
  const { words: _words, ...options } = await optionsFor(needs, bundle);
  const worker = needs.calendarWorker ?? createCalendarWorker(null);
  const web = needs.platform.kind === 'web';
  const written = await worker.writeMemberCalendars(
    { bundle, language: needs.locale.language, options, personIds: personIds ? [...personIds] : null, output: web ? 'zip' : 'files' },
    { ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) },
  );
  if (!written.ok) return err(written.error === 'cancelled' ? { kind: 'cancelled' } : { kind: 'not-exportable', reason: written.error });
  const { calendars, texts, zip } = written.value;
  if (calendars.length === 0) return err({ kind: 'nobody-chosen' });
  if (signal?.aborted) return err({ kind: 'cancelled' });
  onProgress?.({ stage: 'saving', total: calendars.length });
  const { word } = needs.locale;
  const archiveName = safeFileName(
    word(message('calendars:files.archive', { trip: bundle.trip.name })),
    'zip',
    word(message('calendars:files.archiveFallback')),
  );
  const saved =
    web && zip
      ? await saveArchive(needs, zip, archiveName, calendars)
      : await saveMany(
          needs,
          calendars.map((calendar, index) => ({ name: calendar.fileName, content: texts?.[index] ?? '' })),
          archiveName,
        );
  if (!saved.ok) return saved;
  const result = saved.value;
  // Asked about calendars already in the folder, the person chose to save none: nothing was.
  if (result.status === 'cancelled') return err({ kind: 'cancelled' });
  if (result.status === 'unknown-folder') return err({ kind: 'folder-unavailable', reason: result.message });
  const names = new Set(result.saved);
  const sent = calendars.filter((calendar) => names.has(calendar.fileName));
  await needs.repositories.calendars.recordExports(bundle.trip.id, sent, needs.now);
  const sentPersonIds = sent.map((calendar) => calendar.personId);
  if (result.status === 'failed') return err({ kind: 'partly-saved', reason: result.message, sentPersonIds });
  return ok({ archiveName, location: result.location, sentPersonIds });
}

/** Saves the zip the worker made (the browser): every calendar in it is saved, or none. */
async function saveArchive(
  { platform, locale }: CalendarExportNeeds,
  zip: Uint8Array,
  archiveName: string,
  calendars: readonly WrittenCalendar[],
): Promise<Result<SaveFilesResult, { kind: 'cancelled' }>> {
  const filters = [{ name: locale.word(message('calendars:files.archiveFallback')), extensions: ['zip'] }];
  const saved = await saveFile(platform, { suggestedName: archiveName, content: zip, filters });
  if (saved.ok) return ok({ status: 'saved', location: archiveName, saved: calendars.map((calendar) => calendar.fileName) });
  if (saved.error.kind === 'cancelled') return err({ kind: 'cancelled' });
  return ok({ status: 'failed', message: saved.error.reason, saved: [] });
}

/**
 * Saves many files: one zip in the browser; on the desktop into the folder chosen before, asking for one when
 * none is chosen, and once more when the one remembered is gone (forgotten, moved, or never granted here).
 */
async function saveMany(
  needs: CalendarExportNeeds,
  files: NamedFile[],
  archiveName: string,
): Promise<Result<SaveFilesResult, { kind: 'no-folder'; notChosen: NotSaved }>> {
  const { platform, repositories } = needs;
  if (platform.kind === 'web') return ok(await platform.saveFiles({ folderId: null, archiveName, files }));
  let folder = await repositories.calendars.folder();
  // A folder forgotten or gone is asked for once more; a second that cannot be written into ends the export.
  for (let attempt = 1; ; attempt += 1) {
    if (!folder) {
      const chosen = await chooseCalendarFolder(needs);
      if (!chosen.ok) return err({ kind: 'no-folder', notChosen: chosen.error });
      folder = chosen.value;
    }
    const result = await platform.saveFiles({ folderId: folder.id, archiveName, files });
    if (result.status !== 'unknown-folder' || attempt === 2) return ok(result);
    folder = null;
  }
}
