/**
 * One person's part of a trip: the cities they are at, the journeys they take, the hotels they sleep in and
 * the engagements they attend. Not everyone goes everywhere; their programme starts where they join.
 */
import type { Hotel } from '../route/hotel';
import { attendanceCalculator, type AttendanceOf } from '../engagements/engagement-rules';
import type { Engagement } from '../engagements/engagement';
import type { Membership } from '../people/person';
import type { ProgrammeInput } from './programme';
import { inRouteOrder, type City } from '../route/city';
import type { Journey } from '../route/journey';
import type { Room } from '../rooming/room';
import { staysOfPerson } from '../rooming/person-stays';

export interface PersonalProgrammeSource extends ProgrammeInput {
  memberships: readonly Membership[];
  /** Who sleeps in which room: a stay with rooms is on the programmes of its rooms' occupants only. */
  rooms?: readonly Room[];
}

/**
 * Whether a journey is on this person's programme. A journey booked for named travellers is theirs only if
 * they are named; a journey for the whole delegation is theirs when they are at both ends (home counting as
 * where they come from before their first city and go back to after their last).
 */
export function takesJourney(segment: Journey, personId: string, personStops: readonly City[]): boolean {
  if (segment.travellerIds !== null) return segment.travellerIds.includes(personId);
  const ids = personStops.map((stop) => stop.id);
  const first = ids[0];
  const last = ids.at(-1);
  const atOrigin = segment.fromStopId === null ? segment.toStopId === first : ids.includes(segment.fromStopId);
  const atDestination = segment.toStopId === null ? segment.fromStopId === last : ids.includes(segment.toStopId);
  return atOrigin && atDestination;
}

/**
 * The programme input cut down to what one person does; null when they are not on the trip. `attendance`, the
 * trip's {@link attendanceCalculator}, is worked out here when not given: a caller asking for many people
 * gives one, so that who attends what is worked out once for them all.
 */
export function personalProgrammeInput(
  source: PersonalProgrammeSource,
  personId: string,
  attendance: AttendanceOf = attendanceCalculator(source.memberships),
): ProgrammeInput | null {
  const membership = source.memberships.find((candidate) => candidate.personId === personId);
  if (!membership) return null;
  const stops = inRouteOrder(source.stops).filter((stop) => membership.stopIds.includes(stop.id));
  const stopIds = new Set(stops.map((stop) => stop.id));
  const segments = source.segments.filter((segment) => takesJourney(segment, personId, stops));
  const accommodations: Hotel[] = staysOfPerson(personId, stopIds, source.accommodations, source.rooms);
  const engagements: Engagement[] = source.engagements.filter((engagement) =>
    attendance(engagement).attendeeIds.includes(personId),
  );
  const dates = [
    ...stops.flatMap((stop) => [stop.arrivalDate, stop.departureDate]),
    ...segments.flatMap((segment) => [segment.departure.local.slice(0, 10), segment.arrival.local.slice(0, 10)]),
  ].sort();
  return {
    trip: {
      homeZone: source.trip.homeZone,
      startDate: dates[0] ?? source.trip.startDate,
      endDate: dates.at(-1) ?? source.trip.endDate,
    },
    stops,
    segments,
    accommodations,
    engagements,
  };
}
