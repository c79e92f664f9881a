/**
 * A resource's day sheet: what a driver (or an interpreter, or a guide) holds for the day. Each pick-up in time
 * order with its time on the city's clock, where to pick up and where to go (the local script first, for a driver
 * who reads it, and English), who rides (their names in both scripts where known, and how many), and whom to call
 * on board: the organiser, and the local coordinator, from the trip's contacts in emergencies. One day, or every
 * day the resource is booked. Cancelled engagements are left off: nobody is to be driven to them.
 */
import type { Person } from '../people/person';
import type { City } from '../route/city';
import type { IsoDate } from '../shared/date-arithmetic';
import type { Trip, TripContact } from '../trip/trip';
import type { Resource } from './resource';
import { bookingsByDay, tripBookings, type Booking, type BookingSource } from './trip-bookings';

export interface Passenger {
  id: string;
  name: string;
  /** The name in Chinese characters (or another local script); '' when not known. */
  nameLocal: string;
}

export interface DaySheetEntry {
  booking: Booking;
  /** In the trip's order of members, the head of delegation first; people no longer on record left out. */
  passengers: Passenger[];
}

export interface DaySheetDay {
  date: IsoDate;
  /** The city the day's first pick-up is in; null at the delegation's home. */
  city: City | null;
  entries: DaySheetEntry[];
}

export interface DaySheet {
  resource: Resource;
  /** Every day the resource is booked, for choosing one. */
  dates: IsoDate[];
  /** The day asked for, or every day. */
  days: DaySheetDay[];
  /** Whom to call: the trip's contacts in emergencies, null where not entered. */
  organiser: TripContact | null;
  coordinator: TripContact | null;
}

export interface DaySheetSource extends BookingSource {
  trip: Pick<Trip, 'organiserContact' | 'localCoordinator'>;
  people: readonly Pick<Person, 'id' | 'name' | 'nameLocal'>[];
}

const entered = (contact: TripContact): TripContact | null => (contact.name.trim() || contact.phone.trim() ? contact : null);

/** The day sheet of one resource for `date`, or for every day when null; null when there is no such resource. */
export function daySheet(source: DaySheetSource, resourceId: string, date: IsoDate | null): DaySheet | null {
  const resource = source.resources.find((candidate) => candidate.id === resourceId);
  if (!resource) return null;
  const own = tripBookings({ ...source, resources: [resource] }).bookings.filter((booking) => !booking.cancelled);
  const cityById = new Map(source.stops.map((stop) => [stop.id, stop]));
  const personById = new Map(source.people.map((person) => [person.id, person]));
  const rank = new Map(source.memberships.map((membership, index) => [membership.personId, index]));
  const byRank = (a: Passenger, b: Passenger) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) || (a.id < b.id ? -1 : 1);
  const everyDay = bookingsByDay(own);
  const days = everyDay
    .filter((day) => date === null || day.date === date)
    .map((day): DaySheetDay => {
      const first = day.bookings[0]!;
      return {
        date: day.date,
        city: first.stopId === null ? null : (cityById.get(first.stopId) ?? null),
        entries: day.bookings.map((booking) => ({
          booking,
          passengers: booking.passengerIds
            .flatMap((id) => {
              const person = personById.get(id);
              return person ? [{ id, name: person.name, nameLocal: person.nameLocal }] : [];
            })
            .sort(byRank),
        })),
      };
    });
  return {
    resource,
    dates: everyDay.map((day) => day.date),
    days,
    organiser: entered(source.trip.organiserContact),
    coordinator: entered(source.trip.localCoordinator),
  };
}
