/**
 * The trip's bookings of vehicles, interpreters and guides as the logistics checks read them, read once and
 * shared by those rules: each live booking (its resource and its engagement or journey still there, the
 * engagement not cancelled and on its city's dates, as the other rules read engagements: one on a day its city
 * is not on the route is reported as that, and nothing else) with the span it keeps its resource (booking-times.ts), where it starts and where
 * it ends (for the time to get between venues), and who it is for, worked out when first asked.
 */
import type { Engagement } from '../../engagements/engagement';
import { bookedFor, bookingCity, bookingSpan, bookingTargets, pickUpOf, type BookedFor, type BookingSpan, type PickUp } from '../../logistics/booking-times';
import { passengerFinder } from '../../logistics/passengers';
import type { Assignment, Resource } from '../../logistics/resource';
import { appendTo, type CheckContext } from '../check-context';

/** A place a booking starts or ends at, as the checks compare places. */
export interface BookingPlace {
  stopId: string | null;
  /** The venue's, station's or address's name before a comma, trimmed, lower case; '' when not known. */
  key: string;
  /** Its name as written, for messages; '' when not known. */
  name: string;
}

export interface CheckedBooking {
  assignment: Assignment;
  resource: Resource;
  booked: BookedFor;
  pickUp: PickUp | null;
  span: BookingSpan;
  /** Where it starts (the pick-up) and where it ends (the venue, the station, the hotel). */
  from: BookingPlace;
  to: BookingPlace;
  /** Its resource as a finding lists it, shared by that resource's bookings. */
  resourceIds: readonly string[];
}

export interface LogisticsBookings {
  context: CheckContext;
  resources: readonly Resource[];
  /** Live bookings, in the order of the trip's records. */
  bookings: CheckedBooking[];
  /** Each resource's live bookings, by start, then end, then id. */
  byResource: Map<string, CheckedBooking[]>;
  /** Each engagement's live bookings. */
  byEngagement: Map<string, CheckedBooking[]>;
  /** Who a booking is for, by person id. */
  passengersOf: (booking: CheckedBooking) => readonly string[];
}

/** As tight transfers compare venues: "Haihe Bund Hotel, Binhai Room" is the Haihe Bund Hotel. */
const placeKey = (name: string) => (name === '' ? '' : name.split(',')[0]!.trim().toLocaleLowerCase());
const place = (stopId: string | null, name: string): BookingPlace => ({ stopId, key: placeKey(name.trim()), name: name.trim() });

function endsOf(assignment: Assignment, booked: BookedFor): { from: BookingPlace; to: BookingPlace } {
  const stopId = bookingCity(booked);
  const pickUpPlace = assignment.pickUpPlace || assignment.pickUpPlaceLocal;
  if (booked.kind === 'engagement') {
    const venue = place(stopId, booked.engagement.venue.name || booked.engagement.venue.nameLocal);
    return { from: pickUpPlace ? place(stopId, pickUpPlace) : venue, to: venue };
  }
  const { journey } = booked;
  if (booked.end === 'departure') return { from: place(stopId, pickUpPlace), to: place(stopId, journey.departurePlace) };
  return { from: place(stopId, pickUpPlace || journey.arrivalPlace), to: place(stopId, '') };
}

const inTimeOrder = (a: CheckedBooking, b: CheckedBooking) =>
  a.span.start - b.span.start || a.span.end - b.span.end || (a.assignment.id < b.assignment.id ? -1 : a.assignment.id > b.assignment.id ? 1 : 0);

/** The trip's live bookings; null when the trip has no resources, so that a trip not planned here is not checked. */
export function logisticsBookings(context: CheckContext): LogisticsBookings | null {
  const { resources = [], assignments = [] } = context.source;
  if (resources.length === 0) return null;
  const live: Engagement[] = context.chronological.map((timed) => timed.engagement);
  const targets = bookingTargets({ engagements: live, segments: context.source.segments });
  const resourceById = new Map(resources.map((resource) => [resource.id, resource]));
  const bookings: CheckedBooking[] = [];
  const byResource = new Map<string, CheckedBooking[]>();
  const byEngagement = new Map<string, CheckedBooking[]>();
  const listed = new Map<string, readonly string[]>();
  for (const assignment of assignments) {
    const resource = resourceById.get(assignment.resourceId);
    const booked = resource ? bookedFor(assignment.target, targets) : null;
    if (!resource || !booked) continue;
    const pickUp = pickUpOf(assignment, booked);
    let resourceIds = listed.get(resource.id);
    if (!resourceIds) listed.set(resource.id, (resourceIds = [resource.id]));
    const booking: CheckedBooking = { assignment, resource, booked, pickUp, span: bookingSpan(booked, pickUp), ...endsOf(assignment, booked), resourceIds };
    bookings.push(booking);
    appendTo(byResource, resource.id, booking);
    if (booked.kind === 'engagement') appendTo(byEngagement, booked.engagement.id, booking);
  }
  for (const list of byResource.values()) list.sort(inTimeOrder);
  const finder = passengerFinder(context.source);
  const passengers = new Map<CheckedBooking, readonly string[]>();
  const passengersOf = (booking: CheckedBooking) => {
    let found = passengers.get(booking);
    if (!found) passengers.set(booking, (found = finder(booking.assignment, booking.booked)));
    return found;
  };
  return { context, resources, bookings, byResource, byEngagement, passengersOf };
}
