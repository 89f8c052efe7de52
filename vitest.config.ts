import { defineConfig } from 'vitest/config';

/**
 * Test projects (npm test runs them through scripts/test.mjs, which also prints the summary):
 * - unit: pure domain rules and parsers, beside the code (src/**\/*.test.ts)
 * - integration-pglite / integration-postgres: the same API and service tests on both databases
 * - cli: the `regietafel` command as separate processes (exit codes, messages, data-folder lock)
 * - e2e: the real server and UI in Debian's Chromium, with axe-core
 * - checks: typecheck, lint and import boundaries
 */
// isolate: false for unit and integration: a worker imports the app's modules once and runs its files
// one after the other in them, instead of importing them again per file (unit: 99 s → 37 s at the
// same load). These tests keep no module state between files: they open their own database from
// the shared template (test/support/test-db.ts) and restore any environment variable they set.
const shared = { isolate: false };

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { ...shared, name: 'unit', include: ['src/**/*.test.ts', 'seeds/**/*.test.ts', 'bench/**/*.test.ts'] } },
      {
        extends: true,
        test: { ...shared, name: 'integration-pglite', include: ['test/integration/**/*.test.ts'], env: { TEST_DB: 'pglite' } },
      },
      {
        extends: true,
        test: { ...shared, name: 'integration-postgres', include: ['test/integration/**/*.test.ts'], env: { TEST_DB: 'postgres' } },
      },
      { extends: true, test: { name: 'cli', include: ['test/cli/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 200_000,
          // A page under a loaded CI machine renders later than vitest's 1 s poll default expects.
          expect: { poll: { timeout: 15_000 } },
        },
      },
      { extends: true, test: { name: 'checks', include: ['test/checks/**/*.test.ts'], testTimeout: 300_000 } },
    ],
  },
});
