import { describe, expect, it } from 'vitest';
import {
  clockChangeOn,
  clockLabel,
  exactInstantOf,
  occurrenceOf,
  repeatedWallTime,
  wallTimeIn,
  zonedTime,
  zonedTimeSchema,
} from '../../../../src/domain/shared/time';

// Clocks go back at 02:00 PDT on Sunday 7 November 2027 in Los Angeles: 01:00–01:59 happens twice.
const LA = 'America/Los_Angeles';

describe('a wall time the clocks go back over', () => {
  it('is booked at its first occurrence, as RFC 5545 reads it', () => {
    const result = zonedTime('2027-11-07T01:30', LA);
    expect(result.ok && result.value.utc).toBe('2027-11-07T08:30:00Z');
  });

  it('is booked at its second occurrence when the organiser asks for it', () => {
    const result = zonedTime('2027-11-07T01:30', LA, 'second');
    expect(result.ok && result.value.utc).toBe('2027-11-07T09:30:00Z');
  });

  it('names both occurrences with their offsets', () => {
    expect(repeatedWallTime('2027-11-07T01:30', LA)).toEqual({
      first: { local: '2027-11-07T01:30', zone: LA, utc: '2027-11-07T08:30:00Z' },
      second: { local: '2027-11-07T01:30', zone: LA, utc: '2027-11-07T09:30:00Z' },
      firstOffset: 'UTC−7',
      secondOffset: 'UTC−8',
    });
  });

  it('is the repeated hour only: the minutes either side happen once', () => {
    expect(repeatedWallTime('2027-11-07T00:59', LA)).toBeNull();
    expect(repeatedWallTime('2027-11-07T01:00', LA)).not.toBeNull();
    expect(repeatedWallTime('2027-11-07T01:59', LA)).not.toBeNull();
    expect(repeatedWallTime('2027-11-07T02:00', LA)).toBeNull();
  });

  it('knows half-hour changes (Lord Howe Island) and the southern hemisphere (Sydney in April)', () => {
    // Lord Howe goes back from UTC+11 to UTC+10:30 at 02:00 on 4 April 2027.
    expect(repeatedWallTime('2027-04-04T01:45', 'Australia/Lord_Howe')?.secondOffset).toBe('UTC+10:30');
    expect(repeatedWallTime('2027-04-04T01:15', 'Australia/Lord_Howe')).toBeNull();
    // Sydney goes back from UTC+11 to UTC+10 at 03:00 on 4 April 2027: 02:00–02:59 twice.
    expect(repeatedWallTime('2027-04-04T02:30', 'Australia/Sydney')).toMatchObject({ firstOffset: 'UTC+11', secondOffset: 'UTC+10' });
  });

  it('is never found where the clocks do not change, nor where they go forward', () => {
    expect(repeatedWallTime('2027-11-07T01:30', 'Asia/Shanghai')).toBeNull();
    expect(repeatedWallTime('2027-03-14T02:30', LA)).toBeNull();
    expect(zonedTime('2027-03-14T02:30', LA).ok).toBe(false);
  });

  it('tells which occurrence a stored time is, and keeps it when read in another zone', () => {
    const second = zonedTime('2027-11-07T01:30', LA, 'second');
    const first = zonedTime('2027-11-07T01:30', LA);
    if (!second.ok || !first.ok) throw new Error('expected times');
    expect(occurrenceOf(second.value)).toBe('second');
    expect(occurrenceOf(first.value)).toBe('first');
    expect(wallTimeIn(second.value, 'UTC')).toBe('2027-11-07T09:30');
    expect(wallTimeIn(first.value, 'UTC')).toBe('2027-11-07T08:30');
  });

  it('accepts either occurrence when stored, and no other instant', () => {
    const stored = { local: '2027-11-07T01:30', zone: LA };
    expect(zonedTimeSchema.safeParse({ ...stored, utc: '2027-11-07T08:30:00Z' }).success).toBe(true);
    expect(zonedTimeSchema.safeParse({ ...stored, utc: '2027-11-07T09:30:00Z' }).success).toBe(true);
    expect(zonedTimeSchema.safeParse({ ...stored, utc: '2027-11-07T10:30:00Z' }).success).toBe(false);
  });

  it('is read at its first occurrence in calendars that name a zone', () => {
    expect(exactInstantOf('2027-11-07T01:30', LA, 15)).toBe(Date.parse('2027-11-07T08:30:15Z'));
    expect(exactInstantOf('2027-03-14T02:30', LA)).toBeNull();
  });

  it('keeps years before 100 as written', () => {
    const result = zonedTime('0050-06-01T12:00', 'UTC');
    expect(result.ok && result.value.utc).toBe('0050-06-01T12:00:00Z');
  });
});

describe('a time shown in a list', () => {
  it('is its clock reading, with the offset only in an hour that happens twice', () => {
    const at = (local: string, zone: string, occurrence: 'first' | 'second' = 'first') => {
      const result = zonedTime(local, zone, occurrence);
      if (!result.ok) throw new Error(local);
      return clockLabel(result.value);
    };
    expect(at('2027-11-07T01:30', LA)).toBe('01:30 (UTC−7)');
    expect(at('2027-11-07T01:30', LA, 'second')).toBe('01:30 (UTC−8)');
    expect(at('2027-11-07T02:30', LA)).toBe('02:30');
    expect(at('2027-11-06T01:30', LA)).toBe('01:30');
    expect(at('2027-11-07T01:30', 'Asia/Shanghai')).toBe('01:30');
    expect(at('2027-10-31T01:30', 'Europe/London')).toBe('01:30 (UTC+1)');
  });
});

describe('the day the clocks change', () => {
  it('names the offsets either side and the wall time the old clock stops', () => {
    expect(clockChangeOn('2027-11-07', LA)).toEqual({ before: 'UTC−7', after: 'UTC−8', at: '02:00' });
    expect(clockChangeOn('2027-03-14', LA)).toEqual({ before: 'UTC−8', after: 'UTC−7', at: '02:00' });
    expect(clockChangeOn('2027-10-31', 'Europe/London')).toEqual({ before: 'UTC+1', after: 'UTC', at: '02:00' });
    expect(clockChangeOn('2027-04-04', 'Australia/Lord_Howe')).toEqual({ before: 'UTC+11', after: 'UTC+10:30', at: '02:00' });
  });

  it('is nothing on any other day, or where the clocks never change', () => {
    expect(clockChangeOn('2027-11-06', LA)).toBeNull();
    expect(clockChangeOn('2027-11-07', 'Asia/Shanghai')).toBeNull();
    expect(clockChangeOn('not a date', LA)).toBeNull();
  });
});
