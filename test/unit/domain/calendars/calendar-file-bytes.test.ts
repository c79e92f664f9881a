/**
 * The calendar files, byte for byte: the sample trip's and a full-size trip's, in both languages, with and
 * without reminders and with events sent as cancelled, must stay exactly what ics 3.12 wrote for
 * them, held by their SHA-256 taken from that writer's output; and every event, written both ways, must agree.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  cancelledEvent,
  engagementEvent,
  eventContext,
  hotelEvent,
  journeyEvent,
  type CalendarExportOptions,
  type IcsEvent,
} from '../../../../src/domain/calendars/calendar-events';
import {
  everyCalendarResources,
  exportCityCalendar,
  exportEveryMemberCalendar,
  exportPersonCalendar,
  exportTripCalendar,
} from '../../../../src/domain/calendars/calendar-files';
import type { TripBundle } from '../../../../src/domain/trip/trip-bundle';
import { icsEventText, writeKnownEvent } from '../../../../src/domain/calendars/icalendar-event-writer';
import { generateDataset } from '../../../builders/large-dataset';
import { inChinese, inEnglish } from '../../../builders/words';
import { NOW, sample, unwrap } from './sample-trip-calendars';

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The sample trip with its second member sent, once, an event since deleted and one still in the trip. */
function withSentBefore(bundle: TripBundle): TripBundle {
  const [first, second, ...rest] = bundle.memberships;
  const kept = bundle.engagements[0]!;
  return {
    ...bundle,
    memberships: [
      first!,
      {
        ...second!,
        calendarExportedEvents: {
          'gone-1@delegation-planner': { entry: '1 CONFIRMED', title: 'Dinner, cancelled; "late"', start: '2016-11-06T11:00:00.000Z', end: '2016-11-06T13:00:00.000Z' },
          'gone-2@delegation-planner': { entry: '0 CONFIRMED', title: '酒店：天津', start: '2016-11-06', end: '2016-11-08' },
          [kept.calendar.uid]: '0 TENTATIVE',
        },
      },
      ...rest,
    ],
  };
}

const dataset = generateDataset({ trips: 2, people: 80, engagementsPerTrip: 400, membersPerTrip: 40 });
const large: TripBundle = { ...dataset.trips[1]!, people: dataset.people, organisations: dataset.organisations, contacts: [] };

const variants: [string, CalendarExportOptions][] = [
  ['en', { words: inEnglish, now: NOW }],
  ['zh', { words: inChinese, now: NOW, organizerName: '王 "小明"', organizerEmail: 'wang@example.cn' }],
  ['en-own-reminders', { words: inEnglish, now: NOW, reminders: { meeting: 0, flight: 120, train: 45, hotel: 1440 } }],
  ['en-no-reminders', { words: inEnglish, now: NOW, reminders: 'none' }],
];

function outputs(options: CalendarExportOptions): Record<string, string> {
  const bundle = withSentBefore(sample);
  const members = unwrap(exportEveryMemberCalendar(bundle, options));
  const resources = unwrap(everyCalendarResources(bundle, options));
  return {
    trip: sha(unwrap(exportTripCalendar(bundle, options)).text),
    city: sha(unwrap(exportCityCalendar(bundle, bundle.stops[1]!.id, options)).text),
    person: sha(unwrap(exportPersonCalendar(bundle, bundle.memberships[1]!.personId, options)).text),
    members: sha(members.map((file) => `${file.fileName}\n${file.text}\n${JSON.stringify(file.digest)}`).join('\n')),
    resources: sha(JSON.stringify(resources)),
    large: sha(unwrap(exportEveryMemberCalendar(large, options)).map((file) => file.text).join('\n')),
  };
}

/** Taken from the writer of ics 3.12 with finishIcs, before icalendar-event-writer.ts. */
const BEFORE: Record<string, Record<string, string>> = {
  'en': {
    trip: 'c1baafdec4c9ff1b',
    city: 'fcd071bf516f9308',
    person: '0f38158f12311863',
    members: '5eff45d899e8331d',
    resources: '8bdcbf6546a1a2df',
    large: '84897885922feff3',
  },
  'zh': {
    trip: 'bd6c2b4a1acbb7f5',
    city: 'cd50616036f49298',
    person: 'a73449341b87cfb0',
    members: 'addd1abe0414d980',
    resources: '3a2c3707ec60881c',
    large: 'b35e7939d1484ec5',
  },
  'en-own-reminders': {
    trip: 'ccbf6a9de6495d85',
    city: '622816ba83e6c04d',
    person: 'edc36a58aa86054f',
    members: '1b9b8e7765c9ecb1',
    resources: 'abaf755076366178',
    large: '0d033433f8fd253a',
  },
  'en-no-reminders': {
    trip: '15bd5acce4a90d29',
    city: '9a4d96bc53470a96',
    person: '48eb89fba00cc78d',
    members: '05d0afb11a29ac1f',
    resources: '5b13631bfdc9f369',
    large: '84bafcc6c0f815a0',
  },
};

