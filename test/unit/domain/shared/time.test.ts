import { DateTime } from 'luxon';
import { formatDateRange } from '../../../../src/i18n/format';
import { describe, expect, it } from 'vitest';
import { inChinese, inEnglish } from '../../../builders/words';
import {
  zonedTimeProblem,
  isValidTimeZone,
  minutesBetween,
  parseUserDate,
  homeTimeOf,
  utcOffsetLabel,
  wallTimeIn,
  zonedTime,
  zonedTimeOrThrow,
} from '../../../../src/domain/shared/time';
import {
  addDays,
  daysBetween,
  wallClock,
  wallDate,
} from '../../../../src/domain/shared/date-arithmetic';

describe('zoned time', () => {
  it('a 10:00 meeting in Tianjin is 02:00 UTC whatever zone the machine is in', () => {
    const meeting = zonedTime('2016-11-12T10:00', 'Asia/Shanghai');
    expect(meeting).toEqual({
      ok: true,
      value: { local: '2016-11-12T10:00', zone: 'Asia/Shanghai', utc: '2016-11-12T02:00:00Z' },
    });
  });

  it('shows a Shanghai time as the time at home in London, across the change to summer time', () => {
    const winter = zonedTimeOrThrow('2027-03-20T14:00', 'Asia/Shanghai');
    const summer = zonedTimeOrThrow('2027-04-02T14:00', 'Asia/Shanghai');
    expect(wallTimeIn(winter, 'Europe/London')).toBe('2027-03-20T06:00');
    expect(wallTimeIn(summer, 'Europe/London')).toBe('2027-04-02T07:00');
  });

  it('refuses a wall time that does not exist because the clocks go forward', () => {
    const result = zonedTime('2027-03-28T01:30', 'Europe/London');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('nonexistent');
      expect(inEnglish(zonedTimeProblem(result.error))).toBe('Sun 28 Mar 2027, 01:30 does not exist in Europe/London: the clocks go forward then.');
      expect(inChinese(zonedTimeProblem(result.error))).toBe('Europe/London不存在2027年3月28日 周日 01:30这一时刻：当时时钟拨快。');
    }
  });

  it('refuses unknown zones and fixed offsets that do not follow a place', () => {
    expect(zonedTime('2027-03-01T10:00', 'Mars/Olympus').ok).toBe(false);
    expect(isValidTimeZone('UTC+8')).toBe(false);
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
  });

  it('refuses malformed wall times', () => {
    expect(zonedTime('2027-02-30T10:00', 'Asia/Shanghai').ok).toBe(false);
    expect(zonedTime('10:00', 'Asia/Shanghai').ok).toBe(false);
  });

  it('measures an eastbound overnight flight by its instants, not its wall times', () => {
    const departs = zonedTimeOrThrow('2016-11-05T21:30', 'Europe/London');
    const arrives = zonedTimeOrThrow('2016-11-06T16:10', 'Asia/Shanghai');
    expect(minutesBetween(departs, arrives)).toBe(10 * 60 + 40);
  });

  it('labels offsets as people read them', () => {
    expect(utcOffsetLabel('Asia/Shanghai', '2016-11-12T02:00:00Z')).toBe('UTC+8');
    expect(utcOffsetLabel('Europe/London', '2016-11-12T02:00:00Z')).toBe('UTC');
    expect(utcOffsetLabel('Asia/Kolkata', '2016-11-12T02:00:00Z')).toBe('UTC+5:30');
    expect(utcOffsetLabel('America/Los_Angeles', '2016-11-12T02:00:00Z')).toBe('UTC−8');
  });
});

