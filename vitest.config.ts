import { defineConfig } from 'vitest/config';

/**
 * The unit and storage files share their workers' module cache (no isolation, threads rather than processes): on
 * two cores this cut the unit run from 159 s to 46 s and the storage run from 92 s to 26 s, most of it
 * importing the same modules afresh for every file. It asks of a test file what good tests do anyway: put back
 * what it changes globally (real timers after fake ones) and name its own databases.
 */
const sharedWorkers = { pool: 'threads', isolate: false } as const;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          ...sharedWorkers,
          environment: 'node',
          setupFiles: ['test/support/load-pinyin.ts'],
        },
      },
      {
        test: {
          name: 'bench',
          include: [],
          benchmark: { include: ['test/bench/**/*.bench.ts'], exclude: ['test/bench/caldav/**'] },
          environment: 'node',
          setupFiles: ['test/support/load-pinyin.ts'],
        },
      },
      {
        // `npm run bench:caldav`: publishing to a real Radicale, which this project starts; not part of `npm run bench`.
        test: {
          name: 'caldav-bench',
          include: [],
          benchmark: { include: ['test/bench/caldav/**/*.bench.ts'] },
          environment: 'node',
          setupFiles: ['test/support/load-pinyin.ts'],
        },
      },
      {
        test: {
          name: 'storage',
          include: ['test/storage/**/*.test.ts', 'test/usecases/**/*.test.ts'],
          ...sharedWorkers,
          environment: 'happy-dom',
          setupFiles: ['test/support/load-pinyin.ts'],
        },
      },
      {
        // Against real servers and clients this machine runs (Radicale, vdirsyncer, khal), started by the tests.
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/support/load-pinyin.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
