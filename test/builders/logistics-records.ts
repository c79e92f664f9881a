/**
 * Stored resources and bookings for the logistics tests, with everything a test does not care about left plain:
 * `aResource('minibus', 'Minibus', 16)` is a 16-seat minibus; `aBooking(minibus, { engagementId })` books it for
 * everyone at that engagement, with no pick-up.
 */
import type { Assignment, AssignmentTarget, Resource, ResourceKind } from '../../src/domain/logistics/resource';

let next = 0;

export function aResource(kind: ResourceKind, name: string, capacity: number | null = null, fields: Partial<Resource> = {}): Resource {
  return {
    id: `resource-${(next += 1)}`,
    tripId: 'trip',
    kind,
    name,
    company: '',
    capacity,
    plate: '',
    driverName: '',
    driverPhone: '',
    languages: [],
    phone: '',
    notes: '',
    ...fields,
  };
}

/** `{ engagementId }` for an engagement, `{ journeyId, end }` for a transfer. */
export function aBooking(
  resource: Pick<Resource, 'id' | 'tripId'>,
  target: { engagementId: string } | { journeyId: string; end: 'departure' | 'arrival' },
  fields: Partial<Assignment> = {},
): Assignment {
  const to: AssignmentTarget = 'engagementId' in target ? { kind: 'engagement', ...target } : { kind: 'transfer', ...target };
  return {
    id: `booking-${(next += 1)}`,
    tripId: resource.tripId,
    resourceId: resource.id,
    target: to,
    personIds: null,
    pickUpTime: null,
    pickUpPlace: '',
    pickUpPlaceLocal: '',
    notes: '',
    ...fields,
  };
}
