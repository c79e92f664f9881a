import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { tripOrganiser, type CalendarExportOptions } from '../../../../src/domain/calendars/calendar-events';
import { exportEveryMemberCalendar, exportPersonCalendar, exportCityCalendar, exportTripCalendar } from '../../../../src/domain/calendars/calendar-files';
import { DEFAULT_REMINDER_MINUTES } from '../../../../src/domain/calendars/calendar-reminders';
import { finishIcs, foldLine } from '../../../../src/domain/calendars/icalendar-text';
import type { Engagement } from '../../../../src/domain/engagements/engagement';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import { zonedTimeOrThrow } from '../../../../src/domain/shared/time';
import { nextCalendarIdentity } from '../../../../src/domain/calendars/calendar-identity';
import type { TripBundle } from '../../../../src/domain/trip/trip-bundle';

type Component = InstanceType<typeof ICAL.Component>;

const NOW = '2026-01-02T03:04:05.000Z';
const options: CalendarExportOptions = { now: NOW };

function sampleTrip(): TripBundle {
  let counter = 0;
  return buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++counter}` });
}

const sample = sampleTrip();
const stopId = (bundle: TripBundle, name: string) => bundle.stops.find((stop) => stop.name === name)!.id;
const personId = (bundle: TripBundle, name: string) => bundle.people.find((person) => person.name === name)!.id;
const engagementTitled = (bundle: TripBundle, words: string) =>
  bundle.engagements.find((engagement) => engagement.title.includes(words))!;

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function tripText(bundle: TripBundle = sample, exportOptions: CalendarExportOptions = options): string {
  return unwrap(exportTripCalendar(bundle, exportOptions)).text;
}

function events(text: string): Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

function eventWithUid(text: string, uid: string): Component {
  const found = events(text).find((event) => event.getFirstPropertyValue('uid') === uid);
  if (!found) throw new Error(`no event ${uid}`);
  return found;
}

const instant = (event: Component, name: 'dtstart' | 'dtend') =>
  new Date((event.getFirstPropertyValue(name) as InstanceType<typeof ICAL.Time>).toUnixTime() * 1000).toISOString();

/** The raw lines of one event, unfolded. */
function rawLines(text: string, uid: string): string[] {
  const blocks = text.replace(/\r\n /g, '').split('BEGIN:VEVENT\r\n');
  const block = blocks.find((candidate) => candidate.startsWith(`UID:${uid}\r\n`));
  if (!block) throw new Error(`no event ${uid}`);
  return block.split('END:VEVENT')[0]!.split('\r\n');
}

function withEngagement(bundle: TripBundle, id: string, change: (engagement: Engagement) => Engagement): TripBundle {
  return {
    ...bundle,
    engagements: bundle.engagements.map((engagement) => (engagement.id === id ? change(engagement) : engagement)),
  };
}

const mou = engagementTitled(sample, 'MoU signing');
const overnightFlight = sample.segments.find(
  (segment) => segment.number === 'HU7908' && segment.departure.local.startsWith('2016-11-05'),
)!;

describe('the whole trip’s calendar', () => {
  it('holds every engagement, journey and hotel stay, each under the UID stored with it', () => {
    const file = unwrap(exportTripCalendar(sample, options));
    const uids = events(file.text).map((event) => event.getFirstPropertyValue('uid'));
    const stored = [...sample.engagements, ...sample.segments, ...sample.accommodations].map((item) => item.calendar.uid);
    expect(file.eventCount).toBe(stored.length);
    expect(new Set(uids)).toEqual(new Set(stored));
    expect(file.fileName).toBe('Liverpool City Region trade mission to China.ics');
  });

  it('puts the 10:00 MoU signing in Tianjin at 02:00Z, whatever zone the machine is in', () => {
    const text = tripText();
    const signing = eventWithUid(text, mou.calendar.uid);
    expect(instant(signing, 'dtstart')).toBe('2016-11-12T02:00:00.000Z');
    expect(instant(signing, 'dtend')).toBe('2016-11-12T03:00:00.000Z');
    expect(rawLines(text, mou.calendar.uid)).toContain('DTSTART:20161112T020000Z');
  });

  it('has the overnight flight from Manchester leave at 13:15Z and land in Beijing at 22:55Z the same day', () => {
    const flight = eventWithUid(tripText(), overnightFlight.calendar.uid);
    expect(instant(flight, 'dtstart')).toBe('2016-11-05T13:15:00.000Z');
    expect(instant(flight, 'dtend')).toBe('2016-11-05T22:55:00.000Z');
  });

  it('writes every timed item in UTC and never floating or with a zone it cannot define', () => {
    const text = tripText();
    const times = text.split('\r\n').filter((line) => /^(DTSTART|DTEND)/.test(line));
    expect(times.length).toBeGreaterThan(0);
    for (const line of times) expect(line).toMatch(/^(DTSTART|DTEND)(:\d{8}T\d{6}Z|;VALUE=DATE:\d{8})$/);
    expect(text).not.toContain('TZID');
  });

  it('makes each hotel stay an all-day item from check-in to the check-out date, without a duration', () => {
    const text = tripText();
    const tianjinHotel = sample.accommodations.find((stay) => stay.stopId === stopId(sample, 'Tianjin'))!;
    const lines = rawLines(text, tianjinHotel.calendar.uid);
    expect(lines).toContain('DTSTART;VALUE=DATE:20161111');
    expect(lines).toContain('DTEND;VALUE=DATE:20161113');
    expect(text).not.toMatch(/^DURATION/m);
    expect(text).not.toMatch(/P\d+DT(\r|$)/m);
  });

  it('keeps a cancelled engagement as STATUS:CANCELLED, without a reminder, and a proposed one as tentative', () => {
    const banquet = engagementTitled(sample, 'Welcome banquet');
    const forum = engagementTitled(sample, 'business forum');
    let bundle = withEngagement(sample, banquet.id, (engagement) => ({ ...engagement, status: 'cancelled' }));
    bundle = withEngagement(bundle, forum.id, (engagement) => ({ ...engagement, status: 'proposed' }));
    const text = tripText(bundle);
    const cancelled = eventWithUid(text, banquet.calendar.uid);
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.getFirstPropertyValue('summary')).toBe(`Cancelled: ${banquet.title}`);
    expect(cancelled.getAllSubcomponents('valarm')).toHaveLength(0);
    expect(eventWithUid(text, forum.calendar.uid).getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(eventWithUid(text, mou.calendar.uid).getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('keeps the UID and raises SEQUENCE after an edit, so calendars replace the event', () => {
    const before = eventWithUid(tripText(), mou.calendar.uid);
    const edited = withEngagement(sample, mou.id, (engagement) => ({
      ...engagement,
      start: zonedTimeOrThrow('2016-11-12T10:30', 'Asia/Shanghai'),
      end: zonedTimeOrThrow('2016-11-12T11:30', 'Asia/Shanghai'),
      calendar: nextCalendarIdentity(engagement.calendar, () => 'never-used'),
    }));
    const after = eventWithUid(tripText(edited), mou.calendar.uid);
    expect(after.getFirstPropertyValue('uid')).toBe(before.getFirstPropertyValue('uid'));
    expect(Number(after.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(before.getFirstPropertyValue('sequence')));
    expect(Number(after.getFirstPropertyValue('sequence'))).toBe(mou.calendar.sequence + 1);
    expect(instant(after, 'dtstart')).toBe('2016-11-12T02:30:00.000Z');
  });

  it('stamps every event with the moment of the export', () => {
    const stamps = tripText()
      .split('\r\n')
      .filter((line) => line.startsWith('DTSTAMP'));
    expect(stamps.length).toBe(sample.engagements.length + sample.segments.length + sample.accommodations.length);
    expect(new Set(stamps)).toEqual(new Set(['DTSTAMP:20260102T030405Z']));
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

  it('names the organiser given, with any double quote in the name replaced so the line stays readable', () => {
    const organiser = tripOrganiser(sample)!;
    expect(organiser).toEqual({ name: 'Ellen Cutler', email: 'ellen.cutler@investliverpool.example' });
    const text = tripText(sample, { now: NOW, organizerName: 'Ellen "Nell" Cutler', organizerEmail: organiser.email });
    const lines = text.replace(/\r\n /g, '').split('\r\n').filter((line) => line.startsWith('ORGANIZER'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toBe(`ORGANIZER;CN="Ellen 'Nell' Cutler":MAILTO:${organiser.email}`);
    }
    expect(eventWithUid(text, mou.calendar.uid).getFirstProperty('organizer')!.getParameter('cn')).toBe("Ellen 'Nell' Cutler");
  });

  it('shows local and home time, partners and their contacts, attendees, dress code, interpreter and the briefing', () => {
    const description = String(eventWithUid(tripText(), mou.calendar.uid).getFirstPropertyValue('description'));
    expect(description).toContain('Sat 12 Nov 2016, 10:00–11:00 Tianjin (UTC+8) · 02:00–03:00 London');
    expect(description).toContain('Partners: Zhengxin Group');
    expect(description).toContain('Zhihua Feng, Executive Vice President, Zhengxin Group, +86 22 6555 0301, zhihua.feng@zhengxin.example');
    expect(description).toMatch(/Attendees \(\d+\): .*Joe Anderson/);
    expect(description).toContain('Dress code: Business attire (dark suits for the photographs)');
    expect(description).toContain('Interpreter: needed');
    expect(description).toContain('Objectives: Sign the Memorandum of Understanding');
    expect(description).toContain('Briefing notes: The Mayor of Liverpool attends and speaks');
  });

  it('gives a journey its mode, number, places, both local times with home time, and the booking reference', () => {
    const flight = eventWithUid(tripText(), overnightFlight.calendar.uid);
    expect(flight.getFirstPropertyValue('summary')).toBe(
      'Flight HU7908: Manchester Airport T2 → Beijing Capital International Airport T2',
    );
    const description = String(flight.getFirstPropertyValue('description'));
    expect(description).toContain('Flight HU7908, Hainan Airlines');
    expect(description).toContain('Departs Sat 5 Nov 2016, 13:15 (UTC), Manchester Airport T2');
    expect(description).toContain(
      'Arrives Sun 6 Nov 2016, 06:55 (UTC+8) · 22:55 London, Sat 5 Nov, Beijing Capital International Airport T2',
    );
    expect(description).toContain('Booking reference: HX7Q2M');
    expect(flight.getFirstPropertyValue('location')).toBe('Manchester Airport T2');
  });

  it('gives the address in English and in Chinese as the location', () => {
    const location = eventWithUid(tripText(), mou.calendar.uid).getFirstPropertyValue('location');
    expect(location).toBe(
      'Haihe Bund Hotel, Binhai Room, 18 Jiefang North Road, Heping District, Tianjin / 天津市和平区解放北路18号 海河外滩酒店滨海厅',
    );
  });
});

describe('the text of the file', () => {
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

  it('folds at 75 octets counting the space that starts each continuation line', () => {
    const line = `LOCATION:${'天津市和平区解放北路'.repeat(10)}😀${'x'.repeat(80)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('keeps a category with a comma in it as one category', () => {
    const bundle = { ...sample, trip: { ...sample.trip, name: 'Mission to China, November 2016; phase 1' } };
    const signing = eventWithUid(tripText(bundle), mou.calendar.uid);
    const categories = signing.getFirstProperty('categories')!.getValues();
    expect(categories).toEqual(['Mission to China, November 2016; phase 1', 'Signing ceremony']);
  });

  it('escapes the reminder’s text, so commas, semicolons and backslashes survive', () => {
    const title = 'Dinner; speeches, toasts \\ gifts';
    const bundle = withEngagement(sample, mou.id, (engagement) => ({ ...engagement, title }));
    const alarm = eventWithUid(tripText(bundle), mou.calendar.uid).getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('description')).toBe(title);
  });

  it('repairs the durations ics 3.12 writes with a bare T', () => {
    const text = finishIcs('BEGIN:VALARM\r\nTRIGGER:-P1DT\r\nDURATION:PT\r\nTRIGGER:-PT\r\nEND:VALARM\r\n');
    expect(text).toBe('BEGIN:VALARM\r\nTRIGGER:-P1D\r\nDURATION:PT0S\r\nTRIGGER:-PT0S\r\nEND:VALARM\r\n');
  });

  it('undoes the folding ics does itself before folding again', () => {
    expect(finishIcs('DESCRIPTION:abc\r\n\tdef\r\n')).toBe('DESCRIPTION:abcdef\r\n');
  });
});

