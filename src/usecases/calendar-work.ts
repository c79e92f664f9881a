/**
 * Writing every delegate's calendar (or those chosen) and, for the browser, packing them into one zip; and
 * reading a calendar file someone sent into the preview of its import (up to 2,000 events, seconds of work): the
 * work a Web Worker does off the page's thread (calendar-work.worker.ts, reached through calendar-worker.ts), as
 * plain functions tested as such.
 *
 * What crosses to the worker is data only: the trip, the moment, the reminders, the organiser and the reader's
 * language. The worker cannot be handed the page's `Locale.word` (a function): it makes the words of that
 * language itself, from the catalogues it imports, as the page does (src/i18n).
 */
import { strToU8, zipSync } from 'fflate';
import type { CalendarExportOptions } from '../domain/calendars/calendar-events';
import { previewCalendarImport, type CalendarImportPreview } from '../domain/calendars/calendar-import-preview';
import type { CalendarImportTrip } from '../domain/calendars/imported-event';
import { exportMemberCalendars, type PersonCalendarFile } from '../domain/calendars/calendar-files';
import type { Message } from '../domain/shared/message';
import { ok, type Result } from '../domain/shared/result';
import type { TripBundle } from '../domain/trip/trip-bundle';
import type { Language } from '../i18n/catalogues';
import { createI18n } from '../i18n/i18n';
import { localeOf } from '../i18n/locale';

/** What the calendars are written with, as data: everything of {@link CalendarExportOptions} but the words. */
export type CalendarOptionsData = Omit<CalendarExportOptions, 'words'>;

export interface MemberCalendarsRequest {
  bundle: TripBundle;
  /** The language of the screen that exports them: the files are written in it. */
  language: Language;
  options: CalendarOptionsData;
  /** Only these people's calendars; everyone's when null. */
  personIds: readonly string[] | null;
  /** 'zip': packed into one zip (the browser); 'files': each file's text (the desktop, into a folder). */
  output: 'zip' | 'files';
}

/** A delegate's calendar as written, but for its text, which comes in `texts` or inside the zip. */
export type WrittenCalendar = Omit<PersonCalendarFile, 'text'>;

export interface WrittenMemberCalendars {
  calendars: WrittenCalendar[];
  /** Each calendar's text, in the order of `calendars` ('files'); null when zipped. */
  texts: string[] | null;
  /** The zip of every calendar, each under its file name ('zip'); null for 'files'. */
  zip: Uint8Array | null;
}

/** How far the work is: `written` of `total` calendars, then packing them. */
export type CalendarWorkProgress = { stage: 'writing'; written: number; total: number } | { stage: 'zipping'; total: number };

export interface CalendarWork {
  /** Makes ready to write in `language` (its words), so that the first export does not wait for it. */
  warm(language: Language): void;
  writeMemberCalendars(
    request: MemberCalendarsRequest,
    onProgress?: (progress: CalendarWorkProgress) => void,
  ): Result<WrittenMemberCalendars, Message>;
  /** The preview of importing a calendar file's `text` into `trip`, what it writes in the words of `language`. */
  previewCalendarImport(text: string, trip: CalendarImportTrip, language: Language): Result<CalendarImportPreview, Message>;
}

/** The work, with the words of each language made once and kept. */
export function createCalendarWork(): CalendarWork {
  const wordsOf = new Map<Language, CalendarExportOptions['words']>();
  const words = (language: Language) => {
    let found = wordsOf.get(language);
    if (!found) {
      found = localeOf(createI18n({ language }), language).word;
      wordsOf.set(language, found);
    }
    return found;
  };
  return {
    warm(language) {
      words(language);
    },
    writeMemberCalendars(request, onProgress) {
      return writeMemberCalendars(request, words(request.language), onProgress);
    },
    previewCalendarImport(text, trip, language) {
      return previewCalendarImport(text, trip, words(language));
    },
  };
}

/** Every chosen delegate's calendar written in `words`, then zipped or as texts, as the request says. */
export function writeMemberCalendars(
  { bundle, options, personIds, output }: MemberCalendarsRequest,
  words: CalendarExportOptions['words'],
  onProgress?: (progress: CalendarWorkProgress) => void,
): Result<WrittenMemberCalendars, Message> {
  const files = exportMemberCalendars(
    bundle,
    { ...options, words },
    {
      ...(personIds ? { personIds: new Set(personIds) } : {}),
      onWritten: (written, total) => onProgress?.({ stage: 'writing', written, total }),
    },
  );
  if (!files.ok) return files;
  const calendars = files.value.map(({ text: _text, ...calendar }) => calendar);
  if (output === 'files') return ok({ calendars, texts: files.value.map((file) => file.text), zip: null });
  onProgress?.({ stage: 'zipping', total: files.value.length });
  // The fastest deflate: a delegation's calendars, 17 MB of text for 40 people, pack in a third of the time of
  // the default level into a zip half as large again (0.8 MB rather than 0.5), and far smaller than stored.
  const zip = zipSync(Object.fromEntries(files.value.map((file) => [file.fileName, strToU8(file.text)])), { level: 1 });
  return ok({ calendars, texts: null, zip });
}
