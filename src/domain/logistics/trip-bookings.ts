/**
 * A trip's bookings as the organiser and the drivers read them: each with its resource, what it is for, the day
 * and time it is listed at (the pick-up, else what it serves, on the city's clock), where passengers are picked up
 * and where they go, in the local script and in English, and who they are. The logistics screen lists them by
 * day; a resource's day sheet is its own of them (day-sheet.ts).
 *
 * Where a vehicle picks up, unless the booking says: at the delegation's hotel that day for an engagement or a
 * departure, at the station or airport for an arrival. Where it goes: the engagement's venue, the station or
 * airport of the departure, the hotel after an arrival.
 */
import type { Hotel } from '../route/hotel';
import type { City } from '../route/city';
import type { Engagement } from '../engagements/engagement';
import type { Membership } from '../people/person';
import type { Journey } from '../route/journey';
import { instantMillis, wallClock, wallDate, type IsoDate } from '../shared/date-arithmetic';
import type { ZonedTime } from '../shared/time';
import { bookedFor, bookingCity, bookingTargets, eventTime, pickUpOf, type BookedFor, type PickUp } from './booking-times';
import { passengerFinder } from './passengers';
import type { Assignment, Resource } from './resource';

/** What the bookings are read from: a trip bundle, or the parts of one. */
export interface BookingSource {
  stops: readonly City[];
  segments: readonly Journey[];
  accommodations: readonly Hotel[];
  memberships: readonly Membership[];
  engagements: readonly Engagement[];
  resources: readonly Resource[];
  assignments: readonly Assignment[];
}

/** A place in both scripts: the local one for a driver, English for the delegation; either may be ''. */
export interface PlaceText {
  local: string;
  english: string;
}

export interface Booking {
  assignment: Assignment;
  resource: Resource;
  booked: BookedFor;
  /** The city it happens in; null at the delegation's home. */
  stopId: string | null;
  /** What it serves: the engagement's start, the journey's departure or arrival. */
  event: ZonedTime;
  pickUp: PickUp | null;
  /** The local day and `HH:mm` it is listed at: the pick-up's, else the event's. */
  date: IsoDate;
  time: string;
  /** For sorting: the instant it is listed at. */
  at: number;
  /** Where passengers are picked up, and where they go: see the module header. */
  from: PlaceText;
  to: PlaceText;
  /** Who it is for, by person id. */
  passengerIds: readonly string[];
  /** Its engagement is cancelled: listed, never driven. */
  cancelled: boolean;
}

const NO_PLACE: PlaceText = { local: '', english: '' };

const joined = (parts: readonly string[], separator: string) => parts.map((part) => part.trim()).filter(Boolean).join(separator);

/** The hotel at a city on a date: the night's, else the one checked out of that morning. */
export function hotelOn(accommodations: readonly Hotel[], stopId: string | null, date: IsoDate): Hotel | null {
  if (stopId === null) return null;
  const atCity = accommodations.filter((hotel) => hotel.stopId === stopId);
  return (
    atCity.find((hotel) => hotel.checkInDate <= date && date < hotel.checkOutDate) ??
    atCity.find((hotel) => hotel.checkOutDate === date) ??
    null
  );
}

function hotelPlace(hotel: Hotel | null): PlaceText {
  if (!hotel) return NO_PLACE;
  return { local: joined([hotel.nameLocal, hotel.addressLocal], ' '), english: joined([hotel.name, hotel.address], ', ') };
}

function stationPlace(place: string, terminal: string): PlaceText {
  return { local: '', english: joined([place, terminal && !place.includes(terminal) ? terminal : ''], ' ') };
}

/** Where a booking picks up and where it goes; see the module header. */
function placesOf(source: Pick<BookingSource, 'accommodations'>, assignment: Pick<Assignment, 'pickUpPlace' | 'pickUpPlaceLocal'>, booked: BookedFor, stopId: string | null, date: IsoDate): { from: PlaceText; to: PlaceText } {
  const own = assignment.pickUpPlace || assignment.pickUpPlaceLocal ? { local: assignment.pickUpPlaceLocal, english: assignment.pickUpPlace } : null;
  const hotel = () => hotelPlace(hotelOn(source.accommodations, stopId, date));
  if (booked.kind === 'engagement') {
    const { venue } = booked.engagement;
    return { from: own ?? hotel(), to: { local: joined([venue.nameLocal, venue.addressLocal], ' '), english: joined([venue.name, venue.address], ', ') } };
  }
  const { journey } = booked;
  if (booked.end === 'departure') return { from: own ?? hotel(), to: stationPlace(journey.departurePlace, journey.departureTerminal) };
  return { from: own ?? stationPlace(journey.arrivalPlace, journey.arrivalTerminal), to: hotel() };
}

/** Where a vehicle picks up for what it is booked for when the booking does not say: see the module header. */
export function defaultPickUpPlace(source: Pick<BookingSource, 'accommodations'>, booked: BookedFor): PlaceText {
  const noPlace = { pickUpPlace: '', pickUpPlaceLocal: '' };
  return placesOf(source, noPlace, booked, bookingCity(booked), wallDate(eventTime(booked).local)).from;
}

/**
 * Every booking of the trip whose resource and target are still there, in time order (then by resource name);
 * `orphans` are those of engagements or journeys since removed.
 */
export function tripBookings(source: BookingSource): { bookings: Booking[]; orphans: Assignment[] } {
  const targets = bookingTargets(source);
  const resourceById = new Map(source.resources.map((resource) => [resource.id, resource]));
  const passengers = passengerFinder(source);
  const bookings: Booking[] = [];
  const orphans: Assignment[] = [];
  for (const assignment of source.assignments) {
    const resource = resourceById.get(assignment.resourceId);
    if (!resource) continue;
    const booked = bookedFor(assignment.target, targets);
    if (!booked) {
      orphans.push(assignment);
      continue;
    }
    const event = eventTime(booked);
    const pickUp = pickUpOf(assignment, booked);
    const local = pickUp?.local ?? event.local;
    const stopId = bookingCity(booked);
    const date = wallDate(local);
    bookings.push({
      assignment,
      resource,
      booked,
      stopId,
      event,
      pickUp,
      date,
      time: wallClock(local),
      at: pickUp?.ms ?? instantMillis(event.utc),
      ...placesOf(source, assignment, booked, stopId, date),
      passengerIds: passengers(assignment, booked),
      cancelled: booked.kind === 'engagement' && booked.engagement.status === 'cancelled',
    });
  }
  bookings.sort((a, b) => a.at - b.at || a.resource.name.localeCompare(b.resource.name) || (a.assignment.id < b.assignment.id ? -1 : 1));
  return { bookings, orphans };
}

/** Bookings by the local day they are listed at, days in order. */
export function bookingsByDay(bookings: readonly Booking[]): { date: IsoDate; bookings: Booking[] }[] {
  const days = new Map<IsoDate, Booking[]>();
  for (const booking of bookings) {
    const list = days.get(booking.date);
    if (list) list.push(booking);
    else days.set(booking.date, [booking]);
  }
  return [...days.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, list]) => ({ date, bookings: list }));
}
