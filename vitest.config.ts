import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
      'tests/fixtures/**/*.test.ts',
      'tests/cli/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
    // jsdom parsing is slow and CPU-bound; two cores, two workers.
    maxWorkers: 2,
    env: { TZ: 'UTC' },
  },
});
