import { describe, expect, it } from 'vitest';
import type { CheckSource } from '../../../../../src/domain/checks/check-context';
import type { Finding } from '../../../../../src/domain/checks/finding';
import { runChecks } from '../../../../../src/domain/checks/run-checks';
import type { Engagement } from '../../../../../src/domain/engagements/engagement';
import type { Assignment, Resource } from '../../../../../src/domain/logistics/resource';
import { zonedTimeOrThrow } from '../../../../../src/domain/shared/time';
import { aBooking, aResource } from '../../../../builders/logistics-records';
import { aCityRecord } from '../../../../builders/route-records';
import { inChinese, inEnglish } from '../../../../builders/words';
import {
  engagement,
  forum,
  foreignAffairs,
  qingdaoMeeting,
  retimed,
  sample,
  sampleLogistics,
  signing,
  siteVisit,
  TODAY,
  withEngagements,
} from '../sample-trip-for-checks';

const LOGISTICS_RULES = new Set(['resource-double-booking', 'resource-tight-transfer', 'vehicle-capacity', 'interpreter-missing']);

/** The logistics findings of a trip. */
function logisticsFindings(source: CheckSource, bufferMinutes?: number): Finding[] {
  return runChecks(source, { today: TODAY, ...(bufferMinutes === undefined ? {} : { bufferMinutes }) }).filter((finding) =>
    LOGISTICS_RULES.has(finding.rule),
  );
}

/** The same, but for engagements without the interpreter they need, which trips without one have plenty of. */
const bookingFindings = (source: CheckSource, bufferMinutes?: number) =>
  logisticsFindings(source, bufferMinutes).filter((finding) => finding.rule !== 'interpreter-missing');

const resourceNamed = (name: string) => sampleLogistics.resources.find((resource) => resource.name.includes(name))!;
const interpreter = resourceNamed('Meilin Zhang');
const minibus = resourceNamed('Beijing minibus');
const zhongguancun = engagement('Zhongguancun');
const bookingsOf = (resource: Resource) => sampleLogistics.assignments.filter((assignment) => assignment.resourceId === resource.id);

/** The sample with its own logistics, some engagements replaced, and the bookings given instead of its own. */
function withLogistics(
  { engagements = [], resources = sampleLogistics.resources, assignments = sampleLogistics.assignments }: {
    engagements?: Engagement[];
    resources?: Resource[];
    assignments?: Assignment[];
  } = {},
): CheckSource {
  return { ...withEngagements(...engagements), resources, assignments };
}

describe('a vehicle, interpreter or guide booked in two places at once', () => {
  it('is an error naming the resource, both engagements and their local times, and whom it affects', () => {
    const found = logisticsFindings(withLogistics({ engagements: [retimed(siteVisit, '2016-11-12T10:30', '2016-11-12T12:00')] }));
    const clash = found.find((finding) => finding.rule === 'resource-double-booking')!;
    expect(clash.severity).toBe('error');
    expect(inEnglish(clash.message)).toBe(
      'Meilin Zhang 张美琳 is booked for “Sensor City – Zhengxin Group MoU signing ceremony” (Sat 12 Nov, 10:00–11:00 Tianjin) and ' +
        '“Visit to the proposed site of the Chinese Sensor City” (Sat 12 Nov, 10:30–12:00 Tianjin) at once, for Joe Anderson, Councillor Phil Davies and 15 others.',
    );
    expect(inChinese(clash.message)).toContain('同时被安排在');
    expect(clash.resourceIds).toEqual([interpreter.id]);
    expect(clash.engagementIds).toEqual([signing.id, siteVisit.id]);
    expect(clash.personIds).toHaveLength(17);
  });

  it('counts a vehicle’s pick-up: a coach collecting people at 08:30 for a 09:20 meeting is taken from 08:30', () => {
    const coach = aResource('coach', 'Coach 1', 40);
    const early = retimed(forum, '2016-11-07T08:00', '2016-11-07T08:50');
    const bookings = [aBooking(coach, { engagementId: forum.id }), aBooking(coach, { engagementId: signing.id })];
    const meeting = retimed(signing, '2016-11-07T09:20', '2016-11-07T10:00', { stopId: forum.stopId });
    expect(bookingFindings(withLogistics({ engagements: [early, meeting], resources: [coach], assignments: bookings })).map((f) => f.rule)).toEqual([
      'resource-tight-transfer',
    ]);
    const collecting = [bookings[0]!, { ...bookings[1]!, pickUpTime: '08:30' }];
    const found = bookingFindings(withLogistics({ engagements: [early, meeting], resources: [coach], assignments: collecting }));
    expect(found.map((finding) => finding.rule)).toEqual(['resource-double-booking']);
    expect(inEnglish(found[0]!.message)).toContain('(Mon 7 Nov, 09:20–10:00 Kunming; pick-up 08:30) at once');
  });

  it('never counts a cancelled engagement, nor a booking whose engagement is gone', () => {
    const moved = retimed(siteVisit, '2016-11-12T10:30', '2016-11-12T12:00', { status: 'cancelled' });
    expect(logisticsFindings(withLogistics({ engagements: [moved] })).map((f) => f.rule)).not.toContain('resource-double-booking');
    const gone = aBooking(interpreter, { engagementId: 'removed-engagement' });
    expect(logisticsFindings(withLogistics({ assignments: [...sampleLogistics.assignments, gone] })).map((f) => f.rule)).not.toContain(
      'resource-double-booking',
    );
  });
});

