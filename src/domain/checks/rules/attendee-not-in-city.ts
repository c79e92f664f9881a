/** Rule attendee-not-at-stop: someone added to an engagement by hand who is not at its city then. */
import { citiesOf, type CheckContext } from '../check-context';
import type { Finding } from '../finding';
import { attendeeNotInCityMessage } from '../finding-wording';
import { engagementFacts, fingerprintOf } from '../fingerprints';
import { byFindingId, sortedIds, WordedFinding } from '../lazy-finding';

/** Rule 3: someone added to an engagement by hand who is not at that city on their part of the route. By id. */
export function attendeesNotInCity(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const { engagement } of context.live) {
    if (engagement.addedAttendeeIds.length === 0) continue;
    for (const personId of sortedIds(engagement.addedAttendeeIds)) {
      const stops = citiesOf(context, personId);
      if (!stops || stops.has(engagement.stopId) || engagement.removedAttendeeIds.includes(personId)) continue;
      const personIds = [personId];
      findings.push(
        new WordedFinding(
          `attendee-not-at-stop:${engagement.id}:${personId}`,
          'attendee-not-at-stop',
          'warning',
          { engagementIds: [engagement.id], cityIds: [engagement.stopId] },
          {
            message: () => attendeeNotInCityMessage(context, personIds, engagement),
            personIds: () => personIds,
            fingerprint: () => fingerprintOf([engagementFacts(engagement), personId, ...sortedIds(stops)]),
          },
        ),
      );
    }
  }
  return findings.sort(byFindingId);
}
