/**
 * Rule interpreter-missing: an engagement marked as needing an interpreter with no interpreter booked for it.
 * Only on a trip whose vehicles, interpreters and guides are planned here (one with at least one resource): on
 * any other, every such engagement would be flagged for logistics arranged elsewhere.
 */
import type { Engagement } from '../../engagements/engagement';
import { attendanceCalculator } from '../../engagements/engagement-rules';
import { engagementFacts, fingerprintOf } from '../fingerprints';
import type { Finding } from '../finding';
import { interpreterMissingMessage } from '../logistics-wording';
import { byFindingId, WordedFinding } from '../lazy-finding';
import type { LogisticsBookings } from './logistics-bookings';

/** Rule interpreter-missing: see the module header. By id. */
export function interpretersMissing(logistics: LogisticsBookings | null): Finding[] {
  if (!logistics) return [];
  const { context } = logistics;
  let attendance: ReturnType<typeof attendanceCalculator> | null = null;
  const attendees = (engagement: Engagement) => (attendance ??= attendanceCalculator(context.source.memberships))(engagement).attendeeIds.slice().sort();
  const findings: Finding[] = [];
  for (const { engagement } of context.chronological) {
    if (!engagement.interpreterNeeded) continue;
    const booked = logistics.byEngagement.get(engagement.id);
    if (booked?.some((booking) => booking.resource.kind === 'interpreter')) continue;
    let people: readonly string[] | null = null;
    const who = () => (people ??= attendees(engagement));
    findings.push(
      new WordedFinding(
        `interpreter-missing:${engagement.id}`,
        'interpreter-missing',
        'warning',
        { engagementIds: [engagement.id], cityIds: [engagement.stopId] },
        {
          message: () => interpreterMissingMessage(context, engagement, who()),
          personIds: who,
          fingerprint: () => fingerprintOf([engagementFacts(engagement)]),
        },
      ),
    );
  }
  return findings.sort(byFindingId);
}
