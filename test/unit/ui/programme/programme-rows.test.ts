import { describe, expect, it } from 'vitest';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import type { TripBundle } from '../../../../src/domain/trip/trip-bundle';
import { localeOf } from '../../../../src/i18n/locale';
import type { Language } from '../../../../src/i18n/catalogues';
import { findRows, programmeRowsOf, type DayRow, type ItemRow } from '../../../../src/ui/programme/programme-rows';
import { testI18n } from '../../../builders/words';

let counter = 0;
const sample: TripBundle = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++counter}` });

function rowsIn(language: Language, bundle: TripBundle = sample, personId: string | null = null) {
  const i18n = testI18n(language);
  return programmeRowsOf(bundle, personId, i18n.getFixedT(language, ['programme', 'engagements']), localeOf(i18n, language));
}

describe('the programme as rows', () => {
  it('has a heading row for each day, followed by its items, every time worded with home time beside it', () => {
    const { rows, dayRows, days, engagements } = rowsIn('en');
    expect(dayRows).toHaveLength(15);
    expect(days).toHaveLength(15);
    expect(engagements).toBe(sample.engagements.length);
    expect(rows).toHaveLength(15 + days.reduce((count, day) => count + day.items.length, 0));
    const programme = rowsIn('en');
    const saturday = rows[dayRows[7]!]!;
    expect(saturday).toMatchObject({ kind: 'day', date: '2016-11-12', empty: false });
    expect(programme.dayWords(saturday as DayRow)).toMatchObject({ title: 'Day 8 · Sat 12 Nov 2016 · Tianjin', local: '天津', clock: 'Tianjin time, UTC+8' });
    const signing = rows.find((row): row is ItemRow => row.kind === 'item' && row.item.kind === 'engagement' && row.item.engagement.title.startsWith('Sensor City'))!;
    expect(programme.itemWords(signing)).toMatchObject({ time: '10:00', place: 'Tianjin', home: '02:00 Liverpool' });
    // Worded once: the same words when asked again.
    expect(programme.itemWords(signing)).toBe(programme.itemWords(signing));
    expect(rows[dayRows[8]! - 1]).toMatchObject({ kind: 'item', last: true });
  });

  it('is worded once per trip, language and person, and again when the trip’s records change', () => {
    const first = rowsIn('en');
    expect(rowsIn('en')).toBe(first);
    expect(rowsIn('zh-CN')).not.toBe(first);
    expect(rowsIn('en', { ...sample })).not.toBe(first);
    const person = sample.memberships[0]!.personId;
    expect(rowsIn('en', sample, person)).toBe(rowsIn('en', sample, person));
    expect(rowsIn('en', sample, person)).not.toBe(first);
  });

  it('is found in either script, whatever the language: Tianjin and 天津 find the Tianjin days', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const programme = rowsIn(language);
      const { dayRows } = programme;
      for (const query of ['Tianjin', '天津', 'tianjin']) {
        expect(findRows(programme, query)).toEqual(expect.arrayContaining([dayRows[6], dayRows[7], dayRows[8]]));
      }
    }
  });

  it('finds a meeting by its title, its partner, or its time, ignoring case; nothing for an empty query', () => {
    const programme = rowsIn('en');
    const found = (query: string) => findRows(programme, query).map((index) => programme.rows[index]!);
    expect(found('visit to zhangjiang').map((row) => row.kind === 'item' && programme.itemWords(row).title)).toEqual(['Visit to Zhangjiang Hi-Tech Park']);
    expect(found('Zhangjiang Hi-Tech Park')).toHaveLength(2);
    expect(found('10:00').length).toBeGreaterThan(3);
    expect(findRows(programme, '   ')).toEqual([]);
  });
});
