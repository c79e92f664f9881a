import { describe, expect, it } from 'vitest';
import {
  digestOf,
  memberCalendarDigests,
  pendingCancellations,
  sentEventOf,
} from '../../../../src/domain/calendars/calendar-digest';
import { eventNaming } from '../../../../src/domain/calendars/calendar-event-titles';
import { exportEveryMemberCalendar, exportPersonCalendar } from '../../../../src/domain/calendars/calendar-files';
import { nextCalendarIdentity } from '../../../../src/domain/shared/calendar-identity';
import type { TripBundle } from '../../../../src/domain/trip/trip-bundle';
import {
  events,
  eventWithUid,
  instant,
  NOW,
  options,
  personId,
  sample,
  tripText,
  unwrap,
} from './sample-trip-calendars';
import { inEnglish } from '../../../builders/words';

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

const personNamed = (bundle: TripBundle, name: string) => bundle.people.find((person) => person.name === name)!.id;

function digestsOfFiles(bundle: TripBundle) {
  const files = exportEveryMemberCalendar(bundle, { words: inEnglish, now: NOW });
  if (!files.ok) throw new Error(inEnglish(files.error));
  return new Map(files.value.map((file) => [file.personId, file.digest]));
}

describe('what each delegate’s calendar holds', () => {
  it('is, worked out without writing files, exactly what each member’s exported file holds', () => {
    expect(memberCalendarDigests(sample, inEnglish)).toEqual(digestsOfFiles(sample));
  });

  it('stays so when someone joins late, is left out of an engagement, or has their own journey', () => {
    const harland = personNamed(sample, 'Professor Richard Harland');
    const kerr = personNamed(sample, 'Daniel Kerr');
    const [first] = sample.engagements;
    const changed: TripBundle = {
      ...sample,
      engagements: sample.engagements.map((engagement) =>
        engagement === first ? { ...engagement, removedAttendeeIds: [kerr], addedAttendeeIds: [harland] } : engagement,
      ),
      memberships: sample.memberships.map((membership) =>
        membership.personId === kerr ? { ...membership, stopIds: membership.stopIds.slice(2) } : membership,
      ),
    };
    expect(memberCalendarDigests(changed, inEnglish)).toEqual(digestsOfFiles(changed));
  });

  it('stays so for people added who are not at the city, left out, added twice, or not on the trip at all', () => {
    const harland = personNamed(sample, 'Professor Richard Harland');
    const anderson = personNamed(sample, 'Joe Anderson');
    const kunming = sample.stops.find((stop) => stop.name === 'Kunming')!;
    const changed: TripBundle = {
      ...sample,
      engagements: sample.engagements.map((engagement) =>
        engagement.stopId === kunming.id
          ? {
              ...engagement,
              addedAttendeeIds: [harland, harland, anderson, 'someone-not-on-the-trip'],
              removedAttendeeIds: [anderson],
            }
          : engagement,
      ),
    };
    expect(memberCalendarDigests(changed, inEnglish)).toEqual(digestsOfFiles(changed));
    expect(memberCalendarDigests(changed, inEnglish).has('someone-not-on-the-trip')).toBe(false);
  });

  it('gives each event its SEQUENCE and STATUS, a cancelled engagement included', () => {
    const person = personNamed(sample, 'Joe Anderson');
    const file = exportPersonCalendar(sample, person, { words: inEnglish, now: NOW });
    if (!file.ok) throw new Error(inEnglish(file.error));
    const cancelled = sample.engagements.find((engagement) => engagement.status === 'cancelled');
    const entries = Object.values(file.value.digest);
    expect(entries.length).toBe(file.value.eventCount);
    for (const { entry } of entries) expect(entry).toMatch(/^\d+ (CONFIRMED|TENTATIVE|CANCELLED)$/);
    if (cancelled && cancelled.calendar.uid in file.value.digest) {
      expect(file.value.digest[cancelled.calendar.uid]?.entry).toBe(`${cancelled.calendar.sequence} CANCELLED`);
    }
  });
});

describe('the digest of a calendar', () => {
  const naming = eventNaming(sample, inEnglish);
  const mou = sample.engagements.find((engagement) => engagement.title.includes('MoU signing'))!;
  const hotel = sample.accommodations[0]!;

  it('keeps each event under its UID with its SEQUENCE and STATUS, title and times as the file has them', () => {
    const digest = digestOf({ engagements: [mou], segments: [], accommodations: [hotel] }, naming);
    expect(digest[mou.calendar.uid]).toEqual({
      entry: `${mou.calendar.sequence} CONFIRMED`,
      title: mou.title,
      start: mou.start.utc,
      end: mou.end.utc,
    });
    expect(digest[hotel.calendar.uid]).toMatchObject({ start: hotel.checkInDate, end: hotel.checkOutDate });
    expect(digestOf({ engagements: [{ ...mou, status: 'proposed' }], segments: [], accommodations: [] }, naming)[mou.calendar.uid]?.entry).toBe(
      `${mou.calendar.sequence} TENTATIVE`,
    );
  });

  it('reads an event recorded before titles and times were kept, as its bare entry', () => {
    expect(sentEventOf('2 CONFIRMED')).toEqual({ entry: '2 CONFIRMED' });
    const sent = { entry: '2 CONFIRMED', title: 'Talks', start: 'a', end: 'b' };
    expect(sentEventOf(sent)).toBe(sent);
  });
});

describe('what must be sent again as cancelled', () => {
  const sentTalks = { entry: '2 CONFIRMED', title: 'Talks', start: '2016-11-12T02:00:00Z', end: '2016-11-12T03:00:00Z' };

  it('is each event sent that the programme no longer holds, one SEQUENCE higher, with its title and times as sent', () => {
    expect(pendingCancellations({ talks: sentTalks, kept: '0 CONFIRMED' }, { kept: { entry: '0 CONFIRMED' } }, new Map())).toEqual([
      { uid: 'talks', sequence: 3, title: 'Talks', start: sentTalks.start, end: sentTalks.end },
    ]);
  });

  it('takes the item’s own SEQUENCE when it has moved on further, and its title and times when the record kept none', () => {
    const current = new Map([['talks', { entry: '5 CONFIRMED', title: 'Talks, moved', start: 's', end: 'e' }]]);
    expect(pendingCancellations({ talks: '2 CONFIRMED' }, {}, current)).toEqual([
      { uid: 'talks', sequence: 5, title: 'Talks, moved', start: 's', end: 'e' },
    ]);
  });

  it('is nothing for an event already sent as cancelled, one gone whose record kept only its entry, or no record', () => {
    expect(pendingCancellations({ talks: { ...sentTalks, entry: '3 CANCELLED' } }, {}, new Map())).toEqual([]);
    expect(pendingCancellations({ talks: '2 CONFIRMED' }, {}, new Map())).toEqual([]);
    expect(pendingCancellations(null, {}, new Map())).toEqual([]);
    expect(pendingCancellations(undefined, {}, new Map())).toEqual([]);
  });
});
