import { describe, expect, it } from 'vitest';
import { utcOffsetsDuring } from '../../../../src/domain/shared/time';
import { formatUtcOffset } from '../../../../src/domain/shared/date-arithmetic';

describe('a zone’s offsets during a stay', () => {
  it('a week in Paris over the last Sunday of October has summer time, then winter time from that Sunday', () => {
    expect(utcOffsetsDuring('Europe/Paris', '2027-10-27', '2027-11-03')).toEqual([
      { date: '2027-10-27', offsetMinutes: 120 },
      { date: '2027-10-31', offsetMinutes: 60 },
    ]);
  });

  it('Shanghai, which has no clock changes, has one offset the whole year', () => {
    expect(utcOffsetsDuring('Asia/Shanghai', '2027-01-01', '2027-12-31')).toEqual([
      { date: '2027-01-01', offsetMinutes: 480 },
    ]);
  });

  it('Sydney puts its clocks back on the first Sunday of April and forward on the first Sunday of October', () => {
    expect(utcOffsetsDuring('Australia/Sydney', '2027-04-01', '2027-04-08')).toEqual([
      { date: '2027-04-01', offsetMinutes: 660 },
      { date: '2027-04-04', offsetMinutes: 600 },
    ]);
    expect(utcOffsetsDuring('Australia/Sydney', '2027-09-28', '2027-10-05')).toEqual([
      { date: '2027-09-28', offsetMinutes: 600 },
      { date: '2027-10-03', offsetMinutes: 660 },
    ]);
  });

  it('a stay that sees the clocks go back and forward again lists both changes, though it ends on its first offset', () => {
    // Morocco leaves UTC+1 for UTC+0 during Ramadan (about 15 February to 22 March in 2026).
    const offsets = utcOffsetsDuring('Africa/Casablanca', '2026-02-01', '2026-04-01');
    expect(offsets.map((offset) => offset.offsetMinutes)).toEqual([60, 0, 60]);
  });

  it('the day the clocks change is the first day of the new offset, even when the stay starts on it', () => {
    expect(utcOffsetsDuring('Europe/Paris', '2027-10-31', '2027-10-31')).toEqual([
      { date: '2027-10-31', offsetMinutes: 60 },
    ]);
    expect(utcOffsetsDuring('Europe/Paris', '2027-10-30', '2027-10-31')).toEqual([
      { date: '2027-10-30', offsetMinutes: 120 },
      { date: '2027-10-31', offsetMinutes: 60 },
    ]);
  });

  it('has nothing to say of dates that run backwards, are not dates, or a zone that is not one', () => {
    expect(utcOffsetsDuring('Europe/Paris', '2027-11-03', '2027-10-27')).toEqual([]);
    expect(utcOffsetsDuring('Europe/Paris', 'soon', '2027-10-27')).toEqual([]);
    expect(utcOffsetsDuring('Mars/Olympus', '2027-10-27', '2027-11-03')).toEqual([]);
  });

  it('writes offsets as people do, with the minutes only when there are some', () => {
    expect(formatUtcOffset(480)).toBe('UTC+8');
    expect(formatUtcOffset(330)).toBe('UTC+5:30');
    expect(formatUtcOffset(-210)).toBe('UTC−3:30');
    expect(formatUtcOffset(0)).toBe('UTC');
  });
});
