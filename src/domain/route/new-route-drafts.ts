/**
 * What a new city, journey or hotel starts with when the organiser adds one: the dates and places the route
 * already implies, so that the usual case needs only a name and a time.
 */
import type { TripBundle } from '../trip/trip-bundle';
import { addDays } from '../shared/date-arithmetic';
import type { City } from './city';
import type { Place } from './gazetteer/gazetteer';
import type { HotelDraft } from './hotel';
import type { CityDraft, JourneyDraft } from './route';

/** A city with nothing filled in. */
export function emptyCityDraft(): CityDraft {
  return {
    name: '',
    nameLocal: '',
    country: '',
    timeZone: '',
    latitude: null,
    longitude: null,
    arrivalDate: '',
    departureDate: '',
    notes: '',
  };
}

/** A new city, from the gazetteer's place if one was picked, from where the route ends now, for two nights. */
export function newCityDraft(bundle: Pick<TripBundle, 'trip' | 'stops'>, place: Place | null): CityDraft {
  const arrivalDate = bundle.stops.at(-1)?.departureDate ?? bundle.trip.startDate;
  return {
    ...emptyCityDraft(),
    ...(place
      ? {
          name: place.name,
          nameLocal: place.nameLocal,
          country: place.country,
          timeZone: place.timeZone,
          latitude: place.latitude,
          longitude: place.longitude,
        }
      : {}),
    arrivalDate,
    departureDate: arrivalDate ? addDays(arrivalDate, 2) : '',
  };
}

/** A flight with nothing filled in, from home to home. */
export function emptyJourneyDraft(): JourneyDraft {
  return {
    fromStopId: null,
    toStopId: null,
    mode: 'flight',
    carrier: '',
    number: '',
    departureLocal: '',
    departureZone: '',
    arrivalLocal: '',
    arrivalZone: '',
    departurePlace: '',
    arrivalPlace: '',
    departureTerminal: '',
    arrivalTerminal: '',
    bookingReference: '',
    notes: '',
    travellerIds: null,
    connections: [],
  };
}

/**
 * The first leg of home → cities → home that has no journey yet, by flight, on the day its city is left (or
 * reached), each end in its own zone; the first leg when every one has a journey.
 */
export function nextJourneyDraft(bundle: Pick<TripBundle, 'trip' | 'stops' | 'segments'>): JourneyDraft {
  const ends: (City | null)[] = [null, ...bundle.stops, null];
  const legs = ends.slice(1).map((to, index) => ({ from: ends[index] ?? null, to }));
  const missing =
    legs.find(
      ({ from, to }) =>
        !bundle.segments.some(
          (segment) => segment.fromStopId === (from?.id ?? null) && segment.toStopId === (to?.id ?? null),
        ),
    ) ?? legs[0];
  const from = missing?.from ?? null;
  const to = missing?.to ?? null;
  const date = from?.departureDate ?? to?.arrivalDate ?? bundle.trip.startDate;
  return {
    ...emptyJourneyDraft(),
    fromStopId: from?.id ?? null,
    toStopId: to?.id ?? null,
    departureLocal: `${date}T`,
    departureZone: from?.timeZone ?? bundle.trip.homeZone,
    arrivalLocal: `${date}T`,
    arrivalZone: to?.timeZone ?? bundle.trip.homeZone,
  };
}

/** A new hotel at a city, booked for all its nights. */
export function newHotelDraft(city: City): HotelDraft {
  return {
    stopId: city.id,
    name: '',
    nameLocal: '',
    address: '',
    addressLocal: '',
    phone: '',
    checkInDate: city.arrivalDate,
    checkOutDate: city.departureDate,
    notes: '',
  };
}
