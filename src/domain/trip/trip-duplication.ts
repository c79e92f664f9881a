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

  return {
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
      id: newId(),
      tripId,
      fromStopId: mapOptionalStop(segment.fromStopId),
      toStopId: mapOptionalStop(segment.toStopId),
      calendar: freshCalendar(),
    })),
    accommodations: source.accommodations.map((stay) => ({
      ...stay,
      id: newId(),
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
      id: newId(),
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
