/**
 * What the route map shows: the places of a trip that have coordinates, and the journeys between them. The map
 * draws one line per pair of places and way of travelling, so the two flights of a connection booked as two
 * home → Kunming segments, or a flight there and back, appear once. A trip with cities but no travel yet is
 * joined up in route order (home, the stops, home) with lines of no mode, so that it still reads as a route.
 */
import { inRouteOrder, type City } from './city';
import { TRAVEL_MODE_WORDS, type TravelMode, type Journey } from './journey';
import { message, type Message } from '../shared/message';

/** The id of the home point; stop ids are UUIDs, so it cannot clash with one. */
export const HOME_POINT_ID = 'home';

export interface MapPoint {
  id: string;
  label: string;
  latitude: number;
  longitude: number;
  kind: 'home' | 'stop';
  /** The stop's number in the route, 1 first; null for home. */
  order: number | null;
}

export interface MapLeg {
  fromId: string;
  toId: string;
  /** How the journey is made; null when no travel is entered yet and the line only joins the route in order. */
  mode: TravelMode | null;
}

export interface RouteMapModel {
  points: MapPoint[];
  legs: MapLeg[];
}

export interface RouteMapHome {
  label: string;
  latitude: number;
  longitude: number;
}

function hasCoordinates(latitude: number | null, longitude: number | null): boolean {
  return (
    latitude !== null &&
    longitude !== null &&
    Number.isFinite(latitude) &&
    Number.isFinite(longitude) &&
    Math.abs(latitude) <= 90 &&
    Math.abs(longitude) <= 180
  );
}

/**
 * The map of a route. Stops are numbered by their place in the whole route, so a city without coordinates
 * leaves a gap in the numbers (1, 2, 4) rather than renumbering the others away from the route list. Legs
 * follow the segments in order of departure; a segment's null end is home; legs with an end that is not on the
 * map (no coordinates, no home) are left out; repeats between the same two places by the same mode, in either
 * direction, are drawn once. With no segments at all, the legs join home, the stops in order and home again.
 */
export function routeMapModel(input: {
  stops: City[];
  segments: Journey[];
  home: RouteMapHome | null;
  /** A stop's name as the reader knows it (a Chinese reader knows Kunming as 昆明); by default its name. */
  nameOf?: (stop: City) => string;
}): RouteMapModel {
  const nameOf = input.nameOf ?? ((stop: City) => stop.name);
  const points: MapPoint[] = [];
  const home = input.home && hasCoordinates(input.home.latitude, input.home.longitude) ? input.home : null;
  if (home) {
    points.push({
      id: HOME_POINT_ID,
      label: home.label,
      latitude: home.latitude,
      longitude: home.longitude,
      kind: 'home',
      order: null,
    });
  }
  inRouteOrder(input.stops).forEach((stop, index) => {
    if (!hasCoordinates(stop.latitude, stop.longitude)) return;
    points.push({
      id: stop.id,
      label: nameOf(stop),
      latitude: stop.latitude as number,
      longitude: stop.longitude as number,
      kind: 'stop',
      order: index + 1,
    });
  });

  const mapped = new Set(points.map((point) => point.id));
  const legs: MapLeg[] = [];
  const seen = new Set<string>();
  const addLeg = (fromId: string, toId: string, mode: TravelMode | null): void => {
    if (fromId === toId || !mapped.has(fromId) || !mapped.has(toId)) return;
    const key = [fromId, toId].sort().join('\u0000') + `\u0000${mode ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    legs.push({ fromId, toId, mode });
  };

  if (input.segments.length > 0) {
    const byDeparture = [...input.segments].sort((a, b) => a.departure.utc.localeCompare(b.departure.utc));
    for (const segment of byDeparture) {
      addLeg(segment.fromStopId ?? HOME_POINT_ID, segment.toStopId ?? HOME_POINT_ID, segment.mode);
    }
  } else {
    const stopIds = points.filter((point) => point.kind === 'stop').map((point) => point.id);
    const chain = home && stopIds.length > 0 ? [HOME_POINT_ID, ...stopIds, HOME_POINT_ID] : stopIds;
    for (let i = 1; i < chain.length; i += 1) addLeg(chain[i - 1] as string, chain[i] as string, null);
  }

  return { points, legs };
}

/**
 * The map in words, for its accessible name: "Route map: Manchester, then 1 Kunming, 2 Chongqing, 3 Tianjin".
 */
export function describeRouteMap(model: RouteMapModel): Message {
  const home = model.points.find((point) => point.kind === 'home');
  const stops = model.points
    .filter((point) => point.kind === 'stop')
    .map((point) => `${point.order} ${point.label}`)
    .join(', ');
  if (!home && !stops) return message('route:map.described.empty');
  if (!home) return message('route:map.described.stops', { stops });
  if (!stops) return message('route:map.described.home', { home: home.label });
  return message('route:map.described.homeAndStops', { home: home.label, stops });
}

/** One leg in words, for the list beside the map: "Kunming to Chongqing, flight". */
export function describeMapLeg(leg: MapLeg, model: RouteMapModel): Message {
  const name = (id: string): string => model.points.find((point) => point.id === id)?.label ?? id;
  const from = name(leg.fromId);
  const to = name(leg.toId);
  return leg.mode
    ? message('route:map.leg', { from, to, mode: TRAVEL_MODE_WORDS[leg.mode] })
    : message('route:map.legNotEntered', { from, to });
}
