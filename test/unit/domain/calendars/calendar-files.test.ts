import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import {
  exportCityCalendar,
  exportEveryMemberCalendar,
  exportPersonCalendar,
  exportTripCalendar,
} from '../../../../src/domain/calendars/calendar-files';
import type { TripBundle } from '../../../../src/domain/trip/trip-bundle';
import {
  events,
  eventWithUid,
  instant,
  mou,
  NOW,
  options,
  personId,
  rawLines,
  sample,
  stopId,
  tripText,
  unwrap,
  engagementTitled,
} from './sample-trip-calendars';
import { inEnglish } from '../../../builders/words';

describe('the whole trip’s calendar', () => {
  it('holds every engagement, journey and hotel stay, each under the UID stored with it', () => {
    const file = unwrap(exportTripCalendar(sample, options));
    const uids = events(file.text).map((event) => event.getFirstPropertyValue('uid'));
    const stored = [...sample.engagements, ...sample.segments, ...sample.accommodations].map((item) => item.calendar.uid);
    expect(file.eventCount).toBe(stored.length);
    expect(new Set(uids)).toEqual(new Set(stored));
    expect(file.fileName).toBe('Liverpool City Region trade mission to China.ics');
  });

  it('is a publication with an organiser and no attendee lines', () => {
    const text = tripText();
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(text).not.toMatch(/^ATTENDEE/m);
    for (const event of calendar.getAllSubcomponents('vevent')) {
      const organizer = event.getFirstProperty('organizer')!;
      expect(organizer.getParameter('cn')).toBe(sample.trip.name);
      expect(String(organizer.getFirstValue()).toLowerCase()).toBe('mailto:noreply@delegation-planner.invalid');
    }
  });
});

