import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // The suite must pass on a loaded 2-core machine: a test that spawns the CLI or runs a large
    // property can take tens of seconds there. A hang still fails, after 3 minutes. (A test that
    // blocks the worker synchronously for longer than vitest's 60 s RPC timeout is a different
    // failure: such tests await their child processes, see test/process.ts.)
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
