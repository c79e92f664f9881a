/**
 * Rule double-booking: a person in two engagements at once, or in an engagement while on a journey they take.
 * The rule with the most findings by far (a badly planned trip has tens of thousands), so it sweeps each
 * attendance class once, notes pairs as numbers and makes a finding per pair only at the end.
 */
import type { Message } from '../../shared/message';
import type { Engagement } from '../../engagements/engagement';
import type { Journey } from '../../route/journey';
import { attendanceClasses, type AttendanceClass } from '../attendance-classes';
import { byStartThenId, citiesOfPair, type CheckContext, type TimedEngagement, type TimedJourney } from '../check-context';
import type { Finding } from '../finding';
import { doubleBookingMessage, journeyClashMessage } from '../finding-wording';
import { engagementFacts, fingerprintOf, journeyFacts } from '../fingerprints';
import { ClassFinding, NO_IDS, sortedIds } from '../lazy-finding';

/** Two engagements at once for the people of some classes; `a` comes first in time order. */
class EngagementClash extends ClassFinding {
  readonly #a: Engagement;
  readonly #b: Engagement;

  /** `prefix` is `double-booking:<a's id>:`, shared by the findings of one first engagement. */
  constructor(context: CheckContext, group: AttendanceClass, prefix: string, a: Engagement, b: Engagement) {
    super(context, group, prefix + b.id, 'double-booking', 'error', [a.id, b.id], NO_IDS, citiesOfPair(context, a, b));
    this.#a = a;
    this.#b = b;
  }

  protected override wordMessage(): Message {
    return doubleBookingMessage(this.context, this.who, this.headcount, this.#a, this.#b);
  }

  protected override fingerprintSituation(): string {
    return fingerprintOf([engagementFacts(this.#a), engagementFacts(this.#b), this.peopleFacts]);
  }
}

/** An engagement during a journey, for the people of some classes who take the one and attend the other. */
class JourneyClash extends ClassFinding {
  readonly #engagement: Engagement;
  readonly #segment: Journey;

  /** `prefix` is `double-booking:<the engagement's id>:`, as for `EngagementClash`. */
  constructor(
    context: CheckContext,
    group: AttendanceClass,
    prefix: string,
    engagement: Engagement,
    segment: Journey,
  ) {
    super(
      context,
      group,
      prefix + segment.id,
      'double-booking',
      'error',
      [engagement.id],
      [segment.id],
      sortedIds([engagement.stopId, segment.fromStopId, segment.toStopId].filter((id): id is string => id !== null)),
    );
    this.#engagement = engagement;
    this.#segment = segment;
  }

  protected override wordMessage(): Message {
    return journeyClashMessage(this.context, this.who, this.headcount, this.#engagement, this.#segment);
  }

  protected override fingerprintSituation(): string {
    return fingerprintOf([engagementFacts(this.#engagement), journeyFacts(this.#segment), this.peopleFacts]);
  }
}

/** The positions of `keys` (each in `0 … range - 1`) taken in `order`, stably sorted by key: counting sort. */
function countingSort(keys: readonly number[], range: number, order: Int32Array): Int32Array {
  const starts = new Int32Array(range + 1);
  for (const position of order) {
    const next = keys[position]! + 1;
    starts[next] = starts[next]! + 1;
  }
  for (let key = 1; key <= range; key += 1) starts[key] = starts[key]! + starts[key - 1]!;
  const inOrder = new Int32Array(order.length);
  for (const position of order) {
    const key = keys[position]!;
    const at = starts[key]!;
    inOrder[at] = position;
    starts[key] = at + 1;
  }
  return inOrder;
}

/**
 * Rule 1: a person in two engagements at once, or in an engagement while on a journey they take. Each class's
 * engagements and journeys are swept in order of start, keeping those still running (ending after the current
 * start): each of them overlaps the current item, so every overlapping pair is found, and the work is the
 * items plus the pairs. The pairs are noted as numbers, and two counting sorts bring each pair's classes
 * together; only then is a finding made for each. In the order they happen: by the first engagement, then
 * by the other engagement, then by the journey.
 */
export function doubleBookings(context: CheckContext, classes = attendanceClasses(context)): Finding[] {
  const engagementCount = context.chronological.length;
  // The first of a pair is an engagement, by rank; the second an engagement, or a journey numbered after them.
  const firsts: number[] = [];
  const seconds: number[] = [];
  const groups: number[] = [];
  // What is still running, and still under way, at the current start; the first `running` of them are live.
  const running: TimedEngagement[] = [];
  const travelling: TimedJourney[] = [];
  let runningCount = 0;
  let travellingCount = 0;
  classes.forEach((group, groupIndex) => {
    runningCount = 0;
    travellingCount = 0;
    const { engagements, segments } = group;
    let nextEngagement = 0;
    let nextSegment = 0;
    while (nextEngagement < engagements.length || nextSegment < segments.length) {
      const engagement = engagements[nextEngagement];
      const segment = segments[nextSegment];
      if (engagement && (!segment || byStartThenId(engagement, segment) <= 0)) {
        nextEngagement += 1;
        let kept = 0;
        for (let index = 0; index < runningCount; index += 1) {
          const earlier = running[index]!;
          if (earlier.end <= engagement.start) continue;
          running[kept++] = earlier;
          firsts.push(earlier.rank);
          seconds.push(engagement.rank);
          groups.push(groupIndex);
        }
        running[kept] = engagement;
        runningCount = kept + 1;
        kept = 0;
        for (let index = 0; index < travellingCount; index += 1) {
          const journey = travelling[index]!;
          if (journey.end <= engagement.start) continue;
          travelling[kept++] = journey;
          firsts.push(engagement.rank);
          seconds.push(engagementCount + journey.rank);
          groups.push(groupIndex);
        }
        travellingCount = kept;
      } else if (segment) {
        nextSegment += 1;
        let kept = 0;
        for (let index = 0; index < runningCount; index += 1) {
          const earlier = running[index]!;
          if (earlier.end <= segment.start) continue;
          running[kept++] = earlier;
          firsts.push(earlier.rank);
          seconds.push(engagementCount + segment.rank);
          groups.push(groupIndex);
        }
        runningCount = kept;
        kept = 0;
        for (let index = 0; index < travellingCount; index += 1) {
          if (travelling[index]!.end > segment.start) travelling[kept++] = travelling[index]!;
        }
        travelling[kept] = segment;
        travellingCount = kept + 1;
      }
    }
  });
  if (firsts.length === 0) return [];

  const secondCount = engagementCount + context.timedJourneys.length;
  const asFound = new Int32Array(firsts.length);
  for (let position = 0; position < asFound.length; position += 1) asFound[position] = position;
  const order = countingSort(firsts, engagementCount, countingSort(seconds, secondCount, asFound));

  const findings: ClassFinding[] = [];
  let last: ClassFinding | null = null;
  let lastFirst = -1;
  let lastSecond = -1;
  let prefix = '';
  for (const position of order) {
    const first = firsts[position]!;
    const second = seconds[position]!;
    const group = classes[groups[position]!]!;
    if (last && first === lastFirst && second === lastSecond) {
      last.addClass(group);
      continue;
    }
    const engagement = context.chronological[first]!.engagement;
    if (first !== lastFirst) prefix = `double-booking:${engagement.id}:`;
    last =
      second < engagementCount
        ? new EngagementClash(context, group, prefix, engagement, context.chronological[second]!.engagement)
        : new JourneyClash(context, group, prefix, engagement, context.timedJourneys[second - engagementCount]!.segment);
    lastFirst = first;
    lastSecond = second;
    findings.push(last);
  }
  return findings;
}