describe('dates', () => {
  it('formats ranges compactly', () => {
    expect(formatDateRange('2016-11-05', '2016-11-19', 'en')).toBe('5–19 Nov 2016');
    expect(formatDateRange('2016-10-28', '2016-11-03', 'en')).toBe('28 Oct – 3 Nov 2016');
    expect(formatDateRange('2016-12-28', '2017-01-03', 'en')).toBe('28 Dec 2016 – 3 Jan 2017');
    expect(formatDateRange('2016-11-05', '2016-11-05', 'en')).toBe('5 Nov 2016');
  });

  it('counts and adds days across month ends and clock changes', () => {
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-03-29', '2027-03-27')).toBe(-2);
    expect(addDays('2016-11-30', 1)).toBe('2016-12-01');
  });

  it('adds and counts days across month and year ends, leap days and backwards', () => {
    expect(addDays('2016-12-31', 1)).toBe('2017-01-01');
    expect(addDays('2017-01-01', -1)).toBe('2016-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2016-11-05', 0)).toBe('2016-11-05');
    expect(addDays('2016-11-05', -400)).toBe('2015-10-02');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2016-12-31', '2017-01-01')).toBe(1);
    expect(daysBetween('2017-01-01', '2016-01-01')).toBe(-366);
    expect(daysBetween('2016-11-05', '2016-11-05')).toBe(0);
  });

  it('agrees with luxon’s calendar for every day from December 2023 to January 2025, either way', () => {
    const first = DateTime.fromISO('2023-12-01', { zone: 'UTC' });
    const ours: [string, number, string, number][] = [];
    const luxons: [string, number, string, number][] = [];
    for (let offset = 0; offset < 430; offset += 1) {
      const day = first.plus({ days: offset });
      const date = day.toISODate()!;
      for (const days of [-366, -1, 1, 366]) {
        const expected = day.plus({ days }).toISODate()!;
        ours.push([date, days, addDays(date, days), daysBetween(date, expected)]);
        luxons.push([date, days, expected, days]);
      }
    }
    expect(ours).toEqual(luxons);
  });

  it('leaves what is not a date alone', () => {
    expect(addDays('', 2)).toBe('');
    expect(addDays('2027-02-30', 1)).toBe('2027-02-30');
    expect(daysBetween('2027-02-30', '2027-03-02')).toBeNaN();
    expect(daysBetween('2027-03-01', '')).toBeNaN();
  });
});

describe('wall times as the checks word them', () => {
  it('reads the date and the clock of a wall time', () => {
    expect(wallDate('2016-11-12T10:05')).toBe('2016-11-12');
    expect(wallClock('2016-11-12T10:05')).toBe('10:05');
  });
});

describe('dates as people type them', () => {
  it('reads ISO, day-first and written-out dates', () => {
    expect(parseUserDate('2027-03-01')).toBe('2027-03-01');
    expect(parseUserDate('1 Mar 2027')).toBe('2027-03-01');
    expect(parseUserDate('1 March 2027')).toBe('2027-03-01');
    expect(parseUserDate('01/03/2027')).toBe('2027-03-01');
    expect(parseUserDate(' Mar 1, 2027 ')).toBe('2027-03-01');
  });

  it('reads dates as Chinese writes them, as the date field shows them in Chinese', () => {
    expect(parseUserDate('2027年3月1日')).toBe('2027-03-01');
    expect(parseUserDate('2027年11月15日')).toBe('2027-11-15');
    expect(parseUserDate('２０２７年３月１日')).toBe('2027-03-01');
    expect(parseUserDate('2027/3/1')).toBe('2027-03-01');
    expect(parseUserDate('2027年2月30日')).toBeNull();
  });

  it('refuses what is not a date', () => {
    expect(parseUserDate('31/02/2027')).toBeNull();
    expect(parseUserDate('0001-01-01')).toBeNull();
    expect(parseUserDate('soon')).toBeNull();
    expect(parseUserDate('')).toBeNull();
  });
});

describe('home time beside local time', () => {
  it('gives the home clock and, when it is another day, the home day', () => {
    expect(homeTimeOf(zonedTimeOrThrow('2016-11-06T16:10', 'Asia/Shanghai'), 'Europe/London')).toEqual({
      clock: '08:10',
      otherDay: null,
    });
    expect(homeTimeOf(zonedTimeOrThrow('2016-11-06T07:00', 'Asia/Shanghai'), 'Europe/London')).toEqual({
      clock: '23:00',
      otherDay: '2016-11-05',
    });
    expect(homeTimeOf(zonedTimeOrThrow('2016-11-06T07:00', 'Asia/Shanghai'), 'Asia/Shanghai')).toBeNull();
    // Hong Kong's clock reads as Shenzhen's: no second time beside it.
    expect(homeTimeOf(zonedTimeOrThrow('2017-11-04T13:40', 'Asia/Hong_Kong'), 'Asia/Shanghai')).toBeNull();
  });
});

describe('September, as the British and everyone else write it', () => {
  it('reads both Sep and Sept', () => {
    expect(parseUserDate('30 Sep 2027')).toBe('2027-09-30');
    expect(parseUserDate('30 Sept 2027')).toBe('2027-09-30');
  });
});
