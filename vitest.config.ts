import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/build-once.ts', 'tests/helpers/temp-root.ts'],
    // Timeouts only stop a test that hangs: tests wait on state, and a busy machine is slow.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // vitest's default (one worker less than the cores) leaves one of two cores idle while the
    // tests wait on the child processes and terminals they drive.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
