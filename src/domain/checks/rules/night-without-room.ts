/**
 * Rule night-without-room: once rooms are entered for every stay of a city on a night, a member present there
 * that night (not spending it on a journey) without a room at any of them has nowhere to sleep. A night whose
 * city has a stay without rooms is not looked at: its guests still follow their cities (see guests.ts), and a
 * night with no stay at all is night-without-hotel's. One finding for each city and night, naming who.
 */
import { roomingOf } from '../../rooming/guests';
import { routeNights } from '../../route/route';
import type { Hotel } from '../../route/hotel';
import type { CheckContext } from '../check-context';
import type { Finding } from '../finding';
import { digestOfPeople, fingerprintOf, peopleFacts } from '../fingerprints';
import { byFindingId, WordedFinding } from '../lazy-finding';
import { nightWithoutRoomMessage } from '../rooming-wording';

/** Members at a city for a night without a room there, while its stays that night all have rooms. By id. */
export function nightsWithoutRoom(context: CheckContext): Finding[] {
  if ((context.source.rooms ?? []).length === 0) return [];
  const rooming = roomingOf(context.source);
  const findings: Finding[] = [];
  for (const night of routeNights(context.source.stops, context.source.accommodations)) {
    const { stopId, date } = night;
    if (night.accommodationIds.length === 0 || !night.accommodationIds.every((id) => rooming.roomsByStay.has(id))) continue;
    const missing = rooming.presentAt(stopId, date).filter((personId) => !rooming.hasRoomAt(personId, stopId, date));
    if (missing.length === 0) continue;
    const stays = night.accommodationIds.map((id) => rooming.stayById.get(id)).filter((stay): stay is Hotel => stay !== undefined);
    findings.push(
      new WordedFinding(
        `night-without-room:${stopId}:${date}`,
        'night-without-room',
        'warning',
        { cityIds: [stopId] },
        {
          message: () => nightWithoutRoomMessage(context, stopId, date, missing, stays),
          personIds: () => missing,
          fingerprint: () =>
            fingerprintOf([stopId, date, night.accommodationIds.join(','), peopleFacts(missing.length, digestOfPeople(missing))]),
        },
      ),
    );
  }
  return findings.sort(byFindingId);
}