describe('a resource without time to get between places', () => {
  const rushed = retimed(foreignAffairs, '2016-11-07T12:20', '2016-11-07T13:00');
  const interpreterOnly = { resources: [interpreter], assignments: bookingsOf(interpreter) };

  it('is a warning when the next booking at another venue starts within the trip’s buffer', () => {
    const found = bookingFindings(withLogistics({ engagements: [rushed], ...interpreterOnly }));
    expect(found.map((finding) => finding.rule)).toEqual(['resource-tight-transfer']);
    expect(found[0]!.severity).toBe('warning');
    expect(inEnglish(found[0]!.message)).toBe(
      'Meilin Zhang 张美琳 has 20 minutes to get from “Yunnan – Liverpool City Region business forum” (Mon 7 Nov, 09:30–12:00 Kunming) at ' +
        'Spring City Conference Centre to “Meeting with the Kunming Municipal Foreign Affairs Office” (Mon 7 Nov, 12:20–13:00 Kunming) at ' +
        'Kunming Municipal Foreign Affairs Office, for Joe Anderson, Councillor Phil Davies and 15 others; allow at least 45 minutes.',
    );
  });

  it('uses the trip’s buffer, and is no finding at the same venue', () => {
    expect(bookingFindings(withLogistics({ engagements: [rushed], ...interpreterOnly }), 15)).toEqual([]);
    const sameVenue = { ...rushed, venue: { ...forum.venue, name: 'Spring City Conference Centre, Room 2' } };
    expect(bookingFindings(withLogistics({ engagements: [sameVenue], ...interpreterOnly }))).toEqual([]);
  });

  it('measures real time across a change of the clocks: 00:50 to 02:20 in London is 30 minutes when summer time starts', () => {
    const london = aCityRecord('london', 0, '2017-03-25', '2017-03-27', { name: 'London', country: 'GB', timeZone: 'Europe/London' });
    const at = (id: string, date: string, start: string, end: string, venue: string): Engagement => ({
      ...forum,
      id,
      stopId: london.id,
      interpreterNeeded: false,
      start: zonedTimeOrThrow(`${date}T${start}`, 'Europe/London'),
      end: zonedTimeOrThrow(`${date}T${end}`, 'Europe/London'),
      venue: { name: venue, nameLocal: '', address: '', addressLocal: '' },
    });
    const car = aResource('car', 'Night car', 4);
    const trip = (date: string): CheckSource => ({
      trip: { startDate: '2017-03-25', endDate: '2017-03-27', homeZone: 'Europe/London' },
      stops: [london],
      segments: [],
      accommodations: [],
      memberships: [{ id: 'm', tripId: 'trip', personId: 'p', role: 'delegate', stopIds: [london.id], notes: '', calendarExportedAt: null }],
      people: [{ id: 'p', name: 'Ann Lee', passportExpiry: null, visaStatus: 'not-required' }],
      engagements: [at('a', date, '00:00', '00:50', 'The Shard'), at('b', date, '02:20', '03:00', 'Battersea Power Station')],
      resources: [car],
      assignments: [aBooking(car, { engagementId: 'a' }), aBooking(car, { engagementId: 'b' })],
    });
    const changing = logisticsFindings(trip('2017-03-26'));
    expect(changing.map((finding) => finding.rule)).toEqual(['resource-tight-transfer']);
    expect(inEnglish(changing[0]!.message)).toMatch(/^Night car has 30 minutes to get from “.*” \(Sun 26 Mar, 00:00–00:50 London\) at The Shard/);
    // The same wall times a day later are an hour and a half apart.
    expect(logisticsFindings(trip('2017-03-25'))).toEqual([]);
  });
});

