import { describe, expect, it } from 'vitest';
import {
  cancelledEvent,
  engagementEvent,
  eventContext,
  hotelEvent,
  journeyEvent,
  NO_REPLY_EMAIL,
  tripOrganiser,
  type EventContext,
} from '../../../../src/domain/calendars/calendar-events';
import { nextCalendarIdentity } from '../../../../src/domain/shared/calendar-identity';
import { zonedTimeOrThrow } from '../../../../src/domain/shared/time';
import {
  engagementTitled,
  eventWithUid,
  instant,
  mou,
  NOW,
  options,
  overnightFlight,
  rawLines,
  sample,
  stopId,
  tripText,
  unwrap,
  withEngagement,
} from './sample-trip-calendars';
import { inEnglish } from '../../../builders/words';

describe('the events of the whole trip’s calendar', () => {
  it('puts the 10:00 MoU signing in Tianjin at 02:00Z, whatever zone the machine is in', () => {
    const text = tripText();
    const signing = eventWithUid(text, mou.calendar.uid);
    expect(instant(signing, 'dtstart')).toBe('2016-11-12T02:00:00.000Z');
    expect(instant(signing, 'dtend')).toBe('2016-11-12T03:00:00.000Z');
    expect(rawLines(text, mou.calendar.uid)).toContain('DTSTART:20161112T020000Z');
  });

  it('has the overnight flight from Manchester, changing in Beijing, as one event from 13:15Z to its landing in Kunming at 05:45Z next day', () => {
    const text = tripText();
    const flight = eventWithUid(text, overnightFlight.calendar.uid);
    expect(instant(flight, 'dtstart')).toBe('2016-11-05T13:15:00.000Z');
    expect(instant(flight, 'dtend')).toBe('2016-11-06T05:45:00.000Z');
    expect(text.match(/^SUMMARY:.*HU7279/gm)).toHaveLength(1);
  });

  it('writes every timed item in UTC and never floating or with a zone it cannot define', () => {
    const text = tripText();
    const times = text.split('\r\n').filter((line) => /^(DTSTART|DTEND)/.test(line));
    expect(times.length).toBeGreaterThan(0);
    for (const line of times) expect(line).toMatch(/^(DTSTART|DTEND)(:\d{8}T\d{6}Z|;VALUE=DATE:\d{8})$/);
    expect(text).not.toContain('TZID');
  });

  it('makes each hotel stay an all-day item from check-in to the check-out date, without a duration', () => {
    const text = tripText();
    const tianjinHotel = sample.accommodations.find((stay) => stay.stopId === stopId(sample, 'Tianjin'))!;
    const lines = rawLines(text, tianjinHotel.calendar.uid);
    expect(lines).toContain('DTSTART;VALUE=DATE:20161111');
    expect(lines).toContain('DTEND;VALUE=DATE:20161113');
    expect(text).not.toMatch(/^DURATION/m);
    expect(text).not.toMatch(/P\d+DT(\r|$)/m);
  });

  it('keeps a cancelled engagement as STATUS:CANCELLED, without a reminder, and a proposed one as tentative', () => {
    const banquet = engagementTitled(sample, 'Welcome banquet');
    const forum = engagementTitled(sample, 'business forum');
    let bundle = withEngagement(sample, banquet.id, (engagement) => ({ ...engagement, status: 'cancelled' }));
    bundle = withEngagement(bundle, forum.id, (engagement) => ({ ...engagement, status: 'proposed' }));
    const text = tripText(bundle);
    const cancelled = eventWithUid(text, banquet.calendar.uid);
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.getFirstPropertyValue('summary')).toBe(`Cancelled: ${banquet.title}`);
    expect(cancelled.getAllSubcomponents('valarm')).toHaveLength(0);
    expect(eventWithUid(text, forum.calendar.uid).getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(eventWithUid(text, mou.calendar.uid).getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('keeps the UID and raises SEQUENCE after an edit, so calendars replace the event', () => {
    const before = eventWithUid(tripText(), mou.calendar.uid);
    const edited = withEngagement(sample, mou.id, (engagement) => ({
      ...engagement,
      start: zonedTimeOrThrow('2016-11-12T10:30', 'Asia/Shanghai'),
      end: zonedTimeOrThrow('2016-11-12T11:30', 'Asia/Shanghai'),
      calendar: nextCalendarIdentity(engagement.calendar, () => 'never-used'),
    }));
    const after = eventWithUid(tripText(edited), mou.calendar.uid);
    expect(after.getFirstPropertyValue('uid')).toBe(before.getFirstPropertyValue('uid'));
    expect(Number(after.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(before.getFirstPropertyValue('sequence')));
    expect(Number(after.getFirstPropertyValue('sequence'))).toBe(mou.calendar.sequence + 1);
    expect(instant(after, 'dtstart')).toBe('2016-11-12T02:30:00.000Z');
  });

  it('stamps every event with the moment of the export', () => {
    const stamps = tripText()
      .split('\r\n')
      .filter((line) => line.startsWith('DTSTAMP'));
    expect(stamps.length).toBe(sample.engagements.length + sample.segments.length + sample.accommodations.length);
    expect(new Set(stamps)).toEqual(new Set(['DTSTAMP:20260102T030405Z']));
  });

  it('names the organiser given, with any double quote in the name replaced so the line stays readable', () => {
    const organiser = tripOrganiser(sample)!;
    expect(organiser).toEqual({ name: 'Ellen Cutler', email: 'ellen.cutler@investliverpool.example' });
    const text = tripText(sample, { words: inEnglish, now: NOW, organizerName: 'Ellen "Nell" Cutler', organizerEmail: organiser.email });
    const lines = text.replace(/\r\n /g, '').split('\r\n').filter((line) => line.startsWith('ORGANIZER'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toBe(`ORGANIZER;CN="Ellen 'Nell' Cutler":MAILTO:${organiser.email}`);
    }
    expect(eventWithUid(text, mou.calendar.uid).getFirstProperty('organizer')!.getParameter('cn')).toBe("Ellen 'Nell' Cutler");
  });

  it('shows local and home time, partners and their contacts, attendees, dress code, interpreter and the briefing', () => {
    const description = String(eventWithUid(tripText(), mou.calendar.uid).getFirstPropertyValue('description'));
    expect(description).toContain('Sat 12 Nov 2016, 10:00–11:00 Tianjin (UTC+8) · 02:00–03:00 Liverpool');
    expect(description).toContain('Partners: Zhengxin Group');
    expect(description).toContain('Zhihua Feng, Executive Vice President, Zhengxin Group, +86 22 6555 0301, zhihua.feng@zhengxin.example');
    expect(description).toMatch(/Attendees \(\d+\): .*Joe Anderson/);
    expect(description).toContain('Dress code: Business attire (dark suits for the photographs)');
    expect(description).toContain('Interpreter: needed');
    expect(description).toContain('Objectives: Sign the Memorandum of Understanding');
    expect(description).toContain('Briefing notes: The Mayor of Liverpool attends and speaks');
  });

  it('labels the address in local script for what it is and what it is for', () => {
    const briefing = engagementTitled(sample, 'Trade briefing at the British Embassy');
    const description = String(eventWithUid(tripText(), briefing.calendar.uid).getFirstPropertyValue('description'));
    expect(description).toContain('Address in Chinese (show to the driver): 北京市朝阳区光华路11号');
    expect(description).not.toContain('Local address');
  });

  it('lists the engagement’s details in the order delegates have always read them', () => {
    const description = String(eventWithUid(tripText(), mou.calendar.uid).getFirstPropertyValue('description'));
    const paragraphs = description.split('\n\n');
    const people = paragraphs.find((paragraph) => paragraph.startsWith('Attendees'))!.split('\n');
    expect(people.slice(1)).toEqual([
      'Dress code: Business attire (dark suits for the photographs)',
      'Interpreter: needed',
      `Gifts: ${mou.gifts}`,
    ]);
    const briefing = paragraphs.at(-1)!.split('\n');
    expect(briefing.map((line) => line.slice(0, line.indexOf(':')))).toEqual(['Objectives', 'Briefing notes']);
  });

  it('gives a journey its mode, number, places, both local times with home time, and the booking reference', () => {
    const flight = eventWithUid(tripText(), overnightFlight.calendar.uid);
    expect(flight.getFirstPropertyValue('summary')).toBe(
      'Flight HU7908 + HU7279: Manchester Airport T2 → Kunming Changshui International Airport',
    );
    const description = String(flight.getFirstPropertyValue('description'));
    expect(description).toContain('Flight HU7908 + HU7279, Hainan Airlines');
    expect(description).toContain('Departs Sat 5 Nov 2016, 13:15 (UTC), Manchester Airport T2');
    expect(description).toContain('Arrives Sun 6 Nov 2016, 13:45 (UTC+8) · 05:45 Liverpool, Kunming Changshui International Airport');
    expect(description).toContain('Booking reference: HX7Q2M');
    expect(flight.getFirstPropertyValue('location')).toBe('Manchester Airport T2');
  });

  it('writes a journey’s terminals beside its places, and leaves the location the place alone', () => {
    const flight = sample.segments.find((segment) => segment.number === 'GS7569')!;
    expect(flight).toMatchObject({ departureTerminal: 'T2', arrivalTerminal: 'T2' });
    const event = eventWithUid(tripText(), flight.calendar.uid);
    const description = String(event.getFirstPropertyValue('description'));
    expect(description).toMatch(/^Departs .*, Chongqing Jiangbei International Airport, terminal T2$/m);
    expect(description).toMatch(/^Arrives .*, Tianjin Binhai International Airport, terminal T2$/m);
    expect(event.getFirstPropertyValue('location')).toBe('Chongqing Jiangbei International Airport');
  });

  it('lists the legs of a journey that connects, each end in its own place’s time, and the time to change', () => {
    const flight = eventWithUid(tripText(), overnightFlight.calendar.uid);
    const paragraphs = String(flight.getFirstPropertyValue('description')).split('\n\n');
    expect(paragraphs[1]!.split('\n')).toEqual([
      'Leg 1: Flight HU7908, Hainan Airlines',
      'Departs Sat 5 Nov 2016, 13:15 (UTC), Manchester Airport T2',
      'Arrives Sun 6 Nov 2016, 06:55 (UTC+8) · 22:55 Liverpool, Sat 5 Nov, Beijing Capital International Airport T2',
      'Connection at Beijing Capital International Airport T2: 2 h 55 min',
      'Leg 2: Flight HU7279, Hainan Airlines',
      'Departs Sun 6 Nov 2016, 09:50 (UTC+8) · 01:50 Liverpool, Beijing Capital International Airport T1',
      'Arrives Sun 6 Nov 2016, 13:45 (UTC+8) · 05:45 Liverpool, Kunming Changshui International Airport',
    ]);
  });

  it('keeps the description of a direct journey as it was, with no legs', () => {
    const train = sample.segments.find((segment) => segment.mode === 'train')!;
    const description = String(eventWithUid(tripText(), train.calendar.uid).getFirstPropertyValue('description'));
    expect(description).not.toContain('Leg 1');
    expect(description).not.toContain('Connection');
  });

  it('gives the address in English and in Chinese as the location', () => {
    const location = eventWithUid(tripText(), mou.calendar.uid).getFirstPropertyValue('location');
    expect(location).toBe(
      'Haihe Bund Hotel, Binhai Room, 18 Jiefang North Road, Heping District, Tianjin / 天津市和平区解放北路18号 海河外滩酒店滨海厅',
    );
  });

  it('keeps a category with a comma in it as one category', () => {
    const bundle = { ...sample, trip: { ...sample.trip, name: 'Mission to China, November 2016; phase 1' } };
    const signing = eventWithUid(tripText(bundle), mou.calendar.uid);
    const categories = signing.getFirstProperty('categories')!.getValues();
    expect(categories).toEqual(['Mission to China, November 2016; phase 1', 'Signing ceremony']);
  });
});

describe('one event as the ics package takes it', () => {
  const context: EventContext = unwrap(eventContext(sample, options));
  const tianjinHotel = sample.accommodations.find((stay) => stay.stopId === stopId(sample, 'Tianjin'))!;

  it('gives an engagement its stored instants, UID and SEQUENCE, the moment of the export and the organiser', () => {
    const event = engagementEvent(mou, context);
    expect(event).toMatchObject({
      uid: mou.calendar.uid,
      sequence: mou.calendar.sequence,
      start: Date.parse('2016-11-12T02:00:00Z'),
      end: Date.parse('2016-11-12T03:00:00Z'),
      timestamp: Date.parse(NOW),
      status: 'CONFIRMED',
      transp: 'OPAQUE',
      organizer: { name: sample.trip.name, email: NO_REPLY_EMAIL },
      categories: [sample.trip.name, 'Signing ceremony'],
    });
    expect(event.alarms).toEqual([{ action: 'display', description: mou.title, trigger: { before: true, hours: 1 } }]);
  });

  it('leaves free time free, and gives it no reminder', () => {
    const free = { ...mou, kind: 'free-time' as const };
    expect(engagementEvent(free, context)).toMatchObject({ transp: 'TRANSPARENT', alarms: [] });
  });

  it('gives a journey its departure and arrival instants and a reminder three hours before a flight', () => {
    const event = journeyEvent(overnightFlight, context);
    expect(event).toMatchObject({
      start: Date.parse(overnightFlight.departure.utc),
      end: Date.parse(overnightFlight.arrival.utc),
    });
    expect(event.alarms?.[0]?.trigger).toEqual({ before: true, hours: 3 });
  });

  it('gives a hotel stay dates, not times, from check-in to check-out, never busy and without a reminder', () => {
    expect(hotelEvent(tianjinHotel, context)).toMatchObject({
      start: [2016, 11, 11],
      end: [2016, 11, 13],
      title: 'Hotel: Haihe Bund Hotel, Tianjin',
      transp: 'TRANSPARENT',
      alarms: [],
    });
  });

  it('sends an event no longer in a programme as cancelled, at its dates or its instants as last sent', () => {
    const allDay = cancelledEvent({ uid: 'u@x', sequence: 4, title: 'Hotel: Old', start: '2016-11-12', end: '2016-11-13' }, context);
    expect(allDay).toMatchObject({
      uid: 'u@x',
      sequence: 4,
      start: [2016, 11, 12],
      end: [2016, 11, 13],
      title: 'Cancelled: Hotel: Old',
      status: 'CANCELLED',
      description: 'No longer in your programme.',
    });
    const timed = cancelledEvent(
      { uid: 'v@x', sequence: 1, title: 'Talks', start: '2016-11-12T02:00:00Z', end: '2016-11-12T03:00:00Z' },
      context,
    );
    expect(timed).toMatchObject({ start: Date.parse('2016-11-12T02:00:00Z'), end: Date.parse('2016-11-12T03:00:00Z') });
  });
});

describe('what every event of an export is made with', () => {
  it('refuses a moment to stamp the events with that is not one, naming it', () => {
    const refused = eventContext(sample, { words: inEnglish, now: 'yesterday' });
    expect(refused.ok ? '' : inEnglish(refused.error)).toBe('“yesterday” is not a moment to stamp the calendar with.');
  });

  it('takes reminders over the defaults, or none at all', () => {
    expect(unwrap(eventContext(sample, { words: inEnglish, now: NOW, reminders: { meeting: 5 } })).reminders).toMatchObject({ meeting: 5, flight: 180 });
    expect(unwrap(eventContext(sample, { words: inEnglish, now: NOW, reminders: 'none' })).reminders).toBeNull();
  });

  it('finds no organiser when no member with the organiser’s role has an e-mail address', () => {
    const withoutAddresses = { ...sample, people: sample.people.map((person) => ({ ...person, email: ' ' })) };
    expect(tripOrganiser(withoutAddresses)).toBeNull();
  });
});
