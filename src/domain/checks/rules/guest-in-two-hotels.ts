/**
 * Rule guest-in-two-hotels: a person with a room at two hotels (or two rooms at one) on the same night. One
 * finding for each person and pair of rooms, naming the nights the two share. Nights are calendar dates, so a
 * change of the clocks changes nothing here.
 */
import { roomingOf, type Occupancy } from '../../rooming/guests';
import type { CheckContext } from '../check-context';
import type { Finding } from '../finding';
import { fingerprintOf } from '../fingerprints';
import { byFindingId, WordedFinding } from '../lazy-finding';
import { guestInTwoHotelsMessage } from '../rooming-wording';

/** Two rooms of one person by their hotels' check-in date, then the hotels' names, then the rooms' ids. */
function inHotelOrder(x: Occupancy, y: Occupancy): [Occupancy, Occupancy] {
  const key = (held: Occupancy) => [held.stay.checkInDate, held.stay.name, held.room.id] as const;
  const [p, q] = [key(x), key(y)];
  for (let index = 0; index < p.length; index += 1) {
    if (p[index]! < q[index]!) return [x, y];
    if (p[index]! > q[index]!) return [y, x];
  }
  return [x, y];
}

/** Whether two runs of nights (each in date order) could share one: their first and last nights overlap. */
function overlaps(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && a[0]! <= b.at(-1)! && b[0]! <= a.at(-1)!;
}

/** A person in two rooms on a night. By id. */
export function guestsInTwoHotels(context: CheckContext): Finding[] {
  const rooms = context.source.rooms ?? [];
  if (rooms.length < 2) return [];
  const rooming = roomingOf(context.source);
  const findings: Finding[] = [];
  for (const [personId, held] of rooming.occupancies) {
    if (held.length < 2) continue;
    for (let i = 0; i < held.length; i += 1) {
      for (let j = i + 1; j < held.length; j += 1) {
        // The same room twice is the room form's concern (it refuses it), not two places to sleep.
        if (held[i]!.room === held[j]!.room) continue;
        // Most rooms of one person are in different cities on other nights: no list of shared nights for those.
        if (!overlaps(held[i]!.nights, held[j]!.nights)) continue;
        // Named in the order of the hotels' check-in, then name; identified by the rooms' ids.
        const [a, b] = inHotelOrder(held[i]!, held[j]!);
        const [first, second] = a.room.id < b.room.id ? [a, b] : [b, a];
        const nights = a.nights.filter((night) => b.nights.includes(night));
        if (nights.length === 0) continue;
        const cityIds = [...new Set([a.stay.stopId, b.stay.stopId])].sort();
        findings.push(
          new WordedFinding(
            `guest-in-two-hotels:${personId}:${first.room.id}:${second.room.id}`,
            'guest-in-two-hotels',
            'error',
            { cityIds },
            {
              message: () => guestInTwoHotelsMessage(context, personId, a.stay, b.stay, nights),
              personIds: () => [personId],
              fingerprint: () => fingerprintOf([personId, first.room.id, first.stay.id, second.room.id, second.stay.id, nights.join(',')]),
            },
          ),
        );
      }
    }
  }
  return findings.sort(byFindingId);
}
