/**
 * Duplicating a trip makes a new plan from an old one: the same route, hotels, travel, people and
 * engagements with new ids and new calendar identities, so that neither plan's calendars update the
 * other's. Outcomes and follow-ups belong to what happened on the original, so they stay behind.
 */
import { nextCalendarIdentity } from '../shared/calendar-identity';
import type { TripRecords } from './trip-bundle';

export interface DuplicationOptions {
  newId: () => string;
  now: string;
  name: string;
}

export function duplicateTripRecords(source: TripRecords, { newId, now, name }: DuplicationOptions): TripRecords {
  const tripId = newId();
  const stopIds = new Map(source.stops.map((stop) => [stop.id, newId()]));
  const mapStop = (id: string): string => stopIds.get(id) ?? id;
  const mapOptionalStop = (id: string | null): string | null => (id === null ? null : mapStop(id));
  const freshCalendar = () => nextCalendarIdentity(undefined, newId);
  // The copy's ids of the records that rooms and bookings hang on, filled as each is copied.
  const copied = { segments: new Map<string, string>(), accommodations: new Map<string, string>(), engagements: new Map<string, string>() };
  const copyId = (table: keyof typeof copied, id: string): string => {
    const fresh = newId();
    copied[table].set(id, fresh);
    return fresh;
  };

  const records: Omit<TripRecords, 'rooms' | 'resources' | 'assignments'> = {
    trip: {
      ...source.trip,
      id: tripId,
      name,
      status: 'planning',
      sample: false,
      // The sample's notes describe the sample; a plan made from it starts with none.
      notes: source.trip.sample ? '' : source.trip.notes,
      createdAt: now,
      updatedAt: now,
    },
    stops: source.stops.map((stop) => ({ ...stop, id: mapStop(stop.id), tripId })),
    segments: source.segments.map((segment) => ({
      ...segment,
      id: copyId('segments', segment.id),
      tripId,
      fromStopId: mapOptionalStop(segment.fromStopId),
      toStopId: mapOptionalStop(segment.toStopId),
      calendar: freshCalendar(),
    })),
    accommodations: source.accommodations.map((stay) => ({
      ...stay,
      id: copyId('accommodations', stay.id),
      tripId,
      stopId: mapStop(stay.stopId),
      calendar: freshCalendar(),
    })),
    memberships: source.memberships.map((membership) => ({
      ...membership,
      id: newId(),
      tripId,
      stopIds: membership.stopIds.map(mapStop),
      calendarExportedAt: null,
      calendarExportedEvents: null,
    })),
    engagements: source.engagements.map((engagement) => ({
      ...engagement,
      id: copyId('engagements', engagement.id),
      tripId,
      stopId: mapStop(engagement.stopId),
      outcome: '',
      calendar: freshCalendar(),
      createdAt: now,
      updatedAt: now,
    })),
    followUps: [],
    // Acknowledgements name the original's records; the copy's conflicts are reviewed afresh.
    acknowledgements: [],
  };
  // Rooms and bookings follow the hotels, engagements and journeys they hang on; one on a record that was not
  // copied (none should be) stays behind.
  const resourceIds = new Map(source.resources.map((resource) => [resource.id, newId()]));
  const rooms = source.rooms.flatMap((room) => {
    const accommodationId = copied.accommodations.get(room.accommodationId);
    return accommodationId ? [{ ...room, id: newId(), tripId, accommodationId, confirmation: '' }] : [];
  });
  const assignments = source.assignments.flatMap((assignment) => {
    const resourceId = resourceIds.get(assignment.resourceId);
    const target =
      assignment.target.kind === 'engagement'
        ? mapped(copied.engagements, assignment.target.engagementId, (engagementId) => ({ ...assignment.target, engagementId }))
        : mapped(copied.segments, assignment.target.journeyId, (journeyId) => ({ ...assignment.target, journeyId }));
    return resourceId && target ? [{ ...assignment, id: newId(), tripId, resourceId, target }] : [];
  });
  return {
    ...records,
    rooms,
    resources: source.resources.map((resource) => ({ ...resource, id: resourceIds.get(resource.id)!, tripId })),
    assignments,
  };
}

function mapped<T>(ids: ReadonlyMap<string, string>, id: string, make: (copyId: string) => T): T | null {
  const copy = ids.get(id);
  return copy === undefined ? null : make(copy);
}

/** "Mission (copy)", "Mission (copy 2)", … not clashing with any existing name. */
export function copyName(name: string, existing: readonly string[]): string {
  const base = name.replace(/ \(copy(?: \d+)?\)$/, '');
  const taken = new Set(existing);
  if (!taken.has(`${base} (copy)`)) return `${base} (copy)`;
  for (let n = 2; ; n += 1) {
    const candidate = `${base} (copy ${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}
