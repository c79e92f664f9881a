/** Rule outside-stop-dates: an engagement on a date its city is not on the route. */
import { wallDate } from '../../shared/date-arithmetic';
import type { CheckContext } from '../check-context';
import type { Finding } from '../finding';
import { outsideCityDatesMessage } from '../finding-wording';
import { engagementFacts, fingerprintOf } from '../fingerprints';
import { byFindingId, NO_IDS, WordedFinding } from '../lazy-finding';

/** Rule 2: an engagement on a date its city is not on the route. By id. */
export function engagementsOutsideCityDates(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const { engagement } of context.live) {
    const stop = context.cityById.get(engagement.stopId);
    if (!stop) continue;
    // The local date is the wall time's first ten characters; compared without cutting them out, 20,000 times.
    const local = engagement.start.local;
    if (local >= stop.arrivalDate && (local < stop.departureDate || local.startsWith(stop.departureDate))) continue;
    const date = wallDate(local);
    findings.push(
      new WordedFinding(
        `outside-stop-dates:${engagement.id}`,
        'outside-stop-dates',
        'error',
        { engagementIds: [engagement.id], cityIds: [stop.id] },
        {
          message: () => outsideCityDatesMessage(engagement, date, stop),
          personIds: () => NO_IDS,
          fingerprint: () => fingerprintOf([engagementFacts(engagement), stop.arrivalDate, stop.departureDate]),
        },
      ),
    );
  }
  return findings.sort(byFindingId);
}
