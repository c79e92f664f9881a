import { describe, expect, it } from 'vitest';
import {
  runChecks,
  attendeesNotInCity,
  CHECK_RULES,
  checkContext,
  findingsIndex,
  doubleBookings,
  engagementsOutsideCityDates,
  journeyTimings,
  nightsWithoutHotel,
  suspiciousTimes,
  tightTransfers,
  travelDocumentFindings,
  type Finding,
  type CheckSource,
} from '../../../../src/domain/checks/checks';
import type { Engagement } from '../../../../src/domain/engagements/engagement';
import { attendanceCalculator } from '../../../../src/domain/engagements/engagement-rules';
import { takesJourney } from '../../../../src/domain/programme/personal-programme';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import { inRouteOrder } from '../../../../src/domain/route/city';
import { zonedTimeOrThrow } from '../../../../src/domain/shared/time';
import { generateDataset } from '../../../builders/large-dataset';

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
function withEngagements(...replacements: Engagement[]): CheckSource {
  const byId = new Map(replacements.map((replacement) => [replacement.id, replacement]));
  return { ...sample, engagements: sample.engagements.map((candidate) => byId.get(candidate.id) ?? candidate) };
}

/** Conflicts as plain records, every field read: what the UI sees, and what `toEqual` can compare. */
const plain = (conflicts: readonly Finding[]) => JSON.parse(JSON.stringify(conflicts)) as Finding[];

const context = (source: CheckSource, bufferMinutes?: number) =>
  checkContext(source, { today: TODAY, ...(bufferMinutes === undefined ? {} : { bufferMinutes }) });

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
    const [conflict, ...rest] = engagementsOutsideCityDates(context(source));
    expect(rest).toEqual([]);
    expect(conflict!.engagementIds).toEqual([qingdaoMeeting.id]);
    expect(conflict!.message).toBe(
      '“Meeting with the Qingdao Municipal Bureau of Commerce” is on Fri 18 Nov in Qingdao, but the delegation is there from Tue 15 Nov to Thu 17 Nov.',
    );
  });

  it('reports an engagement in a city on a day the delegation is elsewhere once, not as clashes there', () => {
    // In Kunming on the day of the MoU signing in Tianjin: those "at" it are in Tianjin.
    const source = withEngagements(
      retimed(foreignAffairs, '2016-11-12T10:00', '2016-11-12T11:00'),
    );
    const found = runChecks(source, { today: TODAY }).filter((conflict) =>
      conflict.engagementIds.includes(foreignAffairs.id),
    );
    expect(found.map((conflict) => conflict.rule)).toEqual(['outside-stop-dates']);
  });

  it('finds none in the sample trip', () => {
    expect(engagementsOutsideCityDates(context(sample))).toEqual([]);
  });
});

describe('attendees added by hand', () => {
  it('flags someone who leaves after Qingdao added to the Shanghai closing reception', () => {
    const source = withEngagements({ ...closingReception, addedAttendeeIds: [earlyLeaver] });
    const [conflict, ...rest] = attendeesNotInCity(context(source));
    expect(rest).toEqual([]);
    expect(conflict!.personIds).toEqual([earlyLeaver]);
    expect(conflict!.message).toContain('is not in Shanghai on their part of the route');
  });

  it('does not flag someone added who is at that city anyway', () => {
    const source = withEngagements({ ...closingReception, addedAttendeeIds: [personId('Joe Anderson')] });
    expect(attendeesNotInCity(context(source))).toEqual([]);
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
    // Another room of the same building is the same venue.
    const sameBuilding = { ...tight, venue: { ...forum.venue, name: `${forum.venue.name.split(',')[0]}, Room 2` } };
    expect(tightTransfers(context(withEngagements(sameBuilding)))).toEqual([]);
    expect(tightTransfers(context(withEngagements(tight), 15))).toEqual([]);
  });

  it('finds nothing tight in the sample trip', () => {
    expect(tightTransfers(context(sample))).toEqual([]);
  });
});

