/** Rule suspicious-time: an engagement in the small hours, more likely a time typed in the wrong zone. */
import type { Engagement } from '../../engagements/engagement';
import { wallHour, wallTimeIn, zonedTime, type LocalDateTime } from '../../shared/time';
import type { CheckContext } from '../check-context';
import type { Finding } from '../finding';
import { suspiciousTimeMessage } from '../finding-wording';
import { engagementFacts, fingerprintOf } from '../fingerprints';
import { byFindingId, NO_IDS, WordedFinding } from '../lazy-finding';

/** Engagements starting before this local hour were probably typed in another zone. */
const EARLIEST_PLAUSIBLE_HOUR = 6;

/**
 * The wall time where the engagement is, had its start been typed in home time; null when home is that zone,
 * or the time does not exist at home.
 */
function startIfTypedInHomeTime(engagement: Engagement, homeZone: string): LocalDateTime | null {
  if (homeZone === engagement.start.zone) return null;
  const asHome = zonedTime(engagement.start.local, homeZone);
  return asHome.ok ? wallTimeIn(asHome.value, engagement.start.zone) : null;
}

/**
 * Rule 6: a start between midnight and six in the morning is more likely a time typed in home time. The hint
 * says what it would be had it been home time. By id.
 */
export function suspiciousTimes(context: CheckContext): Finding[] {
  const homeZone = context.source.trip.homeZone;
  const findings: Finding[] = [];
  for (const { engagement } of context.live) {
    if (wallHour(engagement.start.local) >= EARLIEST_PLAUSIBLE_HOUR) continue;
    findings.push(
      new WordedFinding(
        `suspicious-time:${engagement.id}`,
        'suspicious-time',
        'warning',
        { engagementIds: [engagement.id], cityIds: [engagement.stopId] },
        {
          message: () =>
            suspiciousTimeMessage(context, engagement, homeZone, startIfTypedInHomeTime(engagement, homeZone)),
          personIds: () => NO_IDS,
          fingerprint: () => fingerprintOf([engagementFacts(engagement), homeZone]),
        },
      ),
    );
  }
  return findings.sort(byFindingId);
}
