/**
 * Who a booking is for: the people chosen on it, or everyone who attends the engagement (as
 * `attendanceCalculator` counts them: those at the city, plus those added, less those left out) or takes the
 * journey (as `takesJourney` decides). The same people the programme and the checks count, so the seats a
 * vehicle needs and the names on a driver's sheet agree with the rest of the app.
 */
import { attendanceCalculator } from '../engagements/engagement-rules';
import type { Membership } from '../people/person';
import { takesJourney } from '../programme/personal-programme';
import { inRouteOrder, type City } from '../route/city';
import type { Assignment } from './resource';
import type { BookedFor } from './booking-times';

export interface PassengerSource {
  stops: readonly City[];
  memberships: readonly Membership[];
}

/** Who a booking is for, by person id: worked out for many bookings of one trip at the cost of one pass over its members. */
export type PassengerFinder = (assignment: Pick<Assignment, 'personIds'>, booked: BookedFor) => readonly string[];

export function passengerFinder(source: PassengerSource): PassengerFinder {
  const attendance = attendanceCalculator(source.memberships);
  const routeOrder = inRouteOrder(source.stops);
  const travellersOf = new Map<string, string[]>();
  return (assignment, booked) => {
    if (assignment.personIds !== null) return [...new Set(assignment.personIds)];
    if (booked.kind === 'engagement') return attendance(booked.engagement).attendeeIds;
    const journey = booked.journey;
    let travellers = travellersOf.get(journey.id);
    if (!travellers) {
      travellers = source.memberships
        .filter((membership) => {
          const stops = routeOrder.filter((stop) => membership.stopIds.includes(stop.id));
          return takesJourney(journey, membership.personId, stops);
        })
        .map((membership) => membership.personId);
      travellersOf.set(journey.id, travellers);
    }
    return travellers;
  };
}
