import { describe, expect, it } from 'vitest';
import { attendanceClasses } from '../../../../src/domain/checks/attendance-classes';
import { digestOfPeople } from '../../../../src/domain/checks/fingerprints';
import { attendanceCalculator } from '../../../../src/domain/engagements/engagement-rules';
import { takesJourney } from '../../../../src/domain/programme/personal-programme';
import { inRouteOrder } from '../../../../src/domain/route/city';
import { closingReception, context, earlyLeaver, personId, sample, withEngagements } from './sample-trip-for-checks';

const joe = personId('Joe Anderson');
const phil = personId('Phil Davies');

describe('attendance classes', () => {
  const source = withEngagements({ ...closingReception, addedAttendeeIds: [earlyLeaver] });
  const trip = context(source);
  const classes = attendanceClasses(trip);
  const classOf = (id: string) => classes.find((group) => group.personIds.includes(id))!;

  it('puts every member in exactly one class', () => {
    const everyone = classes.flatMap((group) => group.personIds);
    expect(everyone.sort()).toEqual(source.memberships.map((membership) => membership.personId).sort());
  });

  it('gives each class exactly the engagements attendanceCalculator and the journeys takesJourney give its people', () => {
    const attendance = attendanceCalculator(source.memberships);
    const route = inRouteOrder(source.stops);
    for (const group of classes) {
      for (const id of group.personIds) {
        const attended = trip.chronological
          .filter((timed) => attendance(timed.engagement).attendeeIds.includes(id))
          .map((timed) => timed.engagement.id);
        expect(group.engagements.map((timed) => timed.engagement.id)).toEqual(attended);
        const cities = route.filter((stop) => source.memberships.find((membership) => membership.personId === id)!.stopIds.includes(stop.id));
        const taken = trip.timedJourneys.filter((timed) => takesJourney(timed.segment, id, cities)).map((timed) => timed.segment.id);
        expect(group.segments.map((timed) => timed.segment.id)).toEqual(taken);
      }
    }
  });

  it('groups people on the same cities with the same journeys, and gives someone added by hand a class of their own', () => {
    expect(classOf(phil)).toBe(classOf(joe));
    expect(classOf(earlyLeaver).personIds).toEqual([earlyLeaver]);
  });

  it('keeps each class’s people sorted, its first three on the trip’s list, and a digest of them', () => {
    const group = classOf(joe);
    expect(group.personIds).toEqual([...group.personIds].sort());
    expect(group.leaders).toHaveLength(3);
    expect(group.leaders.slice(0, 2)).toEqual([joe, phil]);
    expect(group.peopleDigest).toBe(digestOfPeople(group.personIds));
  });

  it('makes no classes for a trip without members', () => {
    expect(attendanceClasses(context({ ...sample, memberships: [] }))).toEqual([]);
  });
});