describe('reminders', () => {
  const trigger = (event: Component) =>
    (event.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration> | undefined)?.toSeconds();
  const meeting = engagementTitled(sample, 'Meeting with the Kunming');
  const banquet = engagementTitled(sample, 'Welcome banquet');
  const train = sample.segments.find((segment) => segment.mode === 'train')!;

  it('come by default 30 minutes before a meeting, an hour before a banquet or ceremony, 3 hours before a flight, an hour before a train', () => {
    const text = tripText();
    expect(trigger(eventWithUid(text, meeting.calendar.uid))).toBe(-30 * 60);
    expect(trigger(eventWithUid(text, banquet.calendar.uid))).toBe(-60 * 60);
    expect(trigger(eventWithUid(text, mou.calendar.uid))).toBe(-60 * 60);
    expect(trigger(eventWithUid(text, overnightFlight.calendar.uid))).toBe(-3 * 60 * 60);
    expect(trigger(eventWithUid(text, train.calendar.uid))).toBe(-60 * 60);
    expect(DEFAULT_REMINDER_MINUTES.flight).toBe(180);
  });

  it('can be changed per kind, switched off for one kind, set at the start, or left out altogether', () => {
    const text = tripText(sample, { now: NOW, reminders: { meeting: 15, flight: null, train: 0, banquet: 1440 } });
    expect(trigger(eventWithUid(text, meeting.calendar.uid))).toBe(-15 * 60);
    expect(trigger(eventWithUid(text, overnightFlight.calendar.uid))).toBeUndefined();
    expect(trigger(eventWithUid(text, train.calendar.uid))).toBe(0);
    expect(trigger(eventWithUid(text, banquet.calendar.uid))).toBe(-24 * 60 * 60);
    expect(text).not.toMatch(/^TRIGGER:-?P\d*T?$/m);

    expect(tripText(sample, { now: NOW, reminders: 'none' })).not.toContain('BEGIN:VALARM');
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

describe('events no longer in someone’s programme', () => {
  const anderson = personId(sample, 'Joe Anderson');
  const kerr = personId(sample, 'Daniel Kerr');

  /** The trip as it is after these people's calendars were exported and recorded. */
  function afterSending(bundle: TripBundle, personIds: readonly string[]): TripBundle {
    const files = new Map(personIds.map((id) => [id, unwrap(exportPersonCalendar(bundle, id, options))]));
    return {
      ...bundle,
      memberships: bundle.memberships.map((membership) => {
        const file = files.get(membership.personId);
        return file
          ? { ...membership, calendarExportedAt: NOW, calendarExportedEvents: file.digest, calendarExportedReminders: file.reminders }
          : membership;
      }),
    };
  }

  const sent = afterSending(sample, [anderson, kerr]);
  const attendedBy = (bundle: TripBundle, id: string) =>
    new Set(Object.keys(unwrap(exportPersonCalendar(bundle, id, options)).digest));
  const bothAttend = sample.engagements.filter(
    (engagement) =>
      engagement.status !== 'cancelled' &&
      attendedBy(sample, anderson).has(engagement.calendar.uid) &&
      attendedBy(sample, kerr).has(engagement.calendar.uid),
  );
  const [deleted, leftOutOf] = bothAttend;
  const later = (bundle: TripBundle): TripBundle => ({
    ...bundle,
    engagements: bundle.engagements
      .filter((engagement) => engagement.id !== deleted!.id)
      .map((engagement) =>
        engagement.id === leftOutOf!.id
          ? {
              ...engagement,
              removedAttendeeIds: [...engagement.removedAttendeeIds, kerr],
              calendar: nextCalendarIdentity(engagement.calendar, () => 'unused'),
            }
          : engagement,
      ),
  });

  it('are sent as cancelled under the same UID with a higher SEQUENCE, with the times and title last sent', () => {
    expect(deleted && leftOutOf).toBeTruthy();
    const edited = later(sent);
    const kerrFile = unwrap(exportPersonCalendar(edited, kerr, options));
    for (const gone of [deleted!, leftOutOf!]) {
      const event = eventWithUid(kerrFile.text, gone.calendar.uid);
      expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(event.getFirstPropertyValue('sequence')).toBeGreaterThan(gone.calendar.sequence);
      expect(event.getFirstPropertyValue('summary')).toBe(`Cancelled: ${gone.title}`);
      expect(instant(event, 'dtstart')).toBe(new Date(gone.start.utc).toISOString());
      expect(instant(event, 'dtend')).toBe(new Date(gone.end.utc).toISOString());
      expect(event.getFirstProperty('valarm')).toBeNull();
      expect(kerrFile.digest[gone.calendar.uid]?.entry).toMatch(/^\d+ CANCELLED$/);
    }
    // Anderson still attends the second, so only the deleted one is cancelled for him.
    const andersonFile = unwrap(exportPersonCalendar(edited, anderson, options));
    expect(eventWithUid(andersonFile.text, deleted!.calendar.uid).getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(eventWithUid(andersonFile.text, leftOutOf!.calendar.uid).getFirstPropertyValue('status')).not.toBe('CANCELLED');
    expect(events(kerrFile.text)).toHaveLength(kerrFile.eventCount);
  });

  it('are the same in every delegate’s file as in each person’s own', () => {
    const edited = later(sent);
    const everyone = unwrap(exportEveryMemberCalendar(edited, options));
    for (const id of [anderson, kerr]) {
      const file = everyone.find((candidate) => candidate.personId === id)!;
      expect(file.text).toBe(unwrap(exportPersonCalendar(edited, id, options)).text);
      expect(eventWithUid(file.text, deleted!.calendar.uid).getFirstPropertyValue('status')).toBe('CANCELLED');
    }
  });

  it('are sent until delivered as cancelled, then left out', () => {
    const delivered = afterSending(later(sent), [kerr]);
    const next = unwrap(exportPersonCalendar(delivered, kerr, options));
    expect(next.text).not.toContain(deleted!.calendar.uid);
    expect(next.text).not.toContain(leftOutOf!.calendar.uid);
  });

  it('are written from the item itself when the record kept only its entry, and left out when it is gone too', () => {
    const edited = later(sent);
    const oldRecord = (digest: Record<string, { entry: string }>) =>
      Object.fromEntries(Object.entries(digest).map(([uid, { entry }]) => [uid, entry]));
    const withOldRecord: TripBundle = {
      ...edited,
      memberships: edited.memberships.map((membership) =>
        membership.personId === kerr
          ? { ...membership, calendarExportedEvents: oldRecord(sent.memberships.find((m) => m.personId === kerr)!.calendarExportedEvents as Record<string, { entry: string }>) }
          : membership,
      ),
    };
    const file = unwrap(exportPersonCalendar(withOldRecord, kerr, options));
    expect(eventWithUid(file.text, leftOutOf!.calendar.uid).getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(file.text).not.toContain(deleted!.calendar.uid);
  });

  it('are not added to the whole trip’s calendar or a city’s, which no one person receives', () => {
    const text = tripText(later(sent));
    expect(text).not.toContain(deleted!.calendar.uid);
  });
});

describe('one city’s calendar', () => {
  it('holds the city’s engagements and hotel and the journeys that arrive or leave there', () => {
    const tianjin = stopId(sample, 'Tianjin');
    const file = unwrap(exportCityCalendar(sample, tianjin, options));
    const summaries = events(file.text).map((event) => String(event.getFirstPropertyValue('summary')));
    expect(summaries).toEqual([
      'Hotel: Haihe Bund Hotel, Tianjin',
      'Flight GS7569: Chongqing Jiangbei International Airport T2 → Tianjin Binhai International Airport T2',
      mou.title,
      'Visit to the proposed site of the Chinese Sensor City',
      'Train C2014: Tianjin Railway Station → Beijing South Railway Station',
    ]);
    expect(file.fileName).toBe('Liverpool City Region trade mission to China - Tianjin.ics');
  });

  it('is refused for a city that is not on the route', () => {
    expect(exportCityCalendar(sample, 'nowhere', options)).toEqual({
      ok: false,
      error: 'That city is not on the route of “Liverpool City Region trade mission to China”.',
    });
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
    const result = exportTripCalendar(sample, { now: NOW, organizerEmail: 'not an address' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^The calendar “Liverpool City Region trade mission to China” could not be written: .*email/);
  });

  it('refuses a stamp that is not a moment', () => {
    expect(exportTripCalendar(sample, { now: 'yesterday' }).ok).toBe(false);
  });
});
