/**
 * Which form of the route tab is open, and what a new city, journey or hotel starts with. One form at a time:
 * the cities, journeys and hotels each ask for theirs, and the route editor shows it. The checks link here to
 * fix what they found (?journey=, ?hotel-for= or ?city=), and that link opens its form once.
 */
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { City } from '../../domain/route/city';
import type { Place } from '../../domain/route/gazetteer/gazetteer';
import type { HotelDraft } from '../../domain/route/hotel';
import { cityToDraft, journeyToDraft, type CityDraft } from '../../domain/route/route';
import { addDays } from '../../domain/shared/time';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { segmentFormValues, type SegmentFormValues } from './JourneyFormModal';

/** The open form: a city's, a journey's or a hotel's, each with the record it edits (null for a new one). */
export type RouteEditing =
  | { kind: 'city'; city: City | null; initial: CityDraft }
  | { kind: 'journey'; journeyId: string | null; initial: SegmentFormValues }
  | { kind: 'hotel'; hotelId: string | null; initial: HotelDraft }
  | null;

/** A new city's suggested dates: from where the route ends now, for two nights. */
export function newCityDraft(bundle: TripBundle, place: Place | null): CityDraft {
  const arrivalDate = bundle.stops.at(-1)?.departureDate ?? bundle.trip.startDate;
  return {
    name: place?.name ?? '',
    nameLocal: place?.nameLocal ?? '',
    country: place?.country ?? '',
    timeZone: place?.timeZone ?? '',
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    arrivalDate,
    departureDate: arrivalDate ? addDays(arrivalDate, 2) : '',
    notes: '',
  };
}

/** The first leg of home → cities → home that has no journey yet, ready to fill in. */
export function nextJourneyDraft(bundle: TripBundle): SegmentFormValues {
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
  return segmentFormValues({
    fromStopId: from?.id ?? null,
    toStopId: to?.id ?? null,
    mode: 'flight',
    carrier: '',
    number: '',
    departureLocal: `${date}T`,
    departureZone: from?.timeZone ?? bundle.trip.homeZone,
    arrivalLocal: `${date}T`,
    arrivalZone: to?.timeZone ?? bundle.trip.homeZone,
    departurePlace: '',
    arrivalPlace: '',
    bookingReference: '',
    notes: '',
    travellerIds: null,
  });
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

/** The form a link from the checks asks for, if its record still exists. */
function requestedEditing(bundle: TripBundle, params: URLSearchParams): RouteEditing {
  const journey = bundle.segments.find((candidate) => candidate.id === params.get('journey'));
  if (journey) return { kind: 'journey', journeyId: journey.id, initial: segmentFormValues(journeyToDraft(journey)) };
  const hotelCity = bundle.stops.find((candidate) => candidate.id === params.get('hotel-for'));
  if (hotelCity) return { kind: 'hotel', hotelId: null, initial: newHotelDraft(hotelCity) };
  const city = bundle.stops.find((candidate) => candidate.id === params.get('city'));
  if (city) return { kind: 'city', city, initial: cityToDraft(city) };
  return null;
}

/** The route tab's open form and the way to open or close one, opening the form a link from the checks asks for. */
export function useRouteEditing(bundle: TripBundle): [RouteEditing, (editing: RouteEditing) => void] {
  const [editing, setEditing] = useState<RouteEditing>(null);
  const [searchParams, setSearchParams] = useSearchParams();
  const [handledRequest, setHandledRequest] = useState('');
  const request = searchParams.toString();
  if (request !== handledRequest) {
    setHandledRequest(request);
    const requested = requestedEditing(bundle, searchParams);
    if (requested) setEditing(requested);
  }
  // Once opened, the request leaves the address, so a reload or Back does not open the form again.
  useEffect(() => {
    if (request !== '') setSearchParams({}, { replace: true });
  }, [request, setSearchParams]);
  return [editing, setEditing];
}
