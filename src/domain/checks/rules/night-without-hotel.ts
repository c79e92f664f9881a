/** Rule night-without-hotel: a night at a city with no hotel booked, for the members there that night. */
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
  for (const night of routeNights(context.source.stops, context.source.accommodations)) {
    if (night.accommodationIds.length > 0) continue;
    const { stopId, date } = night;
    if ((context.membersByCity.get(stopId)?.length ?? 0) === 0) continue;
    findings.push(
      new WordedFinding(
        `night-without-hotel:${stopId}:${date}`,
        'night-without-hotel',
        'warning',
        { cityIds: [stopId] },
        {
          message: () => nightWithoutHotelMessage(context, stopId, date, peopleOf(stopId)),
          personIds: () => peopleOf(stopId),
          fingerprint: () => {
            const personIds = peopleOf(stopId);
            return fingerprintOf([stopId, date, peopleFacts(personIds.length, digestOfPeople(personIds))]);
          },
        },
      ),
    );
  }
  return findings.sort(byFindingId);
}
