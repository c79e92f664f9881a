/**
 * Rule overlapping-trip: a person on this trip and on another on the same days, so booked in two places at
 * once. The other trip finds it too, naming this one. Read from the other trips the engine is given
 * (`CheckSource.otherTrips`), by the days each person is on each trip (other-trips.ts).
 */
import type { CheckContext } from '../check-context';
import type { Finding } from '../finding';
import { overlappingTripMessage } from '../finding-wording';
import { fingerprintOf } from '../fingerprints';
import { byFindingId, WordedFinding } from '../lazy-finding';
import { daysOnTrip, sharedDays, type DaySpan } from '../other-trips';

/**
 * Rule 9: for each other trip (neither cancelled), the members who are on both on the same days, named in one
 * finding with the other trip and the days. Its fingerprint is the other trip and each person's shared days,
 * so an acknowledgement lapses when either trip's dates, or who is on both, change. By id.
 */
export function overlappingTrips(context: CheckContext): Finding[] {
  const { trip, stops, otherTrips } = context.source;
  if (!otherTrips || otherTrips.length === 0 || trip.status === 'cancelled') return [];
  const daysHere = new Map<string, DaySpan | null>();
  const ourDays = (personId: string) => {
    if (!daysHere.has(personId)) {
      const membership = context.membershipByPerson.get(personId);
      daysHere.set(personId, membership ? daysOnTrip(trip, stops, membership.stopIds) : null);
    }
    return daysHere.get(personId) ?? null;
  };
  const findings: Finding[] = [];
  for (const other of otherTrips) {
    if (other.trip.status === 'cancelled' || other.trip.id === trip.id) continue;
    const shared: { personId: string; days: DaySpan }[] = [];
    for (const membership of other.memberships) {
      const ours = ourDays(membership.personId);
      const theirs = ours && daysOnTrip(other.trip, other.stops, membership.stopIds);
      const days = theirs && sharedDays(ours, theirs);
      if (days) shared.push({ personId: membership.personId, days });
    }
    if (shared.length === 0) continue;
    shared.sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
    const personIds = shared.map((entry) => entry.personId);
    const days: DaySpan = {
      from: shared.reduce((first, entry) => (entry.days.from < first ? entry.days.from : first), shared[0]!.days.from),
      to: shared.reduce((last, entry) => (entry.days.to > last ? entry.days.to : last), shared[0]!.days.to),
    };
    findings.push(
      new WordedFinding(
        `overlapping-trip:${other.trip.id}`,
        'overlapping-trip',
        'error',
        { otherTripIds: [other.trip.id] },
        {
          message: () => overlappingTripMessage(context, personIds, other.trip, days),
          personIds: () => personIds,
          fingerprint: () =>
            fingerprintOf([other.trip.id, ...shared.map((entry) => `${entry.personId}@${entry.days.from}/${entry.days.to}`)]),
        },
      ),
    );
  }
  return findings.sort(byFindingId);
}
