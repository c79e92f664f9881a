import { describe, expect, it } from 'vitest';
import { previewCalendarImport } from '../../../../src/domain/calendars/calendar-import-preview';
import { localeOf } from '../../../../src/i18n/locale';
import type { Language } from '../../../../src/i18n/catalogues';
import { importRowWords } from '../../../../src/ui/calendars/calendar-import-rows';
import { inEnglish, testI18n } from '../../../builders/words';
import { calendar, SHANGHAI } from '../../domain/calendars/invitation-files';
import { sample } from '../../domain/calendars/sample-trip-calendars';

const file = calendar(
  ...SHANGHAI,
  'BEGIN:VEVENT',
  'UID:follow-up@zhengxin.example',
  'DTSTAMP:20161101T000000Z',
  'SUMMARY:Follow-up meeting with Zhengxin Group',
  'DTSTART;TZID=Asia/Shanghai:20161112T160000',
  'DTEND;TZID=Asia/Shanghai:20161112T173000',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:fair@zhengxin.example',
  'DTSTAMP:20161101T000000Z',
  'DTSTART;VALUE=DATE:20161112',
  'END:VEVENT',
);

function rowsIn(language: Language) {
  const preview = previewCalendarImport(file, sample, inEnglish);
  if (!preview.ok) throw new Error(inEnglish(preview.error));
  const locale = localeOf(testI18n(language), language);
  const stopNames = new Map(sample.stops.map((stop) => [stop.id, locale.city(stop)]));
  return { events: preview.value.events, words: importRowWords(locale, stopNames) };
}

describe('the rows of a calendar import’s preview', () => {
  it('word each event as the file gives it and as it will be kept, and what stops it', () => {
    const { events, words } = rowsIn('en');
    expect(words(events[0]!)).toEqual({
      title: 'Follow-up meeting with Zhengxin Group',
      ownTime: 'Sat 12 Nov 2016, 16:00–17:30 Asia/Shanghai (UTC+8)',
      cityTime: 'Tianjin, 16:00–17:30',
      blocking: [],
      warnings: [expect.stringMatching(/^Overlaps/)],
    });
    expect(words(events[1]!)).toMatchObject({
      title: 'Untitled event',
      ownTime: 'Sat 12 Nov 2016, all day',
      blocking: ['All-day events are not imported: an engagement needs a start and an end time.'],
    });
    expect(rowsIn('zh-CN').words(events[1]!).title).toBe('无标题事件');
  });

  it('word each event once, so that ticking a box in a preview of thousands words nothing again', () => {
    const { events, words } = rowsIn('en');
    const first = events.map(words);
    expect(events.map(words).every((row, index) => row === first[index])).toBe(true);
  });
});
