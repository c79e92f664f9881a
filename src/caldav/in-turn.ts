/**
 * Requests sent a few at a time, in order, until one says to stop: the events of a calendar written to a CalDAV
 * server, where a distant server spends most of each request's time on the way there and back.
 */

export interface InTurnOptions<T> {
  /** How many at once; one after another when 1. */
  atOnce: number;
  /** Whether, after this outcome, no other request should be started (the server is gone). */
  stopAfter: (outcome: T) => boolean;
  /** Called as each ends, with how many have ended. */
  progress?: (done: number) => void;
}

/**
 * Runs `sends`, `atOnce` at a time, each started in order, and gives the outcome of each started, in order. Once
 * an outcome says to stop, none is started after it; those already under way are awaited, and their outcomes
 * given as they ended.
 */
export async function inTurn<T>(sends: readonly (() => Promise<T>)[], { atOnce, stopAfter, progress }: InTurnOptions<T>): Promise<T[]> {
  const outcomes: { outcome: T }[] = [];
  let next = 0;
  let done = 0;
  let stopped = false;
  const worker = async () => {
    while (!stopped && next < sends.length) {
      const index = next++;
      const outcome = await sends[index]!();
      outcomes[index] = { outcome };
      progress?.(++done);
      if (stopAfter(outcome)) stopped = true;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(atOnce, sends.length)) }, worker));
  return outcomes.filter((entry) => entry !== undefined).map((entry) => entry.outcome);
}
