/**
 * A city's offset from UTC during its whole stay, as the route shows it beside the zone. One offset when the
 * clocks do not change while the delegation is there; when they do, each offset with the day it starts, so an
 * organiser who sees "UTC+2" in Paris is not caught out by the Sunday the clocks go back.
 */
import type { City } from './city';
import { utcOffsetsDuring } from '../shared/time';
import { formatShortDate, formatUtcOffset } from '../shared/date-arithmetic';

/**
 * "UTC+8"; "UTC+2, from Sun 31 Oct UTC+1" for a stay over a clock change; from the arrival day to the
 * departure day, both included. The zone's name alone would hide the change, so every change is named.
 */
export function cityOffsetsLabel(city: Pick<City, 'timeZone' | 'arrivalDate' | 'departureDate'>): string {
  const offsets = utcOffsetsDuring(city.timeZone, city.arrivalDate, city.departureDate);
  return offsets
    .map((offset, index) =>
      index === 0
        ? formatUtcOffset(offset.offsetMinutes)
        : `from ${formatShortDate(offset.date)} ${formatUtcOffset(offset.offsetMinutes)}`,
    )
    .join(', ');
}
