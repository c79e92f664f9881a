import { describe, expect, it } from 'vitest';
import { placeAllDayEvent, placeEvent, type PlacingContext } from '../../../../src/domain/calendars/imported-event-placing';
import { inRouteOrder } from '../../../../src/domain/route/city';
import type { Message } from '../../../../src/domain/shared/message';
import { inEnglish } from '../../../builders/words';
import { anImportedEvent, blocking, calendar, only, stopId, vevent, warnings } from './invitation-files';
import { sample } from './sample-trip-calendars';

describe('the city of an invitation', () => {
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

  it('finds no city for a date outside the trip', () => {
    const event = only(calendar(...vevent('SUMMARY:Later', 'DTSTART:20161201T020000Z', 'DTEND:20161201T030000Z')));
    expect(blocking(event)).toEqual(['no-stop']);
    expect(inEnglish(event.problems[0]?.message ?? '')).toMatch(/^No city of the trip matches its date \(Thu 1 Dec 2016\)/);
    // Still shown at its time, in its own zone, for the organiser to see what it was.
    expect(event.start).toEqual({ local: '2016-12-01T02:00', zone: 'UTC', utc: '2016-12-01T02:00:00Z' });
    expect(event.draft).toBeNull();
  });

  it('refuses an event that ends before it starts, or lasts longer than any engagement', () => {
    const backwards = only(calendar(...vevent('SUMMARY:X', 'DTSTART:20161112T030000Z', 'DTEND:20161112T020000Z')));
    expect(blocking(backwards)).toContain('ends-before-start');
    const long = only(calendar(...vevent('SUMMARY:X', 'DTSTART:20161112T000000Z', 'DTEND:20161113T000000Z')));
    expect(blocking(long)).toContain('too-long');
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
    expect(inEnglish(overlap?.message ?? '')).toBe('Overlaps “Visit to the proposed site of the Chinese Sensor City” 14:30–16:30.');
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

describe('placing one event', () => {
  const context: PlacingContext = { trip: sample, words: inEnglish, stops: inRouteOrder(sample.stops) };
  const noProblem = (kind: string, said: Message) => {
    throw new Error(`${kind}: ${inEnglish(said)}`);
  };

  it('puts an all-day event on a day the delegation moves in the first city of the two, or the one it names', () => {
    const event = anImportedEvent();
    placeAllDayEvent('2016-11-11', event, context);
    expect(event).toMatchObject({ stopId: stopId('Chongqing'), otherStopIds: [stopId('Tianjin')], draft: null });
    const named = anImportedEvent({ location: 'Tianjin Binhai' });
    placeAllDayEvent('2016-11-11', named, context);
    expect(named).toMatchObject({ stopId: stopId('Tianjin'), otherStopIds: [stopId('Chongqing')] });
  });

  it('gives a wall time the zone of its city and makes the draft, saying the file gave no zone', () => {
    const event = anImportedEvent({ title: 'Lunch with the port authority' });
    const checks: string[] = [];
    placeEvent({ kind: 'wall', start: '2016-11-14T12:00', end: '2016-11-14T13:30' }, event, context, noProblem, (kind) => {
      checks.push(kind);
    });
    expect(checks).toEqual(['floating']);
    expect(event.start).toEqual({ local: '2016-11-14T12:00', zone: 'Asia/Shanghai', utc: '2016-11-14T04:00:00Z' });
    expect(event.draft).toMatchObject({ stopId: stopId('Beijing'), date: '2016-11-14', startTime: '12:00', endTime: '13:30', kind: 'banquet' });
  });
});