describe('nights without a hotel', () => {
  const withoutShanghaiHotel: CheckSource = {
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
    const source = withEngagements(retimed(briefing, '2016-11-13T08:00', '2016-11-13T09:00'));
    const conflicts = journeyTimings(context(source));
    const arrival = conflicts.find((conflict) => conflict.id.endsWith(':arrival'))!;
    expect(arrival.engagementIds).toEqual([briefing.id]);
    expect(arrival.message).toMatch(/^The train|^The flight|^The coach|^The car/);
    expect(arrival.message).toContain('arrives after “Trade briefing at the British Embassy” starts (Sun 13 Nov, 08:00–09:00 Beijing)');
  });

  it('leaves a briefing that starts while the train is still running to the double bookings, not saying it twice', () => {
    const source = withEngagements(retimed(briefing, '2016-11-13T10:15', '2016-11-13T11:00'));
    expect(journeyTimings(context(source)).filter((conflict) => conflict.engagementIds.includes(briefing.id))).toEqual([]);
    const during = doubleBookings(context(source)).filter(
      (conflict) => conflict.engagementIds.includes(briefing.id) && conflict.segmentIds.length === 1,
    );
    expect(during).toHaveLength(1);
    expect(during[0]!.message).toContain('during “Trade briefing at the British Embassy” (Sun 13 Nov, 10:15–11:00 Beijing)');
  });

  it('names a journey’s time by its city only when it is that city’s time', () => {
    // The early leavers' flight from Qingdao lands in Beijing, on the way home to Liverpool.
    const homeward = sample.segments.find(
      (segment) => segment.fromStopId === stopId('Qingdao') && segment.toStopId === null,
    )!;
    const breakfast = retimed(qingdaoMeeting, '2016-11-17T10:00', '2016-11-17T10:45');
    const messages = journeyTimings(context(withEngagements(breakfast)))
      .filter((conflict) => conflict.segmentIds.includes(homeward.id))
      .map((conflict) => conflict.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).toContain(`${homeward.arrival.local.slice(11)} (UTC+8)`);
      expect(message).not.toContain(`${homeward.arrival.local.slice(11)} Liverpool`);
    }
  });

  it('names the home city in journeys to and from home', () => {
    const outbound = sample.segments.find((segment) => segment.fromStopId === null)!;
    const kunmingFirst = engagement('Kunming Municipal Foreign Affairs');
    const source = withEngagements(
      retimed(kunmingFirst, `${outbound.arrival.local.slice(0, 10)}T00:30`, `${outbound.arrival.local.slice(0, 10)}T01:00`),
    );
    const messages = runChecks(source, { today: TODAY }).map((conflict) => conflict.message);
    expect(messages.some((message) => message.includes(' from Liverpool to '))).toBe(true);
    expect(messages.some((message) => message.includes(' from home to '))).toBe(false);
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
    const source: CheckSource = {
      ...sample,
      people: sample.people.map((person) =>
        person.id === joe ? { ...person, passportExpiry: '2017-02-01', visaStatus: 'applied' as const } : person,
      ),
    };
    const conflicts = travelDocumentFindings(checkContext(source, { today: '2016-11-01' }));
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
    const first = runChecks(source, { today: TODAY });
    // The sample has a delegate whose passport runs out too soon: an error, so before the warning.
    expect(first.map((conflict) => conflict.rule)).toEqual(['double-booking', 'travel-documents', 'suspicious-time']);
    expect(plain(runChecks(source, { today: TODAY }))).toEqual(plain(first));
  });

  it('lists errors first, then by rule, double bookings in the order they happen and the rest by id', () => {
    const dataset = generateDataset({ trips: 1, people: 40, engagementsPerTrip: 150, membersPerTrip: 40 });
    const source: CheckSource = { ...dataset.trips[0]!, people: dataset.people, accommodations: [] };
    const conflicts = runChecks(source, { today: '2025-01-01' });
    const rank = (conflict: Finding) => (conflict.severity === 'error' ? 0 : 100) + CHECK_RULES.indexOf(conflict.rule);
    const byId = (a: Finding, b: Finding) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const engagementById = new Map(source.engagements.map((candidate) => [candidate.id, candidate]));
    const when = (id: string) => {
      const { start, end } = engagementById.get(id)!;
      return [Date.parse(start.utc), Date.parse(end.utc), id] as const;
    };
    const inTime = (a: readonly [number, number, string], b: readonly [number, number, string]) =>
      a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
    const byTime = (a: Finding, b: Finding) =>
      inTime(when(a.engagementIds[0]!), when(b.engagementIds[0]!)) ||
      inTime(when(a.engagementIds[1]!), when(b.engagementIds[1]!));
    const expected = [...conflicts].sort(
      (a, b) => rank(a) - rank(b) || (a.rule === 'double-booking' ? byTime(a, b) : byId(a, b)),
    );
    expect(new Set(conflicts.map((conflict) => conflict.rule))).toEqual(new Set(['double-booking', 'night-without-hotel']));
    expect(conflicts.filter((conflict) => conflict.rule === 'double-booking').length).toBeGreaterThan(40);
    expect(conflicts.map((conflict) => conflict.id)).toEqual(expected.map((conflict) => conflict.id));
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
    expect(clashes[2]!.message).toMatch(/ at “.+” \(Mon 7 Nov, 10:00–11:00 Kunming\) and “.+” \(10:30–11:30\) at once\.$/);
  });

  it('finds an engagement during a journey even when a longer one began before both', () => {
    const tianjin = sample.engagements.filter((candidate) => candidate.stopId === stopId('Tianjin'));
    const journey = sample.segments.find(
      (segment) => segment.fromStopId === stopId('Tianjin') && segment.toStopId === stopId('Beijing'),
    )!;
    const long = retimed(tianjin[0]!, '2016-11-13T07:00', '2016-11-13T12:00');
    const short = retimed(tianjin[1]!, '2016-11-13T08:00', '2016-11-13T10:20');
    const clashes = doubleBookings(context(withEngagements(long, short))).filter((conflict) =>
      conflict.segmentIds.includes(journey.id),
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

describe('conflicts as the UI reads them', () => {
  const source = withEngagements(retimed(siteVisit, '2016-11-12T10:30', '2016-11-12T12:00'));

  it('words a conflict when it is read, the same every time, with all its fields in JSON', () => {
    const [conflict] = doubleBookings(context(source));
    expect(conflict!.message).toBe(conflict!.message);
    expect(conflict).toMatchObject({
      id: `double-booking:${signing.id}:${siteVisit.id}`,
      rule: 'double-booking',
      severity: 'error',
      message: expect.stringMatching(/^Joe Anderson, /),
      engagementIds: [signing.id, siteVisit.id],
      segmentIds: [],
      stopIds: [stopId('Tianjin')],
      fingerprint: expect.stringMatching(/^[0-9a-f]{8}$/),
    });
    expect(Object.keys(plain([conflict!])[0]!).sort()).toEqual(
      ['engagementIds', 'fingerprint', 'id', 'message', 'personIds', 'rule', 'segmentIds', 'severity', 'stopIds'].sort(),
    );
    expect(plain([conflict!])[0]!.personIds).toEqual([...conflict!.personIds]);
  });

  it('finds the conflicts about each engagement, journey, city and person', () => {
    const busy: CheckSource = {
      ...withEngagements(
        retimed(siteVisit, '2016-11-12T10:30', '2016-11-12T12:00'),
        retimed(briefing, '2016-11-13T10:15', '2016-11-13T11:00'),
        retimed(qingdaoMeeting, '2016-11-16T03:00', '2016-11-16T04:00'),
        { ...closingReception, addedAttendeeIds: [earlyLeaver] },
      ),
      accommodations: sample.accommodations.filter((stay) => stay.stopId !== stopId('Shanghai')),
    };
    const conflicts = runChecks(busy, { today: TODAY });
    expect(new Set(conflicts.map((conflict) => conflict.rule)).size).toBeGreaterThan(4);
    const index = findingsIndex(conflicts);
    const fields = [
      [index.byEngagement, 'engagementIds'],
      [index.bySegment, 'segmentIds'],
      [index.byStop, 'stopIds'],
      [index.byPerson, 'personIds'],
    ] as const;
    for (const [map, field] of fields) {
      const ids = new Set(conflicts.flatMap((conflict) => conflict[field]));
      expect(new Set(map.keys())).toEqual(ids);
      for (const id of ids) expect(map.get(id)).toEqual(conflicts.filter((conflict) => conflict[field].includes(id)));
    }
    expect(index.byPerson.get(personId('Joe Anderson'))!.length).toBeGreaterThan(1);
  });
});
