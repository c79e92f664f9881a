/**
 * Whether the event a server holds is the one the app sent: after a publish whose answer was lost, the next
 * finds the event already there (412 to If-None-Match) and counts it written only if it says the same.
 */
import { describe, expect, it } from 'vitest';
import { sameEvent } from '../../../src/caldav/caldav-server';

const sent = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Delegation Planner//Calendar export//EN',
  'BEGIN:VEVENT',
  'UID:id-1@delegation-planner',
  'SUMMARY:MoU signing with Zhengxin Group\\, Tianjin',
  'DTSTAMP:20260102T030405Z',
  'DTSTART:20161112T020000Z',
  'DTEND:20161112T030000Z',
  'DESCRIPTION:Sat 12 Nov 2016\\, 10:00–11:00 Tianjin (UTC+8) · 02:00–03:00 Liverpool\\nSigning ceremony · Confirme',
  ' d',
  'SEQUENCE:0',
  'STATUS:CONFIRMED',
  'ORGANIZER;CN="Liverpool City Region trade mission to China":MAILTO:noreply@delegation-planner.invalid',
  'BEGIN:VALARM',
  'ACTION:DISPLAY',
  'DESCRIPTION:MoU signing',
  'TRIGGER:-PT30M',
  'END:VALARM',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

/** The same event as Radicale 3.1.8 stores and returns it: properties in its own order, folded its own way, no needless quotes. */
const asRadicaleKeepsIt = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Delegation Planner//Calendar export//EN',
  'BEGIN:VEVENT',
  'UID:id-1@delegation-planner',
  'DTSTART:20161112T020000Z',
  'DTEND:20161112T030000Z',
  'DESCRIPTION:Sat 12 Nov 2016\\, 10:00–11:00 Tianjin (UTC+8) · 02:00–03:0',
  ' 0 Liverpool\\nSigning ceremony · Confirmed',
  'DTSTAMP:20260102T030405Z',
  'ORGANIZER;CN=Liverpool City Region trade mission to China:MAILTO:noreply@de',
  ' legation-planner.invalid',
  'SEQUENCE:0',
  'STATUS:CONFIRMED',
  'SUMMARY:MoU signing with Zhengxin Group\\, Tianjin',
  'BEGIN:VALARM',
  'ACTION:DISPLAY',
  'DESCRIPTION:MoU signing',
  'TRIGGER:-PT30M',
  'END:VALARM',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('the same event', () => {
  it('is the same as a server keeps it: properties reordered, folded elsewhere, parameters unquoted', () => {
    expect(sameEvent(asRadicaleKeepsIt, sent)).toBe(true);
  });

  it('is the same kept from a whole calendar, in a VCALENDAR of the server’s own (its PRODID, no CALSCALE)', () => {
    const fromWholeCalendar = asRadicaleKeepsIt.replace('PRODID:-//Delegation Planner//Calendar export//EN', 'PRODID:-//PYVOBJECT//NONSGML Version 1//EN');
    expect(sameEvent(fromWholeCalendar, sent.replace('VERSION:2.0\r\n', 'VERSION:2.0\r\nCALSCALE:GREGORIAN\r\n'))).toBe(true);
  });

  it('is not another event, nor the event with another beside it', () => {
    expect(sameEvent(sent.replace('UID:id-1@', 'UID:id-2@'), sent)).toBe(false);
    const two = sent.replace('END:VCALENDAR', `${sent.slice(sent.indexOf('BEGIN:VEVENT'), sent.indexOf('END:VCALENDAR')).replace('UID:id-1@', 'UID:id-2@')}END:VCALENDAR`);
    expect(sameEvent(two, sent)).toBe(false);
  });

  it('is the same written at another moment (DTSTAMP)', () => {
    expect(sameEvent(sent.replace('DTSTAMP:20260102T030405Z', 'DTSTAMP:20270101T000000Z'), sent)).toBe(true);
  });

  it('is not the same moved, renamed, cancelled, or with another reminder', () => {
    expect(sameEvent(sent.replace('DTSTART:20161112T020000Z', 'DTSTART:20161112T030000Z'), sent)).toBe(false);
    expect(sameEvent(sent.replace('Zhengxin Group\\, Tianjin', 'Zhengxin Group'), sent)).toBe(false);
    expect(sameEvent(sent.replace('STATUS:CONFIRMED', 'STATUS:CANCELLED'), sent)).toBe(false);
    expect(sameEvent(sent.replace('TRIGGER:-PT30M', 'TRIGGER:-PT15M'), sent)).toBe(false);
  });

  it('is never a text that cannot be read', () => {
    expect(sameEvent('<html>Not found</html>', '<html>Not found</html>')).toBe(false);
  });
});
