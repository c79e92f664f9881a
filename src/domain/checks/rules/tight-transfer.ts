/**
 * Rule tight-transfer: too little time to get from one engagement to the next at another venue (or city), for
 * the people who attend both. Swept per attendance class, as double bookings are.
 */
import type { Message } from '../../shared/message';
import { minutesBetween } from '../../shared/time';
import { attendanceClasses, type AttendanceClass } from '../attendance-classes';
import { citiesOfPair, type CheckContext, type TimedEngagement } from '../check-context';
import type { Finding } from '../finding';
import { tightTransferMessage } from '../finding-wording';
import { engagementFacts, fingerprintOf } from '../fingerprints';
import { ClassFinding, NO_IDS } from '../lazy-finding';

/** The venue as transfers compare it: trimmed, lower case; empty when not given. */
function venueKey(timed: TimedEngagement): string {
  if (timed.venue === null) {
    // "Haihe Bund Hotel, Binhai Room" and "Haihe Bund Hotel" are one building: compare what is before a comma.
    const name = timed.engagement.venue.name;
    timed.venue = name === '' ? '' : name.split(',')[0]!.trim().toLocaleLowerCase();
  }
  return timed.venue;
}

function differentVenue(a: TimedEngagement, b: TimedEngagement): boolean {
  if (a.engagement.stopId !== b.engagement.stopId) return true;
  const first = venueKey(a);
  const second = venueKey(b);
  return first !== '' && second !== '' && first !== second;
}

/** Too little time from `a` to `b` at another venue, for the people of some classes. */
class TightTransfer extends ClassFinding {
  readonly #a: TimedEngagement;
  readonly #b: TimedEngagement;

  constructor(context: CheckContext, group: AttendanceClass, a: TimedEngagement, b: TimedEngagement) {
    const first = a.engagement;
    const second = b.engagement;
    super(context, group, `tight-transfer:${first.id}:${second.id}`, 'tight-transfer', 'warning', [first.id, second.id], NO_IDS, citiesOfPair(context, first, second));
    this.#a = a;
    this.#b = b;
  }

  protected override wordMessage(): Message {
    const a = this.#a.engagement;
    const b = this.#b.engagement;
    return tightTransferMessage(this.context, this.who, this.headcount, a, b, minutesBetween(a.end, b.start));
  }

  protected override fingerprintSituation(): string {
    return fingerprintOf([
      engagementFacts(this.#a.engagement),
      engagementFacts(this.#b.engagement),
      String(this.context.bufferMinutes),
      this.peopleFacts,
    ]);
  }
}

/**
 * Rule 4: too little time to get from one engagement to the next at a different venue (or city). Compared with
 * the latest-ending engagement before it, which is the one the person actually comes from. In the order they
 * happen.
 */
export function tightTransfers(context: CheckContext, classes = attendanceClasses(context)): Finding[] {
  const bufferMs = context.bufferMinutes * 60_000;
  const engagementCount = context.chronological.length;
  const found = new Map<number, TightTransfer>();
  for (const group of classes) {
    let previous: TimedEngagement | null = null;
    for (const item of group.engagements) {
      if (previous && item.start >= previous.end && item.start - previous.end < bufferMs && differentVenue(previous, item)) {
        const key = previous.rank * engagementCount + item.rank;
        const existing = found.get(key);
        if (existing) existing.addClass(group);
        else found.set(key, new TightTransfer(context, group, previous, item));
      }
      if (!previous || item.end > previous.end) previous = item;
    }
  }
  return [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, finding]) => finding);
}
