import { defineConfig } from 'vitest/config';

// Unit tests are fast and pure; e2e tests build the fixture course (and the real one, for one smoke
// journey) once and drive Chromium. No test may need more than 60 s, even on a loaded 2-core machine.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], root: '.', sequence: { groupOrder: 0 } } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          root: '.',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at a time: much of an e2e test is waiting on pages, timers and the LMS.
          fileParallelism: true,
          maxWorkers: 2,
          maxConcurrency: 3,
          // After the unit tests: the browser tests run in a group of their own.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
