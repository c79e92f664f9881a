/**
 * The checks of dates, times and zoned times that reading a backup runs 40,000 times are worked out by hand for
 * speed: they must give exactly the answers luxon gives.
 */
import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isIsoDate, isLocalDateTime, repeatedWallTime, zonedTime } from '../../../../src/domain/shared/time';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('dates and times checked by hand', () => {
  it('accept and refuse every day of the calendar exactly as luxon does, leap years included', () => {
    for (const year of [0, 1900, 1999, 2000, 2024, 2027, 2100, 9999]) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
          expect(isIsoDate(date), date).toBe(DateTime.fromISO(date, { zone: 'UTC' }).isValid);
        }
      }
    }
  });

  it('accept and refuse every clock reading exactly as luxon does, 24:00 included', () => {
    for (const date of ['2027-02-28', '2028-02-29', '2027-02-29', '2027-12-31']) {
      for (let hour = 0; hour <= 25; hour += 1) {
        for (const minute of [0, 1, 30, 59, 60, 99]) {
          const local = `${date}T${pad(hour)}:${pad(minute)}`;
          expect(isLocalDateTime(local), local).toBe(DateTime.fromISO(local, { zone: 'UTC' }).isValid);
        }
      }
    }
    expect(isLocalDateTime('2027-03-01 09:00')).toBe(false);
    expect(isLocalDateTime('2027-3-1T09:00')).toBe(false);
  });
});

describe('zoned times worked out with the offsets kept per hour', () => {
  /** The instants of a wall time as found before the offsets were kept: every offset asked of luxon. */
  function instantsAskingLuxon(local: string, zone: string): number[] {
    const iana = IANAZone.create(zone);
    const wall = DateTime.fromISO(local, { zone: 'UTC' }).toMillis();
    const day = 24 * 3_600_000;
    const offsets = [...new Set([iana.offset(wall - day), iana.offset(wall + day)])];
    return [...new Set(offsets.map((offset) => wall - offset * 60_000).filter((instant) => offsets.includes(iana.offset(instant)) && iana.offset(instant) === (wall - instant) / 60_000))].sort((a, b) => a - b);
  }

  it('give the instants luxon gives through every half hour of a year, in zones whose clocks change by an hour or half an hour', { timeout: 60_000 }, () => {
    for (const zone of ['Europe/London', 'America/Los_Angeles', 'Australia/Lord_Howe', 'Asia/Kathmandu']) {
      for (let minutes = 0; minutes < 365 * 24 * 60; minutes += 30) {
        const local = DateTime.fromMillis(Date.UTC(2027, 0, 1) + minutes * 60_000, { zone: 'UTC' }).toFormat("yyyy-MM-dd'T'HH:mm");
        const expected = instantsAskingLuxon(local, zone);
        const found = zonedTime(local, zone);
        const second = repeatedWallTime(local, zone)?.second.utc;
        const instants = found.ok ? [Date.parse(found.value.utc), ...(second ? [Date.parse(second)] : [])] : [];
        expect(instants, `${local} at ${zone}`).toEqual(expected);
      }
    }
  });

  it('still find both instants of a repeated hour and none in a skipped one', () => {
    expect(repeatedWallTime('2027-11-07T01:30', 'America/Los_Angeles')?.second.utc).toBe('2027-11-07T09:30:00Z');
    expect(zonedTime('2027-11-07T01:30', 'America/Los_Angeles')).toEqual({ ok: true, value: { local: '2027-11-07T01:30', zone: 'America/Los_Angeles', utc: '2027-11-07T08:30:00Z' } });
    expect(zonedTime('2027-03-14T02:30', 'America/Los_Angeles').ok).toBe(false);
  });
});
