/**
 * Rule room-over-capacity: a room with more people on a night than its type sleeps (a single 1, a twin or
 * double 2, a triple 3; a suite is not counted). Occupants who follow one another (one leaves, the next
 * arrives) share no night, so they do not count together. One finding for each room, naming its fullest
 * nights and who sleeps there then.
 */
import { ROOM_SLEEPS, occupantNights } from '../../rooming/room-rules';
import type { IsoDate } from '../../shared/date-arithmetic';
import type { Hotel } from '../../route/hotel';
import type { CheckContext } from '../check-context';
import type { Finding } from '../finding';
import { digestOfPeople, fingerprintOf, peopleFacts } from '../fingerprints';
import { byFindingId, sortedIds, WordedFinding } from '../lazy-finding';
import { roomOverCapacityMessage } from '../rooming-wording';

/** Rooms with more people on a night than their type sleeps. By id. */
export function roomsOverCapacity(context: CheckContext): Finding[] {
  const rooms = context.source.rooms ?? [];
  if (rooms.length === 0) return [];
  const stays = new Map<string, Hotel>();
  for (const stay of context.source.accommodations) stays.set(stay.id, stay);
  const members = context.membershipByPerson;
  const findings: Finding[] = [];
  for (const room of rooms) {
    const sleeps = ROOM_SLEEPS[room.type];
    if (sleeps === null || room.occupants.length <= sleeps) continue;
    const stay = stays.get(room.accommodationId);
    if (!stay) continue;
    const byNight = new Map<IsoDate, string[]>();
    for (const occupant of room.occupants) {
      if (!members.has(occupant.personId)) continue;
      for (const night of occupantNights(occupant, stay)) {
        const there = byNight.get(night);
        if (there) there.push(occupant.personId);
        else byNight.set(night, [occupant.personId]);
      }
    }
    const most = Math.max(0, ...[...byNight.values()].map((people) => new Set(people).size));
    if (most <= sleeps) continue;
    const nights = [...byNight].filter(([, people]) => new Set(people).size === most).map(([night]) => night).sort();
    const personIds = sortedIds(nights.flatMap((night) => byNight.get(night)!));
    findings.push(
      new WordedFinding(
        `room-over-capacity:${room.id}`,
        'room-over-capacity',
        'warning',
        { cityIds: [stay.stopId] },
        {
          message: () => roomOverCapacityMessage(context, stay, room.type, sleeps, most, nights, personIds),
          personIds: () => personIds,
          fingerprint: () => fingerprintOf([room.id, room.type, stay.id, nights.join(','), peopleFacts(personIds.length, digestOfPeople(personIds))]),
        },
      ),
    );
  }
  return findings.sort(byFindingId);
}
