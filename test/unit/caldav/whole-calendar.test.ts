/**
 * A new calendar's events joined into one calendar, to be written in one request where the server takes it: each
 * event once, as the app wrote it, under the calendar's name; nothing joined that is not a calendar of events.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { wholeCalendarText } from '../../../src/caldav/whole-calendar';

const event = (uid: string, summary: string) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'PRODID:-//Delegation Planner//Calendar export//EN',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `SUMMARY:${summary}`,
    'DTSTAMP:20260102T030405Z',
    'DTSTART:20161112T020000Z',
    'DTEND:20161112T030000Z',
    'DESCRIPTION:Sat 12 Nov 2016\\, 10:00–11:00 Tianjin (UTC+8) · 02:00–03:00 Liverpool\\nSigning ceremony · Confirme',
    ' d',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${summary}`,
    'TRIGGER:-PT30M',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

type JCal = [string, [string, object, string, ...unknown[]][], JCal[]];

describe('a whole calendar of new events', () => {
  it('holds each event once, as written, under the calendar’s name', () => {
    const texts = [event('a@delegation-planner', 'MoU signing'), event('b@delegation-planner', 'Welcome banquet')];
    const text = wholeCalendarText('Trade mission; Tianjin, Beijing – 张伟', texts)!;
    const [name, properties, components] = ICAL.parse(text) as JCal;
    expect(name).toBe('vcalendar');
    expect(properties.map(([property]) => property)).toEqual(['version', 'calscale', 'prodid', 'x-wr-calname']);
    // A TEXT value, escaped as the calendar files write the name.
    expect(text.replace(/\r\n /g, '')).toContain('\r\nX-WR-CALNAME:Trade mission\\; Tianjin\\, Beijing – 张伟\r\n');
    expect(components.map(([component]) => component)).toEqual(['vevent', 'vevent']);
    // Each event's text is the one the app wrote, its alarm and folded lines with it.
    for (const [index, written] of texts.entries()) {
      expect(text).toContain(written.slice(written.indexOf('BEGIN:VEVENT'), written.indexOf('END:VCALENDAR')));
      expect(components[index]![2].map(([component]) => component)).toEqual(['valarm']);
    }
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('folds a long name at 75 octets without splitting a character', () => {
    const text = wholeCalendarText('北京'.repeat(40), [event('a@delegation-planner', 'MoU signing')])!;
    const lines = text.split('\r\n').filter((line) => line.startsWith('X-WR-CALNAME') || line.startsWith(' 北') || line.startsWith(' 京'));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n /g, '')).toContain(`X-WR-CALNAME:${'北京'.repeat(40)}\r\n`);
  });

  it('joins nothing that is not a calendar of events only', () => {
    const withZone = event('a@delegation-planner', 'MoU signing').replace('BEGIN:VEVENT', 'BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT');
    expect(wholeCalendarText('Trip', [event('a@delegation-planner', 'MoU'), withZone])).toBeNull();
    expect(wholeCalendarText('Trip', ['BEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n'])).toBeNull();
    expect(wholeCalendarText('Trip', ['<html>Not found</html>'])).toBeNull();
    expect(wholeCalendarText('Trip', [])).toBeNull();
  });
});
