/**
 * The counts organisers live by: who is at each engagement and in each hotel night, what the kitchen needs to
 * know for each meal, and whose passport or visa will stop them travelling.
 */
import type { Hotel } from '../route/hotel';
import { attendanceCalculator } from '../engagements/engagement-rules';
import type { Engagement } from '../engagements/engagement';
import type { Membership, Person } from './person';
import { hasVisaSettled, type VisaStatus } from './person';
import { routeNights } from '../route/route';
import { transitNights } from '../route/nights-in-transit';
import type { Journey } from '../route/journey';
import type { City } from '../route/city';
import { addMonths } from '../shared/time';
import { day, message, type Message } from '../shared/message';
import { daysBetween, type IsoDate } from '../shared/date-arithmetic';
import type { Trip } from '../trip/trip';

export interface EngagementHeadcount {
  engagementId: string;
  attendeeIds: string[];
  /** Attendees added by hand who are not at that city on the route. */
  notAtStopIds: string[];
}

export function engagementHeadcounts(
  engagements: readonly Engagement[],
  memberships: readonly Membership[],
): EngagementHeadcount[] {
  const attendance = attendanceCalculator(memberships);
  return engagements.map((engagement) => ({ engagementId: engagement.id, ...attendance(engagement) }));
}

export interface NightHeadcount {
  date: IsoDate;
  stopId: string;
  accommodationIds: string[];
  personIds: string[];
}

/**
 * Members present each night of the route: at that city, and not leaving it that day. Given the journeys, those
 * who spend the night on one (an overnight flight or sleeper train: see nights-in-transit.ts) are not counted
 * in a hotel that night.
 */
export function nightHeadcounts(
  stops: readonly City[],
  accommodations: readonly Hotel[],
  memberships: readonly Membership[],
  segments: readonly Journey[] = [],
): NightHeadcount[] {
  const transit = transitNights({ stops, segments, memberships });
  return routeNights(stops, accommodations).map((night) => ({
    ...night,
    personIds: memberships
      .filter((membership) => membership.stopIds.includes(night.stopId))
      .map((membership) => membership.personId)
      .filter((personId) => transit.journeyOf(personId, night.date) === undefined),
  }));
}

/** Kinds at which the delegation eats. */
const MEAL_KINDS = new Set<Engagement['kind']>(['banquet']);

export function isMeal(engagement: Engagement): boolean {
  return MEAL_KINDS.has(engagement.kind) || /\b(lunch|dinner|breakfast|banquet|reception|meal)\b/i.test(engagement.title);
}

export interface DietarySummary {
  count: number;
  /** Each need with how many have it, most common first: [["Halal", 2], ["Vegetarian", 1]]. */
  needs: [string, number][];
}

/** "22 at the banquet: 2 halal, 1 vegetarian, 1 nut allergy". */
export function dietarySummary(attendees: readonly Person[]): DietarySummary {
  const counts = new Map<string, { label: string; count: number }>();
  for (const person of attendees) {
    const need = person.dietary.trim();
    if (!need || /^(none|no|n\/a|-)$/i.test(need)) continue;
    const key = need.toLocaleLowerCase();
    const entry = counts.get(key) ?? { label: need, count: 0 };
    counts.set(key, { ...entry, count: entry.count + 1 });
  }
  return {
    count: attendees.length,
    needs: [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).map((e) => [e.label, e.count]),
  };
}

/** "22 at the meal: 2 halal, 1 vegetarian, 1 nut allergy", "22人用餐：2人清真，1人素食，1人坚果过敏". */
export function mealSummaryMessage(summary: DietarySummary): Message {
  const needs = needsMessage(summary);
  return needs
    ? message('people:rollups.atMealWithNeeds', { count: summary.count, needs })
    : message('people:rollups.atMeal', { count: summary.count });
}

/** The needs alone, most common first: "2 halal, 1 vegetarian"; null when nobody has any. */
export function needsMessage(summary: DietarySummary): Message | null {
  const needs = summary.needs.map(([label, count]) => message('people:rollups.need', { count, need: label.toLocaleLowerCase() }));
  if (needs.length === 0) return null;
  return needs.reduceRight((rest, need) => message('people:rollups.needs', { first: need, rest }));
}

/** How close to departure a visa that is not yet granted becomes a warning. */
export const VISA_WARNING_DAYS = 21;
/** Passports must be valid this many months after the trip ends (China's rule, and most countries'). */
export const PASSPORT_MONTHS_AFTER_TRIP = 6;

/** A visa status that is neither settled nor refused: one a warning names in its sentence. */
type OutstandingVisa = Exclude<VisaStatus, 'granted' | 'not-required' | 'refused'>;

/** The status as it reads inside a sentence ("is “invitation letter requested”"). */
const VISA_IN_SENTENCE: Record<OutstandingVisa, Message> = {
  'not-started': message('people:visaInSentence.not-started'),
  'invitation-requested': message('people:visaInSentence.invitation-requested'),
  'invitation-received': message('people:visaInSentence.invitation-received'),
  applied: message('people:visaInSentence.applied'),
};

export interface TravelDocumentWarning {
  personId: string;
  kind: 'passport-expiry' | 'passport-missing' | 'visa';
  message: Message;
}

/**
 * Passports that expire too soon after the trip, and visas neither granted nor not required close to departure
 * (or refused).
 */
export function travelDocumentWarnings(
  trip: Pick<Trip, 'startDate' | 'endDate'>,
  people: readonly Person[],
  today: IsoDate,
): TravelDocumentWarning[] {
  const passportNeededUntil = addMonths(trip.endDate, PASSPORT_MONTHS_AFTER_TRIP);
  const daysToDeparture = daysBetween(today, trip.startDate);
  const warnings: TravelDocumentWarning[] = [];
  for (const person of people) {
    const name = person.name;
    if (person.passportExpiry === null) {
      warnings.push({ personId: person.id, kind: 'passport-missing', message: message('people:travelDocuments.passportMissing', { name }) });
    } else if (person.passportExpiry < passportNeededUntil) {
      const facts = { name, expiry: day(person.passportExpiry, 'year'), until: day(passportNeededUntil, 'year') };
      warnings.push({
        personId: person.id,
        kind: 'passport-expiry',
        message:
          person.passportExpiry < trip.startDate
            ? message('people:travelDocuments.passportBeforeTrip', facts)
            : message('people:travelDocuments.passportTooSoon', { ...facts, months: PASSPORT_MONTHS_AFTER_TRIP }),
      });
    }
    if (person.visaStatus === 'refused') {
      warnings.push({ personId: person.id, kind: 'visa', message: message('people:travelDocuments.visaRefused', { name }) });
    } else if (!hasVisaSettled(person.visaStatus) && daysToDeparture <= VISA_WARNING_DAYS && today <= trip.endDate) {
      const status = VISA_IN_SENTENCE[person.visaStatus as OutstandingVisa];
      warnings.push({
        personId: person.id,
        kind: 'visa',
        message:
          daysToDeparture > 0
            ? message('people:travelDocuments.visaOutstanding', { name, status, count: daysToDeparture })
            : message('people:travelDocuments.visaOutstandingTripBegun', { name, status }),
      });
    }
  }
  return warnings;
}
