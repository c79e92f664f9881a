import { describe, expect, it } from 'vitest';
import { exportTripCalendar } from '../../../../src/domain/calendars/calendar-files';
import { importItems, previewCalendarImport, type CalendarImportPreview } from '../../../../src/domain/calendars/calendar-import-preview';
import type { ImportedEvent } from '../../../../src/domain/calendars/imported-event';
import { parseEngagementDraft } from '../../../../src/domain/engagements/engagement-rules';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import type { TripBundle } from '../../../../src/domain/trip/trip-bundle';

function sampleTrip(prefix: string): TripBundle {
  let counter = 0;
  return buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `${prefix}-${++counter}` });
}

const sample = sampleTrip('id');
const stopId = (name: string) => sample.stops.find((stop) => stop.name === name)!.id;

/** A calendar file of the given lines between BEGIN:VCALENDAR and END:VCALENDAR, with CRLF line ends. */
function calendar(...lines: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Partner//Invitation//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
}

function vevent(...lines: string[]): string[] {
  return ['BEGIN:VEVENT', 'UID:invitation-1@partner.example', 'DTSTAMP:20161101T000000Z', ...lines, 'END:VEVENT'];
}

const CHINA_STANDARD_TIME = [
  'BEGIN:VTIMEZONE',
  'TZID:China Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const SHANGHAI = [
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

function preview(text: string, bundle: TripBundle = sample): CalendarImportPreview {
  const result = previewCalendarImport(text, bundle);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function only(text: string, bundle: TripBundle = sample): ImportedEvent {
  const events = preview(text, bundle).events;
  expect(events).toHaveLength(1);
  return events[0]!;
}

const blocking = (event: ImportedEvent) => event.problems.filter((problem) => problem.blocking).map((problem) => problem.kind);
const warnings = (event: ImportedEvent) => event.problems.filter((problem) => !problem.blocking).map((problem) => problem.kind);

describe('importing an invitation', () => {
  it('reads a meeting in Asia/Shanghai time, with its zone defined, as an engagement in Tianjin at 10:00', () => {
    const event = only(
      calendar(
        ...SHANGHAI,
        ...vevent(
          'SUMMARY:Follow-up meeting with Zhengxin Group',
          'DTSTART;TZID=Asia/Shanghai:20161112T160000',
          'DTEND;TZID=Asia/Shanghai:20161112T173000',
          'LOCATION:Zhengxin Group headquarters\\, Binhai\\, Tianjin',
          'DESCRIPTION:Agenda:\\n1. Fund terms\\n2. Site plan',
          'ORGANIZER;CN=Wang Lei:mailto:wang.lei@zhengxin.example',
          'STATUS:CONFIRMED',
        ),
      ),
    );
    expect(event.timing).toBe('zoned');
    expect(event.start).toEqual({ local: '2016-11-12T16:00', zone: 'Asia/Shanghai', utc: '2016-11-12T08:00:00Z' });
    expect(event.end?.utc).toBe('2016-11-12T09:30:00Z');
    expect(event.stopId).toBe(stopId('Tianjin'));
    // Nothing to check but the site visit, which runs until 16:30.
    expect(event.problems.map((problem) => problem.kind)).toEqual(['overlap']);
    expect(event.draft).toMatchObject({
      stopId: stopId('Tianjin'),
      date: '2016-11-12',
      startTime: '16:00',
      endTime: '17:30',
      title: 'Follow-up meeting with Zhengxin Group',
      kind: 'meeting',
      status: 'confirmed',
      venueName: 'Zhengxin Group headquarters, Binhai, Tianjin',
      briefingNotes: 'Invitation from Wang Lei <wang.lei@zhengxin.example>.\n\nAgenda:\n1. Fund terms\n2. Site plan',
    });
  });

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

  it('moves an event given in London time to the same moment in the city, and says so', () => {
    const event = only(
      calendar(
        ...vevent(
          'SUMMARY:Briefing call with Liverpool',
          'DTSTART;TZID=Europe/London:20161112T020000',
          'DTEND;TZID=Europe/London:20161112T030000',
        ),
      ),
    );
    expect(event.start?.zone).toBe('Europe/London');
    expect(warnings(event)).toContain('other-zone');
    expect(event.draft).toMatchObject({ stopId: stopId('Tianjin'), startTime: '10:00', endTime: '11:00', kind: 'briefing' });
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

  it('keeps a cancelled invitation as a cancelled engagement', () => {
    const event = only(
      calendar(...vevent('SUMMARY:Dinner', 'DTSTART:20161116T110000Z', 'DTEND:20161116T130000Z', 'STATUS:CANCELLED')),
    );
    expect(warnings(event)).toEqual(['cancelled']);
    expect(event.draft?.status).toBe('cancelled');
  });

  it('gives drafts that the engagement form accepts as they are', () => {
    const result = preview(
      calendar(
        ...vevent('SUMMARY:One', 'DTSTART:20161107T010000Z', 'DTEND:20161107T020000Z'),
        ...vevent('SUMMARY:Two', 'DTSTART;TZID=Asia/Shanghai:20161118T220000', 'DTEND;TZID=Asia/Shanghai:20161119T003000'),
      ),
    );
    expect(result.drafts).toHaveLength(2);
    expect(result.drafts[1]).toMatchObject({ stopId: stopId('Shanghai'), startTime: '22:00', endTime: '00:30' });
    for (const draft of result.drafts) expect(parseEngagementDraft(draft, sample.stops).ok).toBe(true);
  });
});

describe('choosing the city on a day the delegation moves', () => {
  // 11 Nov: the delegation flies from Chongqing (09:25) to Tianjin (lands 11:55).
  const on11Nov = (time: string, location?: string) =>
    only(
      calendar(
        ...vevent(
          'SUMMARY:Meeting',
          `DTSTART;TZID=Asia/Shanghai:20161111T${time}00`,
          `DTEND;TZID=Asia/Shanghai:20161111T${time.slice(0, 2)}5900`,
          ...(location ? [`LOCATION:${location}`] : []),
        ),
      ),
    );

  it('prefers the city the location names', () => {
    const event = on11Nov('0700', 'Jiefangbei\\, Chongqing');
    expect(event.stopId).toBe(stopId('Chongqing'));
    expect(event.otherStopIds).toEqual([stopId('Tianjin')]);
    expect(on11Nov('0700', '天津市和平区').stopId).toBe(stopId('Tianjin'));
  });

  it('otherwise puts what happens after the flight lands in the next city, and before it leaves in the one before', () => {
    expect(on11Nov('1500').stopId).toBe(stopId('Tianjin'));
    expect(on11Nov('0700').stopId).toBe(stopId('Chongqing'));
  });
});

describe('events that are not imported', () => {
  it('lists an all-day event with its dates and city, and says it is not imported', () => {
    const event = only(
      calendar(...vevent('SUMMARY:Tianjin trade fair', 'DTSTART;VALUE=DATE:20161112', 'DTEND;VALUE=DATE:20161113')),
    );
    expect(event.timing).toBe('all-day');
    expect(event.dates).toEqual({ start: '2016-11-12', end: '2016-11-13' });
    expect(event.sequence).toBe(0);
    expect(event.stopId).toBe(stopId('Tianjin'));
    expect(blocking(event)).toEqual(['all-day']);
    expect(event.problems[0]?.message).toMatch(/All-day events are not imported/);
    expect(event.draft).toBeNull();
  });

  it('says repeating events are not supported', () => {
    const event = only(
      calendar(
        ...vevent('SUMMARY:Daily stand-up', 'DTSTART:20161112T010000Z', 'DTEND:20161112T011500Z', 'RRULE:FREQ=DAILY;COUNT=5'),
      ),
    );
    expect(blocking(event)).toEqual(['recurring']);
    expect(event.problems[0]?.message).toMatch(/Repeating events are not imported/);
    expect(event.draft).toBeNull();
  });

  it('finds no city for a date outside the trip', () => {
    const event = only(calendar(...vevent('SUMMARY:Later', 'DTSTART:20161201T020000Z', 'DTEND:20161201T030000Z')));
    expect(blocking(event)).toEqual(['no-stop']);
    expect(event.problems[0]?.message).toMatch(/^No city of the trip matches its date \(Thu 1 Dec 2016\)/);
    // Still shown at its time, in its own zone, for the organiser to see what it was.
    expect(event.start).toEqual({ local: '2016-12-01T02:00', zone: 'UTC', utc: '2016-12-01T02:00:00Z' });
    expect(event.draft).toBeNull();
  });

  it('refuses a time zone it does not know and the file does not define', () => {
    const event = only(calendar(...vevent('SUMMARY:X', 'DTSTART;TZID=Beijing Time:20161112T100000', 'DTEND;TZID=Beijing Time:20161112T110000')));
    expect(blocking(event)).toEqual(['unknown-zone']);
    expect(event.problems[0]?.message).toBe('Its time zone “Beijing Time” is not one this app knows, and the file does not define it.');
  });

  it('refuses an event that ends before it starts, or lasts longer than any engagement', () => {
    const backwards = only(calendar(...vevent('SUMMARY:X', 'DTSTART:20161112T030000Z', 'DTEND:20161112T020000Z')));
    expect(blocking(backwards)).toContain('ends-before-start');
    const long = only(calendar(...vevent('SUMMARY:X', 'DTSTART:20161112T000000Z', 'DTEND:20161113T000000Z')));
    expect(blocking(long)).toContain('too-long');
  });

  it('refuses a time the clocks skip', () => {
    const event = only(
      calendar(...vevent('SUMMARY:X', 'DTSTART;TZID=Europe/London:20160327T013000', 'DTEND;TZID=Europe/London:20160327T030000')),
    );
    expect(blocking(event)).toEqual(['nonexistent-time']);
  });

  it('recognises the trip’s own calendar and does not copy its events', () => {
    const text = exportTripCalendar(sample, { now: '2026-01-02T00:00:00Z' });
    if (!text.ok) throw new Error(text.error);
    const result = preview(text.value.text);
    expect(result.events.length).toBe(sample.engagements.length + sample.segments.length + sample.accommodations.length);
    expect(result.drafts).toEqual([]);
    expect(result.events.every((event) => blocking(event).includes('already-in-trip'))).toBe(true);
  });

  it('imports another copy of the trip’s calendar back at the same cities and times', () => {
    const other = sampleTrip('other');
    const exported = exportTripCalendar(other, { now: '2026-01-02T00:00:00Z' });
    if (!exported.ok) throw new Error(exported.error);
    const result = preview(exported.value.text);
    expect(result.calendarName).toBe(sample.trip.name);
    const mou = result.events.find((event) => event.title.includes('MoU signing'))!;
    expect(mou.draft).toMatchObject({ stopId: stopId('Tianjin'), date: '2016-11-12', startTime: '10:00', endTime: '11:00' });
    expect(mou.draft?.venueName).toContain('天津市和平区解放北路18号');
    const hotels = result.events.filter((event) => event.timing === 'all-day');
    expect(hotels).toHaveLength(sample.accommodations.length);
  });
});

describe('an invitation imported before', () => {
  const tour = (sequence: number, start = '150000', end = '163000', title = 'Tour of the Zhengxin sensor plant') =>
    calendar(
      ...vevent(
        `SEQUENCE:${sequence}`,
        `SUMMARY:${title}`,
        `DTSTART;TZID=Asia/Shanghai:20161112T${start}`,
        `DTEND;TZID=Asia/Shanghai:20161112T${end}`,
        'LOCATION:Zhengxin plant\\, Tianjin',
      ),
    );
  /** The sample trip with the tour imported at SEQUENCE 1, as the repository keeps it. */
  const imported: TripBundle = (() => {
    const event = only(tour(1));
    const [item] = importItems([event]);
    if (item?.kind !== 'add' || !item.calendar) throw new Error('expected a new engagement with a calendar identity');
    const mou = sample.engagements.find((engagement) => engagement.title.includes('MoU signing'))!;
    const draft = item.draft;
    return {
      ...sample,
      engagements: [
        ...sample.engagements,
        {
          ...mou,
          id: 'imported-tour',
          title: draft.title,
          kind: draft.kind,
          venue: { ...mou.venue, name: draft.venueName },
          start: { ...mou.start, local: '2016-11-12T15:00', utc: '2016-11-12T07:00:00Z' },
          end: { ...mou.end, local: '2016-11-12T16:30', utc: '2016-11-12T08:30:00Z' },
          calendar: item.calendar,
        },
      ],
    };
  })();

  it('keeps the partner’s UID and SEQUENCE, so the engagement is recognised when the file comes again', () => {
    const [item] = importItems([only(tour(1))]);
    expect(item).toMatchObject({ kind: 'add', calendar: { uid: 'invitation-1@partner.example', sequence: 1 } });
  });

  it('blocks the same invitation imported again as already in this trip', () => {
    const again = only(tour(1), imported);
    expect(blocking(again)).toEqual(['already-in-trip']);
    expect(again.problems[0]?.message).toMatch(/^Already in this trip, as the engagement “Tour of the Zhengxin sensor plant”/);
    expect(again.draft).toBeNull();
  });

  it('offers a newer version (higher SEQUENCE) as an update of that engagement, with its new time and title', () => {
    const newer = only(tour(2, '153000', '170000', 'Tour of the Zhengxin sensor plant and labs'), imported);
    expect(blocking(newer)).toEqual([]);
    expect(warnings(newer)).toContain('update');
    expect(newer.updates?.id).toBe('imported-tour');
    expect(newer.draft).toMatchObject({ title: 'Tour of the Zhengxin sensor plant and labs', startTime: '15:30', endTime: '17:00' });
    expect(importItems([newer])).toEqual([{ kind: 'update', engagementId: 'imported-tour', draft: newer.draft, sequence: 2 }]);
    expect(previewCalendarImport(tour(2), imported).ok && preview(tour(2), imported).drafts).toEqual([]);
  });
});

describe('clashes with the programme', () => {
  it('warns, without blocking, of an engagement already at that city at the same time', () => {
    const event = only(
      calendar(
        ...vevent(
          'SUMMARY:Tour of the Zhengxin sensor plant',
          'DTSTART;TZID=Asia/Shanghai:20161112T150000',
          'DTEND;TZID=Asia/Shanghai:20161112T163000',
        ),
      ),
    );
    expect(blocking(event)).toEqual([]);
    const overlap = event.problems.find((problem) => problem.kind === 'overlap');
    expect(overlap?.message).toBe('Overlaps “Visit to the proposed site of the Chinese Sensor City” 14:30–16:30.');
    expect(event.draft).not.toBeNull();
  });

  it('says nothing of an engagement that only touches it, or is cancelled', () => {
    const event = only(
      calendar(
        ...vevent('SUMMARY:Coffee', 'DTSTART;TZID=Asia/Shanghai:20161112T163000', 'DTEND;TZID=Asia/Shanghai:20161112T170000'),
      ),
    );
    expect(warnings(event)).not.toContain('overlap');
  });
});

describe('files that cannot be read', () => {
  const failure = (text: string) => {
    const result = previewCalendarImport(text, sample);
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.error;
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

  it('lists an event whose time cannot be read, without throwing', () => {
    const event = only(calendar(...vevent('SUMMARY:X', 'DTSTART:garbage')));
    expect(blocking(event)).toEqual(['unreadable']);
    expect(event.draft).toBeNull();
    expect(() => previewCalendarImport('\u0000\u0001BEGIN:VCALENDAR', sample)).not.toThrow();
    expect(() => previewCalendarImport(calendar('BEGIN:VEVENT', 'DTSTART;VALUE=DATE:2016', 'END:VEVENT'), sample)).not.toThrow();
  });
});
