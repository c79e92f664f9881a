/**
 * Rule guest-in-two-hotels: a person with a room at two hotels (or two rooms at one) on the same night. One
 * finding for each person and pair of rooms, naming the nights the two share. Nights are calendar dates, so a
 * change of the clocks changes nothing here.
 */
import { roomingOf } from '../../rooming/guests';
import type { CheckContext } from '../check-context';
import type { Finding } from '../finding';
import { fingerprintOf } from '../fingerprints';
import { byFindingId, WordedFinding } from '../lazy-finding';
import { guestInTwoHotelsMessage } from '../rooming-wording';

/** A person in two rooms on a night. By id. */
export function guestsInTwoHotels(context: CheckContext): Finding[] {
  const rooms = context.source.rooms ?? [];
  if (rooms.length < 2) return [];
  const rooming = roomingOf(context.source);
  const findings: Finding[] = [];
  const people = new Set(rooms.flatMap((room) => room.occupants.map((occupant) => occupant.personId)));
  for (const personId of people) {
    const held = rooming.occupanciesOf(personId);
    if (held.length < 2) continue;
    for (let i = 0; i < held.length; i += 1) {
      for (let j = i + 1; j < held.length; j += 1) {
        // The same room twice is the room form's concern (it refuses it), not two places to sleep.
        if (held[i]!.room.id === held[j]!.room.id) continue;
        const [a, b] = held[i]!.room.id < held[j]!.room.id ? [held[i]!, held[j]!] : [held[j]!, held[i]!];
        const nights = a.nights.filter((night) => b.nights.includes(night));
        if (nights.length === 0) continue;
        const cityIds = [...new Set([a.stay.stopId, b.stay.stopId])].sort();
        findings.push(
          new WordedFinding(
            `guest-in-two-hotels:${personId}:${a.room.id}:${b.room.id}`,
            'guest-in-two-hotels',
            'error',
            { cityIds },
            {
              message: () => guestInTwoHotelsMessage(context, personId, a.stay, b.stay, nights),
              personIds: () => [personId],
              fingerprint: () => fingerprintOf([personId, a.room.id, a.stay.id, b.room.id, b.stay.id, nights.join(',')]),
            },
          ),
        );
      }
    }
  }
  return findings.sort(byFindingId);
}
