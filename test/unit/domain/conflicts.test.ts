import { describe, expect, it } from 'vitest';
import {
  analyseConflicts,
  attendeesNotAtStop,
  conflictContext,
  doubleBookings,
  engagementsOutsideStopDates,
  journeyTimings,
  nightsWithoutHotel,
  suspiciousTimes,
  tightTransfers,
  travelDocumentConflicts,
  type ConflictSource,
} from '../../../src/domain/conflicts';
import type { Engagement } from '../../../src/domain/engagement';
import { attendanceCalculator } from '../../../src/domain/engagement-rules';
import { buildSampleTrip } from '../../../src/domain/sample-trip';
import { zonedTimeOrThrow } from '../../../src/domain/time';

let counter = 0;
const sample = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++counter}` });
const TODAY = '2016-10-01';
const stopId = (name: string) => sample.stops.find((stop) => stop.name === name)!.id;
const personId = (name: string) => sample.people.find((person) => person.name.includes(name))!.id;
const engagement = (title: string) => sample.engagements.find((candidate) => candidate.title.includes(title))!;
const earlyLeaver = sample.memberships.find(
  (membership) => membership.stopIds.length === 5 && !membership.stopIds.includes(stopId('Shanghai')),
)!.personId;

/** The engagement at new local times in its own city, `YYYY-MM-DDTHH:mm`. */
function retimed(original: Engagement, start: string, end: string, changes: Partial<Engagement> = {}): Engagement {
  const zone = original.start.zone;
  return { ...original, start: zonedTimeOrThrow(start, zone), end: zonedTimeOrThrow(end, zone), ...changes };
}

/** The sample with some engagements replaced (matched by id). */
function withEngagements(...replacements: Engagement[]): ConflictSource {
  const byId = new Map(replacements.map((replacement) => [replacement.id, replacement]));
  return { ...sample, engagements: sample.engagements.map((candidate) => byId.get(candidate.id) ?? candidate) };
}

const context = (source: ConflictSource, bufferMinutes?: number) =>
  conflictContext(source, { today: TODAY, ...(bufferMinutes === undefined ? {} : { bufferMinutes }) });

const signing = engagement('MoU signing');
const siteVisit = engagement('Visit to the proposed site');
const briefing = engagement('Trade briefing');
const qingdaoMeeting = engagement('Qingdao Municipal Bureau');
const forum = engagement('business forum');
const foreignAffairs = engagement('Kunming Municipal Foreign Affairs');
const closingReception = engagement('closing reception');
const zhangjiang = engagement('Zhangjiang');

describe('double bookings', () => {
  it('finds no double bookings among the sample trip’s engagements', () => {
    expect(doubleBookings(context(sample)).filter((conflict) => conflict.segmentIds.length === 0)).toEqual([]);
  });

  it('finds Joe Anderson at the MoU signing and a site visit at once, naming both at local times', () => {
    const source = withEngagements(retimed(siteVisit, '2016-11-12T10:30', '2016-11-12T12:00'));
    const [conflict, ...rest] = doubleBookings(context(source));
    expect(rest).toEqual([]);
    expect(conflict!.personIds).toContain(personId('Joe Anderson'));
    expect(conflict!.engagementIds).toEqual([signing.id, siteVisit.id]);
    expect(conflict!.severity).toBe('error');
    expect(conflict!.message).toMatch(/^Joe Anderson, .+ are at “Sensor City – Zhengxin Group MoU signing ceremony” \(Sat 12 Nov, 10:00–11:00 Tianjin\) and “Visit to the proposed site of the Chinese Sensor City” \(10:30–12:00\) at once\.$/);
  });

  it('finds people in an engagement while on the journey they take to its city', () => {
    const source = withEngagements(retimed(briefing, '2016-11-13T10:15', '2016-11-13T11:00'));
    const journey = sample.segments.find((segment) => segment.fromStopId === stopId('Tianjin') && segment.toStopId === stopId('Beijing'))!;
    const conflict = doubleBookings(context(source)).find((candidate) => candidate.segmentIds.includes(journey.id))!;
    expect(conflict.engagementIds).toEqual([briefing.id]);
    expect(conflict.personIds).toContain(personId('Joe Anderson'));
    expect(conflict.message).toContain('from Tianjin to Beijing (Sun 13 Nov, 10:00 Tianjin – 10:33 Beijing)');
  });

  it('counts exactly the people attendanceCalculator says attend both, with people added and left out', () => {
    const roundTable = engagement('Round-table');
    const added = sample.memberships.find((membership) => !roundTable.removedAttendeeIds.includes(membership.personId))!.personId;
    const overlapping = retimed(engagement('Liangjiang'), '2016-11-10T15:00', '2016-11-10T16:00', {
      removedAttendeeIds: [personId('Joe Anderson')],
      addedAttendeeIds: [],
    });
    const source = withEngagements(overlapping, { ...roundTable, addedAttendeeIds: [added] });
    const attendance = attendanceCalculator(source.memberships);
    const expected = attendance(source.engagements.find((candidate) => candidate.id === roundTable.id)!).attendeeIds.filter(
      (id) => attendance(overlapping).attendeeIds.includes(id),
    );
    const [conflict] = doubleBookings(context(source));
    expect(conflict!.personIds).toEqual([...expected].sort());
    expect(conflict!.personIds).not.toContain(personId('Joe Anderson'));
  });

  it('ignores a cancelled engagement', () => {
    const source = withEngagements(retimed(siteVisit, '2016-11-12T10:30', '2016-11-12T12:00', { status: 'cancelled' }));
    expect(doubleBookings(context(source))).toEqual([]);
  });

  it('does not warn someone who leaves after Qingdao about a clash in Shanghai', () => {
    const source = withEngagements(retimed(closingReception, '2016-11-18T11:00', '2016-11-18T13:00'));
    const [conflict] = doubleBookings(context(source));
    expect(conflict!.engagementIds).toEqual([zhangjiang.id, closingReception.id]);
    expect(conflict!.personIds).not.toContain(earlyLeaver);
  });

  it('keeps a conflict’s id when its times change, and changes its fingerprint', () => {
    const first = doubleBookings(context(withEngagements(retimed(siteVisit, '2016-11-12T10:30', '2016-11-12T12:00'))))[0]!;
    const moved = doubleBookings(context(withEngagements(retimed(siteVisit, '2016-11-12T10:45', '2016-11-12T12:00'))))[0]!;
    const again = doubleBookings(context(withEngagements(retimed(siteVisit, '2016-11-12T10:30', '2016-11-12T12:00'))))[0]!;
    expect(moved.id).toBe(first.id);
    expect(moved.fingerprint).not.toBe(first.fingerprint);
    expect(again.fingerprint).toBe(first.fingerprint);
  });
});

describe('engagements outside their city’s dates', () => {
  it('finds a Qingdao meeting on a day the delegation is already in Shanghai', () => {
    const source = withEngagements(retimed(qingdaoMeeting, '2016-11-18T10:00', '2016-11-18T11:30'));
    const [conflict, ...rest] = engagementsOutsideStopDates(context(source));
    expect(rest).toEqual([]);
    expect(conflict!.engagementIds).toEqual([qingdaoMeeting.id]);
    expect(conflict!.message).toBe(
      '“Meeting with the Qingdao Municipal Bureau of Commerce” is on Fri 18 Nov in Qingdao, but the delegation is there from Tue 15 Nov to Thu 17 Nov.',
    );
  });

  it('finds none in the sample trip', () => {
    expect(engagementsOutsideStopDates(context(sample))).toEqual([]);
  });
});

describe('attendees added by hand', () => {
  it('flags someone who leaves after Qingdao added to the Shanghai closing reception', () => {
    const source = withEngagements({ ...closingReception, addedAttendeeIds: [earlyLeaver] });
    const [conflict, ...rest] = attendeesNotAtStop(context(source));
    expect(rest).toEqual([]);
    expect(conflict!.personIds).toEqual([earlyLeaver]);
    expect(conflict!.message).toContain('is not in Shanghai on their part of the route');
  });

  it('does not flag someone added who is at that city anyway', () => {
    const source = withEngagements({ ...closingReception, addedAttendeeIds: [personId('Joe Anderson')] });
    expect(attendeesNotAtStop(context(source))).toEqual([]);
  });
});

describe('time between engagements', () => {
  const tight = retimed(foreignAffairs, '2016-11-07T12:20', '2016-11-07T13:00');

  it('warns of 20 minutes to get from the forum to the Foreign Affairs Office', () => {
    const [conflict, ...rest] = tightTransfers(context(withEngagements(tight)));
    expect(rest).toEqual([]);
    expect(conflict!.engagementIds).toEqual([forum.id, foreignAffairs.id]);
    expect(conflict!.severity).toBe('warning');
    expect(conflict!.message).toContain('20 minutes to get from “Yunnan – Liverpool City Region business forum” at Spring City Conference Centre');
  });

  it('does not warn when the next engagement is at the same venue, or the buffer allows it', () => {
    const sameVenue = { ...tight, venue: forum.venue };
    expect(tightTransfers(context(withEngagements(sameVenue)))).toEqual([]);
    expect(tightTransfers(context(withEngagements(tight), 15))).toEqual([]);
  });

  it('finds nothing tight in the sample trip', () => {
    expect(tightTransfers(context(sample))).toEqual([]);
  });
});

describe('nights without a hotel', () => {
  const withoutShanghaiHotel: ConflictSource = {
    ...sample,
    accommodations: sample.accommodations.filter((stay) => stay.stopId !== stopId('Shanghai')),
  };

  it('finds the Shanghai nights once its hotel is gone, for those there but not someone who left after Qingdao', () => {
    const conflicts = nightsWithoutHotel(context(withoutShanghaiHotel));
    expect(conflicts.map((conflict) => conflict.id)).toEqual([
      `night-without-hotel:${stopId('Shanghai')}:2016-11-17`,
      `night-without-hotel:${stopId('Shanghai')}:2016-11-18`,
    ]);
    expect(conflicts[0]!.personIds).toContain(personId('Joe Anderson'));
    expect(conflicts[0]!.personIds).not.toContain(earlyLeaver);
    expect(conflicts[0]!.message).toMatch(/^No hotel is booked in Shanghai for the night of Thu 17 Nov, for /);
  });

  it('finds none in the sample trip', () => {
    expect(nightsWithoutHotel(context(sample))).toEqual([]);
  });
});

describe('times probably in the wrong zone', () => {
  it('hints what a 03:00 Qingdao meeting would be had 03:00 been London time', () => {
    const source = withEngagements(retimed(qingdaoMeeting, '2016-11-16T03:00', '2016-11-16T04:00'));
    const [conflict, ...rest] = suspiciousTimes(context(source));
    expect(rest).toEqual([]);
    expect(conflict!.message).toContain('03:00 in Qingdao');
    expect(conflict!.message).toContain('if 03:00 was London time, it would be 11:00 in Qingdao');
  });

  it('finds none in the sample trip', () => {
    expect(suspiciousTimes(context(sample))).toEqual([]);
  });
});

describe('journeys and engagements the same day', () => {
  it('finds a journey to Beijing that lands after the briefing there has started', () => {
    const source = withEngagements(retimed(briefing, '2016-11-13T10:15', '2016-11-13T11:00'));
    const conflicts = journeyTimings(context(source));
    const arrival = conflicts.find((conflict) => conflict.id.endsWith(':arrival'))!;
    expect(arrival.engagementIds).toEqual([briefing.id]);
    expect(arrival.message).toMatch(/^The train|^The flight|^The coach|^The car/);
    expect(arrival.message).toContain('arrives after “Trade briefing at the British Embassy” starts (Sun 13 Nov, 10:15–11:00 Beijing)');
  });

  it('finds the journeys out of Qingdao that leave before a meeting there ends, not warning those who stay on', () => {
    const source = withEngagements(retimed(qingdaoMeeting, '2016-11-17T10:00', '2016-11-17T11:30'));
    const conflicts = journeyTimings(context(source));
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts.every((conflict) => conflict.id.endsWith(':departure'))).toBe(true);
    expect(conflicts.flatMap((conflict) => conflict.personIds)).toContain(earlyLeaver);
  });

  it('finds none in the sample trip', () => {
    expect(journeyTimings(context(sample))).toEqual([]);
  });
});

describe('travel documents', () => {
  it('finds a passport expiring within six months of the trip’s end and a visa not yet granted', () => {
    const joe = personId('Joe Anderson');
    const source: ConflictSource = {
      ...sample,
      people: sample.people.map((person) =>
        person.id === joe ? { ...person, passportExpiry: '2017-02-01', visaStatus: 'applied' as const } : person,
      ),
    };
    const conflicts = travelDocumentConflicts(conflictContext(source, { today: '2016-11-01' }));
    const joes = conflicts.filter((conflict) => conflict.personIds.includes(joe));
    expect(joes.map((conflict) => [conflict.id, conflict.severity])).toEqual([
      [`travel-documents:passport-expiry:${joe}`, 'error'],
      [`travel-documents:visa:${joe}`, 'warning'],
    ]);
  });
});

describe('the whole analysis', () => {
  it('puts errors first and is the same every time', () => {
    const source = withEngagements(
      retimed(siteVisit, '2016-11-12T10:30', '2016-11-12T12:00'),
      retimed(qingdaoMeeting, '2016-11-16T03:00', '2016-11-16T04:00'),
    );
    const first = analyseConflicts(source, { today: TODAY });
    // The sample has a delegate whose passport runs out too soon: an error, so before the warning.
    expect(first.map((conflict) => conflict.rule)).toEqual(['double-booking', 'travel-documents', 'suspicious-time']);
    expect(analyseConflicts(source, { today: TODAY })).toEqual(first);
  });
});
