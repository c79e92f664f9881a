/** The data use-case tests start from: a fresh database holding the sample trip, and fixed moments and zones. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshRepositories, sequentialClock } from '../storage/test-database';

/** The moment of the action: a UTC instant, so file names do not depend on the zone the tests run in. */
export const NOW = '2026-11-21T09:30:00.000Z';
/** The computer's zone: 17:30 there at {@link NOW}. */
export const COMPUTER_ZONE = 'Asia/Shanghai';

export async function aDatabaseWithTheSampleTrip(clock = sequentialClock()) {
  const { db, repos } = freshRepositories(clock);
  const { tripId } = await repos.sample.load();
  const bundle = await repos.trips.getBundle(tripId);
  if (!bundle) throw new Error('The sample trip was not loaded.');
  return { db, repos, tripId, bundle };
}

// Not `new URL(..., import.meta.url)`: under happy-dom, `URL` is the DOM's, which node:fs does not take.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');

export function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}
