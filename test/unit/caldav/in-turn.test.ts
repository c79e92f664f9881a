/**
 * A calendar's events written a few at a time: never more at once than asked, each outcome in the order the
 * events were given, and once the server is found gone no other started, those under way still said.
 */
import { describe, expect, it } from 'vitest';
import { inTurn } from '../../../src/caldav/in-turn';

/** Requests that end when the test says: which have started, and how many were under way at most. */
function requests(count: number) {
  const started: number[] = [];
  const endings = new Map<number, (outcome: string) => void>();
  let running = 0;
  let most = 0;
  const sends = Array.from({ length: count }, (_, index) => () => {
    started.push(index);
    running += 1;
    most = Math.max(most, running);
    return new Promise<string>((resolve) => endings.set(index, resolve)).finally(() => (running -= 1));
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    sends,
    started,
    most: () => most,
    async end(index: number, outcome: string) {
      endings.get(index)!(outcome);
      await settle();
    },
  };
}

describe('requests in turn', () => {
  it('sends no more at once than asked, starts each in order as another ends, and gives every outcome in order', async () => {
    const network = requests(6);
    const progress: number[] = [];
    const all = inTurn(network.sends, { atOnce: 2, stopAfter: () => false, progress: (done) => progress.push(done) });
    expect(network.started).toEqual([0, 1]);
    await network.end(1, 'b');
    expect(network.started).toEqual([0, 1, 2]);
    for (const [index, outcome] of [[0, 'a'], [3, 'd'], [2, 'c'], [4, 'e'], [5, 'f']] as const) await network.end(index, outcome);
    expect(await all).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(network.most()).toBe(2);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('starts none after an outcome that says the server is gone, and still gives those that were under way', async () => {
    const network = requests(8);
    const all = inTurn(network.sends, { atOnce: 3, stopAfter: (outcome) => outcome === 'gone' });
    await network.end(0, 'ok');
    expect(network.started).toEqual([0, 1, 2, 3]);
    await network.end(2, 'gone');
    await network.end(1, 'ok');
    await network.end(3, 'gone');
    expect(network.started).toEqual([0, 1, 2, 3]);
    expect(await all).toEqual(['ok', 'ok', 'gone', 'gone']);
  });

  it('one at a time sends each only once the one before has ended', async () => {
    const network = requests(3);
    const all = inTurn(network.sends, { atOnce: 1, stopAfter: () => false });
    expect(network.started).toEqual([0]);
    await network.end(0, 'a');
    expect(network.started).toEqual([0, 1]);
    await network.end(1, 'b');
    await network.end(2, 'c');
    expect(await all).toEqual(['a', 'b', 'c']);
    expect(await inTurn([], { atOnce: 4, stopAfter: () => false })).toEqual([]);
  });
});
