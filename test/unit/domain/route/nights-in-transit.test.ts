import { describe, expect, it } from 'vitest';
import type { City } from '../../../../src/domain/route/city';
import type { Journey } from '../../../../src/domain/route/journey';
import {
  nightsCoveredBy,
  routeNightsInTransit,
  transitNights,
} from '../../../../src/domain/route/nights-in-transit';
import { routeDateIssues } from '../../../../src/domain/route/route';
import { zonedTimeOrThrow } from '../../../../src/domain/shared/time';
import { aCityRecord, aJourneyRecord } from '../../../builders/route-records';

function aCity(id: string, position: number, arrivalDate: string, departureDate: string): City {
  return aCityRecord(id, position, arrivalDate, departureDate);
}

function aJourney(
  id: string,
  from: string | null,
  to: string | null,
  departs: [string, string],
  arrives: [string, string],
  travellerIds: string[] | null = null,
): Journey {
  const [departure, arrival] = [zonedTimeOrThrow(...departs), zonedTimeOrThrow(...arrives)];
  return aJourneyRecord({ id, fromStopId: from, toStopId: to, number: id, departure, arrival, travellerIds });
}

const member = (personId: string, ...stopIds: string[]) => ({ personId, stopIds });

describe('the nights a journey covers', () => {
  it('London 21:30 → Shanghai 16:10 next day covers that night, each end read on its own clock', () => {
    const flight = aJourney('MU552', null, 'shanghai', ['2027-11-05T21:30', 'Europe/London'], ['2027-11-06T16:10', 'Asia/Shanghai']);
    expect(nightsCoveredBy(flight)).toEqual(['2027-11-05']);
  });

  it('a sleeper train over two nights covers both', () => {
    const train = aJourney('Z53', 'beijing', 'kunming', ['2027-11-08T22:00', 'Asia/Shanghai'], ['2027-11-10T07:00', 'Asia/Shanghai']);
    expect(nightsCoveredBy(train)).toEqual(['2027-11-08', '2027-11-09']);
  });

  it('a flight west that lands the day it leaves covers no night, nor one over the date line that lands the day before', () => {
    expect(
      nightsCoveredBy(aJourney('MU551', 'shanghai', null, ['2027-11-19T13:05', 'Asia/Shanghai'], ['2027-11-19T17:35', 'Europe/London'])),
    ).toEqual([]);
    expect(
      nightsCoveredBy(aJourney('JL62', 'tokyo', null, ['2027-11-08T18:00', 'Asia/Tokyo'], ['2027-11-08T11:00', 'America/Los_Angeles'])),
    ).toEqual([]);
  });

  it('a late hop across midnight covers the night it crosses', () => {
    const hop = aJourney('CA1234', 'beijing', 'kunming', ['2027-11-08T23:30', 'Asia/Shanghai'], ['2027-11-09T02:30', 'Asia/Shanghai']);
    expect(nightsCoveredBy(hop)).toEqual(['2027-11-08']);
  });

  it('puts people on the journeys they take: the named travellers, or for the whole delegation everyone at both ends', () => {
    const stops = [aCity('beijing', 0, '2027-11-05', '2027-11-08'), aCity('kunming', 1, '2027-11-09', '2027-11-12')];
    const segments = [
      aJourney('CA938', 'beijing', 'kunming', ['2027-11-08T21:00', 'Asia/Shanghai'], ['2027-11-09T08:00', 'Asia/Shanghai']),
      aJourney('BA38', 'beijing', null, ['2027-11-08T23:55', 'Asia/Shanghai'], ['2027-11-09T05:00', 'Europe/London'], ['leaver']),
    ];
    const transit = transitNights({
      stops,
      segments,
      memberships: [member('head', 'beijing', 'kunming'), member('leaver', 'beijing'), member('joiner', 'kunming')],
    });
    expect(transit.journeysCovering('2027-11-08').map((journey) => journey.id)).toEqual(['CA938', 'BA38']);
    expect(transit.journeyOf('head', '2027-11-08')?.id).toBe('CA938');
    expect(transit.journeyOf('leaver', '2027-11-08')?.id).toBe('BA38');
    expect(transit.journeyOf('joiner', '2027-11-08')).toBeUndefined();
    expect(transit.journeyOf('head', '2027-11-07')).toBeUndefined();
  });
});

describe('nights in transit on the route', () => {
  const stops = [aCity('beijing', 0, '2027-11-05', '2027-11-08'), aCity('kunming', 1, '2027-11-09', '2027-11-12')];
  const overnight = aJourney('CA938', 'beijing', 'kunming', ['2027-11-08T21:00', 'Asia/Shanghai'], ['2027-11-09T08:00', 'Asia/Shanghai']);
  const memberships = [member('head', 'beijing', 'kunming'), member('delegate', 'beijing', 'kunming')];

  it('a night on an overnight flight between two cities is in transit, not in no city', () => {
    expect(routeDateIssues(stops, { segments: [overnight], memberships })).toEqual([]);
    expect(routeNightsInTransit({ stops, segments: [overnight], memberships })).toEqual([
      { date: '2027-11-08', afterStopId: 'beijing', beforeStopId: 'kunming', journeyId: 'CA938' },
    ]);
  });

  it('is so before anyone is on the trip, as the route is built first', () => {
    expect(routeDateIssues(stops, { segments: [overnight], memberships: [] })).toEqual([]);
  });

  it('a night no journey covers is still in no city, even beside one that is covered', () => {
    const later = [stops[0]!, aCity('kunming', 1, '2027-11-10', '2027-11-12')];
    expect(routeDateIssues(later, { segments: [overnight], memberships })).toEqual([
      { kind: 'gap', afterStopId: 'beijing', beforeStopId: 'kunming', nights: 1, from: '2027-11-09', to: '2027-11-10' },
    ]);
    const daytime = aJourney('CA4170', 'beijing', 'kunming', ['2027-11-09T09:00', 'Asia/Shanghai'], ['2027-11-09T12:30', 'Asia/Shanghai']);
    expect(routeDateIssues(stops, { segments: [daytime], memberships })).toEqual([
      { kind: 'gap', afterStopId: 'beijing', beforeStopId: 'kunming', nights: 1, from: '2027-11-08', to: '2027-11-09' },
    ]);
  });

  it('a night only some of those going on spend travelling is still in no city for the others', () => {
    const forTheHead = { ...overnight, travellerIds: ['head'] };
    expect(routeDateIssues(stops, { segments: [forTheHead], memberships })).toHaveLength(1);
    const forBoth = { ...overnight, travellerIds: ['head', 'delegate'] };
    expect(routeDateIssues(stops, { segments: [forBoth], memberships })).toEqual([]);
  });

  it('someone who leaves at Beijing and flies home that night does not account for the delegation going on', () => {
    const home = aJourney('BA38', 'beijing', null, ['2027-11-08T23:55', 'Asia/Shanghai'], ['2027-11-09T05:00', 'Europe/London'], ['leaver']);
    expect(
      routeDateIssues(stops, { segments: [home], memberships: [...memberships, member('leaver', 'beijing')] }),
    ).toHaveLength(1);
  });
});
