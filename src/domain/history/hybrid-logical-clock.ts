/**
 * Hybrid logical clocks (Kulkarni et al., 2014), as Actual Budget orders its CRDT messages: a timestamp is the
 * wall-clock millisecond, a counter for events within the same millisecond (or while the wall clock is behind
 * one already seen), and the computer it was made on. Timestamps made on one computer always increase, even when
 * its clock is set back; a timestamp received from another computer moves this one's clock past it, so a change
 * made after seeing another's always sorts after it.
 *
 * Written as text of fixed width, timestamps sort as strings in the order of the clocks: the change log's key
 * starts with one, so IndexedDB keeps the log in time order.
 */

export interface HybridTimestamp {
  /** Milliseconds since 1970, by the clock of the computer that made it (or the latest it had seen). */
  millis: number;
  /** Events within the same millisecond, 0 to 65,535. */
  counter: number;
  /** The computer it was made on: sixteen hexadecimal digits. */
  node: string;
}

/** The node of a computer: sixteen lowercase hexadecimal digits, made once (see newNode). */
export const NODE_PATTERN = /^[0-9a-f]{16}$/;

const MAX_COUNTER = 0xffff;

/** How far ahead of this computer's clock a received timestamp may be before it is refused as a wrong clock. */
export const MAX_DRIFT_MS = 5 * 60_000;

export type ClockFault =
  /** More than 65,536 events within one millisecond: a runaway loop rather than a person. */
  | { kind: 'counter-overflow' }
  /** A received timestamp is further ahead of this computer's clock than MAX_DRIFT_MS. */
  | { kind: 'clock-drift'; aheadMs: number };

export class ClockError extends Error {
  constructor(readonly fault: ClockFault) {
    // A code with its facts: the words for a person come from the catalogues where it is shown.
    super(fault.kind === 'clock-drift' ? `${fault.kind} ${fault.aheadMs}` : fault.kind);
    this.name = 'ClockError';
  }
}

/** A random node for a computer that has none yet. */
export function newNode(random: () => Uint8Array = () => crypto.getRandomValues(new Uint8Array(8))): string {
  return [...random()].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The timestamp of an event on this computer, after `last` (the latest it has made or received). */
export function nextTimestamp(last: HybridTimestamp | null, now: number, node: string): HybridTimestamp {
  const millis = Math.max(last?.millis ?? 0, now);
  const counter = last !== null && millis === last.millis ? last.counter + 1 : 0;
  if (counter > MAX_COUNTER) throw new ClockError({ kind: 'counter-overflow' });
  return { millis, counter, node };
}

/** This computer's clock after receiving `remote`: past both it and anything made here before. */
export function receiveTimestamp(last: HybridTimestamp | null, remote: HybridTimestamp, now: number, node: string): HybridTimestamp {
  if (remote.millis - now > MAX_DRIFT_MS) throw new ClockError({ kind: 'clock-drift', aheadMs: remote.millis - now });
  const lastMillis = last?.millis ?? 0;
  const millis = Math.max(lastMillis, remote.millis, now);
  let counter: number;
  if (millis === lastMillis && millis === remote.millis) counter = Math.max(last!.counter, remote.counter) + 1;
  else if (millis === lastMillis) counter = last!.counter + 1;
  else if (millis === remote.millis) counter = remote.counter + 1;
  else counter = 0;
  if (counter > MAX_COUNTER) throw new ClockError({ kind: 'counter-overflow' });
  return { millis, counter, node };
}

/** "2026-12-04T19:05:00.123Z-0000-0123456789abcdef": sorts as the clocks do. */
export function formatTimestamp(timestamp: HybridTimestamp): string {
  return `${new Date(timestamp.millis).toISOString()}-${timestamp.counter.toString(16).toUpperCase().padStart(4, '0')}-${timestamp.node}`;
}

const TIMESTAMP_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9A-F]{4})-([0-9a-f]{16})$/;

/** The timestamp written by formatTimestamp, or null for anything else. */
export function parseTimestamp(text: string): HybridTimestamp | null {
  const match = TIMESTAMP_PATTERN.exec(text);
  if (!match) return null;
  const millis = Date.parse(match[1]!);
  if (Number.isNaN(millis)) return null;
  return { millis, counter: Number.parseInt(match[2]!, 16), node: match[3]! };
}
