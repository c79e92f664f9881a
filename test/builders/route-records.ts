/**
 * Stored cities and journeys for the route's tests, with everything a test does not care about left plain:
 * `aCityRecord('kunming', 0, '2016-11-06', '2016-11-09')` is a city of a Chinese route; `aJourneyRecord` a direct
 * flight for everyone on the route at that point.
 */
import type { City } from '../../src/domain/route/city';
import type { Journey } from '../../src/domain/route/journey';
import type { ZonedTime } from '../../src/domain/shared/time';

export function aCityRecord(id: string, position: number, arrivalDate: string, departureDate: string, fields: Partial<City> = {}): City {
  return {
    id,
    tripId: 'trip',
    position,
    name: id,
    nameLocal: '',
    country: 'CN',
    timeZone: 'Asia/Shanghai',
    latitude: null,
    longitude: null,
    arrivalDate,
    departureDate,
    notes: '',
    ...fields,
  };
}

export function aJourneyRecord(
  journey: Pick<Journey, 'id' | 'fromStopId' | 'toStopId'> & { departure: ZonedTime; arrival: ZonedTime } & Partial<Journey>,
): Journey {
  return {
    tripId: 'trip',
    mode: 'flight',
    carrier: '',
    number: '',
    departurePlace: '',
    arrivalPlace: '',
    departureTerminal: '',
    arrivalTerminal: '',
    bookingReference: '',
    notes: '',
    travellerIds: null,
    connections: [],
    calendar: { uid: journey.id, sequence: 0 },
    ...journey,
  };
}
