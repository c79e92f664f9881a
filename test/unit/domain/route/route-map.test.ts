import { describe, expect, it } from 'vitest';
import { inChinese, inEnglish } from '../../../builders/words';
import {
  describeMapLeg,
  describeRouteMap,
  HOME_POINT_ID,
  routeMapModel,
  type RouteMapHome,
} from '../../../../src/domain/route/route-map';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import type { City } from '../../../../src/domain/route/city';
import { zonedTimeOrThrow } from '../../../../src/domain/shared/time';
import type { TravelMode, Journey } from '../../../../src/domain/route/journey';
import { aJourneyRecord } from '../../../builders/route-records';

const MANCHESTER: RouteMapHome = { label: 'Manchester', latitude: 53.48, longitude: -2.24 };

const CITIES: Record<string, [number, number]> = {
  Kunming: [25.0389, 102.7183],
  Chongqing: [29.563, 106.5516],
  Tianjin: [39.0842, 117.2009],
  Beijing: [39.9042, 116.4074],
};

function aStop(name: string, position: number, where: [number, number] | null = CITIES[name] ?? null): City {
  return {
    id: `stop-${name.toLowerCase()}`,
    tripId: 'trip',
    position,
    name,
    nameLocal: '',
    country: 'CN',
    timeZone: 'Asia/Shanghai',
    latitude: where ? where[0] : null,
    longitude: where ? where[1] : null,
    arrivalDate: '2016-11-06',
    departureDate: '2016-11-09',
    notes: '',
  };
}

let departures = 0;
function aSegment(from: City | 'home', to: City | 'home', mode: TravelMode = 'flight'): Journey {
  departures += 1;
  // One minute apart, so that the order in which a test makes them is the order they depart in.
  const local = `2016-11-10T${String(Math.floor(departures / 60)).padStart(2, '0')}:${String(departures % 60).padStart(2, '0')}`;
  const at = zonedTimeOrThrow(local, 'Asia/Shanghai');
  return aJourneyRecord({
    id: `segment-${departures}`,
    fromStopId: from === 'home' ? null : from.id,
    toStopId: to === 'home' ? null : to.id,
    mode,
    departure: at,
    arrival: at,
    calendar: { uid: `segment-${departures}@test`, sequence: 0 },
  });
}

const kunming = aStop('Kunming', 0);
const chongqing = aStop('Chongqing', 1);
const tianjin = aStop('Tianjin', 2);
const beijing = aStop('Beijing', 3);

describe('the places on the route map', () => {
  it('shows home first, then the stops in route order numbered from 1', () => {
    const model = routeMapModel({ stops: [tianjin, kunming, chongqing], segments: [], home: MANCHESTER });
    expect(model.points.map((point) => [point.label, point.kind, point.order])).toEqual([
      ['Manchester', 'home', null],
      ['Kunming', 'stop', 1],
      ['Chongqing', 'stop', 2],
      ['Tianjin', 'stop', 3],
    ]);
    expect(model.points[1]).toMatchObject({ id: kunming.id, latitude: 25.0389, longitude: 102.7183 });
  });

  it('leaves out a city without coordinates, keeping the others’ numbers as in the route', () => {
    const unplaced = aStop('Lijiang', 1, null);
    const model = routeMapModel({ stops: [kunming, unplaced, { ...chongqing, position: 2 }], segments: [], home: null });
    expect(model.points.map((point) => `${point.order} ${point.label}`)).toEqual(['1 Kunming', '3 Chongqing']);
  });

  it('has no home point when the trip has no home place', () => {
    const model = routeMapModel({ stops: [kunming], segments: [], home: null });
    expect(model.points.map((point) => point.kind)).toEqual(['stop']);
  });

  it('is empty for a trip with no cities and no home', () => {
    expect(routeMapModel({ stops: [], segments: [], home: null })).toEqual({ points: [], legs: [] });
  });
});

