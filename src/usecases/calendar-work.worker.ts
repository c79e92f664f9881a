/**
 * The Web Worker that writes every delegate's calendar and zips them, and reads a calendar file into the preview
 * of its import, off the page's thread. A thin wrapper: the
 * work is calendar-work.ts's, and calendar-worker.ts is the page's side. The zip is handed over, not copied.
 */
// First: before any module it imports makes a zod schema.
import '../zod-without-eval';
import { expose, transfer } from 'comlink';
import { createCalendarWork, type CalendarWorkProgress, type MemberCalendarsRequest } from './calendar-work';

const work = createCalendarWork();

expose({
  warm: work.warm,
  previewCalendarImport: work.previewCalendarImport,
  writeMemberCalendars(request: MemberCalendarsRequest, onProgress?: (progress: CalendarWorkProgress) => void) {
    const written = work.writeMemberCalendars(request, onProgress);
    return written.ok && written.value.zip ? transfer(written, [written.value.zip.buffer]) : written;
  },
});
