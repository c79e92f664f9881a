import { describe, expect, it } from 'vitest';
import {
  appendTo,
  attends,
  byStartThenId,
  DEFAULT_BUFFER_MINUTES,
  citiesOf,
  citiesOfPair,
} from '../../../../src/domain/checks/check-context';
import {
  closingReception,
  context,
  earlyLeaver,
  forum,
  personId,
  qingdaoMeeting,
  retimed,
  sample,
  signing,
  siteVisit,
  stopId,
  withEngagements,
} from './sample-trip-for-checks';

const ids = (timed: readonly { engagement: { id: string } }[]) => timed.map((item) => item.engagement.id);
const joe = personId('Joe Anderson');

describe('the trip read once for the checks', () => {
  it('leaves cancelled engagements out', () => {
    const trip = context(withEngagements({ ...signing, status: 'cancelled' }));
    expect(ids(trip.live)).not.toContain(signing.id);
    expect(ids(trip.chronological)).not.toContain(signing.id);
    expect(trip.live).toHaveLength(sample.engagements.length - 1);
  });

  it('ranks engagements in time order, leaving out of it those on a day their city is not on the route', () => {
    const trip = context(withEngagements(retimed(qingdaoMeeting, '2016-11-18T10:00', '2016-11-18T11:30')));
    expect(ids(trip.live)).toContain(qingdaoMeeting.id);
    expect(ids(trip.chronological)).not.toContain(qingdaoMeeting.id);
    trip.chronological.forEach((timed, rank) => {
      expect(timed.rank).toBe(rank);
      if (rank > 0) expect(byStartThenId(trip.chronological[rank - 1]!, timed)).toBeLessThan(0);
    });
    const kunming = trip.chronologicalByCity.get(stopId('Kunming'))!;
    expect(kunming.every((timed) => timed.engagement.stopId === stopId('Kunming'))).toBe(true);
    expect(kunming.map((timed) => timed.rank)).toEqual([...kunming.map((timed) => timed.rank)].sort((a, b) => a - b));
  });

  it('ranks journeys in time order', () => {
    const trip = context(sample);
    expect(trip.timedJourneys).toHaveLength(sample.segments.length);
    trip.timedJourneys.forEach((timed, rank) => {
      expect(timed.rank).toBe(rank);
      if (rank > 0) expect(trip.timedJourneys[rank - 1]!.start).toBeLessThanOrEqual(timed.start);
    });
  });

  it('allows 45 minutes between venues unless told otherwise', () => {
    expect(DEFAULT_BUFFER_MINUTES).toBe(45);
    expect(context(sample).bufferMinutes).toBe(45);
    expect(context(sample, 15).bufferMinutes).toBe(15);
  });

  it('knows who is at each city, in the trip’s order', () => {
    const shanghai = context(sample).membersByCity.get(stopId('Shanghai'))!;
    expect(shanghai[0]).toBe(joe);
    expect(shanghai).not.toContain(earlyLeaver);
  });
});

describe('ordering, indexing and attendance', () => {
  it('orders by start, then end, then id by code unit', () => {
    const at = (start: number, end: number, id: string) => ({ start, end, engagement: { ...signing, id } });
    expect(byStartThenId(at(1, 5, 'b'), at(2, 3, 'a'))).toBeLessThan(0);
    expect(byStartThenId(at(1, 5, 'a'), at(1, 3, 'b'))).toBeGreaterThan(0);
    expect(byStartThenId(at(1, 3, 'B'), at(1, 3, 'a'))).toBeLessThan(0);
    expect(byStartThenId(at(1, 3, 'a'), at(1, 3, 'a'))).toBe(0);
    const journey = { start: 1, end: 3, segment: sample.segments[0]! };
    expect(byStartThenId(at(1, 3, '~'), journey)).toBeGreaterThan(0);
  });

  it('starts a list under a new key and adds to it after', () => {
    const index = new Map<string, number[]>();
    appendTo(index, 'a', 1);
    appendTo(index, 'a', 2);
    appendTo(index, 'b', 3);
    expect([...index]).toEqual([
      ['a', [1, 2]],
      ['b', [3]],
    ]);
  });

  it('gives a member’s cities as a set, made once, and nothing for someone not on the trip', () => {
    const trip = context(sample);
    const cities = citiesOf(trip, earlyLeaver)!;
    expect(cities.has(stopId('Qingdao'))).toBe(true);
    expect(cities.has(stopId('Shanghai'))).toBe(false);
    expect(citiesOf(trip, earlyLeaver)).toBe(cities);
    expect(citiesOf(trip, 'stranger')).toBeUndefined();
  });

  it('says who attends as attendanceCalculator does: at the city, plus those added, less those left out', () => {
    const trip = context(sample);
    expect(attends(trip, joe, signing)).toBe(true);
    expect(attends(trip, earlyLeaver, closingReception)).toBe(false);
    expect(attends(trip, earlyLeaver, { ...closingReception, addedAttendeeIds: [earlyLeaver] })).toBe(true);
    expect(attends(trip, joe, { ...signing, removedAttendeeIds: [joe] })).toBe(false);
    expect(attends(trip, 'stranger', { ...signing, addedAttendeeIds: ['stranger'] })).toBe(false);
  });

  it('lists the cities of a pair sorted, sharing one list for pairs in one city', () => {
    const trip = context(sample);
    const pair = citiesOfPair(trip, closingReception, forum);
    expect(pair).toEqual([forum.stopId, closingReception.stopId].sort());
    const tianjin = citiesOfPair(trip, signing, siteVisit);
    expect(tianjin).toEqual([stopId('Tianjin')]);
    expect(citiesOfPair(trip, siteVisit, signing)).toBe(tianjin);
  });
});