describe('a vehicle with fewer seats than the people it carries', () => {
  it('is an error naming the vehicle, its seats, the people and the engagement: the sample’s minibus for twenty', () => {
    const found = logisticsFindings(withLogistics());
    const short = found.find((finding) => finding.rule === 'vehicle-capacity')!;
    expect(short.severity).toBe('error');
    expect(inEnglish(short.message)).toBe(
      'Beijing minibus has 16 seats for 20 people (Joe Anderson, Councillor Phil Davies and 18 others) on ' +
        '“Meeting at Zhongguancun Science Park” (Mon 14 Nov, 10:00–11:30 Beijing; pick-up 09:10).',
    );
    expect(inChinese(short.message)).toContain('Beijing minibus只有16个座位');
    expect(short.personIds).toHaveLength(20);
    expect(short.resourceIds).toEqual([minibus.id]);
    expect(short.engagementIds).toEqual([zhongguancun.id]);
  });

  it('counts the seats of every vehicle booked for everyone, and what those chosen for another take', () => {
    const coach = aResource('coach', 'Beijing coach', 35);
    const both = [...sampleLogistics.assignments, aBooking(coach, { engagementId: zhongguancun.id })];
    expect(logisticsFindings(withLogistics({ resources: [...sampleLogistics.resources, coach], assignments: both })).map((f) => f.rule)).not.toContain(
      'vehicle-capacity',
    );
    const car = aResource('car', 'Car', 4);
    const fourChosen = sample.memberships.slice(0, 4).map((membership) => membership.personId);
    const withCar = [...sampleLogistics.assignments, aBooking(car, { engagementId: zhongguancun.id }, { personIds: fourChosen })];
    expect(logisticsFindings(withLogistics({ resources: [...sampleLogistics.resources, car], assignments: withCar })).map((f) => f.rule)).not.toContain(
      'vehicle-capacity',
    );
  });

  it('judges a car on a transfer by the journey’s travellers, and a vehicle of unknown seats not at all', () => {
    const small = aResource('car', 'Small car', 2);
    const joinersFlight = sample.segments.find((segment) => segment.travellerIds?.length === 3)!;
    const found = bookingFindings(
      withLogistics({ resources: [small], assignments: [aBooking(small, { journeyId: joinersFlight.id, end: 'arrival' })] }),
    );
    expect(found.map((finding) => finding.rule)).toEqual(['vehicle-capacity']);
    const capacity = found[0]!;
    expect(inEnglish(capacity.message)).toMatch(/^Small car has 2 seats for 3 people \(.*\) on the transfer from the flight HU7908 from Liverpool to Beijing/);
    expect(capacity.journeyIds).toEqual([joinersFlight.id]);
    const unknown = aResource('minibus', 'Minibus', null);
    expect(
      logisticsFindings(withLogistics({ resources: [unknown], assignments: [aBooking(unknown, { engagementId: zhongguancun.id })] })).map((f) => f.rule),
    ).not.toContain('vehicle-capacity');
  });
});

describe('an engagement needing an interpreter', () => {
  it('is a warning while none is booked: the sample’s Qingdao meeting', () => {
    const missing = logisticsFindings(withLogistics()).filter((finding) => finding.rule === 'interpreter-missing');
    expect(missing.map((finding) => finding.engagementIds)).toEqual([[qingdaoMeeting.id]]);
    expect(missing[0]!.severity).toBe('warning');
    expect(inEnglish(missing[0]!.message)).toBe(
      '“Meeting with the Qingdao Municipal Bureau of Commerce” (Wed 16 Nov, 10:00–11:30 Qingdao) needs an interpreter for Joe Anderson, ' +
        'Councillor Phil Davies and 18 others, and none is booked.',
    );
    expect(inChinese(missing[0]!.message)).toContain('需要为');
  });

  it('goes once an interpreter is booked for it, but not for a guide', () => {
    const guide = aResource('guide', 'City guide');
    const withGuide = withLogistics({
      resources: [...sampleLogistics.resources, guide],
      assignments: [...sampleLogistics.assignments, aBooking(guide, { engagementId: qingdaoMeeting.id })],
    });
    expect(logisticsFindings(withGuide).map((finding) => finding.rule)).toContain('interpreter-missing');
    const booked = withLogistics({ assignments: [...sampleLogistics.assignments, aBooking(interpreter, { engagementId: qingdaoMeeting.id })] });
    expect(logisticsFindings(booked).map((finding) => finding.rule)).not.toContain('interpreter-missing');
  });

  it('is not looked for on a trip whose logistics are not planned here', () => {
    expect(logisticsFindings({ ...sample, resources: [], assignments: [] })).toEqual([]);
  });
});

describe('acknowledging a logistics finding', () => {
  it('lasts until the booking behind it changes', () => {
    const [before] = logisticsFindings(withLogistics()).filter((finding) => finding.rule === 'vehicle-capacity');
    const again = logisticsFindings(withLogistics()).find((finding) => finding.rule === 'vehicle-capacity')!;
    expect(again.fingerprint).toBe(before!.fingerprint);
    const later = sampleLogistics.assignments.map((assignment) =>
      assignment.resourceId === minibus.id ? { ...assignment, pickUpTime: '09:25' } : assignment,
    );
    const changed = logisticsFindings(withLogistics({ assignments: later })).find((finding) => finding.rule === 'vehicle-capacity')!;
    expect(changed.id).toBe(before!.id);
    expect(changed.fingerprint).not.toBe(before!.fingerprint);
  });
});
