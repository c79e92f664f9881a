/**
 * Rules resource-double-booking and resource-tight-transfer: a vehicle, interpreter or guide booked in two places
 * at once, or without time to get from where one booking ends to where the next starts (the trip's buffer, as
 * for people: see tight-transfer.ts). Times are instants, so a booking across a change of the clocks is as long
 * as it really is. Each resource's bookings are swept once in order of start, keeping those still running.
 */
import type { Message } from '../../shared/message';
import { engagementFacts, fingerprintOf, journeyFacts } from '../fingerprints';
import type { CheckContext } from '../check-context';
import type { Finding } from '../finding';
import { resourceClashMessage, resourceTransferMessage } from '../logistics-wording';
import { sortedIds, WordedFinding } from '../lazy-finding';
import type { BookingPlace, CheckedBooking, LogisticsBookings } from './logistics-bookings';

/** The facts of a booking a finding depends on: its resource, its pick-up, and what it serves. */
export function bookingFacts(booking: CheckedBooking): string {
  const { assignment, booked } = booking;
  const target = booked.kind === 'engagement' ? engagementFacts(booked.engagement) : `${booked.end}:${journeyFacts(booked.journey)}`;
  return `${assignment.id}@${assignment.resourceId}/${assignment.pickUpTime ?? ''}/${target}`;
}

/** The records a booking names, for a finding about it. */
export function recordsOf(bookings: readonly CheckedBooking[]): { engagementIds: string[]; journeyIds: string[]; cityIds: string[]; resourceIds: string[] } {
  const engagementIds: string[] = [];
  const journeyIds: string[] = [];
  const cityIds: string[] = [];
  for (const { booked } of bookings) {
    if (booked.kind === 'engagement') {
      engagementIds.push(booked.engagement.id);
      cityIds.push(booked.engagement.stopId);
    } else {
      journeyIds.push(booked.journey.id);
      const city = booked.end === 'departure' ? booked.journey.fromStopId : booked.journey.toStopId;
      if (city !== null) cityIds.push(city);
    }
  }
  return {
    engagementIds: [...new Set(engagementIds)],
    journeyIds: [...new Set(journeyIds)],
    cityIds: sortedIds(cityIds),
    resourceIds: sortedIds(bookings.map((booking) => booking.resource.id)),
  };
}

/** Whether getting from one place to the other takes time: another city, or two named places that differ. */
function elsewhere(a: BookingPlace, b: BookingPlace): boolean {
  if (a.stopId !== b.stopId) return true;
  return a.key !== '' && b.key !== '' && a.key !== b.key;
}

function sameTarget(a: CheckedBooking, b: CheckedBooking): boolean {
  const x = a.assignment.target;
  const y = b.assignment.target;
  if (x.kind === 'engagement') return y.kind === 'engagement' && x.engagementId === y.engagementId;
  return y.kind === 'transfer' && x.journeyId === y.journeyId && x.end === y.end;
}

function pairFinding(
  logistics: LogisticsBookings,
  rule: 'resource-double-booking' | 'resource-tight-transfer',
  first: CheckedBooking,
  second: CheckedBooking,
  wording: (personIds: readonly string[]) => Message,
  facts: readonly string[],
): Finding {
  const context: CheckContext = logistics.context;
  let people: readonly string[] | null = null;
  const personIds = () => (people ??= sortedIds([...logistics.passengersOf(first), ...logistics.passengersOf(second)]));
  return new WordedFinding(
    `${rule}:${first.resource.id}:${first.assignment.id}:${second.assignment.id}`,
    rule,
    rule === 'resource-double-booking' ? 'error' : 'warning',
    recordsOf([first, second]),
    {
      message: () => wording(personIds()),
      personIds,
      fingerprint: () => fingerprintOf([bookingFacts(first), bookingFacts(second), ...facts, String(context.bufferMinutes)]),
    },
  );
}

/**
 * Both rules in one sweep: each resource's bookings by start; a booking that starts before one still running
 * ends is a double booking with it; one that starts after the latest-ending booking before it, at another
 * place, with less than the buffer between, is a tight transfer. By resource, then in the order they happen.
 */
export function resourceBookings(logistics: LogisticsBookings | null): { clashes: Finding[]; transfers: Finding[] } {
  const clashes: Finding[] = [];
  const transfers: Finding[] = [];
  if (!logistics) return { clashes, transfers };
  const { context } = logistics;
  const bufferMs = context.bufferMinutes * 60_000;
  const resourceIds = [...logistics.byResource.keys()].sort();
  for (const resourceId of resourceIds) {
    const bookings = logistics.byResource.get(resourceId)!;
    let running: CheckedBooking[] = [];
    let latest: CheckedBooking | null = null;
    for (const booking of bookings) {
      running = running.filter((earlier) => earlier.span.end > booking.span.start);
      for (const earlier of running) {
        if (sameTarget(earlier, booking)) continue;
        clashes.push(pairFinding(logistics, 'resource-double-booking', earlier, booking, (people) => resourceClashMessage(context, earlier, booking, people), []));
      }
      if (latest && running.length === 0) {
        const gap = booking.span.start - latest.span.end;
        if (gap >= 0 && gap < bufferMs && elsewhere(latest.to, booking.from)) {
          const first = latest;
          const minutes = Math.round(gap / 60_000);
          transfers.push(
            pairFinding(logistics, 'resource-tight-transfer', first, booking, (people) => resourceTransferMessage(context, first, booking, minutes, people), [first.to.key, booking.from.key]),
          );
        }
      }
      running.push(booking);
      if (!latest || booking.span.end > latest.span.end) latest = booking;
    }
  }
  return { clashes, transfers };
}