describe('the text of the file', () => {
  it('is the same written again at another moment, but for each event’s DTSTAMP, which is the moment of that export', () => {
    const stamps = /^DTSTAMP:.*\r$/gm;
    const first = unwrap(exportTripCalendar(sample, options)).text;
    const later = unwrap(exportTripCalendar(sample, { ...options, now: '2027-03-04T05:06:07.000Z' })).text;
    expect(later.match(stamps)).toEqual(first.match(stamps)!.map(() => 'DTSTAMP:20270304T050607Z\r'));
    expect(later.replace(stamps, '')).toBe(first.replace(stamps, ''));
    expect(unwrap(exportTripCalendar(sample, options)).text).toBe(first);
  });

  it('has no line longer than 75 octets and CRLF at the end of every line', () => {
    const text = tripText();
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('folds a Chinese address between characters, never inside one, and unfolds back to the original', () => {
    const text = tripText();
    const bytes = Buffer.from(text, 'utf8');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let start = 0;
    for (let index = 0; index < bytes.length - 1; index += 1) {
      if (bytes[index] === 0x0d && bytes[index + 1] === 0x0a) {
        // Throws if the line ends in the middle of a character.
        expect(() => decoder.decode(bytes.subarray(start, index))).not.toThrow();
        start = index + 2;
      }
    }
    const locationLines = rawLines(text, mou.calendar.uid).filter((line) => line.startsWith('LOCATION:'));
    expect(locationLines).toEqual([
      'LOCATION:Haihe Bund Hotel\\, Binhai Room\\, 18 Jiefang North Road\\, Heping District\\, Tianjin / 天津市和平区解放北路18号 海河外滩酒店滨海厅',
    ]);
    expect(text).toMatch(/^ [^\r\n]*[\u4e00-\u9fff]/m);
  });
});

describe('one person’s calendar', () => {
  const lateJoiner = personId(sample, 'Professor Richard Harland');

  it('holds only what they attend: someone who joins in Beijing gets their own flight and no Kunming banquet', () => {
    const file = unwrap(exportPersonCalendar(sample, lateJoiner, options));
    const uids = new Set(events(file.text).map((event) => event.getFirstPropertyValue('uid')));
    expect(uids.has(engagementTitled(sample, 'Welcome banquet').calendar.uid)).toBe(false);
    expect(uids.has(mou.calendar.uid)).toBe(false);
    const ownFlight = sample.segments.find((segment) => segment.travellerIds?.includes(lateJoiner))!;
    expect(uids.has(ownFlight.calendar.uid)).toBe(true);
    const beijingHotel = sample.accommodations.find((stay) => stay.stopId === stopId(sample, 'Beijing'))!;
    const kunmingHotel = sample.accommodations.find((stay) => stay.stopId === stopId(sample, 'Kunming'))!;
    expect(uids.has(beijingHotel.calendar.uid)).toBe(true);
    expect(uids.has(kunmingHotel.calendar.uid)).toBe(false);
    expect(instant(eventWithUid(file.text, ownFlight.calendar.uid), 'dtend')).toBe('2016-11-12T22:55:00.000Z');
    expect(file.fileName).toBe('Liverpool City Region trade mission to China - Professor Richard Harland.ics');
  });

  it('is refused for someone who is not on the trip', () => {
    const result = exportPersonCalendar(sample, 'stranger', options);
    expect(result.ok).toBe(false);
  });
});

describe('one city’s calendar', () => {
  it('holds the city’s engagements and hotel and the journeys that arrive or leave there', () => {
    const tianjin = stopId(sample, 'Tianjin');
    const file = unwrap(exportCityCalendar(sample, tianjin, options));
    const summaries = events(file.text).map((event) => String(event.getFirstPropertyValue('summary')));
    expect(summaries).toEqual([
      'Hotel: Haihe Bund Hotel, Tianjin',
      'Flight GS7569: Chongqing Jiangbei International Airport → Tianjin Binhai International Airport',
      mou.title,
      'Visit to the proposed site of the Chinese Sensor City',
      'Train C2014: Tianjin Railway Station → Beijing South Railway Station',
    ]);
    expect(file.fileName).toBe('Liverpool City Region trade mission to China - Tianjin.ics');
  });

  it('is refused for a city that is not on the route', () => {
    const refused = exportCityCalendar(sample, 'nowhere', options);
    expect(refused.ok ? '' : inEnglish(refused.error)).toBe('That city is not on the route of “Liverpool City Region trade mission to China”.');
  });
});

describe('every member’s calendar at once', () => {
  it('gives one file to each member, each holding only their programme', () => {
    const files = unwrap(exportEveryMemberCalendar(sample, options));
    expect(files.map((file) => file.personId).sort()).toEqual(sample.memberships.map((m) => m.personId).sort());
    const lateJoiner = personId(sample, 'Professor Richard Harland');
    const earlyLeaver = personId(sample, 'Daniel Kerr');
    const compared = files.filter((file, index) => index < 2 || file.personId === lateJoiner || file.personId === earlyLeaver);
    expect(compared).toHaveLength(4);
    // Events are written once and shared between the files: each file is what that person's own export gives.
    for (const file of compared) {
      const own = unwrap(exportPersonCalendar(sample, file.personId, options));
      expect(file.text).toBe(own.text);
      expect(events(file.text).length).toBe(file.eventCount);
    }
  });

  it('names the files safely for every system and never twice, even for two people of the same name', () => {
    const [first, second] = sample.people;
    const bundle: TripBundle = {
      ...sample,
      trip: { ...sample.trip, name: 'Mission: China/2016 "autumn"?' },
      people: sample.people.map((person) =>
        person.id === second!.id ? { ...person, name: first!.name.toUpperCase() } : person,
      ),
    };
    const names = unwrap(exportEveryMemberCalendar(bundle, options)).map((file) => file.fileName);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    for (const name of names) {
      expect(name).toMatch(/\.ics$/);
      expect(name).not.toMatch(/[<>:"/\\|?*]/);
      expect([...name].every((character) => character.charCodeAt(0) >= 0x20)).toBe(true);
      expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(255);
    }
    expect(names).toContain('Mission China 2016 autumn - Joe Anderson.ics');
    expect(names).toContain('Mission China 2016 autumn - JOE ANDERSON (2).ics');
  });
});

describe('failures', () => {
  it('returns the error ics reports instead of throwing', () => {
    const result = exportTripCalendar(sample, { words: inEnglish, now: NOW, organizerEmail: 'not an address' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(inEnglish(result.error)).toMatch(/^The calendar “Liverpool City Region trade mission to China” could not be written: .*email/);
  });

  it('refuses a stamp that is not a moment', () => {
    expect(exportTripCalendar(sample, { words: inEnglish, now: 'yesterday' }).ok).toBe(false);
  });
});
