/**
 * Rules resource-double-booking and resource-tight-transfer: a vehicle, interpreter or guide booked in two places
 * at once, or without time to get from where one booking ends to where the next starts (the trip's buffer, as
 * for people: see tight-transfer.ts). Times are instants, so a booking across a change of the clocks is as long
 * as it really is. Each resource's bookings are swept once in order of start, keeping those still running.
 */
import type { Message } from '../../shared/message';
import { engagementFacts, fingerprintOf, journeyFacts } from '../fingerprints';
import type { Finding } from '../finding';
import { resourceClashMessage, resourceTransferMessage } from '../logistics-wording';
import { LazyFinding, NO_IDS, sortedIds } from '../lazy-finding';
import type { BookingPlace, CheckedBooking, LogisticsBookings } from './logistics-bookings';

/** The facts of a booking a finding depends on: its resource, its pick-up, and what it serves. */
export function bookingFacts(booking: CheckedBooking): string {
  const { assignment, booked } = booking;
  const target = booked.kind === 'engagement' ? engagementFacts(booked.engagement) : `${booked.end}:${journeyFacts(booked.journey)}`;
  return `${assignment.id}@${assignment.resourceId}/${assignment.pickUpTime ?? ''}/${target}`;
}

/** Adds `id` to a short list unless it is there. */
function addOnce(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

/** The records bookings name, for a finding about them: a few each, so lists rather than sets. */
export function recordsOf(bookings: readonly CheckedBooking[]): { engagementIds: string[]; journeyIds: string[]; cityIds: string[]; resourceIds: string[] } {
  const engagementIds: string[] = [];
  const journeyIds: string[] = [];
  const cityIds: string[] = [];
  const resourceIds: string[] = [];
  for (const { booked, resource } of bookings) {
    addOnce(resourceIds, resource.id);
    if (booked.kind === 'engagement') {
      addOnce(engagementIds, booked.engagement.id);
      addOnce(cityIds, booked.engagement.stopId);
    } else {
      addOnce(journeyIds, booked.journey.id);
      const city = booked.end === 'departure' ? booked.journey.fromStopId : booked.journey.toStopId;
      if (city !== null) addOnce(cityIds, city);
    }
  }
  return { engagementIds, journeyIds, cityIds: cityIds.sort(), resourceIds: resourceIds.sort() };
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

/** Two bookings of one resource: at once (an error), or without time to get between them (a warning). */
class ResourcePair extends LazyFinding {
  readonly #logistics: LogisticsBookings;
  readonly #first: CheckedBooking;
  readonly #second: CheckedBooking;
  /** The minutes between them, for a tight transfer; null for a double booking. */
  readonly #gapMinutes: number | null;

  constructor(logistics: LogisticsBookings, first: CheckedBooking, second: CheckedBooking, gapMinutes: number | null) {
    const rule = gapMinutes === null ? 'resource-double-booking' : 'resource-tight-transfer';
    const records = pairRecords(first, second);
    super(
      `${rule}:${first.resource.id}:${first.assignment.id}:${second.assignment.id}`,
      rule,
      gapMinutes === null ? 'error' : 'warning',
      records.engagementIds,
      records.journeyIds,
      records.cityIds,
      undefined,
      records.resourceIds,
    );
    this.#logistics = logistics;
    this.#first = first;
    this.#second = second;
    this.#gapMinutes = gapMinutes;
  }

  protected override wordMessage(): Message {
    const context = this.#logistics.context;
    return this.#gapMinutes === null
      ? resourceClashMessage(context, this.#first, this.#second, this.personIds)
      : resourceTransferMessage(context, this.#first, this.#second, this.#gapMinutes, this.personIds);
  }

  protected override listPeople(): readonly string[] {
    return sortedIds([...this.#logistics.passengersOf(this.#first), ...this.#logistics.passengersOf(this.#second)]);
  }

  protected override fingerprintSituation(): string {
    const facts = [bookingFacts(this.#first), bookingFacts(this.#second)];
    if (this.#gapMinutes !== null) facts.push(this.#first.to.key, this.#second.from.key);
    return fingerprintOf([...facts, String(this.#logistics.context.bufferMinutes)]);
  }
}

/** What a booking names, as a finding lists records. */
function namedBy(booking: CheckedBooking): { engagementId: string | null; journeyId: string | null; cityId: string | null } {
  const { booked } = booking;
  if (booked.kind === 'engagement') return { engagementId: booked.engagement.id, journeyId: null, cityId: booked.engagement.stopId };
  return { engagementId: null, journeyId: booked.journey.id, cityId: booked.end === 'departure' ? booked.journey.fromStopId : booked.journey.toStopId };
}

/** The records two bookings of one resource name; the lists are shared where they can be. */
function pairRecords(first: CheckedBooking, second: CheckedBooking) {
  const a = namedBy(first);
  const b = namedBy(second);
  const both = (x: string | null, y: string | null, sorted: boolean): readonly string[] => {
    if (x === null) return y === null ? NO_IDS : [y];
    if (y === null || y === x) return [x];
    return sorted && y < x ? [y, x] : [x, y];
  };
  return {
    engagementIds: both(a.engagementId, b.engagementId, false),
    journeyIds: both(a.journeyId, b.journeyId, false),
    cityIds: both(a.cityId, b.cityId, true),
    resourceIds: first.resourceIds,
  };
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
    // Those still running at the current start; the first `runningCount` of them.
    const running: CheckedBooking[] = [];
    let runningCount = 0;
    let latest: CheckedBooking | null = null;
    for (const booking of bookings) {
      let kept = 0;
      for (let index = 0; index < runningCount; index += 1) {
        const earlier = running[index]!;
        if (earlier.span.end <= booking.span.start) continue;
        running[kept++] = earlier;
        if (sameTarget(earlier, booking)) continue;
        clashes.push(new ResourcePair(logistics, earlier, booking, null));
      }
      runningCount = kept;
      if (latest && runningCount === 0) {
        const gap = booking.span.start - latest.span.end;
        if (gap >= 0 && gap < bufferMs && elsewhere(latest.to, booking.from)) {
          transfers.push(new ResourcePair(logistics, latest, booking, Math.round(gap / 60_000)));
        }
      }
      running[runningCount++] = booking;
      if (!latest || booking.span.end > latest.span.end) latest = booking;
    }
  }
  return { clashes, transfers };
}
