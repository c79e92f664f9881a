/**
 * The messages of the logistics checks (a vehicle, interpreter or guide booked twice at once or without time to
 * get between places, a vehicle with too few seats, an engagement without the interpreter it needs), as codes of
 * the `checks` catalogue under `logistics`, built from the parts finding-wording.ts words (when an engagement is,
 * which journey). As there, the rules hand over facts and only this module says how; no fingerprint reads it.
 */
import type { Engagement } from '../engagements/engagement';
import type { PickUp } from '../logistics/booking-times';
import { placeOf } from '../route/city-names';
import { wallClock, wallDate } from '../shared/date-arithmetic';
import { day, listOf, message, type Message, type MessageValue } from '../shared/message';
import type { CheckContext } from './check-context';
import { engagementWhen, journeyLabel, whoLabel } from './finding-wording';
import type { BookingPlace, CheckedBooking } from './rules/logistics-bookings';

/** The pick-up's clock time, with its day when that is not the day of what it serves: "09:15", "Fri 11 Nov, 22:30". */
function pickUpWhen(pickUp: PickUp, eventLocal: string): MessageValue {
  if (wallDate(pickUp.local) === wallDate(eventLocal)) return wallClock(pickUp.local);
  return message('checks:logistics.pickUpOtherDay', { day: day(wallDate(pickUp.local)), time: wallClock(pickUp.local) });
}

/** What a booking is for: "“Meeting …” (Sat 12 Nov, 10:00–11:30 Tianjin; pick-up 09:15)", "the transfer to the train …". */
export function bookingLabel(context: CheckContext, booking: Pick<CheckedBooking, 'booked' | 'pickUp'>): Message {
  const { booked, pickUp } = booking;
  if (booked.kind === 'engagement') {
    const facts = { title: booked.engagement.title, when: engagementWhen(context, booked.engagement) };
    return pickUp
      ? message('checks:logistics.booking.engagementPickUp', { ...facts, pickUp: pickUpWhen(pickUp, booked.engagement.start.local) })
      : message('checks:logistics.booking.engagement', facts);
  }
  const journey = journeyLabel(context, booked.journey);
  if (booked.end === 'departure') {
    return pickUp
      ? message('checks:logistics.booking.departurePickUp', { journey, pickUp: pickUpWhen(pickUp, booked.journey.departure.local) })
      : message('checks:logistics.booking.departure', { journey });
  }
  return pickUp
    ? message('checks:logistics.booking.arrivalPickUp', { journey, pickUp: pickUpWhen(pickUp, booked.journey.arrival.local) })
    : message('checks:logistics.booking.arrival', { journey });
}

/** A place by its name, else its city's; the hotel when neither is known. */
function placeName(context: CheckContext, at: BookingPlace): MessageValue {
  if (at.name) return at.name;
  const city = at.stopId === null ? undefined : context.cityById.get(at.stopId);
  return city ? message('checks:logistics.placeInCity', { city: placeOf(city) }) : message('checks:logistics.hotel');
}

/** Rule resource-double-booking: "Coach 1 is booked for “…” (…) and the transfer to … at once, for …." */
export function resourceClashMessage(context: CheckContext, first: CheckedBooking, second: CheckedBooking, personIds: readonly string[]): Message {
  return message('checks:logistics.finding.doubleBooking', {
    resource: first.resource.name,
    first: bookingLabel(context, first),
    second: bookingLabel(context, second),
    who: whoLabel(context, personIds),
  });
}

/** Rule resource-tight-transfer: "Coach 1 has 20 minutes to get from … at … to … at …, for …; allow at least 45 minutes." */
export function resourceTransferMessage(
  context: CheckContext,
  first: CheckedBooking,
  second: CheckedBooking,
  minutes: number,
  personIds: readonly string[],
): Message {
  return message('checks:logistics.finding.tightTransfer', {
    who: whoLabel(context, personIds),
    resource: first.resource.name,
    minutes,
    first: bookingLabel(context, first),
    firstPlace: placeName(context, first.to),
    second: bookingLabel(context, second),
    secondPlace: placeName(context, second.from),
    buffer: context.bufferMinutes,
  });
}

/** Rule vehicle-capacity: "Minibus 2 has 16 seats for 20 people (…) on “…” (…)." Several vehicles share the people. */
export function capacityMessage(context: CheckContext, bookings: readonly CheckedBooking[], seats: number, personIds: readonly string[]): Message {
  const facts = { seats, people: personIds.length, who: whoLabel(context, personIds), booking: bookingLabel(context, bookings[0]!) };
  if (bookings.length === 1) return message('checks:logistics.finding.capacity.one', { ...facts, vehicle: bookings[0]!.resource.name });
  return message('checks:logistics.finding.capacity.many', { ...facts, vehicles: listOf(bookings.map((each) => each.resource.name)) });
}

/** Rule interpreter-missing: "“Meeting …” (Wed 16 Nov, 10:00–11:30 Qingdao) needs an interpreter for …, and none is booked." */
export function interpreterMissingMessage(context: CheckContext, engagement: Engagement, personIds: readonly string[]): Message {
  return message('checks:logistics.finding.interpreterMissing', {
    title: engagement.title,
    when: engagementWhen(context, engagement),
    who: whoLabel(context, personIds),
  });
}
