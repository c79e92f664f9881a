/**
 * Rule night-without-hotel: a night at a city with no hotel booked, for the members there that night. Members
 * who spend that night on a journey (an overnight flight or sleeper train: see nights-in-transit.ts) are not
 * there, so need no hotel.
 */
import { transitNights } from '../../route/nights-in-transit';
import { routeNights } from '../../route/route';
import type { CheckContext } from '../check-context';
import type { Finding } from '../finding';
import { nightWithoutHotelMessage } from '../finding-wording';
import { digestOfPeople, fingerprintOf, peopleFacts } from '../fingerprints';
import { byFindingId, sortedIds, WordedFinding } from '../lazy-finding';

/** Rule 5: a night at a city with no hotel booked, for the members there that night. By id. */
export function nightsWithoutHotel(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  // The nights at one city share their people, sorted when first read.
  const peopleAt = new Map<string, string[]>();
  const peopleOf = (stopId: string) => {
    let people = peopleAt.get(stopId);
    if (!people) peopleAt.set(stopId, (people = sortedIds(context.membersByCity.get(stopId) ?? [])));
    return people;
  };
  const transit = transitNights(context.source);
  for (const night of routeNights(context.source.stops, context.source.accommodations)) {
    if (night.accommodationIds.length > 0) continue;
    const { stopId, date } = night;
    if ((context.membersByCity.get(stopId)?.length ?? 0) === 0) continue;
    // Only on a night some journey covers are the people there looked at now; otherwise when first read.
    let staying: string[] | null = null;
    if (transit.journeysCovering(date).length > 0) {
      const there = peopleOf(stopId);
      const notTravelling = there.filter((personId) => transit.journeyOf(personId, date) === undefined);
      if (notTravelling.length === 0) continue;
      if (notTravelling.length < there.length) staying = notTravelling;
    }
    const who = () => staying ?? peopleOf(stopId);
    findings.push(
      new WordedFinding(
        `night-without-hotel:${stopId}:${date}`,
        'night-without-hotel',
        'warning',
        { cityIds: [stopId] },
        {
          message: () => nightWithoutHotelMessage(context, stopId, date, who()),
          personIds: who,
          fingerprint: () => {
            const personIds = who();
            return fingerprintOf([stopId, date, peopleFacts(personIds.length, digestOfPeople(personIds))]);
          },
        },
      ),
    );
  }
  return findings.sort(byFindingId);
}
