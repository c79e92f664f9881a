/**
 * A city's offset from UTC during its whole stay, as the route shows it beside the zone. One offset when the
 * clocks do not change while the delegation is there; when they do, each offset with the day it starts, so an
 * organiser who sees "UTC+2" in Paris is not caught out by the Sunday the clocks go back.
 */
import type { City } from './city';
import { utcOffsetsDuring } from '../shared/time';
import { formatUtcOffset } from '../shared/date-arithmetic';
import { day, listOf, message, type Message } from '../shared/message';

/**
 * "UTC+8"; "UTC+2, from Sun 31 Oct UTC+1" for a stay over a clock change; from the arrival day to the
 * departure day, both included. The zone's name alone would hide the change, so every change is named.
 */
export function cityOffsets(city: Pick<City, 'timeZone' | 'arrivalDate' | 'departureDate'>): Message {
  const [first, ...changes] = utcOffsetsDuring(city.timeZone, city.arrivalDate, city.departureDate);
  const offset = first ? formatUtcOffset(first.offsetMinutes) : '';
  if (changes.length === 0) return message('route:offsets.steady', { offset });
  return message('route:offsets.changing', {
    offset,
    changes: listOf(
      changes.map((change) => message('route:offsets.change', { day: day(change.date), offset: formatUtcOffset(change.offsetMinutes) })),
    ),
  });
}
