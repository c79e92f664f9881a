/**
 * Rule short-connection: a journey that changes planes or trains with less time between the legs than the
 * change needs (journey-legs.ts says how long, by mode), for the people who take it. A connection of negative
 * length, the next leg leaving before the one before lands, cannot be made at all: an error. The journey form
 * refuses one, but a file from elsewhere may bring it.
 */
import { connectionMinutes, isShortConnection } from '../../route/journey-legs';
import { attendanceClasses, type AttendanceClass } from '../attendance-classes';
import { appendTo, type CheckContext } from '../check-context';
import type { Finding } from '../finding';
import { shortConnectionMessage } from '../finding-wording';
import { fingerprintOf, journeyFacts } from '../fingerprints';
import { byFindingId, sortedIds, WordedFinding } from '../lazy-finding';

/**
 * Rule 9: each connection of a journey shorter than its mode's minimum, for the people who take the journey
 * (none named when nobody on the trip takes it: the booking is still wrong). By id.
 */
export function shortConnections(context: CheckContext, classes?: readonly AttendanceClass[]): Finding[] {
  const tight = context.timedJourneys.filter(({ segment }) =>
    segment.connections.some((connection) => isShortConnection(segment.mode, connectionMinutes(connection))),
  );
  if (tight.length === 0) return [];
  // Everyone in a class takes the same journeys: a journey's travellers are the classes that take it.
  const travellers = new Map<string, string[]>();
  for (const group of classes ?? attendanceClasses(context)) {
    for (const { segment } of group.segments) {
      for (const personId of group.personIds) appendTo(travellers, segment.id, personId);
    }
  }
  const findings: Finding[] = [];
  for (const { segment } of tight) {
    const personIds = sortedIds(travellers.get(segment.id) ?? []);
    segment.connections.forEach((connection, index) => {
      const minutes = connectionMinutes(connection);
      if (!isShortConnection(segment.mode, minutes)) return;
      findings.push(
        new WordedFinding(
          `short-connection:${segment.id}:${index}`,
          'short-connection',
          minutes < 0 ? 'error' : 'warning',
          { journeyIds: [segment.id] },
          {
            message: () => shortConnectionMessage(context, segment, index, minutes, personIds),
            personIds: () => personIds,
            fingerprint: () =>
              fingerprintOf([journeyFacts(segment), connection.arrival.utc, connection.departure.utc, ...personIds]),
          },
        ),
      );
    });
  }
  return findings.sort(byFindingId);
}
