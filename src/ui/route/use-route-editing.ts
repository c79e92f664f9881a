/**
 * Which form of the route tab is open. One form at a time: the cities, journeys and hotels each ask for theirs
 * (starting from src/domain/route/new-route-drafts.ts for a new one), and the route editor shows it. The checks
 * link here to fix what they found (?journey=, ?hotel-for= or ?city=), and that link opens its form once.
 */
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { City } from '../../domain/route/city';
import type { HotelDraft } from '../../domain/route/hotel';
import { newHotelDraft } from '../../domain/route/new-route-drafts';
import { cityToDraft, journeyToDraft, type CityDraft } from '../../domain/route/route';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { journeyFormValues, type JourneyFormValues } from './JourneyFormModal';

/** The open form: a city's, a journey's or a hotel's, each with the record it edits (null for a new one). */
export type RouteEditing =
  | { kind: 'city'; city: City | null; initial: CityDraft }
  | { kind: 'journey'; journeyId: string | null; initial: JourneyFormValues }
  | { kind: 'hotel'; hotelId: string | null; initial: HotelDraft }
  | null;

/** The form a link from the checks asks for, if its record still exists. */
function requestedEditing(bundle: TripBundle, params: URLSearchParams): RouteEditing {
  const journey = bundle.segments.find((candidate) => candidate.id === params.get('journey'));
  if (journey) return { kind: 'journey', journeyId: journey.id, initial: journeyFormValues(journeyToDraft(journey)) };
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
