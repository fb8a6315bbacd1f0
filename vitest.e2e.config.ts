import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built extension in real headless Chromium and Firefox ESR. Separate from
 * the unit config: slow, needs the browsers, and builds first (globalSetup).
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    // One browser at a time on a two-core machine.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // puppeteer makes Firefox's profile in os.tmpdir(): keep it under test-output (global-setup makes it).
    env: { TMPDIR: fileURLToPath(new URL('test-output/e2e/home/tmp', import.meta.url)) },
  },
});
