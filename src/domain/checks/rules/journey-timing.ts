/**
 * Rule journey-timing: a journey that lands after an engagement at its destination has started that day, or
 * leaves its origin before one there has ended, for the people who take it and attend.
 */
import type { Journey } from '../../route/journey';
import { wallDate } from '../../shared/date-arithmetic';
import { attendanceClasses, type AttendanceClass } from '../attendance-classes';
import { appendTo, attends, type CheckContext, type TimedEngagement } from '../check-context';
import type { Finding } from '../finding';
import { journeyTimingMessage } from '../finding-wording';
import { cityFacts, engagementFacts, fingerprintOf, journeyFacts } from '../fingerprints';
import { byFindingId, sortedIds, WordedFinding } from '../lazy-finding';

/**
 * Rule 7: a journey that lands after the first engagement of that day at its destination has started, or
 * leaves before the last one of that day at its origin has ended, for the people who take it and attend. By id.
 */
export function journeyTimings(context: CheckContext, classes?: readonly AttendanceClass[]): Finding[] {
  if (context.timedJourneys.length === 0) return [];
  const findings: Finding[] = [];
  // Everyone in a class takes the same journeys: a journey's travellers are the classes that take it.
  let travellers: Map<string, string[]> | null = null;
  const travellersOf = (segment: Journey) => {
    if (!travellers) {
      travellers = new Map();
      for (const group of classes ?? attendanceClasses(context)) {
        for (const { segment: taken } of group.segments) {
          for (const personId of group.personIds) appendTo(travellers, taken.id, personId);
        }
      }
    }
    return travellers.get(segment.id) ?? [];
  };
  const liveByStop = new Map<string, TimedEngagement[]>();
  for (const timed of context.chronological) appendTo(liveByStop, timed.engagement.stopId, timed);
  for (const timed of context.timedJourneys) {
    const { segment } = timed;
    const check = (stopId: string | null, side: 'arrival' | 'departure') => {
      if (stopId === null) return;
      const date = wallDate((side === 'arrival' ? segment.arrival : segment.departure).local);
      // Engagements that overlap the journey itself are double bookings (rule 1) for the same people; this
      // rule finds those wholly before the journey at its destination, or wholly after it at its origin.
      const clashing = (liveByStop.get(stopId) ?? []).filter(
        (candidate) =>
          wallDate(candidate.engagement.start.local) === date &&
          (side === 'arrival' ? candidate.end <= timed.start : candidate.start >= timed.end),
      );
      if (clashing.length === 0) return;
      const takers = travellersOf(segment);
      const affected = clashing
        .map((candidate) => ({
          candidate,
          people: takers.filter((personId) => attends(context, personId, candidate.engagement)),
        }))
        .filter((entry) => entry.people.length > 0);
      if (affected.length === 0) return;
      const personIds = sortedIds(affected.flatMap((entry) => entry.people));
      const key = side === 'arrival' ? affected[0]! : affected.at(-1)!;
      const engagement = key.candidate.engagement;
      const place = cityFacts(context.cityById.get(stopId));
      findings.push(
        new WordedFinding(
          `journey-timing:${segment.id}:${side}`,
          'journey-timing',
          'error',
          {
            engagementIds: affected.map((entry) => entry.candidate.engagement.id),
            journeyIds: [segment.id],
            cityIds: [stopId],
          },
          {
            message: () => journeyTimingMessage(context, side, segment, engagement, personIds),
            personIds: () => personIds,
            fingerprint: () =>
              fingerprintOf([
                journeyFacts(segment),
                ...affected.map((entry) => engagementFacts(entry.candidate.engagement)),
                ...personIds,
                place,
              ]),
          },
        ),
      );
    };
    check(segment.toStopId, 'arrival');
    check(segment.fromStopId, 'departure');
  }
  return findings.sort(byFindingId);
}
