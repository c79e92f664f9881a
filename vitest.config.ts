import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
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
