/**
 * The programme: the trip day by day, each day under its city, every item at the local time of the place
 * where it happens. A day is a calendar date; an item belongs to the date it has where it happens, so an
 * overnight flight leaves on one day and lands on the next.
 */
import type { Hotel } from '../route/hotel';
import type { Engagement } from '../engagements/engagement';
import { inRouteOrder, type City } from '../route/city';
import { isValidTimeZone, sortableInstantOf, todayIn, type ZonedTime } from '../shared/time';
import { addDays, daysBetween, type IsoDate } from '../shared/date-arithmetic';
import type { Journey } from '../route/journey';
import type { Trip } from '../trip/trip';

export type ProgrammeItem =
  | { kind: 'departure'; key: string; at: ZonedTime; segment: Journey }
  /** Listed on its own only when the journey lands on a later date than it left. */
  | { kind: 'arrival'; key: string; at: ZonedTime; segment: Journey }
  | { kind: 'check-in'; key: string; date: IsoDate; stay: Hotel }
  | { kind: 'check-out'; key: string; date: IsoDate; stay: Hotel }
  | { kind: 'engagement'; key: string; at: ZonedTime; engagement: Engagement };

export interface ProgrammeDay {
  date: IsoDate;
  /** The cities of the day in route order: one, two on a travel day, none at home or in the air. */
  stopIds: string[];
  /** The zone the day is lived in: its last city's, or home's. */
  zone: string;
  items: ProgrammeItem[];
}

export interface ProgrammeInput {
  trip: Pick<Trip, 'startDate' | 'endDate' | 'homeZone'>;
  stops: readonly City[];
  segments: readonly Journey[];
  accommodations: readonly Hotel[];
  engagements: readonly Engagement[];
}

/** Untimed hotel items sit at a usual hour: check-out before noon, check-in mid-afternoon or after arriving. */
const CHECK_OUT_HOUR = 'T11:00';
const CHECK_IN_HOUR = 'T14:00';

interface Placed {
  date: IsoDate;
  /** Epoch milliseconds. */
  sortKey: number;
  item: ProgrammeItem;
}

const ms = (utc: string) => Date.parse(utc);

export function buildProgramme(input: ProgrammeInput): ProgrammeDay[] {
  const stops = inRouteOrder(input.stops);
  const stopById = new Map(stops.map((stop) => [stop.id, stop]));
  const placed: Placed[] = [];

  for (const segment of input.segments) {
    placed.push({
      date: segment.departure.local.slice(0, 10),
      sortKey: ms(segment.departure.utc),
      item: { kind: 'departure', key: `${segment.id}:departure`, at: segment.departure, segment },
    });
    if (segment.arrival.local.slice(0, 10) !== segment.departure.local.slice(0, 10)) {
      placed.push({
        date: segment.arrival.local.slice(0, 10),
        sortKey: ms(segment.arrival.utc),
        item: { kind: 'arrival', key: `${segment.id}:arrival`, at: segment.arrival, segment },
      });
    }
  }

  for (const stay of input.accommodations) {
    const zone = stopById.get(stay.stopId)?.timeZone ?? input.trip.homeZone;
    // Check in at the usual hour or just after arriving, check out at the usual hour or just before leaving.
    const arrivals = input.segments
      .filter((segment) => segment.toStopId === stay.stopId && segment.arrival.local.startsWith(stay.checkInDate))
      .map((segment) => ms(segment.arrival.utc) + 1);
    const departures = input.segments
      .filter((segment) => segment.fromStopId === stay.stopId && segment.departure.local.startsWith(stay.checkOutDate))
      .map((segment) => ms(segment.departure.utc) - 1);
    placed.push({
      date: stay.checkInDate,
      sortKey: Math.max(sortableInstantOf(`${stay.checkInDate}${CHECK_IN_HOUR}`, zone), ...arrivals),
      item: { kind: 'check-in', key: `${stay.id}:check-in`, date: stay.checkInDate, stay },
    });
    placed.push({
      date: stay.checkOutDate,
      sortKey: Math.min(sortableInstantOf(`${stay.checkOutDate}${CHECK_OUT_HOUR}`, zone), ...departures),
      item: { kind: 'check-out', key: `${stay.id}:check-out`, date: stay.checkOutDate, stay },
    });
  }

  for (const engagement of input.engagements) {
    placed.push({
      date: engagement.start.local.slice(0, 10),
      sortKey: ms(engagement.start.utc),
      item: { kind: 'engagement', key: engagement.id, at: engagement.start, engagement },
    });
  }

  // Cities outside the trip's dates still get their days, so nothing on the route is hidden.
  const dates = [...placed.map((entry) => entry.date), ...stops.flatMap((stop) => [stop.arrivalDate, stop.departureDate])];
  const first = [input.trip.startDate, ...dates].sort()[0] ?? input.trip.startDate;
  const last = [input.trip.endDate, ...dates].sort().at(-1) ?? input.trip.endDate;
  const byDate = new Map<IsoDate, Placed[]>();
  for (const entry of placed) byDate.set(entry.date, [...(byDate.get(entry.date) ?? []), entry]);

  const days: ProgrammeDay[] = [];
  for (let offset = 0, count = daysBetween(first, last); offset <= count; offset += 1) {
    const date = addDays(first, offset);
    const here = stops.filter((stop) => stop.arrivalDate <= date && date <= stop.departureDate);
    days.push({
      date,
      stopIds: here.map((stop) => stop.id),
      zone: here.at(-1)?.timeZone ?? input.trip.homeZone,
      items: (byDate.get(date) ?? []).sort((a, b) => a.sortKey - b.sortKey).map((entry) => entry.item),
    });
  }
  return days;
}


/** Whether `day` is today where it is lived, at the instant `now` (ISO). */
export function isToday(day: Pick<ProgrammeDay, 'date' | 'zone'>, now: string): boolean {
  return isValidTimeZone(day.zone) && todayIn(day.zone, now) === day.date;
}
