/**
 * The rows of a calendar import's preview in the reader's words: each event's title, its time as the file gives
 * it, the city and time it will have, and what stops it or needs checking. A preview may list up to 2,000 events
 * (MAX_IMPORTED_EVENTS), so each is worded once, when its row is first drawn: ticking a box draws that row again
 * with the same words and words nothing else.
 */
import { dayWithYear } from '../../domain/calendars/calendar-event-titles';
import type { ImportedEvent } from '../../domain/calendars/imported-event';
import { addDays, type IsoDate } from '../../domain/shared/date-arithmetic';
import { message } from '../../domain/shared/message';
import { utcOffsetLabel } from '../../domain/shared/time';
import type { Locale } from '../shared/locale';

export interface ImportRowWords {
  title: string;
  /** "Sat 12 Nov 2016, 15:00–16:30 Asia/Shanghai (UTC+8)", as the file gives it. */
  ownTime: string;
  /** "Tianjin, 10:00–11:00", the engagement as it will be kept. */
  cityTime: string;
  /** Why it is not imported, and what to check. */
  blocking: string[];
  warnings: string[];
}

/**
 * A function that words an event of the preview, each once: `stopNames` are the trip's cities by id in the
 * reader's words. Make a new one when the language or the cities change.
 */
export function importRowWords(locale: Locale, stopNames: ReadonlyMap<string, string>): (event: ImportedEvent) => ImportRowWords {
  const worded = new WeakMap<ImportedEvent, ImportRowWords>();
  return (event) => {
    let words = worded.get(event);
    if (!words) {
      const stopName = event.stopId ? stopNames.get(event.stopId) : undefined;
      const said = (blocking: boolean) => event.problems.filter((problem) => problem.blocking === blocking).map((problem) => locale.word(problem.message));
      words = {
        title: event.title || locale.word(message('calendars:importDialog.untitled')),
        ownTime: ownTime(event, locale),
        cityTime: cityTime(event, stopName, locale),
        blocking: said(true),
        warnings: said(false),
      };
      worded.set(event, words);
    }
    return words;
  };
}

function ownTime(event: ImportedEvent, locale: Locale): string {
  const { word } = locale;
  const date = (value: IsoDate) => word(dayWithYear(value));
  if (event.dates) {
    // The file's end date is the day after the last (exclusive): a one-day event is that day alone.
    const lastDay = addDays(event.dates.end, -1);
    return lastDay <= event.dates.start
      ? word(message('calendars:importDialog.time.allDay', { date: date(event.dates.start) }))
      : word(message('calendars:importDialog.time.allDayRange', { from: date(event.dates.start), to: date(lastDay) }));
  }
  const { start, end } = event;
  if (!start || !end) {
    return word(message(event.timing === 'floating' ? 'calendars:importDialog.time.noZone' : 'calendars:importDialog.time.notReadable'));
  }
  const times = { date: date(start.local.slice(0, 10)), start: start.local.slice(11), end: end.local.slice(11) };
  const range = word(
    end.local.slice(0, 10) === start.local.slice(0, 10)
      ? message('calendars:importDialog.time.range', times)
      : message('calendars:importDialog.time.rangeEndsLater', { ...times, endDate: date(end.local.slice(0, 10)) }),
  );
  if (event.timing === 'floating') return word(message('calendars:importDialog.time.floating', { range }));
  if (event.timing === 'utc') return word(message('calendars:importDialog.time.utc', { range }));
  const offset = utcOffsetLabel(start.zone, start.utc);
  return word(message('calendars:importDialog.time.zoned', { range, zone: event.tzid ?? start.zone, offset }));
}

function cityTime(event: ImportedEvent, stopName: string | undefined, locale: Locale): string {
  if (!stopName) return locale.word(message('calendars:importDialog.time.noCity'));
  if (!event.draft) return stopName;
  const { startTime: start, endTime: end } = event.draft;
  return locale.word(message('calendars:importDialog.time.cityTime', { city: stopName, start, end }));
}
