import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'bench',
          include: [],
          benchmark: { include: ['test/bench/**/*.bench.ts'] },
          environment: 'node',
        },
      },
      {
        test: {
          name: 'storage',
          include: ['test/storage/**/*.test.ts', 'test/usecases/**/*.test.ts'],
          environment: 'happy-dom',
        },
      },
    ],
  },
});
