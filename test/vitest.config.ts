import { defineConfig } from 'vitest/config';

// Unit and integration tests run in Node against real SQLite files on disk; end-to-end tests
// drive Debian's Chromium through the browser host (see test/e2e/).
export default defineConfig({
  test: {
    root: import.meta.dirname + '/..',
    // `npm run coverage:main`: how much of the Electron main process the tests run.
    coverage: {
      provider: 'v8',
      include: ['electron/main/**/*.ts'],
      reporter: ['text', 'json-summary'],
      reportsDirectory: 'test-output/coverage-main',
    },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      // *.e2e.test.ts beside integration tests (the trust suite's browser paths) run with the e2e project.
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'], exclude: ['**/*.e2e.test.ts', '**/node_modules/**'], testTimeout: 60_000 } },
      // The Electron main process against a test double of 'electron' (test/helpers/electron-fake.ts).
      { extends: true, test: { name: 'electron', include: ['test/electron/**/*.test.ts'], testTimeout: 60_000 } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts', 'test/integration/**/*.e2e.test.ts'],
          // No test waits longer than a minute (issue 15): slow set-up is shared in beforeAll.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          globalSetup: ['test/e2e/global-setup.ts'],
          // A page settles in well under a second on a quiet machine; a busy one needs more room.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
