import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ClockError,
  formatTimestamp,
  MAX_DRIFT_MS,
  newNode,
  NODE_PATTERN,
  nextTimestamp,
  parseTimestamp,
  receiveTimestamp,
  type HybridTimestamp,
} from '../../../../src/domain/history/hybrid-logical-clock';

const HERE = 'aaaaaaaaaaaaaaaa';
const THERE = 'bbbbbbbbbbbbbbbb';
const NOON = Date.parse('2026-12-04T12:00:00.000Z');

describe('hybrid logical clocks', () => {
  it('write as text that sorts as the clocks do, and read back', () => {
    const stamp = { millis: NOON, counter: 10, node: HERE };
    expect(formatTimestamp(stamp)).toBe('2026-12-04T12:00:00.000Z-000A-aaaaaaaaaaaaaaaa');
    expect(parseTimestamp(formatTimestamp(stamp))).toEqual(stamp);
    expect(parseTimestamp('2026-12-04T12:00:00Z')).toBeNull();
    fc.assert(
      fc.property(
        fc.record({ millis: fc.integer({ min: 0, max: 4e12 }), counter: fc.integer({ min: 0, max: 0xffff }) }),
        fc.record({ millis: fc.integer({ min: 0, max: 4e12 }), counter: fc.integer({ min: 0, max: 0xffff }) }),
        (a, b) => {
          const order = a.millis - b.millis || a.counter - b.counter;
          const [x, y] = [formatTimestamp({ ...a, node: HERE }), formatTimestamp({ ...b, node: HERE })];
          expect(x < y ? -1 : x > y ? 1 : 0).toBe(Math.sign(order));
        },
      ),
    );
  });

  it('always move forward on one computer, even when its wall clock goes back', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: NOON - 10_000, max: NOON + 10_000 }), { minLength: 2, maxLength: 50 }), (nows) => {
        let last: HybridTimestamp | null = null;
        const made: string[] = [];
        for (const now of nows) {
          last = nextTimestamp(last, now, HERE);
          made.push(formatTimestamp(last));
        }
        expect([...made].sort()).toEqual(made);
        expect(new Set(made).size).toBe(made.length);
      }),
    );
  });

  it('after receiving another computer’s time, make a later one, though this computer’s clock is behind', () => {
    const here = nextTimestamp(null, NOON, HERE);
    const remote = { millis: NOON + 60_000, counter: 3, node: THERE };
    const received = receiveTimestamp(here, remote, NOON, HERE);
    const next = nextTimestamp(received, NOON + 1, HERE);
    expect(formatTimestamp(next) > formatTimestamp(remote)).toBe(true);
    expect(next.node).toBe(HERE);
  });

  it('refuse a time from a clock set far ahead, and a runaway counter', () => {
    expect(() => receiveTimestamp(null, { millis: NOON + MAX_DRIFT_MS + 1, counter: 0, node: THERE }, NOON, HERE)).toThrow(ClockError);
    expect(() => nextTimestamp({ millis: NOON, counter: 0xffff, node: HERE }, NOON, HERE)).toThrow(ClockError);
  });

  it('give each computer a node of sixteen hexadecimal digits', () => {
    expect(newNode()).toMatch(NODE_PATTERN);
    expect(newNode(() => new Uint8Array([0, 1, 2, 3, 250, 251, 252, 255]))).toBe('00010203fafbfcff');
  });
});
