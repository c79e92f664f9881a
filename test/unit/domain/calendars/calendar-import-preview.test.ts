import { describe, expect, it } from 'vitest';
import { exportTripCalendar } from '../../../../src/domain/calendars/calendar-files';
import { importItems, previewCalendarImport } from '../../../../src/domain/calendars/calendar-import-preview';
import { parseEngagementDraft } from '../../../../src/domain/engagements/engagement-rules';
import type { TripBundle } from '../../../../src/domain/trip/trip-bundle';
import { blocking, calendar, only, preview, SHANGHAI, stopId, vevent, warnings } from './invitation-files';
import { sample, sampleTrip } from './sample-trip-calendars';
import { inChinese, inEnglish } from '../../../builders/words';

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
    expect(inEnglish(event.problems[0]?.message ?? '')).toMatch(/All-day events are not imported/);
    expect(event.draft).toBeNull();
  });

  it('says repeating events are not supported', () => {
    const event = only(
      calendar(
        ...vevent('SUMMARY:Daily stand-up', 'DTSTART:20161112T010000Z', 'DTEND:20161112T011500Z', 'RRULE:FREQ=DAILY;COUNT=5'),
      ),
    );
    expect(blocking(event)).toEqual(['recurring']);
    expect(inEnglish(event.problems[0]?.message ?? '')).toMatch(/Repeating events are not imported/);
    expect(event.draft).toBeNull();
  });

  it('recognises the trip’s own calendar and does not copy its events', () => {
    const text = exportTripCalendar(sample, { words: inEnglish, now: '2026-01-02T00:00:00Z' });
    if (!text.ok) throw new Error(inEnglish(text.error));
    const result = preview(text.value.text);
    expect(result.events.length).toBe(sample.engagements.length + sample.segments.length + sample.accommodations.length);
    expect(result.drafts).toEqual([]);
    expect(result.events.every((event) => blocking(event).includes('already-in-trip'))).toBe(true);
  });

  it('imports another copy of the trip’s calendar back at the same cities and times', () => {
    const other = sampleTrip('other');
    const exported = exportTripCalendar(other, { words: inEnglish, now: '2026-01-02T00:00:00Z' });
    if (!exported.ok) throw new Error(inEnglish(exported.error));
    const result = preview(exported.value.text);
    expect(result.calendarName).toBe(sample.trip.name);
    const mou = result.events.find((event) => event.title.includes('MoU signing'))!;
    expect(mou.draft).toMatchObject({ stopId: stopId('Tianjin'), date: '2016-11-12', startTime: '10:00', endTime: '11:00' });
    expect(mou.draft?.venueName).toContain('天津市和平区解放北路18号');
    const hotels = result.events.filter((event) => event.timing === 'all-day');
    expect(hotels).toHaveLength(sample.accommodations.length);
  });
});

describe('times that are no times', () => {
  /** An event of its own UID, with the title and times given (no title when `summary` is empty). */
  const event = (uid: string, summary: string, start: string, end: string) => [
    'BEGIN:VEVENT',
    `UID:${uid}@partner.example`,
    'DTSTAMP:20161101T000000Z',
    ...(summary ? [`SUMMARY:${summary}`] : []),
    start,
    end,
    'END:VEVENT',
  ];
  const file = calendar(
    ...event('hour', 'Meeting with the Tianjin Port Authority', 'DTSTART;TZID=Asia/Shanghai:20161112T250000', 'DTEND;TZID=Asia/Shanghai:20161112T260000'),
    ...event('minute', 'Lunch', 'DTSTART:20161112T046000Z', 'DTEND:20161112T050000Z'),
    ...event('second', 'Press call', 'DTSTART:20161112T040061Z', 'DTEND:20161112T050000Z'),
    ...event('leap', 'Press call again', 'DTSTART:20161112T040060Z', 'DTEND:20161112T050000Z'),
    ...event('month', 'Banquet', 'DTSTART:20161312T100000Z', 'DTEND:20161312T120000Z'),
    ...event('day', 'Site visit', 'DTSTART:20161132T010000Z', 'DTEND:20161132T020000Z'),
    ...event('february', 'Signing', 'DTSTART;VALUE=DATE:20170228', 'DTEND;VALUE=DATE:20170230'),
    ...event('untitled', '', 'DTSTART:20161112T250000Z', 'DTEND:20161112T260000Z'),
    ...event('real', 'Follow-up meeting', 'DTSTART:20161112T020000Z', 'DTEND:20161112T030000Z'),
  );

  it('are refused, naming the event and the field, not rolled over into the next hour or day', () => {
    const events = preview(file).events;
    expect(events.map((event) => [blocking(event), event.draft])).toEqual([
      ...Array.from({ length: 8 }, () => [['impossible-time'], null]),
      [[], expect.objectContaining({ title: 'Follow-up meeting', date: '2016-11-12', startTime: '10:00' })],
    ]);
    expect(events.slice(0, 8).map((event) => inEnglish(event.problems[0]!.message))).toEqual([
      '“Meeting with the Tianjin Port Authority”: its DTSTART, 20161112T250000, is not a real time: hours run from 00 to 23, not 25.',
      '“Lunch”: its DTSTART, 20161112T046000Z, is not a real time: minutes run from 00 to 59, not 60.',
      '“Press call”: its DTSTART, 20161112T040061Z, is not a real time: seconds run from 00 to 59, not 61.',
      '“Press call again”: its DTSTART, 20161112T040060Z, is not a real time: second 60 is a leap second, which no engagement starts or ends on.',
      '“Banquet”: its DTSTART, 20161312T100000Z, is not a real time: there is no month 13.',
      '“Site visit”: its DTSTART, 20161132T010000Z, is not a real time: month 11 of 2016 has 30 days, not 32.',
      '“Signing”: its DTEND, 20170230, is not a real time: month 2 of 2017 has 28 days, not 30.',
      'Event 8 of the file: its DTSTART, 20161112T250000Z, is not a real time: hours run from 00 to 23, not 25.',
    ]);
    expect(inChinese(events[0]!.problems[0]!.message)).toBe(
      '“Meeting with the Tianjin Port Authority”：其DTSTART（20161112T250000）不是有效的时间：小时应为00至23，而不是25。',
    );
    expect(inChinese(events[7]!.problems[0]!.message)).toBe('文件中的第8个事件：其DTSTART（20161112T250000Z）不是有效的时间：小时应为00至23，而不是25。');
  });

  it('leave the file’s other events to be imported', () => {
    expect(preview(file).drafts.map((draft) => draft.title)).toEqual(['Follow-up meeting']);
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
    expect(inEnglish(again.problems[0]?.message ?? '')).toMatch(/^Already in this trip, as the engagement “Tour of the Zhengxin sensor plant”/);
    expect(again.draft).toBeNull();
  });

  it('offers a newer version (higher SEQUENCE) as an update of that engagement, with its new time and title', () => {
    const newer = only(tour(2, '153000', '170000', 'Tour of the Zhengxin sensor plant and labs'), imported);
    expect(blocking(newer)).toEqual([]);
    expect(warnings(newer)).toContain('update');
    expect(newer.updates?.id).toBe('imported-tour');
    expect(newer.draft).toMatchObject({ title: 'Tour of the Zhengxin sensor plant and labs', startTime: '15:30', endTime: '17:00' });
    expect(importItems([newer])).toEqual([{ kind: 'update', engagementId: 'imported-tour', draft: newer.draft, sequence: 2 }]);
    expect(previewCalendarImport(tour(2), imported, inEnglish).ok && preview(tour(2), imported).drafts).toEqual([]);
  });
});
