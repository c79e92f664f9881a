/**
 * A finding of the checks, as everything outside the engine reads it: the UI lists findings, the organiser
 * acknowledges them, storage keeps those acknowledgements keyed to a finding's id and fingerprint. The rule
 * names are part of those ids, so they are persisted.
 */
import type { Message } from '../shared/message';

/** Persisted with acknowledgements (as part of finding ids): do not rename. In the order findings are reported. */
export const CHECK_RULES = [
  'double-booking',
  'outside-stop-dates',
  'attendee-not-at-stop',
  'tight-transfer',
  'night-without-hotel',
  'suspicious-time',
  'journey-timing',
  'short-connection',
  'travel-documents',
  'overlapping-trip',
  'guest-in-two-hotels',
  'night-without-room',
  'room-over-capacity',
  'resource-double-booking',
  'resource-tight-transfer',
  'vehicle-capacity',
  'interpreter-missing',
] as const;
export type CheckRule = (typeof CHECK_RULES)[number];

export type FindingSeverity = 'error' | 'warning';

/**
 * One finding. Read its fields by name: `message`, `personIds` and `fingerprint` are worked out on first read,
 * so a spread copy (`{ ...finding }`) or `Object.keys` does not carry them; `JSON.stringify` does.
 */
export interface Finding {
  /** Stable: the rule and the records involved. Key acknowledgements to it. */
  readonly id: string;
  readonly rule: CheckRule;
  readonly severity: FindingSeverity;
  /** What is wrong, for the organiser, naming people, places and local times: worded by the `checks` catalogue. */
  readonly message: Message;
  /** Sorted. Shared between findings about the same people: never change it. */
  readonly personIds: readonly string[];
  readonly engagementIds: readonly string[];
  readonly journeyIds: readonly string[];
  readonly cityIds: readonly string[];
  /** The other trips it names (a person on two trips at once); absent when it names none. */
  readonly otherTripIds?: readonly string[];
  /** The trip's vehicles, interpreters and guides it names (logistics); absent when it names none. */
  readonly resourceIds?: readonly string[];
  /** Changes when the situation behind the finding changes (times, people): an acknowledgement lapses then. */
  readonly fingerprint: string;
}
