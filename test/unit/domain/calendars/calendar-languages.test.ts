/**
 * A trip's calendar exported in English and again in Chinese: the words change, the events do not. A calendar
 * that imported the English file and then the Chinese one updates the same events (same UID, SEQUENCE and
 * instants), now in Chinese.
 */
import type ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { exportTripCalendar } from '../../../../src/domain/calendars/calendar-files';
import { inChinese, inEnglish } from '../../../builders/words';
import { events, mou, NOW, sample, unwrap, type Component } from './sample-trip-calendars';

const english = unwrap(exportTripCalendar(sample, { words: inEnglish, now: NOW }));
const chinese = unwrap(exportTripCalendar(sample, { words: inChinese, now: NOW }));

const text = (event: Component, name: string) => String(event.getFirstPropertyValue(name) ?? '');
const time = (event: Component, name: 'dtstart' | 'dtend') =>
  (event.getFirstPropertyValue(name) as InstanceType<typeof ICAL.Time>).toString();
const facts = (event: Component) => ({
  uid: text(event, 'uid'),
  sequence: event.getFirstPropertyValue('sequence'),
  status: text(event, 'status'),
  start: time(event, 'dtstart'),
  end: time(event, 'dtend'),
});
const byUid = (list: Component[], uid: string) => list.find((event) => text(event, 'uid') === uid)!;

describe('a trip’s calendar in English and in Chinese', () => {
  const inEn = events(english.text);
  const inZh = events(chinese.text);

  it('holds the same events, with the same UIDs, SEQUENCE, status and instants', () => {
    expect(inZh.map(facts)).toEqual(inEn.map(facts));
    expect(inZh.length).toBeGreaterThan(10);
  });

  it('writes its words in Chinese: titles of journeys and stays, descriptions, categories', () => {
    const flight = inZh.find((event) => text(event, 'summary').startsWith('航班'));
    expect(flight).toBeDefined();
    expect(text(flight!, 'description')).toMatch(/出发：\d{4}年\d{1,2}月\d{1,2}日 周./);
    expect(text(flight!, 'description')).toContain('到达：');
    expect(text(flight!, 'description')).toContain('出行人员：');
    const hotel = inZh.find((event) => text(event, 'summary').startsWith('酒店：'));
    expect(text(hotel!, 'description')).toMatch(/^入住 \d{4}年.+ · 退房 .+（\d+晚）/);
    const meeting = byUid(inZh, mou.calendar.uid);
    const description = text(meeting, 'description');
    expect(description).toMatch(/出席人员（\d+人）：/);
    expect(description).toMatch(/翻译：(需要|不需要)/);
    expect(description).not.toMatch(/Attendees|Interpreter|Where:|Check in/);
    expect(String(meeting.getFirstProperty('categories')?.getValues())).toContain('签约仪式');
  });

  it('crosses out a cancelled engagement in Chinese, under the same UID', () => {
    const cancelled = { ...sample, engagements: sample.engagements.map((e) => (e.id === mou.id ? { ...e, status: 'cancelled' as const } : e)) };
    const file = unwrap(exportTripCalendar(cancelled, { words: inChinese, now: NOW }));
    const event = byUid(events(file.text), mou.calendar.uid);
    expect(text(event, 'summary')).toBe(`已取消：${mou.title}`);
    expect(text(event, 'status')).toBe('CANCELLED');
  });

  it('names its file in the reader’s language only where the app writes words: the trip’s own name is data', () => {
    expect(chinese.fileName).toBe(english.fileName);
    expect(chinese.text).toContain(`X-WR-CALNAME:${sample.trip.name}`);
  });
});
