import { describe, expect, it } from 'vitest';
import type { CheckSource } from '../../../../../src/domain/checks/check-context';
import { doubleBookings } from '../../../../../src/domain/checks/rules/double-booking';
import type { Engagement } from '../../../../../src/domain/engagements/engagement';
import { attendanceCalculator } from '../../../../../src/domain/engagements/engagement-rules';
import { takesJourney } from '../../../../../src/domain/programme/personal-programme';
import { inRouteOrder } from '../../../../../src/domain/route/city';
import {
  closingReception,
  context,
  earlyLeaver,
  engagement,
  personId,
  retimed,
  sample,
  signing,
  siteVisit,
  briefing,
  stopId,
  withEngagements,
  zhangjiang,
} from '../sample-trip-for-checks';
import { inEnglish } from '../../../../builders/words';

describe('double bookings', () => {
  it('finds no double bookings among the sample trip’s engagements', () => {
    expect(doubleBookings(context(sample)).filter((conflict) => conflict.journeyIds.length === 0)).toEqual([]);
  });

  it('finds Joe Anderson at the MoU signing and a site visit at once, naming both at local times', () => {
    const source = withEngagements(retimed(siteVisit, '2016-11-12T10:30', '2016-11-12T12:00'));
    const [conflict, ...rest] = doubleBookings(context(source));
    expect(rest).toEqual([]);
    expect(conflict!.personIds).toContain(personId('Joe Anderson'));
    expect(conflict!.engagementIds).toEqual([signing.id, siteVisit.id]);
    expect(conflict!.severity).toBe('error');
    expect(inEnglish(conflict!.message)).toMatch(/^Joe Anderson, .+ are at “Sensor City – Zhengxin Group MoU signing ceremony” \(Sat 12 Nov, 10:00–11:00 Tianjin\) and “Visit to the proposed site of the Chinese Sensor City” \(10:30–12:00\) at once\.$/);
  });

  it('finds people in an engagement while on the journey they take to its city', () => {
    const source = withEngagements(retimed(briefing, '2016-11-13T10:15', '2016-11-13T11:00'));
    const journey = sample.segments.find((segment) => segment.fromStopId === stopId('Tianjin') && segment.toStopId === stopId('Beijing'))!;
    const conflict = doubleBookings(context(source)).find((candidate) => candidate.journeyIds.includes(journey.id))!;
    expect(conflict.engagementIds).toEqual([briefing.id]);
    expect(conflict.personIds).toContain(personId('Joe Anderson'));
    expect(inEnglish(conflict.message)).toContain('from Tianjin to Beijing (Sun 13 Nov, 10:00 Tianjin – 10:33 Beijing)');
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

describe('every clash, however many overlap', () => {
  it('finds all three clashes of a long meeting and two that overlap within it, for the same people', () => {
    const kunming = sample.engagements.filter((candidate) => candidate.stopId === stopId('Kunming'));
    const [a, b, c] = [
      retimed(kunming[0]!, '2016-11-07T09:00', '2016-11-07T12:00'),
      retimed(kunming[1]!, '2016-11-07T10:00', '2016-11-07T11:00'),
      retimed(kunming[2]!, '2016-11-07T10:30', '2016-11-07T11:30'),
    ];
    const clashes = doubleBookings(context(withEngagements(a!, b!, c!)));
    expect(clashes.map((conflict) => conflict.engagementIds)).toEqual([
      [a!.id, b!.id],
      [a!.id, c!.id],
      [b!.id, c!.id],
    ]);
    const everyone = clashes[0]!.personIds;
    expect(everyone).toContain(personId('Joe Anderson'));
    for (const clash of clashes) expect(clash.personIds).toEqual(everyone);
    expect(inEnglish(clashes[2]!.message)).toMatch(/ at “.+” \(Mon 7 Nov, 10:00–11:00 Kunming\) and “.+” \(10:30–11:30\) at once\.$/);
  });

  it('finds an engagement during a journey even when a longer one began before both', () => {
    const tianjin = sample.engagements.filter((candidate) => candidate.stopId === stopId('Tianjin'));
    const journey = sample.segments.find(
      (segment) => segment.fromStopId === stopId('Tianjin') && segment.toStopId === stopId('Beijing'),
    )!;
    const long = retimed(tianjin[0]!, '2016-11-13T07:00', '2016-11-13T12:00');
    const short = retimed(tianjin[1]!, '2016-11-13T08:00', '2016-11-13T10:20');
    const clashes = doubleBookings(context(withEngagements(long, short))).filter((conflict) =>
      conflict.journeyIds.includes(journey.id),
    );
    expect(clashes.map((conflict) => conflict.engagementIds[0]).sort()).toEqual([long.id, short.id].sort());
  });

  it('finds exactly the clashes, and the people in them, that attendanceCalculator and takesJourney give', () => {
    // Every engagement moved into Tianjin or Beijing on the day of the journey between them, some with people
    // added or left out: dozens of overlaps among groups of people who attend differently.
    const members = sample.memberships;
    const engagements = sample.engagements.map((original, index) =>
      retimed(
        original,
        `2016-11-13T${String(8 + (index % 5)).padStart(2, '0')}:${index % 2 ? '30' : '00'}`,
        `2016-11-13T${String(9 + (index % 5)).padStart(2, '0')}:45`,
        {
          stopId: stopId(index % 2 ? 'Tianjin' : 'Beijing'),
          ...(index % 3 === 0
            ? { addedAttendeeIds: [members[index % members.length]!.personId], removedAttendeeIds: [] }
            : index % 4 === 0
              ? { addedAttendeeIds: [], removedAttendeeIds: [members[(index * 7) % members.length]!.personId] }
              : {}),
        },
      ),
    );
    const source: CheckSource = { ...sample, engagements };
    const attendees = attendanceCalculator(source.memberships);
    const live = engagements.filter((candidate) => candidate.status !== 'cancelled');
    const instant = (candidate: Engagement) => [Date.parse(candidate.start.utc), Date.parse(candidate.end.utc)] as const;
    const expected = new Map<string, string[]>();
    for (const first of live) {
      for (const second of live) {
        const [firstStart, firstEnd] = instant(first);
        const [secondStart, secondEnd] = instant(second);
        const earlier =
          firstStart - secondStart || firstEnd - secondEnd || (first.id < second.id ? -1 : first.id > second.id ? 1 : 0);
        if (earlier >= 0 || firstEnd <= secondStart) continue;
        const both = attendees(first).attendeeIds.filter((id) => attendees(second).attendeeIds.includes(id));
        if (both.length > 0) expected.set(`double-booking:${first.id}:${second.id}`, both.sort());
      }
    }
    for (const segment of source.segments) {
      const [departs, arrives] = [Date.parse(segment.departure.utc), Date.parse(segment.arrival.utc)];
      const travellers = source.memberships
        .filter((membership) =>
          takesJourney(
            segment,
            membership.personId,
            inRouteOrder(source.stops).filter((stop) => membership.stopIds.includes(stop.id)),
          ),
        )
        .map((membership) => membership.personId);
      for (const candidate of live) {
        const [start, end] = instant(candidate);
        if (!(start < arrives && departs < end)) continue;
        const both = attendees(candidate).attendeeIds.filter((id) => travellers.includes(id));
        if (both.length > 0) expected.set(`double-booking:${candidate.id}:${segment.id}`, both.sort());
      }
    }
    const found = doubleBookings(context(source));
    expect(found.length).toBeGreaterThan(20);
    expect(new Map(found.map((conflict) => [conflict.id, [...conflict.personIds]]))).toEqual(expected);
  });
});