describe('calendar files, byte for byte', () => {
  for (const [name, options] of variants) {
    it(`are what they were before, ${name}`, () => {
      expect(outputs(options)).toEqual(BEFORE[name]);
    });
  }
});

/** Every event of the bundle, as calendar-events.ts builds them. */
function everyEvent(bundle: TripBundle, options: CalendarExportOptions): IcsEvent[] {
  const context = unwrap(eventContext(bundle, options));
  return [
    ...bundle.engagements.map((engagement) => engagementEvent(engagement, context)),
    ...bundle.segments.map((segment) => journeyEvent(segment, context)),
    ...bundle.accommodations.map((stay) => hotelEvent(stay, context)),
    cancelledEvent({ uid: 'gone@x', sequence: 3, title: 'Lunch; with, "quotes"', start: '2016-11-06T04:00:00.000Z', end: '2016-11-06T05:00:00.000Z' }, context),
    cancelledEvent({ uid: 'gone-stay@x', sequence: 1, title: '酒店', start: '2016-11-06', end: '2016-11-07' }, context),
  ];
}

describe('an event written without ics', () => {
  for (const [name, options] of variants) {
    it(`is what ics and finishIcs write, for every event of the sample trip, ${name}`, () => {
      for (const event of everyEvent(sample, options)) {
        const reference = icsEventText(event);
        expect(reference.ok).toBe(true);
        expect(writeKnownEvent(event)).toBe(reference.ok ? reference.text : null);
      }
    });
  }

  const context = unwrap(eventContext(sample, variants[0]![1]));
  const base = engagementEvent(sample.engagements[0]!, context);
  const awkward: [string, IcsEvent][] = [
    ['a Chinese title and description long enough to fold', { ...base, title: '与天津市人民政府签署合作备忘录'.repeat(4), description: '会议'.repeat(80) }],
    ['emoji across a fold', { ...base, description: `${'a'.repeat(73)}😀😀${'b'.repeat(80)}` }],
    ['an ASCII line of exactly 75 octets and one of 76', { ...base, title: 'x'.repeat(75 - 'SUMMARY:'.length), description: 'y'.repeat(76 - 'DESCRIPTION:'.length) }],
    ['backslashes, semicolons, commas and line breaks', { ...base, title: 'a\\b;c,d', description: 'one\ntwo\r\nthree; four, five\\', location: 'Room 1, Floor 2; \\east' }],
    ['an organiser with no name, and one with quotes', { ...base, organizer: { name: '', email: 'a@b.c' } }],
    ['an alarm at the start', { ...base, alarms: [{ action: 'display', description: 'Now', trigger: { before: false, minutes: 0 } }] }],
    ['an alarm of hours and minutes', { ...base, alarms: [{ action: 'display', description: 'Soon', trigger: { before: true, hours: 1, minutes: 30 } }] }],
    ['no sequence, no location, no categories', { ...base, sequence: undefined, location: undefined, categories: undefined }],
    ['an all-day event of one day', { ...base, start: [2016, 11, 5], end: [2016, 11, 5] }],
    ['an all-day event of two days', { ...base, start: [2016, 11, 5], end: [2016, 11, 7] }],
  ];
  for (const [what, event] of awkward) {
    it(`is what ics and finishIcs write, with ${what}`, () => {
      const reference = icsEventText(event);
      expect(reference.ok).toBe(true);
      expect(writeKnownEvent(event)).toBe(reference.ok ? reference.text : null);
    });
  }

  it('is left to ics when it is not of the known shape, which says what is wrong', () => {
    const odd = { ...base, url: 'https://example.org' } as IcsEvent;
    expect(writeKnownEvent(odd)).toBeNull();
    expect(writeKnownEvent({ ...base, start: Number.NaN })).toBeNull();
    expect(writeKnownEvent({ ...base, title: '' })).toBeNull();
  });
});
