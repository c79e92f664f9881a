/**
 * The checks as a whole: what is wrong with a trip's plan, each finding with a stable id (so an acknowledgement
 * can be keyed to it) and a fingerprint of the situation behind it (so an acknowledged finding comes back when
 * that situation changes). Pure and deterministic: the same records and `today` give the same findings in the
 * same order. The trip is read once (check-context.ts), its members grouped once (attendance-classes.ts), and
 * every rule (rules/) reads both.
 */
import { attendanceClasses } from './attendance-classes';
import { checkContext, type CheckOptions, type CheckSource } from './check-context';
import type { Finding } from './finding';
import { attendeesNotInCity } from './rules/attendee-not-in-city';
import { doubleBookings } from './rules/double-booking';
import { journeyTimings } from './rules/journey-timing';
import { nightsWithoutHotel } from './rules/night-without-hotel';
import { engagementsOutsideCityDates } from './rules/outside-city-dates';
import { shortConnections } from './rules/short-connection';
import { suspiciousTimes } from './rules/suspicious-time';
import { tightTransfers } from './rules/tight-transfer';
import { travelDocumentFindings } from './rules/travel-documents';
import { overlappingTrips } from './rules/overlapping-trip';
import { guestsInTwoHotels } from './rules/guest-in-two-hotels';
import { nightsWithoutRoom } from './rules/night-without-room';
import { roomsOverCapacity } from './rules/room-over-capacity';
import { logisticsBookings } from './rules/logistics-bookings';
import { resourceBookings } from './rules/resource-booking';
import { vehicleCapacities } from './rules/vehicle-capacity';
import { interpretersMissing } from './rules/interpreter-missing';

/**
 * Every finding in a trip's plan: errors first, then by rule; double bookings and tight transfers in the order
 * they happen, the others by id. Cancelled engagements never conflict; people are the trip's members,
 * attending as `attendanceCalculator` says and travelling as `takesJourney` says.
 */
export function runChecks(source: CheckSource, options: CheckOptions): Finding[] {
  const context = checkContext(source, options);
  const classes = attendanceClasses(context);
  const logistics = logisticsBookings(context);
  const resources = resourceBookings(logistics);
  // In the order of CHECK_RULES.
  return inReportOrder([
    doubleBookings(context, classes),
    engagementsOutsideCityDates(context),
    attendeesNotInCity(context),
    tightTransfers(context, classes),
    nightsWithoutHotel(context),
    suspiciousTimes(context),
    journeyTimings(context, classes),
    shortConnections(context, classes),
    travelDocumentFindings(context),
    overlappingTrips(context),
    guestsInTwoHotels(context),
    nightsWithoutRoom(context),
    roomsOverCapacity(context),
    resources.clashes,
    resources.transfers,
    vehicleCapacities(logistics),
    interpretersMissing(logistics),
  ]);
}

/** Errors first, then by rule, each rule keeping its own order: the rules' lists come in rule order. */
function inReportOrder(found: readonly (readonly Finding[])[]): Finding[] {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  for (const findings of found) {
    for (const finding of findings) (finding.severity === 'error' ? errors : warnings).push(finding);
  }
  return errors.concat(warnings);
}
