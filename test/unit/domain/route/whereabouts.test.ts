import { describe, expect, it } from 'vitest';
import type { City } from '../../../../src/domain/route/city';
import type { Journey } from '../../../../src/domain/route/journey';
import { cityAt } from '../../../../src/domain/route/whereabouts';
import { zonedTimeOrThrow } from '../../../../src/domain/shared/time';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import { aCityRecord, aJourneyRecord } from '../../../builders/route-records';

let counter = 0;
const sample = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++counter}` });
const cityName = (id: string | null) => sample.stops.find((stop) => stop.id === id)?.name ?? null;
const inSample = (at: string) => cityName(cityAt(sample, at));

function aCity(name: string, position: number, timeZone: string, arrivalDate: string, departureDate: string): City {
  return aCityRecord(name, position, arrivalDate, departureDate, { country: 'DE', timeZone });
}

function aJourney(from: City, to: City, departs: string, arrives: string, travellerIds: string[] | null = null): Journey {
  return aJourneyRecord({
    id: `${from.id}-${to.id}-${departs}`,
    fromStopId: from.id,
    toStopId: to.id,
    departure: zonedTimeOrThrow(departs, from.timeZone),
    arrival: zonedTimeOrThrow(arrives, to.timeZone),
    travellerIds,
    calendar: { uid: 'uid', sequence: 0 },
  });
}

describe('where the delegation is at an hour of the trip', () => {
  it('is the city of the day on a day spent in one city', () => {
    expect(inSample('2016-11-07T10:00')).toBe('Kunming');
    expect(inSample('2016-11-12T23:30')).toBe('Tianjin');
  });

  it('is the city it leaves before the morning flight on to the next city departs (MU5857, 10:20 from Kunming)', () => {
    expect(inSample('2016-11-09T08:00')).toBe('Kunming');
    expect(inSample('2016-11-09T10:19')).toBe('Kunming');
  });

  it('is the city it goes to from the departure on, in the air and after landing', () => {
    expect(inSample('2016-11-09T10:20')).toBe('Chongqing');
    expect(inSample('2016-11-09T11:00')).toBe('Chongqing');
    expect(inSample('2016-11-09T19:00')).toBe('Chongqing');
  });

  it('reads the hour on the clock of the city being left', () => {
    const frankfurt = aCity('Frankfurt', 0, 'Europe/Berlin', '2027-03-08', '2027-03-10');
    const london = aCity('London', 1, 'Europe/London', '2027-03-10', '2027-03-12');
    // Departs 18:00 in Frankfurt, which is 17:00 in London.
    const route = { stops: [london, frankfurt], segments: [aJourney(frankfurt, london, '2027-03-10T18:00', '2027-03-10T18:45')] };
    expect(cityAt(route, '2027-03-10T17:30')).toBe('Frankfurt');
    expect(cityAt(route, '2027-03-10T18:00')).toBe('London');
  });

  it('follows the journey everyone takes, not the earlier one an advance party takes', () => {
    const beijing = aCity('Beijing', 0, 'Asia/Shanghai', '2027-05-01', '2027-05-03');
    const qingdao = aCity('Qingdao', 1, 'Asia/Shanghai', '2027-05-03', '2027-05-05');
    const route = {
      stops: [beijing, qingdao],
      segments: [
        aJourney(beijing, qingdao, '2027-05-03T07:00', '2027-05-03T08:30', ['advance-party']),
        aJourney(beijing, qingdao, '2027-05-03T15:00', '2027-05-03T16:30'),
      ],
    };
    expect(cityAt(route, '2027-05-03T10:00')).toBe('Beijing');
    expect(cityAt(route, '2027-05-03T17:00')).toBe('Qingdao');
  });

  it('passes through a city the delegation only changes in, when three cities share a day', () => {
    const a = aCity('A', 0, 'Asia/Shanghai', '2027-05-01', '2027-05-03');
    const b = aCity('B', 1, 'Asia/Shanghai', '2027-05-03', '2027-05-03');
    const c = aCity('C', 2, 'Asia/Shanghai', '2027-05-03', '2027-05-06');
    const route = {
      stops: [a, b, c],
      segments: [aJourney(a, b, '2027-05-03T08:00', '2027-05-03T09:00'), aJourney(b, c, '2027-05-03T13:00', '2027-05-03T14:00')],
    };
    expect(cityAt(route, '2027-05-03T07:00')).toBe('A');
    expect(cityAt(route, '2027-05-03T11:00')).toBe('B');
    expect(cityAt(route, '2027-05-03T18:00')).toBe('C');
  });

  it('is the later city on a travel day with no journey entered, or with no hour given', () => {
    const a = aCity('A', 0, 'Asia/Shanghai', '2027-05-01', '2027-05-03');
    const b = aCity('B', 1, 'Asia/Shanghai', '2027-05-03', '2027-05-05');
    expect(cityAt({ stops: [a, b], segments: [] }, '2027-05-03T07:00')).toBe('B');
    const withJourney = { stops: [a, b], segments: [aJourney(a, b, '2027-05-03T15:00', '2027-05-03T16:00')] };
    expect(cityAt(withJourney, '2027-05-03T')).toBe('B');
  });

  it('is the last city reached on a day in no city, the first city before the route begins, and none without cities', () => {
    // 5 Nov: the delegation leaves home; 6 Nov it reaches Kunming.
    expect(inSample('2016-11-05T20:00')).toBe('Kunming');
    const a = aCity('A', 0, 'Asia/Shanghai', '2027-05-01', '2027-05-02');
    const b = aCity('B', 1, 'Asia/Shanghai', '2027-05-04', '2027-05-05');
    expect(cityAt({ stops: [a, b], segments: [] }, '2027-05-03T10:00')).toBe('A');
    expect(cityAt({ stops: [], segments: [] }, '2027-05-03T10:00')).toBeNull();
  });
});
