/**
 * Rule travel-documents: passports and visas, as the people's roll-ups warn of them, made findings so that
 * the organiser reviews them with the rest. The warnings' own wording is the people capability's.
 */
import type { Person } from '../../people/person';
import { travelDocumentWarnings } from '../../people/rollups';
import type { CheckContext } from '../check-context';
import type { Finding } from '../finding';
import { fingerprintOf } from '../fingerprints';
import { travelDocumentMessage } from '../finding-wording';
import { byFindingId, WordedFinding } from '../lazy-finding';

/**
 * Rule 8: passports that expire too soon after the trip, and visas neither granted nor not required close to
 * departure, for the trip's members. An expiring passport or a refused visa is an error; no passport expiry
 * date, or a visa not yet granted, a warning. By id.
 */
export function travelDocumentFindings(context: CheckContext): Finding[] {
  const members = new Set(context.source.memberships.map((membership) => membership.personId));
  const people = context.source.people.filter((person) => members.has(person.id)) as Person[];
  const personById = new Map(people.map((person) => [person.id, person]));
  const findings = travelDocumentWarnings(context.source.trip, people, context.today).map((warning) => {
    const person = personById.get(warning.personId);
    const serious = warning.kind === 'passport-expiry' || (warning.kind === 'visa' && person?.visaStatus === 'refused');
    const personIds = [warning.personId];
    return new WordedFinding(
      `travel-documents:${warning.kind}:${warning.personId}`,
      'travel-documents',
      serious ? 'error' : 'warning',
      {},
      {
        message: () => travelDocumentMessage(warning.message),
        personIds: () => personIds,
        // The warning's facts: the document, its date and the deadline, the visa's status and the days left.
        fingerprint: () => fingerprintOf([warning.message.code, JSON.stringify(warning.message.params ?? {})]),
      },
    );
  });
  return findings.sort(byFindingId);
}
