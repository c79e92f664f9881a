import { describe, expect, it } from 'vitest';
import { previewCalendarImport } from '../../../../src/domain/calendars/calendar-import-preview';
import { readCalendarFile } from '../../../../src/domain/calendars/icalendar-parsing';
import { allDayDates, readTimes } from '../../../../src/domain/calendars/imported-event-times';
import {
  anImportedEvent,
  blocking,
  calendar,
  CHINA_STANDARD_TIME,
  only,
  stopId,
  vevent,
  warnings,
} from './invitation-files';
import { sample } from './sample-trip-calendars';
import { inEnglish } from '../../../builders/words';

describe('the times of an invitation', () => {
  it('reads Outlook’s “China Standard Time” from the zone the file defines', () => {
    const event = only(
      calendar(
        ...CHINA_STANDARD_TIME,
        ...vevent(
          'SUMMARY:Signing of the fund agreement',
          'DTSTART;TZID=China Standard Time:20161112T100000',
          'DTEND;TZID=China Standard Time:20161112T110000',
        ),
      ),
    );
    expect(event.timing).toBe('zoned');
    expect(event.tzid).toBe('China Standard Time');
    expect(event.start?.utc).toBe('2016-11-12T02:00:00Z');
    expect(event.start?.local).toBe('2016-11-12T10:00');
    expect(event.draft).toMatchObject({ stopId: stopId('Tianjin'), startTime: '10:00', endTime: '11:00', kind: 'signing' });
  });

  it('reads an end given in another zone at its own instant', () => {
    const event = only(
      calendar(
        ...vevent(
          'SUMMARY:Video call with Liverpool',
          'DTSTART;TZID=Asia/Shanghai:20161112T100000',
          'DTEND;TZID=Europe/London:20161112T030000',
        ),
      ),
    );
    expect(event.end).toEqual({ local: '2016-11-12T11:00', zone: 'Asia/Shanghai', utc: '2016-11-12T03:00:00Z' });
    expect(event.draft).toMatchObject({ stopId: stopId('Tianjin'), startTime: '10:00', endTime: '11:00' });
  });

  it('places a UTC time at the same moment in the city’s time: 02:00Z is 10:00 in Tianjin', () => {
    const event = only(calendar(...vevent('SUMMARY:Call', 'DTSTART:20161112T020000Z', 'DTEND:20161112T030000Z')));
    expect(event.timing).toBe('utc');
    expect(event.start).toEqual({ local: '2016-11-12T02:00', zone: 'UTC', utc: '2016-11-12T02:00:00Z' });
    expect(event.draft).toMatchObject({ stopId: stopId('Tianjin'), date: '2016-11-12', startTime: '10:00', endTime: '11:00' });
  });

  it('flags a floating time and reads it as the city’s time', () => {
    const event = only(calendar(...vevent('SUMMARY:Lunch', 'DTSTART:20161114T120000', 'DTEND:20161114T133000')));
    expect(event.timing).toBe('floating');
    expect(warnings(event)).toEqual(['floating']);
    expect(event.start).toEqual({ local: '2016-11-14T12:00', zone: 'Asia/Shanghai', utc: '2016-11-14T04:00:00Z' });
    expect(event.draft).toMatchObject({ stopId: stopId('Beijing'), startTime: '12:00', endTime: '13:30', kind: 'banquet' });
  });

  it('gives an event without an end an hour, and says so', () => {
    const event = only(calendar(...vevent('SUMMARY:Courtesy call', 'DTSTART;TZID=Asia/Shanghai:20161116T150000')));
    expect(warnings(event)).toEqual(['no-end']);
    expect(event.draft).toMatchObject({ stopId: stopId('Qingdao'), startTime: '15:00', endTime: '16:00' });
  });

  it('refuses a time zone it does not know and the file does not define', () => {
    const event = only(calendar(...vevent('SUMMARY:X', 'DTSTART;TZID=Beijing Time:20161112T100000', 'DTEND;TZID=Beijing Time:20161112T110000')));
    expect(blocking(event)).toEqual(['unknown-zone']);
    expect(inEnglish(event.problems[0]?.message ?? '')).toBe('Its time zone “Beijing Time” is not one this app knows, and the file does not define it.');
  });

  it('refuses a time the clocks skip', () => {
    const event = only(
      calendar(...vevent('SUMMARY:X', 'DTSTART;TZID=Europe/London:20160327T013000', 'DTEND;TZID=Europe/London:20160327T030000')),
    );
    expect(blocking(event)).toEqual(['nonexistent-time']);
  });

  it('lists an event whose time cannot be read, without throwing', () => {
    const event = only(calendar(...vevent('SUMMARY:X', 'DTSTART:garbage')));
    expect(blocking(event)).toEqual(['unreadable']);
    expect(event.draft).toBeNull();
    expect(() => previewCalendarImport('\u0000\u0001BEGIN:VCALENDAR', sample, inEnglish)).not.toThrow();
    expect(() => previewCalendarImport(calendar('BEGIN:VEVENT', 'DTSTART;VALUE=DATE:2016', 'END:VEVENT'), sample, inEnglish)).not.toThrow();
  });
});

describe('reading one event’s times', () => {
  const read = (...lines: string[]) => {
    const result = readCalendarFile(calendar(...vevent(...lines)));
    if (!result.ok) throw new Error(inEnglish(result.error));
    const [root] = result.value;
    const component = root!.getFirstSubcomponent('vevent')!;
    const event = anImportedEvent();
    const problems: string[] = [];
    const report = (kind: string) => problems.push(kind);
    const times = readTimes(component, component.getFirstProperty('dtstart')!, root!, event, report, report);
    return { times, event, problems, vevent: component };
  };

  it('reads a TZID with the prefix some exporters add as the IANA zone it names', () => {
    const { times, event, problems } = read(
      'DTSTART;TZID=/mozilla.org/20050126_1/Asia/Shanghai:20161112T100000',
      'DTEND;TZID=/mozilla.org/20050126_1/Asia/Shanghai:20161112T110000',
    );
    expect(problems).toEqual([]);
    expect(event).toMatchObject({ timing: 'zoned', tzid: '/mozilla.org/20050126_1/Asia/Shanghai' });
    expect(times).toMatchObject({
      kind: 'instant',
      zone: 'Asia/Shanghai',
      startMs: Date.parse('2016-11-12T02:00:00Z'),
      endMs: Date.parse('2016-11-12T03:00:00Z'),
    });
  });

  it('keeps a floating time as the wall time it gives, for the city to place', () => {
    const { times, event } = read('DTSTART:20161114T120000', 'DURATION:PT90M');
    expect(event.timing).toBe('floating');
    expect(times).toEqual({ kind: 'wall', start: '2016-11-14T12:00', end: '2016-11-14T13:30' });
  });

  it('refuses a duration longer than any engagement before adding it up', () => {
    const { times, problems } = read('DTSTART:20161112T020000Z', 'DURATION:P1000000W');
    expect(times).toBeNull();
    expect(problems).toEqual(['too-long']);
  });

  it('gives the dates of an all-day event, one day when it gives no end', () => {
    expect(allDayDates(read('DTSTART;VALUE=DATE:20161112', 'DTEND;VALUE=DATE:20161114').vevent)).toEqual({
      start: '2016-11-12',
      end: '2016-11-14',
    });
    expect(allDayDates(read('DTSTART;VALUE=DATE:20161112').vevent)).toEqual({ start: '2016-11-12', end: '2016-11-13' });
  });
});
