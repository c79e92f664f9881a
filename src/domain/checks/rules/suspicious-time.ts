/**
 * Rule suspicious-time: an engagement in the small hours, more likely a time typed in the wrong zone, for the
 * people attending it (whose calendars would be wrong).
 */
import type { Engagement } from '../../engagements/engagement';
import { wallTimeIn, zonedTime } from '../../shared/time';
import { wallHour, type LocalDateTime } from '../../shared/date-arithmetic';
import { attends, type CheckContext } from '../check-context';
import type { Finding } from '../finding';
import { suspiciousTimeMessage } from '../finding-wording';
import { engagementFacts, fingerprintOf } from '../fingerprints';
import { byFindingId, sortedIds, WordedFinding } from '../lazy-finding';

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
 * The members attending an engagement, as `attendanceCalculator` says: those at its city and those added, less
 * those left out.
 */
function attendeesOf(context: CheckContext, engagement: Engagement): string[] {
  const candidates = [...(context.membersByCity.get(engagement.stopId) ?? []), ...engagement.addedAttendeeIds];
  return sortedIds(candidates.filter((personId) => attends(context, personId, engagement)));
}

/**
 * Rule 6: a start between midnight and six in the morning is more likely a time typed in home time. The hint
 * says what it would be had it been home time; the finding names the people attending. By id.
 */
export function suspiciousTimes(context: CheckContext): Finding[] {
  const homeZone = context.source.trip.homeZone;
  const findings: Finding[] = [];
  for (const { engagement } of context.live) {
    if (wallHour(engagement.start.local) >= EARLIEST_PLAUSIBLE_HOUR) continue;
    let attendees: string[] | undefined;
    const personIds = () => (attendees ??= attendeesOf(context, engagement));
    findings.push(
      new WordedFinding(
        `suspicious-time:${engagement.id}`,
        'suspicious-time',
        'warning',
        { engagementIds: [engagement.id], cityIds: [engagement.stopId] },
        {
          message: () =>
            suspiciousTimeMessage(context, engagement, homeZone, startIfTypedInHomeTime(engagement, homeZone), personIds()),
          personIds,
          // Who attends does not make a time more or less likely typed in the wrong zone: the people are left out,
          // and acknowledgements made before the finding named them still hold.
          fingerprint: () => fingerprintOf([engagementFacts(engagement), homeZone]),
        },
      ),
    );
  }
  return findings.sort(byFindingId);
}