describe('the journeys on the route map', () => {
  it('draws each segment between the places it joins, with home for an open end', () => {
    const model = routeMapModel({
      stops: [kunming, chongqing],
      segments: [aSegment('home', kunming), aSegment(kunming, chongqing, 'train'), aSegment(chongqing, 'home')],
      home: MANCHESTER,
    });
    expect(model.legs).toEqual([
      { fromId: HOME_POINT_ID, toId: kunming.id, mode: 'flight' },
      { fromId: kunming.id, toId: chongqing.id, mode: 'train' },
      { fromId: chongqing.id, toId: HOME_POINT_ID, mode: 'flight' },
    ]);
  });

  it('draws the two flights of a connection to Kunming as one line', () => {
    const model = routeMapModel({
      stops: [kunming],
      segments: [aSegment('home', kunming), aSegment('home', kunming)],
      home: MANCHESTER,
    });
    expect(model.legs).toEqual([{ fromId: HOME_POINT_ID, toId: kunming.id, mode: 'flight' }]);
  });

  it('draws a flight there and back as one line, but a train and a flight between the same cities as two', () => {
    const model = routeMapModel({
      stops: [tianjin, beijing],
      segments: [aSegment(tianjin, beijing, 'train'), aSegment(beijing, tianjin, 'train'), aSegment(beijing, tianjin)],
      home: null,
    });
    expect(model.legs).toEqual([
      { fromId: tianjin.id, toId: beijing.id, mode: 'train' },
      { fromId: beijing.id, toId: tianjin.id, mode: 'flight' },
    ]);
  });

  it('follows the segments in order of departure, whatever order they are stored in', () => {
    const out = aSegment('home', kunming);
    const onward = aSegment(kunming, chongqing, 'train');
    const model = routeMapModel({ stops: [kunming, chongqing], segments: [onward, out], home: MANCHESTER });
    expect(model.legs.map((leg) => leg.mode)).toEqual(['flight', 'train']);
  });

  it('leaves out journeys to a city without coordinates, and to home when there is no home place', () => {
    const unplaced = aStop('Lijiang', 1, null);
    const model = routeMapModel({
      stops: [kunming, unplaced],
      segments: [aSegment('home', kunming), aSegment(kunming, unplaced, 'coach'), aSegment(unplaced, 'home')],
      home: null,
    });
    expect(model.legs).toEqual([]);
  });

  it('joins home, the stops in order and home again when no travel is entered yet', () => {
    const model = routeMapModel({ stops: [chongqing, kunming], segments: [], home: MANCHESTER });
    expect(model.legs).toEqual([
      { fromId: HOME_POINT_ID, toId: kunming.id, mode: null },
      { fromId: kunming.id, toId: chongqing.id, mode: null },
      { fromId: chongqing.id, toId: HOME_POINT_ID, mode: null },
    ]);
  });

  it('joins only the stops when no travel is entered and there is no home place', () => {
    const model = routeMapModel({ stops: [kunming, chongqing], segments: [], home: null });
    expect(model.legs).toEqual([{ fromId: kunming.id, toId: chongqing.id, mode: null }]);
  });

  it('draws the out-and-back of a one-city trip without travel as one line', () => {
    const model = routeMapModel({ stops: [kunming], segments: [], home: MANCHESTER });
    expect(model.legs).toEqual([{ fromId: HOME_POINT_ID, toId: kunming.id, mode: null }]);
  });

  it('does not invent a route once any travel is entered', () => {
    const model = routeMapModel({
      stops: [kunming, chongqing, tianjin],
      segments: [aSegment(kunming, chongqing, 'train')],
      home: MANCHESTER,
    });
    expect(model.legs).toEqual([{ fromId: kunming.id, toId: chongqing.id, mode: 'train' }]);
  });
});

describe('the sample trip on the map', () => {
  let next = 0;
  const sample = buildSampleTrip({ now: '2016-10-01T09:00:00Z', newId: () => `id-${(next += 1)}` });
  const model = routeMapModel({ stops: sample.stops, segments: sample.segments, home: MANCHESTER });
  const label = (id: string): string => model.points.find((point) => point.id === id)?.label ?? '?';

  it('shows Manchester and the six cities', () => {
    expect(inEnglish(describeRouteMap(model))).toBe(
      'Route map: Manchester, then 1 Kunming, 2 Chongqing, 3 Tianjin, 4 Beijing, 5 Qingdao, 6 Shanghai',
    );
  });

  it('draws each journey of the mission once', () => {
    expect(model.legs.map((leg) => `${label(leg.fromId)}–${label(leg.toId)} ${leg.mode}`)).toEqual([
      'Manchester–Kunming flight',
      'Kunming–Chongqing flight',
      'Chongqing–Tianjin flight',
      'Manchester–Beijing flight',
      'Tianjin–Beijing train',
      'Beijing–Qingdao train',
      'Qingdao–Manchester flight',
      'Qingdao–Shanghai flight',
      'Shanghai–Manchester flight',
    ]);
  });
});

describe('the route map in words', () => {
  it('names the stops alone when there is no home place', () => {
    const model = routeMapModel({ stops: [kunming, chongqing], segments: [], home: null });
    expect(inEnglish(describeRouteMap(model))).toBe('Route map: 1 Kunming, 2 Chongqing');
  });

  it('says when there is nothing to show', () => {
    expect(inEnglish(describeRouteMap({ points: [], legs: [] }))).toBe('Route map: no places with coordinates');
  });

  it('describes a journey by its places and how it is made, or that travel is not entered yet', () => {
    const booked = routeMapModel({ stops: [kunming, chongqing], segments: [aSegment(kunming, chongqing, 'train')], home: null });
    expect(inEnglish(describeMapLeg(booked.legs[0]!, booked))).toBe('Kunming to Chongqing, train');
    const unbooked = routeMapModel({ stops: [kunming], segments: [], home: MANCHESTER });
    expect(inEnglish(describeMapLeg(unbooked.legs[0]!, unbooked))).toBe('Manchester to Kunming, travel not yet entered');
  });
});

describe('the route map in Chinese words', () => {
  it('describes the map and its journeys', () => {
    const model = routeMapModel({ stops: [kunming, chongqing], segments: [aSegment(kunming, chongqing, 'train')], home: MANCHESTER });
    expect(inChinese(describeRouteMap(model))).toBe('行程地图：Manchester，然后1 Kunming, 2 Chongqing');
    expect(inChinese(describeMapLeg(model.legs.at(-1)!, model))).toBe('Kunming至Chongqing，火车');
    expect(inChinese(describeRouteMap({ points: [], legs: [] }))).toBe('行程地图：没有带坐标的地点');
  });
});
