/** What reading a backup tells of its progress: the zoned times it checks, and each record checked. */
import { describe, expect, it } from 'vitest';
import { CHECK_PROGRESS_EVERY, checkTableRecords, countZonedTimes } from '../../../../src/domain/files/record-checks';
import type { RawTables } from '../../../../src/domain/schema/schema-history';

const at = (local: string) => ({ local, zone: 'Asia/Shanghai', utc: '2027-03-01T01:00:00Z' });

describe('counting the zoned times of a file', () => {
  it('counts the times in records, in their objects and in their lists, and nothing that only looks like one', () => {
    const tables: RawTables = {
      engagements: [{ id: 'e-1', start: at('2027-03-01T09:00'), end: at('2027-03-01T10:00') }],
      segments: [{ id: 'j-1', departure: at('2027-03-01T09:00'), connections: [{ arrival: at('2027-03-01T11:00'), departure: at('2027-03-01T12:00') }] }],
      trips: [{ id: 't-1', startDate: '2027-03-01', note: { local: '09:00' } }],
    };
    expect(countZonedTimes(tables)).toBe(5);
  });
});

describe('checking the records of a file, told as it goes', () => {
  it('tells none checked first, then every so many, then all', () => {
    const settings = Array.from({ length: CHECK_PROGRESS_EVERY * 2 + 7 }, (_, index) => ({ key: `key-${index}`, value: index }));
    const told: [number, number][] = [];
    const checked = checkTableRecords({ settings }, ['settings'], (done, total) => told.push([done, total]));
    expect(checked.ok).toBe(true);
    const total = settings.length;
    expect(told).toEqual([
      [0, total],
      [CHECK_PROGRESS_EVERY, total],
      [CHECK_PROGRESS_EVERY * 2, total],
      [total, total],
    ]);
  });
});
