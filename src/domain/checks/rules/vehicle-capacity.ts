/**
 * Rule vehicle-capacity: a vehicle with fewer seats than the people it is booked to carry. A vehicle booked for
 * people chosen by name carries them; the vehicles booked for everyone on the same engagement or transfer share
 * everyone else (those who attend or travel, as the programme counts them, less those chosen for another
 * vehicle), so a coach and a minibus together may carry a delegation neither could alone. A vehicle whose seats
 * are not known is not judged, nor the vehicles it shares with.
 */
import { isVehicle } from '../../logistics/resource';
import { targetKey } from '../../logistics/assignment-rules';
import { appendTo } from '../check-context';
import type { Finding } from '../finding';
import { digestOfPeople, fingerprintOf, peopleFacts } from '../fingerprints';
import { capacityMessage } from '../logistics-wording';
import { byFindingId, sortedIds, WordedFinding } from '../lazy-finding';
import type { CheckedBooking, LogisticsBookings } from './logistics-bookings';
import { bookingFacts, recordsOf } from './resource-booking';

/** The seats of the vehicles between them; null when any one's is not known. */
function seatsOf(vehicles: readonly CheckedBooking[]): number | null {
  let seats = 0;
  for (const vehicle of vehicles) {
    if (vehicle.resource.capacity === null) return null;
    seats += vehicle.resource.capacity;
  }
  return seats;
}

/**
 * The most people a booking for everyone can carry: those at the engagement's city and those added to it, or
 * everyone on the trip for a transfer. Seats enough for them need nobody counted.
 */
function mostRiders(logistics: LogisticsBookings, booking: CheckedBooking): number {
  const { booked } = booking;
  if (booked.kind === 'transfer') return logistics.context.source.memberships.length;
  return (logistics.context.membersByCity.get(booked.engagement.stopId)?.length ?? 0) + booked.engagement.addedAttendeeIds.length;
}

function capacityFinding(logistics: LogisticsBookings, key: string, vehicles: CheckedBooking[], riders: readonly string[], seats: number): Finding | null {
  if (riders.length <= seats) return null;
  const ids = vehicles.map((vehicle) => vehicle.assignment.id).sort();
  return new WordedFinding(`vehicle-capacity:${key}:${ids.join('+')}`, 'vehicle-capacity', 'error', recordsOf(vehicles), {
    message: () => capacityMessage(logistics.context, vehicles, seats, riders),
    personIds: () => sortedIds(riders),
    fingerprint: () =>
      fingerprintOf([
        ...vehicles.map((vehicle) => `${bookingFacts(vehicle)}/${vehicle.resource.capacity}`),
        peopleFacts(riders.length, digestOfPeople(riders)),
      ]),
  });
}

/** Rule vehicle-capacity: see the module header. By id. */
export function vehicleCapacities(logistics: LogisticsBookings | null): Finding[] {
  if (!logistics) return [];
  const byTarget = new Map<string, CheckedBooking[]>();
  for (const booking of logistics.bookings) {
    if (isVehicle(booking.resource.kind)) appendTo(byTarget, targetKey(booking.assignment.target), booking);
  }
  const findings: Finding[] = [];
  for (const [key, vehicles] of byTarget) {
    const shared: CheckedBooking[] = [];
    const chosen = new Set<string>();
    for (const vehicle of vehicles) {
      if (vehicle.assignment.personIds === null) {
        shared.push(vehicle);
        continue;
      }
      const riders = logistics.passengersOf(vehicle);
      for (const id of riders) chosen.add(id);
      const seats = seatsOf([vehicle]);
      const finding = seats === null ? null : capacityFinding(logistics, key, [vehicle], riders, seats);
      if (finding) findings.push(finding);
    }
    const seats = seatsOf(shared);
    if (shared.length === 0 || seats === null || seats >= mostRiders(logistics, shared[0]!)) continue;
    const everyone = logistics.passengersOf(shared[0]!);
    const riders = chosen.size === 0 ? everyone : everyone.filter((id) => !chosen.has(id));
    const finding = capacityFinding(logistics, key, shared, riders, seats);
    if (finding) findings.push(finding);
  }
  return findings.sort(byFindingId);
}
