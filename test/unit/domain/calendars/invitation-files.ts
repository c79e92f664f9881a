/**
 * Calendar files as partners send them (an invitation in Shanghai time, Outlook's "China Standard Time"), and
 * the preview of importing them into the sample trip, for the calendar import tests.
 */
import { expect } from 'vitest';
import { previewCalendarImport, type CalendarImportPreview } from '../../../../src/domain/calendars/calendar-import-preview';
import type { ImportedEvent } from '../../../../src/domain/calendars/imported-event';
import type { TripBundle } from '../../../../src/domain/trip/trip-bundle';
import { sample } from './sample-trip-calendars';
import { inEnglish } from '../../../builders/words';

/** The id of the sample trip's city of that name. */
export const stopId = (name: string) => sample.stops.find((stop) => stop.name === name)!.id;

/** A calendar file of the given lines between BEGIN:VCALENDAR and END:VCALENDAR, with CRLF line ends. */
export function calendar(...lines: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Partner//Invitation//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
}

export function vevent(...lines: string[]): string[] {
  return ['BEGIN:VEVENT', 'UID:invitation-1@partner.example', 'DTSTAMP:20161101T000000Z', ...lines, 'END:VEVENT'];
}

export const CHINA_STANDARD_TIME = [
  'BEGIN:VTIMEZONE',
  'TZID:China Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export const SHANGHAI = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Shanghai',
  'BEGIN:STANDARD',
  'DTSTART:19910915T000000',
  'TZOFFSETFROM:+0900',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function preview(text: string, bundle: TripBundle = sample): CalendarImportPreview {
  const result = previewCalendarImport(text, bundle, inEnglish);
  if (!result.ok) throw new Error(inEnglish(result.error));
  return result.value;
}

export function only(text: string, bundle: TripBundle = sample): ImportedEvent {
  const events = preview(text, bundle).events;
  expect(events).toHaveLength(1);
  return events[0]!;
}

export const blocking = (event: ImportedEvent) => event.problems.filter((problem) => problem.blocking).map((problem) => problem.kind);
export const warnings = (event: ImportedEvent) => event.problems.filter((problem) => !problem.blocking).map((problem) => problem.kind);

/** An event as the import starts it, before its times are read or it is placed: no times, no city, no problems. */
export function anImportedEvent(fields: Partial<ImportedEvent> = {}): ImportedEvent {
  return {
    position: 1,
    uid: 'invitation-1@partner.example',
    sequence: 0,
    updates: null,
    title: 'Meeting',
    timing: 'unreadable',
    tzid: null,
    start: null,
    end: null,
    dates: null,
    location: '',
    description: '',
    organizer: '',
    status: 'proposed',
    stopId: null,
    otherStopIds: [],
    problems: [],
    draft: null,
    ...fields,
  };
}
