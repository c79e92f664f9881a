import { describe, expect, it } from 'vitest';
import { MAX_IMPORTED_EVENTS, previewCalendarImport } from '../../../../src/domain/calendars/calendar-import-preview';
import { calendarFileText, readCalendarFile } from '../../../../src/domain/calendars/icalendar-parsing';
import { calendar, vevent } from './invitation-files';
import { sample } from './sample-trip-calendars';
import { inChinese, inEnglish } from '../../../builders/words';

describe('files that cannot be read', () => {
  const failure = (text: string) => {
    const result = previewCalendarImport(text, sample, inEnglish);
    expect(result.ok).toBe(false);
    return result.ok ? '' : inEnglish(result.error);
  };

  it('says an empty file is empty', () => {
    expect(failure('')).toBe('The file is empty.');
    expect(failure('\r\n  \r\n')).toBe('The file is empty.');
  });

  it('says a file that is not a calendar is not one, quoting its first line', () => {
    expect(failure('Name,Email\r\nLi Wei,li.wei@example.com\r\n')).toBe(
      'This is not a calendar file: it should start with BEGIN:VCALENDAR, but line 1 is “Name,Email”.',
    );
  });

  it('names the line ical.js cannot read', () => {
    const text = calendar(...vevent('SUMMARY Meeting without a colon', 'DTSTART:20161112T020000Z'));
    expect(failure(text)).toBe(
      'Line 7 is not a calendar line (a name, then a colon, then the value): “SUMMARY Meeting without a colon”.',
    );
  });

  it('names the event a cut-short file leaves open', () => {
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'SUMMARY:Half', 'DTSTART:20161112T020000Z'].join('\r\n');
    expect(failure(text)).toBe(
      'The file ends before BEGIN:VEVENT on line 3 is closed (no END:VEVENT): it may be cut short.',
    );
  });

  it('names an END that does not match its BEGIN', () => {
    const text = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART:20161112T020000Z', 'END:VTODO', 'END:VCALENDAR'].join('\r\n');
    expect(failure(text)).toBe('Line 4: END:VTODO does not match BEGIN:VEVENT on line 2.');
  });

  it('says a calendar without events has nothing to import', () => {
    expect(failure(calendar('BEGIN:VTODO', 'SUMMARY:Pack', 'END:VTODO'))).toBe('The calendar has no events (VEVENT) to import.');
  });
});

describe('reading a calendar file', () => {
  it('gives its calendar, a byte-order mark ignored, or each calendar of a file that holds several', () => {
    const one = readCalendarFile(`\uFEFF${calendar(...vevent('SUMMARY:One', 'DTSTART:20161112T020000Z'))}`);
    expect(one.ok && one.value.map((component) => component.name)).toEqual(['vcalendar']);
    const two = readCalendarFile(calendar('X-WR-CALNAME:First') + calendar('X-WR-CALNAME:Second'));
    expect(two.ok && two.value.map((component) => component.getFirstPropertyValue('x-wr-calname'))).toEqual(['First', 'Second']);
  });

  it('refuses, before ical.js reads it, a time zone that changes its clocks by a rule no real zone has', () => {
    const text = calendar(
      'BEGIN:VTIMEZONE',
      'TZID:Every minute',
      'BEGIN:STANDARD',
      'DTSTART:16010101T000000',
      'RRULE:FREQ=MINUTELY',
      'TZOFFSETFROM:+0800',
      'TZOFFSETTO:+0800',
      'END:STANDARD',
      'END:VTIMEZONE',
    );
    const result = readCalendarFile(text);
    expect(result.ok ? '' : inEnglish(result.error)).toBe(
      'Line 8: a time zone in the file changes its clocks by a rule no real time zone has (“RRULE:FREQ=MINUTELY”), so the file cannot be read.',
    );
  });

  it('accepts the yearly rule of a real zone’s clock change', () => {
    const text = calendar(
      'BEGIN:VTIMEZONE',
      'TZID:Europe/London',
      'BEGIN:DAYLIGHT',
      'DTSTART:19810329T010000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0100',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    );
    expect(readCalendarFile(text).ok).toBe(true);
  });
});

describe('the text of a calendar file’s bytes', () => {
  const utf8 = new TextEncoder();
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...utf8.encode(part)] : part)));
  const [CR, LF, SPACE, TAB] = [0x0d, 0x0a, 0x20, 0x09];
  const [qing1, qing2, qing3] = utf8.encode('青');
  const [smile1, smile2, smile3, smile4] = utf8.encode('😀');

  it('joins a character that a fold splits between its bytes, keeping the fold after it', () => {
    expect(calendarFileText(bytes('SUMMARY:', [qing1!, CR, LF, SPACE, qing2!, qing3!], '岛'))).toBe('SUMMARY:青\r\n 岛');
  });

  it('joins a four-byte character split by two folds, and folds of a lone line feed or a tab', () => {
    const text = calendarFileText(bytes('SUMMARY:', [smile1!, LF, TAB, smile2!, smile3!, CR, LF, SPACE, smile4!], 'ok'));
    expect(text).toBe('SUMMARY:😀\n\t\r\n ok');
  });

  it('leaves folds between characters, and a byte-order mark, as any reader does', () => {
    expect(calendarFileText(bytes([0xef, 0xbb, 0xbf], 'SUMMARY:青', [CR, LF, SPACE], '岛'))).toBe('SUMMARY:青\r\n 岛');
  });

  it('keeps every line where it was, so a problem is still named by its line in the file', () => {
    const text = calendarFileText(
      bytes(
        'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@partner.example\r\nSUMMARY:',
        [qing1!, CR, LF, SPACE, qing2!, qing3!],
        '岛\r\nDTSTART:20161112T020000Z\r\nSUMMARY Meeting without a colon\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      ),
    );
    const result = previewCalendarImport(text, sample, inEnglish);
    expect(!result.ok && inEnglish(result.error)).toBe(
      'Line 8 is not a calendar line (a name, then a colon, then the value): “SUMMARY Meeting without a colon”.',
    );
  });
});

describe('a calendar too big for a trip', () => {
  const events = (count: number) =>
    Array.from({ length: count }, (_, index) => [
      'BEGIN:VEVENT',
      `UID:event-${index}@work.example`,
      'DTSTAMP:20161101T000000Z',
      `SUMMARY:Weekly meeting ${index}`,
      'DTSTART:20161112T020000Z',
      'DTEND:20161112T030000Z',
      'END:VEVENT',
    ]).flat();

  it('is refused, naming its count of events and the most an import takes, before its events are read', () => {
    const result = previewCalendarImport(calendar(...events(MAX_IMPORTED_EVENTS + 1)), sample, inEnglish);
    expect(result.ok).toBe(false);
    expect(!result.ok && inEnglish(result.error)).toBe(
      'The file holds 2,001 events, more than the 2,000 an import takes (no trip has nearly as many). Export only the trip’s dates from the calendar it comes from, then import that file.',
    );
    expect(!result.ok && inChinese(result.error)).toBe(
      '该文件包含2,001个事件，超过一次导入的上限2,000个（任何行程的活动都远没有这么多）。请在来源日历中只导出行程期间的日期，再导入导出的文件。',
    );
  });

  it('is read whole up to that many', () => {
    const result = previewCalendarImport(calendar(...events(MAX_IMPORTED_EVENTS)), sample, inEnglish);
    expect(result.ok && result.value.events).toHaveLength(MAX_IMPORTED_EVENTS);
  });
});
