/**
 * When and where a booking happens. A resource is booked for an engagement, or for the transfer before a
 * journey's departure or after its arrival; the pick-up time is typed as `HH:mm` on the clock of the city it
 * happens in (the engagement's zone, the journey end's zone), so it stays 10:00 in Tianjin whatever zone the
 * computer is in, and is compared with other bookings as an instant, right across a change of the clocks.
 *
 * A pick-up time carries no date: it is the occurrence of that clock time nearest to what it serves (a pick-up at
 * 22:30 for a flight at 00:30 is the evening before; at 00:15 for a train arriving at 23:50, the morning after).
 *
 * How long a booking keeps its resource: an engagement from the pick-up (or its start) to its end; a transfer
 * for `TRANSFER_MINUTES` from the pick-up, or without one the hour before a departure or after an arrival,
 * waiting at the station or airport when the pick-up is before the arrival.
 */
import type { Engagement } from '../engagements/engagement';
import type { Journey } from '../route/journey';
import { addDays, instantMillis, wallDate, type IsoDate, type LocalDateTime } from '../shared/date-arithmetic';
import { exactInstantOf, isValidTimeZone, sortableInstantOf, utcOffsetMinutesAt, type ZonedTime } from '../shared/time';
import type { Assignment, AssignmentTarget, TransferEnd } from './resource';

/** What a booking is for, as found in the trip. */
export type BookedFor =
  | { kind: 'engagement'; engagement: Engagement }
  | { kind: 'transfer'; end: TransferEnd; journey: Journey };

/** The trip's engagements and journeys by id, to find what bookings are for. */
export interface BookingTargets {
  engagementById: ReadonlyMap<string, Engagement>;
  journeyById: ReadonlyMap<string, Journey>;
}

export function bookingTargets(source: { engagements: readonly Engagement[]; segments: readonly Journey[] }): BookingTargets {
  return {
    engagementById: new Map(source.engagements.map((engagement) => [engagement.id, engagement])),
    journeyById: new Map(source.segments.map((segment) => [segment.id, segment])),
  };
}

/** What a booking is for; null when that engagement or journey is no longer in the trip. */
export function bookedFor(target: AssignmentTarget, targets: BookingTargets): BookedFor | null {
  if (target.kind === 'engagement') {
    const engagement = targets.engagementById.get(target.engagementId);
    return engagement ? { kind: 'engagement', engagement } : null;
  }
  const journey = targets.journeyById.get(target.journeyId);
  return journey ? { kind: 'transfer', end: target.end, journey } : null;
}

/** The moment a booking serves: the engagement's start, the journey's departure or its arrival. */
export function eventTime(booked: BookedFor): ZonedTime {
  if (booked.kind === 'engagement') return booked.engagement.start;
  return booked.end === 'departure' ? booked.journey.departure : booked.journey.arrival;
}

/** The city of the route a booking happens in; null for the delegation's home end of a journey. */
export function bookingCity(booked: BookedFor): string | null {
  if (booked.kind === 'engagement') return booked.engagement.stopId;
  return booked.end === 'departure' ? booked.journey.fromStopId : booked.journey.toStopId;
}

/** A pick-up: its wall time on the city's clock and its instant (epoch milliseconds). */
export interface PickUp {
  local: LocalDateTime;
  ms: number;
}

const HOUR_MS = 3_600_000;
export const TRANSFER_MINUTES = 60;
const TRANSFER_MS = TRANSFER_MINUTES * 60_000;

/** A wall time read as if it were UTC, in epoch milliseconds. */
const wallAsUtc = (local: LocalDateTime) => Date.parse(`${local}:00Z`);

/** Offsets (minutes) zones keep all through a day and a day either side, by `zone|date`; null where they change. */
const steadyOffsets = new Map<string, number | null>();
const MAX_STEADY_DAYS = 1000;

/**
 * The zone's offset from UTC on a date when it is the same a day before and a day after (no change of the clocks
 * near it, as on every day of the year in most places), else null. Asked once per zone and date: a trip's
 * hundreds of pick-ups need a handful of answers.
 */
function steadyOffset(zone: string, date: IsoDate): number | null {
  const key = `${zone}|${date}`;
  let offset = steadyOffsets.get(key);
  if (offset === undefined) {
    const noon = wallAsUtc(`${date}T12:00`);
    const before = isValidTimeZone(zone) ? utcOffsetMinutesAt(noon - 36 * HOUR_MS, zone) : NaN;
    const after = isValidTimeZone(zone) ? utcOffsetMinutesAt(noon + 36 * HOUR_MS, zone) : NaN;
    offset = before === after ? before : null;
    if (steadyOffsets.size >= MAX_STEADY_DAYS) steadyOffsets.clear();
    steadyOffsets.set(key, offset);
  }
  return offset;
}

/** Epoch milliseconds of a wall time at a zone; one the clocks skip is read an hour on, as luxon moves it. */
function instantOf(local: LocalDateTime, zone: string): number {
  const offset = steadyOffset(zone, wallDate(local));
  if (offset !== null) return wallAsUtc(local) - offset * 60_000;
  return exactInstantOf(local, zone) ?? sortableInstantOf(local, zone);
}

/** The occurrence of `time` (`HH:mm`) on the event's clock nearest to the event: that day, the day before or after. */
export function pickUpNear(time: string, event: ZonedTime): PickUp {
  const eventMs = instantMillis(event.utc);
  const date: IsoDate = wallDate(event.local);
  const sameDay = `${date}T${time}`;
  const sameDayMs = instantOf(sameDay, event.zone);
  // Within twelve hours (and a clock change) the same day is the nearest; only further away is another day.
  if (Math.abs(sameDayMs - eventMs) <= 12 * HOUR_MS) return { local: sameDay, ms: sameDayMs };
  const otherDate = addDays(date, sameDayMs > eventMs ? -1 : 1);
  const other = `${otherDate}T${time}`;
  const otherMs = instantOf(other, event.zone);
  return Math.abs(otherMs - eventMs) < Math.abs(sameDayMs - eventMs) ? { local: other, ms: otherMs } : { local: sameDay, ms: sameDayMs };
}

/** The booking's pick-up, when it has a time. */
export function pickUpOf(assignment: Pick<Assignment, 'pickUpTime'>, booked: BookedFor): PickUp | null {
  return assignment.pickUpTime === null ? null : pickUpNear(assignment.pickUpTime, eventTime(booked));
}

/** How long a booking keeps its resource, as instants (epoch milliseconds): see the module header. */
export interface BookingSpan {
  start: number;
  end: number;
}

export function bookingSpan(booked: BookedFor, pickUp: PickUp | null): BookingSpan {
  if (booked.kind === 'engagement') {
    const start = instantMillis(booked.engagement.start.utc);
    const end = instantMillis(booked.engagement.end.utc);
    return pickUp ? { start: Math.min(start, pickUp.ms), end: Math.max(end, pickUp.ms) } : { start, end };
  }
  if (booked.end === 'departure') {
    const departs = instantMillis(booked.journey.departure.utc);
    return pickUp ? { start: pickUp.ms, end: pickUp.ms + TRANSFER_MS } : { start: departs - TRANSFER_MS, end: departs };
  }
  const arrives = instantMillis(booked.journey.arrival.utc);
  if (!pickUp) return { start: arrives, end: arrives + TRANSFER_MS };
  return { start: Math.min(arrives, pickUp.ms), end: Math.max(arrives, pickUp.ms) + TRANSFER_MS };
}
