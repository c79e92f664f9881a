/**
 * Fingerprints: short digests of the facts behind a finding (times, places, people), so that an acknowledged
 * finding comes back open when its situation changes. They are persisted with acknowledgements: changing how
 * any of them is worked out reopens every acknowledged finding, so the hashes and the facts they read must
 * stay as they are.
 */
import type { Engagement } from '../engagements/engagement';
import type { City } from '../route/city';
import type { Journey } from '../route/journey';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Follows each part, so that ["ab", "c"] and ["a", "bc"] differ. */
const PART_SEPARATOR = 0x1f;

/** FNV-1a, 32 bits, over the parts, each followed by a separator. */
function hashOf(parts: readonly string[]): number {
  let hash = FNV_OFFSET;
  for (const part of parts) hash = hashOfPart(hash, part);
  return hash >>> 0;
}

function hashOfPart(start: number, part: string): number {
  let hash = start;
  for (let index = 0; index < part.length; index += 1) {
    hash ^= part.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME);
  }
  hash ^= PART_SEPARATOR;
  return Math.imul(hash, FNV_PRIME) >>> 0;
}

/** A short, stable digest of the facts behind a finding: eight hex digits. Persisted: do not change it. */
export function fingerprintOf(parts: readonly string[]): string {
  return hashOf(parts).toString(16).padStart(8, '0');
}

/** An order-free digest of a set of ids: the sum of each id's hash. Sums of disjoint sets add up. */
export function digestOfPeople(ids: readonly string[]): number {
  let sum = 0;
  for (const id of ids) sum = (sum + hashOfPart(FNV_OFFSET, id)) >>> 0;
  return sum;
}

/** The people part of a fingerprint: how many, and who (as a digest from `digestOfPeople`). */
export const peopleFacts = (count: number, digest: number): string => `${count} people #${digest >>> 0}`;

/** The facts of an engagement a finding depends on: its times, its city and its venue. */
export const engagementFacts = (engagement: Engagement): string =>
  `${engagement.id}@${engagement.start.utc}/${engagement.end.utc}/${engagement.stopId}/${engagement.venue.name}`;

/** The facts of a journey a finding depends on: its times and where it runs between. */
export const journeyFacts = (segment: Journey): string =>
  `${segment.id}@${segment.departure.utc}/${segment.arrival.utc}/${segment.fromStopId}/${segment.toStopId}`;

/**
 * A city as journey-timing fingerprints have always named it: its name, or these English words when it is not
 * on the route. A fact, not wording: translating it would reopen acknowledged findings.
 */
export const cityFacts = (city: City | undefined): string => city?.name ?? 'an unknown city';
